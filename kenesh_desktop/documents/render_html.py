"""A `blocks.Document` as HTML for Qt's rich-text printing (QTextDocument), so the window
prints the same composition as the PDF: the same blocks, text and order.

Qt cannot draw a PDF here (QtPdf is not part of PySide6-Essentials), so the window prints this
HTML in the bundled DejaVu Sans. Only the subset of HTML that QTextDocument understands is
used (paragraph margins and indents in points, tables for columns and signature lines). The
draft mark heads the printout and the fingerprint closes it, as on the PDF's pages. No Qt
here: ui/ feeds the string to a QTextDocument.
"""

from __future__ import annotations

from html import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT

from kenesh_desktop.documents.blocks import (
    Document,
    Inline,
    NumberedList,
    Para,
    Signatures,
    Table,
    tagged,
)
from kenesh_desktop.documents.fonts import BOLD, BOLD_ITALIC
from kenesh_desktop.documents.styles import stylesheet
from kenesh_desktop.documents.wording import text

_ALIGN = {TA_CENTER: "center", TA_RIGHT: "right", TA_JUSTIFY: "justify"}
LINE = "_" * 22
"""A line to sign on (QTextDocument draws no cell borders on one side only)."""


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _spans(spans: Inline) -> str:
    return tagged(spans, _text)


def _css(style_name: str) -> str:
    style = stylesheet()[style_name]
    rules = [f"font-size:{style.fontSize:g}pt", f"margin-top:{style.spaceBefore:g}pt",
             f"margin-bottom:{style.spaceAfter:g}pt", f"margin-left:{style.leftIndent:g}pt"]
    if style.firstLineIndent:
        rules.append(f"text-indent:{style.firstLineIndent:g}pt")
    if style.fontName in (BOLD, BOLD_ITALIC):
        rules.append("font-weight:bold")
    if style.alignment in _ALIGN:
        rules.append(f"text-align:{_ALIGN[style.alignment]}")
    return ";".join(rules)


def _paragraph(body: str, style_name: str) -> str:
    html = f"<p style='{_css(style_name)}'>{body}</p>"
    if stylesheet()[style_name].borderWidth:  # the quorum sentence, framed as on the PDF
        return ("<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
                f"<tr><td>{html}</td></tr></table>")
    return html


def _numbered(block: NumberedList) -> str:
    grid = block.grid()
    if block.columns == 1:
        return "".join(_paragraph(_text(line), block.style) for (line,) in grid)
    share = 100 // block.columns
    rows = "".join(
        "<tr>" + "".join(f"<td width='{share}%'>{_paragraph(_text(cell), block.style)}</td>"
                         for cell in row) + "</tr>"
        for row in grid)
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>"


def _table(block: Table) -> str:
    rows = []
    for number, row in enumerate(block.rows):
        cells = []
        for column, (value, share) in enumerate(zip(row, block.widths, strict=True)):
            style = ("cell_head" if number == 0 else
                     "cell_number" if column in block.numbers else "cell")
            shade = " bgcolor='#E6E6E6'" if number == 0 else ""
            cells.append(f"<td width='{share * 100:.0f}%'{shade}>"
                         f"{_paragraph(_text(value), style)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            + "".join(rows) + "</table>")


def _signatures(block: Signatures) -> str:
    width = f"{block.width * 100:.0f}%"
    rows = []
    for signer in block.signers:
        rows.append(
            f"<tr><td width='37%'>{_paragraph('<b>' + _text(signer.role) + '</b>', 'signature')}"
            f"</td><td width='25%'>{_paragraph(LINE, 'signature')}</td><td width='3%'></td>"
            f"<td width='35%'>{_paragraph(_text(signer.name) or LINE, 'signature')}</td></tr>"
            f"<tr><td></td><td>{_paragraph(_text(block.hints[0]), 'signature_hint')}</td>"
            f"<td></td><td>{_paragraph(_text(block.hints[1]), 'signature_hint')}</td></tr>")
    return (f"<br/><table width='{width}' cellspacing='0' cellpadding='4'>"
            + "".join(rows) + "</table>")


def to_html(document: Document) -> str:
    """The whole document as one HTML page for printing."""
    page = document.page
    out = []
    if page.draft:
        out.append(_paragraph(f"<b>{_text(text('draft', page.lang))}</b>", "subtitle"))
    for block in document.blocks:
        if isinstance(block, Para):
            out.append(_paragraph(_spans(block.spans), block.style))
        elif isinstance(block, NumberedList):
            out.append(_numbered(block))
        elif isinstance(block, Table):
            out.append(_table(block))
        else:
            out.append(_signatures(block))
    if page.fingerprint:
        out.append(_paragraph(_text(text("fingerprint", page.lang,
                                         fingerprint=page.fingerprint)), "small"))
    return "<html><body>" + "\n".join(out) + "</body></html>"
