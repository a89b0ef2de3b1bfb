"""A document as neutral blocks, composed once and rendered to PDF, Word and print.

The minutes, the extract and the plan are built as a `Document` of a few kinds of block
(paragraphs in named styles, numbered lists, ruled tables, signature lines) with their text
final: wording, numbering and order are decided here, once. The renderers
(render_pdf.py, render_docx.py, render_html.py) only lay the blocks out, so the three
copies say the same thing in the same order; `lines(document)` is that text, for tests.

Every text passes `glyphs.printable` on its way in: a character the bundled font lacks is
shown as «[U+XXXX]» in all three copies, never as an empty box.

Style names are those of documents/styles.py; the PDF uses them as they are, the Word copy
and the printout take their sizes, weights, indents and spacing from the same sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kenesh_desktop.documents.glyphs import printable


@dataclass(frozen=True)
class Span:
    """A run of text, bold or italic or neither."""

    text: str
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", printable(self.text))


Inline = tuple[Span, ...]


def inline(*parts: str | Span) -> Inline:
    """Spans from plain strings and spans (empty strings dropped)."""
    return tuple(p if isinstance(p, Span) else Span(p) for p in parts if p)


def plain(spans: Inline) -> str:
    return "".join(span.text for span in spans)


def tagged(spans: Inline, escape: Callable[[str], str]) -> str:
    """Spans in the <i>/<b> tags that reportlab's Paragraph and Qt's rich text both read,
    each span's text escaped by `escape` (the renderer's own: user text is never markup)."""
    out = []
    for span in spans:
        piece = escape(span.text)
        if span.italic:
            piece = f"<i>{piece}</i>"
        if span.bold:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


@dataclass(frozen=True)
class Para:
    """A paragraph in a named style."""

    spans: Inline
    style: str = "body"


@dataclass(frozen=True)
class NumberedList:
    """Items numbered 1., 2., ... in one column, or in two filled column by column (so a
    council of 15 fits a third of a page). `start` is the first number."""

    items: tuple[Inline, ...]
    columns: int = 1
    style: str = "list_item"
    start: int = 1

    def grid(self) -> list[list[str]]:
        """The numbered texts as rows of `columns` cells ("" fills a short last column)."""
        numbered = [f"{n}. {plain(item)}" for n, item in enumerate(self.items, self.start)]
        if self.columns == 1:
            return [[line] for line in numbered]
        height = -(-len(numbered) // self.columns)
        cols = [numbered[i * height:(i + 1) * height] for i in range(self.columns)]
        return [[col[row] if row < len(col) else "" for col in cols] for row in range(height)]


@dataclass(frozen=True)
class Table:
    """A ruled table; the first row is the header, repeated on every page. `widths` are
    shares of the text width; `numbers` the columns aligned right."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Signer:
    """A signature line: the signer's role and printed name ("" leaves a line to fill in)."""

    role: str
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", printable(self.role))
        object.__setattr__(self, "name", printable(self.name))


@dataclass(frozen=True)
class Signatures:
    """Signature lines, kept on one page with the block before them (a signature never
    stands alone on a page). `hints` are the captions under the lines: (signature, name).
    `width` is the share of the text width they take."""

    signers: tuple[Signer, ...]
    hints: tuple[str, str]
    width: float = 1.0


Block = Para | NumberedList | Table | Signatures


@dataclass(frozen=True)
class PageSetup:
    """What is drawn around the text on every page: the running header (from page 2), the
    "page X of Y" footer, the draft mark, the fingerprint of a finalized record."""

    lang: str
    header_left: str
    header_right: str
    draft: bool = False
    fingerprint: str | None = None
    landscape: bool = False


@dataclass(frozen=True)
class Document:
    """A whole document: its metadata title and subject, the page dressing and the blocks.
    `record_fingerprint` identifies the record the document was made from (the Word copy
    keeps it in its properties even for a draft); `page.fingerprint` is the one printed on
    the pages of a finalized record."""

    title: str
    subject: str
    page: PageSetup
    blocks: tuple[Block, ...]
    record_fingerprint: str | None = None


def lines(document: Document) -> Iterator[str]:
    """The document's text, block by block, in reading order (a two-column list and a table
    row by row): what every rendering must show, in this order."""
    for block in document.blocks:
        if isinstance(block, Para):
            yield plain(block.spans)
        elif isinstance(block, NumberedList):
            for row in block.grid():
                yield from (cell for cell in row if cell)
        elif isinstance(block, Table):
            for cells in block.rows:
                yield from (cell for cell in cells if cell)
        else:
            for signer in block.signers:
                yield from (text for text in (signer.role, signer.name, *block.hints) if text)
