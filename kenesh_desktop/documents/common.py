"""The page every document is printed on: running header, "page X of Y" footer, an optional
diagonal draft mark and an optional fingerprint line; output to a path or a binary file.

"Page X of Y" needs the page count before the footers are drawn. Rather than laying the story
out twice, the canvas keeps each finished page's state and draws the footers when it is saved
(the NumberedCanvas recipe): one layout pass, whatever the length of the document.
The draft mark is drawn when a page begins, under the text, so it never hides a word.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kenesh_desktop.documents import styles as st
from kenesh_desktop.documents.blocks import PageSetup
from kenesh_desktop.documents.fonts import register_fonts
from kenesh_desktop.documents.glyphs import printable
from kenesh_desktop.documents.hyphenation import hyphenate_narrow
from kenesh_desktop.documents.wording import text
from kenesh_desktop.files import replacing

Output = str | os.PathLike[str] | IO[bytes]
"""Where a document goes: a file path, or a binary file object such as io.BytesIO."""

AUTHOR = "Kenesh Desktop"
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
_HEADER_GAP = 9 * mm  # header baseline above the frame
_FOOTER_GAP = 10 * mm  # footer baseline below the frame


def esc(value: object) -> str:
    """User text made safe for a Paragraph: & < > escaped, line breaks kept, and a character
    the bundled font lacks shown as «[U+XXXX]» (documents/glyphs.py), never as a box."""
    return escape(printable(str(value))).replace("\r\n", "\n").replace("\n", "<br/>")


def markup(key: str, lang: str, **values: object) -> str:
    """A fixed text with its values filled in, escaped for a Paragraph.

    The templates carry no markup of their own, so escaping the finished string escapes every
    user value in it (a council named «A & B» or a title with "<" stays literal).
    """
    return esc(text(key, lang, **values))


def para(markup_text: str, style: str) -> Paragraph:
    """A Paragraph in a named style of the shared stylesheet; `markup_text` is already escaped."""
    return Paragraph(markup_text, st.stylesheet()[style])


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use the bundled font: a Table's
    default is Helvetica, which has no Kyrgyz letters."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.HEADER_FONT), *commands])


def grid_table(rows: list[list[Any]], col_widths: Sequence[float],
               extra: Sequence[tuple[Any, ...]] = (), padding: tuple[int, int] = (4, 5)) -> Table:
    """A ruled table with a shaded header row repeated on every page (plan, lists, registers);
    `extra` style commands go on top (e.g. marking late rows). A row taller than a page
    splits across pages (`flowing_table`)."""
    top, bottom = padding
    table = flowing_table(rows, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.5, st.RULE_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]))
    return table


def flowing_table(rows: list[list[Any]], **options: Any) -> Table:
    """A Table whose rows may split across pages inside a cell (issue 16): a long activity
    title or decision (up to 20,000 characters, rules/limits.py) no longer makes a row taller
    than the page, which reportlab refuses with a LayoutError. Use it for every table of user
    text."""
    options.setdefault("splitInRow", 1)
    return Table(rows, **options)


def frame_width(landscape_page: bool = False) -> float:
    """The width of the text frame on an A4 page (portrait, or landscape for the plan)."""
    width = landscape(A4)[0] if landscape_page else A4[0]
    return width - MARGIN_LEFT - MARGIN_RIGHT


def fit_text(value: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis so it fits `width` (a long council name in the header)."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    # Cut at a word boundary where there is one: "…Коомдук к…" reads as a typo.
    head, space, _ = value.rstrip().rpartition(" ")
    return (head if space and head else value).rstrip(" ,—-") + "…"


def _draw_draft_mark(canvas: Canvas, setup: PageSetup, page_width: float,
                     page_height: float) -> None:
    word = text("draft", setup.lang)
    angle = math.degrees(math.atan2(page_height, page_width))
    diagonal = math.hypot(page_width, page_height)
    size = min(150.0, 100.0 * diagonal * 0.55 / stringWidth(word, st.DRAFT_FONT, 100))
    canvas.saveState()
    canvas.setFillColor(st.DRAFT_GREY)
    canvas.setFont(st.DRAFT_FONT, size)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size * 0.35, word)
    canvas.restoreState()


def _draw_header(canvas: Canvas, setup: PageSetup, page_width: float,
                 page_height: float) -> None:
    y = page_height - MARGIN_TOP + _HEADER_GAP - 4
    usable = page_width - MARGIN_LEFT - MARGIN_RIGHT
    right = fit_text(setup.header_right, st.HEADER_FONT, st.HEADER_SIZE, usable * 0.45)
    right_width = stringWidth(right, st.HEADER_FONT, st.HEADER_SIZE)
    left = fit_text(setup.header_left, st.HEADER_FONT, st.HEADER_SIZE, usable - right_width - 12)
    canvas.saveState()
    canvas.setFont(st.HEADER_FONT, st.HEADER_SIZE)
    canvas.setFillColor(st.BLACK)
    canvas.drawString(MARGIN_LEFT, y, left)
    canvas.drawRightString(page_width - MARGIN_RIGHT, y, right)
    canvas.setStrokeColor(st.RULE_GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y - 3, page_width - MARGIN_RIGHT, y - 3)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, setup: PageSetup, page: int, pages: int,
                 page_width: float) -> None:
    y = MARGIN_BOTTOM - _FOOTER_GAP
    canvas.saveState()
    canvas.setStrokeColor(st.RULE_GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y + 9, page_width - MARGIN_RIGHT, y + 9)
    canvas.setFont(st.FOOTER_FONT, st.FOOTER_SIZE)
    canvas.setFillColor(st.BLACK)
    canvas.drawRightString(page_width - MARGIN_RIGHT, y,
                           text("page_of", setup.lang, page=page, pages=pages))
    if setup.fingerprint:
        canvas.drawString(MARGIN_LEFT, y,
                          text("fingerprint", setup.lang, fingerprint=setup.fingerprint))
    canvas.restoreState()


def _numbered_canvas(setup: PageSetup) -> type[Canvas]:
    """A Canvas class that holds back each page until the total is known, then draws footers."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                _draw_footer(self, setup, number, pages, width)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_document(out: Output, story: Sequence[Flowable], setup: PageSetup, *,
                   title: str, subject: str = "") -> None:
    """Lay `story` out on A4 pages dressed by `setup` and write the PDF to `out`.

    The PDF's metadata carries the title, the author "Kenesh Desktop" and the language.
    """
    if not hasattr(out, "write"):
        # A file name: written beside it and renamed into place, never half a PDF (issue 9).
        with replacing(os.fspath(out)) as temporary:  # type: ignore[arg-type]
            _build(temporary, story, setup, title=title, subject=subject)
        return
    _build(out, story, setup, title=title, subject=subject)


def _build(out: Output, story: Sequence[Flowable], setup: PageSetup, *,
           title: str, subject: str) -> None:
    register_fonts()
    pagesize = landscape(A4) if setup.landscape else A4
    doc = BaseDocTemplate(
        out if hasattr(out, "write") else os.fspath(out),
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=AUTHOR,
        creator=AUTHOR,
        subject=subject,
        lang=setup.lang,
        # Otherwise every page starts in Helvetica, which has no Kyrgyz letters, and the PDF
        # carries a font that no text should ever fall back to.
        initialFontName=st.HEADER_FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = pagesize
        if setup.draft:
            _draw_draft_mark(canvas, setup, width, height)
        if canvas.getPageNumber() > 1:  # page 1 opens with the council's name in full
            _draw_header(canvas, setup, width, height)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story = _keep_signatures_with_text(list(story))
    hyphenate_narrow(story, setup.lang)  # narrow columns break words with a hyphen
    doc.build(story, canvasmaker=_numbered_canvas(setup))


def signature_block(signers: Sequence[tuple[str, str]], lang: str,
                    width: float) -> Flowable:
    """Signature lines: the role, a line to sign on, the printed name (a blank line when no one
    holds the role), with "(signature)" and "(name)" under the lines."""
    hints = (text("signature_hint", lang), text("name_hint", lang))
    return SignatureBlock([Spacer(1, 10 * mm), signature_table(signers, hints, width)])


class SignatureBlock(KeepTogether):
    """Signature lines, which `build_document` keeps on one page with the flowable before
    them: a signature never stands alone on a page."""


def _keep_signatures_with_text(story: list[Flowable]) -> list[Flowable]:
    """Each SignatureBlock joined with the flowable before it, and with the headings kept
    with that one (reportlab's keepWithNext does not reach into a KeepTogether)."""
    kept: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, SignatureBlock) and kept:
            above = [kept.pop()]
            while kept and kept[-1].getKeepWithNext():
                above.insert(0, kept.pop())
            flowable = KeepTogether([*above, *flowable._content])
        kept.append(flowable)
    return kept


def signature_table(signers: Sequence[tuple[str, str]], hints: tuple[str, str],
                    width: float) -> Table:
    """The table of signature_block: role | line to sign on | gap | printed name, and the
    `hints` (signature, name) under the two lines."""
    rows: list[list[Any]] = []
    for role, name in signers:
        rows.append([para(f"<b>{esc(role)}</b>", "signature"), "", "",
                     para(esc(name), "signature")])
        rows.append(["", para(esc(hints[0]), "signature_hint"), "",
                     para(esc(hints[1]), "signature_hint")])
    # role | line to sign on | gap | printed name
    widths = [width * 0.37, width * 0.25, width * 0.03, width * 0.35]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in range(0, len(rows), 2):
        commands += [
            ("TOPPADDING", (0, index), (-1, index), 18),
            ("LINEBELOW", (1, index), (1, index), 0.6, st.BLACK),
            ("LINEBELOW", (3, index), (3, index), 0.6, st.BLACK),
            ("TOPPADDING", (0, index + 1), (-1, index + 1), 1),
        ]
    table.setStyle(table_style(commands))
    return table
