"""A `blocks.Document` as a PDF (reportlab): the signed, fingerprinted copy.

Each block becomes flowables in the named styles of documents/styles.py, on the pages of
documents/common.py (running header, "page X of Y", draft mark, fingerprint), which keeps
signature lines on one page with the block before them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Table as RLTable

from kenesh_desktop.documents.blocks import (
    Block,
    Document,
    Inline,
    NumberedList,
    Para,
    Signatures,
    Table,
    tagged,
)
from kenesh_desktop.documents.common import (
    Output,
    SignatureBlock,
    build_document,
    esc,
    frame_width,
    grid_table,
    para,
    signature_table,
    table_style,
)

_TIGHT = table_style([
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def markup(spans: Inline) -> str:
    """Spans as Paragraph markup, user text escaped."""
    return tagged(spans, esc)


def flowables(blocks: tuple[Block, ...], width: float) -> list[Flowable]:
    """The reportlab flowables of `blocks` on a text frame `width` points wide."""
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Para):
            story.append(para(markup(block.spans), block.style))
        elif isinstance(block, NumberedList):
            story += _numbered(block, width)
        elif isinstance(block, Table):
            story.append(_table(block, width))
        else:
            story.append(_signatures(block, width))
    return story


def _numbered(block: NumberedList, width: float) -> list[Flowable]:
    if block.columns == 1:
        return [para(esc(line), block.style) for (line,) in block.grid()]
    rows = [[para(esc(cell), block.style) if cell else "" for cell in row]
            for row in block.grid()]
    share = width / block.columns
    return [RLTable(rows, colWidths=[share] * block.columns, hAlign="LEFT", style=_TIGHT)]


def _table(block: Table, width: float) -> RLTable:
    rows: list[list[Any]] = [[para(esc(cell), "cell_head") for cell in block.rows[0]]]
    for row in block.rows[1:]:
        rows.append([para(esc(cell), "cell_number" if n in block.numbers else "cell")
                     for n, cell in enumerate(row)])
    return grid_table(rows, [width * share for share in block.widths])


def _signatures(block: Signatures, width: float) -> Flowable:
    signers = [(signer.role, signer.name) for signer in block.signers]
    table = signature_table(signers, block.hints, width * block.width)
    # Never a signature alone on a page: build_document keeps it with the block above it.
    return SignatureBlock([Spacer(1, 8 * mm), table])


def build_pdf(document: Document, out: Output) -> None:
    """Write `document` as a PDF to `out` (a path, written whole or not at all, or a binary
    file object)."""
    width = frame_width(landscape_page=document.page.landscape)
    story = flowables(document.blocks, width)
    build_document(out, story, document.page, title=document.title, subject=document.subject)
