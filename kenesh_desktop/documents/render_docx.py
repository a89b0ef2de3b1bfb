"""A `blocks.Document` as a Word file (.docx, python-docx): the copy a clerk edits or
translates.

The same blocks as the PDF, in the same order, with the sizes, weights, indents and spacing
of the PDF's stylesheet (documents/styles.py); lists are numbered in the text, not by Word,
so the numbers are the PDF's. The font is Times New Roman, which every office machine has
and which has Ң Ө Ү (the PDF embeds its own DejaVu Sans instead); the text is marked as
Kyrgyz, Russian or English for Word's proofing. The draft mark and the fingerprint are in
the header and footer as on the PDF, and the fingerprint of the record the copy was made
from is kept in the file's properties (identifier) even for a draft.
"""

from __future__ import annotations

import os
import re
from typing import Any

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth

from kenesh_desktop.documents import common
from kenesh_desktop.documents.blocks import (
    Document,
    Inline,
    NumberedList,
    PageSetup,
    Para,
    Signatures,
    Span,
    Table,
)
from kenesh_desktop.documents.fonts import BOLD, BOLD_ITALIC
from kenesh_desktop.documents.styles import HEADER_FONT, HEADER_SIZE, stylesheet
from kenesh_desktop.documents.wording import text
from kenesh_desktop.files import replacing

FONT = "Times New Roman"
_LANGUAGE = {"ky": "ky-KG", "ru": "ru-RU", "en": "en-GB"}
_ALIGN = {TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER, TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
          TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}
_PT_PER_MM = 72 / 25.4


def build_docx(document: Document, out: common.Output) -> None:
    """Write `document` as a .docx to `out` (a path, written whole or not at all, or a
    binary file object)."""
    word = new_document()
    _setup(word, document)
    width = _text_width(document.page)
    for block in document.blocks:
        if isinstance(block, Para):
            _paragraph(word.add_paragraph(), block.spans, block.style)
        elif isinstance(block, NumberedList):
            _numbered(word, block, width)
        elif isinstance(block, Table):
            _table(word, block, width)
        else:
            _signatures(word, block, width)
    if hasattr(out, "write"):
        word.save(out)  # type: ignore[arg-type]
        return
    with replacing(os.fspath(out)) as temporary:  # type: ignore[arg-type]
        word.save(str(temporary))


# ---------------------------------------------------------------- the page and the file


def _setup(word: Any, document: Document) -> None:
    page = document.page
    section = word.sections[0]
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if page.landscape else (short, long)
    to_mm = 1 / _PT_PER_MM
    section.left_margin = Mm(common.MARGIN_LEFT * to_mm)
    section.right_margin = Mm(common.MARGIN_RIGHT * to_mm)
    section.top_margin = Mm(common.MARGIN_TOP * to_mm)
    section.bottom_margin = Mm(common.MARGIN_BOTTOM * to_mm)
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(stylesheet()["body"].fontSize)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), _LANGUAGE.get(page.lang, "ky-KG"))
    normal.element.get_or_add_rPr().append(language)
    properties = word.core_properties
    properties.title = document.title
    properties.subject = document.subject
    properties.author = common.AUTHOR
    properties.language = page.lang
    if document.record_fingerprint:
        properties.identifier = document.record_fingerprint
        properties.comments = text("fingerprint", page.lang,
                                   fingerprint=document.record_fingerprint)
    _header_footer(section, page, _text_width(page))


def _text_width(page: PageSetup) -> float:
    return common.frame_width(landscape_page=page.landscape)


def _header_footer(section: Any, page: PageSetup, width: float) -> None:
    """The first page has no running header (it opens with the council's name); the draft
    mark heads every page; the footer holds the fingerprint and "page X of Y"."""
    section.different_first_page_header_footer = True
    for header, running in ((section.first_page_header, False), (section.header, True)):
        first = header.paragraphs[0]
        if running:
            _right_tab(first, width)
            # One line, as on the PDF: the council's long name is cut at a word.
            right = common.fit_text(page.header_right, HEADER_FONT, HEADER_SIZE, width * 0.45)
            used = stringWidth(right, HEADER_FONT, HEADER_SIZE)
            left = common.fit_text(page.header_left, HEADER_FONT, HEADER_SIZE, width - used - 24)
            _run(first, f"{left}\t{right}", "small")
        if page.draft:
            mark = header.add_paragraph() if running else first
            mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(mark, text("draft", page.lang), "small").bold = True
    for footer in (section.first_page_footer, section.footer):
        line = footer.paragraphs[0]
        _right_tab(line, width)
        if page.fingerprint:
            _run(line, text("fingerprint", page.lang, fingerprint=page.fingerprint), "small")
        _run(line, "\t", "small")
        template = text("page_of", page.lang, page="{page}", pages="{pages}")
        for piece in re.split(r"(\{page\}|\{pages\})", template):
            if piece == "{page}":
                _field(line, "PAGE")
            elif piece == "{pages}":
                _field(line, "NUMPAGES")
            elif piece:
                _run(line, piece, "small")


def _right_tab(paragraph: DocxParagraph, width: float) -> None:
    """One tab stop, at the right edge of the text: the template's Header and Footer styles
    also stop at 3.25 and 6.5 inches, which are cleared so a tab goes to the edge."""
    stops = paragraph.paragraph_format.tab_stops
    for inches in (3.25, 6.5):
        stops.add_tab_stop(Pt(inches * 72), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when the page is laid out."""
    for kind, value in (("begin", None), ("instr", instruction), ("separate", None),
                        ("text", "1"), ("end", None)):
        run = _run(paragraph, "", "small")
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {value} "
        elif kind == "text":
            run.text = value or ""
            continue
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


# ---------------------------------------------------------------- the blocks


def _run(paragraph: DocxParagraph, value: str, style_name: str, span: Span | None = None):
    style = stylesheet()[style_name]
    run = paragraph.add_run(value)
    run.font.size = Pt(style.fontSize)
    bold = style.fontName in (BOLD, BOLD_ITALIC)
    if bold or (span and span.bold):
        run.bold = True
    if span and span.italic:
        run.italic = True
    return run


def _paragraph(paragraph: DocxParagraph, spans: Inline, style_name: str) -> DocxParagraph:
    """`spans` in `paragraph`, formatted as the PDF's style `style_name`."""
    style = stylesheet()[style_name]
    layout = paragraph.paragraph_format
    layout.alignment = _ALIGN.get(style.alignment, WD_ALIGN_PARAGRAPH.LEFT)
    layout.left_indent = Pt(style.leftIndent)
    layout.right_indent = Pt(style.rightIndent)
    layout.first_line_indent = Pt(style.firstLineIndent)
    layout.space_before = Pt(style.spaceBefore)
    layout.space_after = Pt(style.spaceAfter)
    layout.line_spacing = Pt(style.leading)
    layout.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    layout.keep_with_next = bool(getattr(style, "keepWithNext", 0))
    if style.borderWidth:
        _box(paragraph)
    for span in spans:
        _run(paragraph, span.text, style_name, span)
    return paragraph


def _box(paragraph: DocxParagraph) -> None:
    """A thin frame around the paragraph (the quorum sentence, as on the PDF)."""
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "4"),
                           ("color", "999999")):
            edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    paragraph._p.get_or_add_pPr().append(borders)


def _plain_text(value: str) -> Inline:
    return (Span(value),) if value else ()


def _grid(word: Any, rows: int, widths: list[float], ruled: bool):
    table = word.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    if ruled:
        table.style = word.styles["Table Grid"]
    # Both the grid (what LibreOffice reads) and each cell (what Word reads) get the widths;
    # a row is never split across pages, as on the PDF.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Pt(width)
    return table


def _numbered(word: Any, block: NumberedList, width: float) -> None:
    grid = block.grid()
    if block.columns == 1:
        for (line,) in grid:
            _paragraph(word.add_paragraph(), _plain_text(line), block.style)
        return
    table = _grid(word, len(grid), [width / block.columns] * block.columns, ruled=False)
    for row, cells in zip(table.rows, grid, strict=True):
        for cell, line in zip(row.cells, cells, strict=True):
            _paragraph(cell.paragraphs[0], _plain_text(line), block.style)


def _table(word: Any, block: Table, width: float) -> None:
    table = _grid(word, len(block.rows), [width * share for share in block.widths], ruled=True)
    for number, (row, cells) in enumerate(zip(table.rows, block.rows, strict=True)):
        if number == 0:
            header = OxmlElement("w:tblHeader")  # repeated on every page, as on the PDF
            header.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(header)
        for column, (cell, value) in enumerate(zip(row.cells, cells, strict=True)):
            style = ("cell_head" if number == 0 else
                     "cell_number" if column in block.numbers else "cell")
            _paragraph(cell.paragraphs[0], _plain_text(value), style)
            if number == 0:
                _shade(cell, "E6E6E6")


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shading.set(qn(f"w:{key}"), value)
    cell._tc.get_or_add_tcPr().append(shading)


def _line_under(cell: _Cell) -> None:
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    cell._tc.get_or_add_tcPr().append(borders)


def _signatures(word: Any, block: Signatures, width: float) -> None:
    """role | line to sign on | gap | printed name, the hints under the lines; kept on the
    page of the paragraph before it."""
    body = word.element.body
    paragraphs = [element for element in body.iterchildren() if element.tag == qn("w:p")]
    if paragraphs and body.index(paragraphs[-1]) == len(body) - 2:  # last block a paragraph
        DocxParagraph(paragraphs[-1], word._body).paragraph_format.keep_with_next = True
    spacer = word.add_paragraph()
    spacer.paragraph_format.space_before = Pt(8 * _PT_PER_MM)
    spacer.paragraph_format.keep_with_next = True
    full = width * block.width
    widths = [full * 0.37, full * 0.25, full * 0.03, full * 0.35]
    table = _grid(word, len(block.signers) * 2, widths, ruled=False)
    for index, signer in enumerate(block.signers):
        top, under = table.rows[2 * index], table.rows[2 * index + 1]
        _paragraph(top.cells[0].paragraphs[0], (Span(signer.role, bold=True),), "signature")
        _paragraph(top.cells[1].paragraphs[0], (), "signature")
        _paragraph(top.cells[3].paragraphs[0], _plain_text(signer.name), "signature")
        _line_under(top.cells[1])
        _line_under(top.cells[3])
        _paragraph(under.cells[1].paragraphs[0], _plain_text(block.hints[0]), "signature_hint")
        _paragraph(under.cells[3].paragraphs[0], _plain_text(block.hints[1]), "signature_hint")
        for row in (top, under):
            if row is table.rows[-1]:
                continue  # the last line keeps with nothing after it
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
