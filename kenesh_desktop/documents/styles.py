"""One stylesheet of named paragraph styles for every document, all in the bundled family.

Names, not ad-hoc styles in each module: the minutes and the plan look like one program's
papers, and a change of size or spacing is made once.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from kenesh_desktop.documents.fonts import BOLD, REGULAR, register_fonts

BLACK = colors.black
GREY = colors.HexColor("#555555")
RULE_GREY = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#E6E6E6")
DRAFT_GREY = colors.HexColor("#D9D9D9")


@cache
def stylesheet() -> StyleSheet1:
    """The named styles: council, state_body, title, subtitle, heading, item_heading, label,
    body, body_justified, indented, outcome, list_item, column_item, quorum, small, cell,
    cell_head, cell_number, signature, signature_hint, approval.

    An official paper: body text 12 pt, tables and captions at least 10 pt, all black.
    Headings and labels keep with the text after them.
    """
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=16,
                          alignment=TA_LEFT, spaceAfter=3, textColor=BLACK)
    sheet.add(base)
    sheet.add(ParagraphStyle("body_justified", parent=base, alignment=TA_JUSTIFY))
    sheet.add(ParagraphStyle("council", parent=base, fontName=BOLD, fontSize=13, leading=17,
                             alignment=TA_CENTER, spaceAfter=1))
    sheet.add(ParagraphStyle("state_body", parent=base, alignment=TA_CENTER, spaceAfter=10))
    sheet.add(ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19,
                             alignment=TA_CENTER, spaceBefore=4, spaceAfter=10))
    sheet.add(ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=10))
    sheet.add(ParagraphStyle("heading", parent=base, fontName=BOLD, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1))
    sheet.add(ParagraphStyle("item_heading", parent=base, fontName=BOLD, spaceBefore=12,
                             spaceAfter=3, keepWithNext=1))
    sheet.add(ParagraphStyle("label", parent=base, fontName=BOLD, spaceBefore=4, spaceAfter=1,
                             keepWithNext=1))
    sheet.add(ParagraphStyle("indented", parent=base, leftIndent=18))
    sheet.add(ParagraphStyle("outcome", parent=base, fontName=BOLD, leftIndent=18,
                             spaceBefore=2))
    # A hanging indent: a wrapped line starts under the text, not under the number.
    sheet.add(ParagraphStyle("list_item", parent=base, leftIndent=36, firstLineIndent=-20,
                             spaceAfter=1))
    sheet.add(ParagraphStyle("column_item", parent=sheet["list_item"], leftIndent=20))
    # borderPadding draws outside the paragraph's box: the spacing keeps the frame clear of the
    # neighbouring lines.
    sheet.add(ParagraphStyle("quorum", parent=base, spaceBefore=12, spaceAfter=11,
                             borderColor=RULE_GREY, borderWidth=0.5, borderPadding=5,
                             leftIndent=5, rightIndent=5))
    sheet.add(ParagraphStyle("small", parent=base, fontSize=10, leading=13))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=10, leading=12.5, spaceAfter=0))
    sheet.add(ParagraphStyle("cell_head", parent=sheet["cell"], fontName=BOLD,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("cell_number", parent=sheet["cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("signature", parent=base, spaceAfter=0))
    sheet.add(ParagraphStyle("signature_hint", parent=base, fontSize=10, leading=12,
                             alignment=TA_CENTER, spaceAfter=0))
    sheet.add(ParagraphStyle("approval", parent=base, alignment=TA_RIGHT, spaceAfter=2))
    return sheet


# Running header and footer are drawn on the canvas, not as paragraphs: their font and size.
HEADER_FONT = REGULAR
HEADER_SIZE = 9
FOOTER_FONT = REGULAR
FOOTER_SIZE = 9
DRAFT_FONT = BOLD
