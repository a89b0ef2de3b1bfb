"""Which rendering a document is written in: PDF (the signed copy) or Word (.docx, the
editable copy), chosen by the caller or by the file's suffix."""

from __future__ import annotations

import os
from pathlib import Path

from kenesh_desktop.documents.blocks import Document
from kenesh_desktop.documents.common import Output

FORMATS = ("pdf", "docx")
"""The formats a document is written in, as the suffixes of their files."""


def format_of(path: str | os.PathLike[str]) -> str:
    """"pdf" or "docx" from the suffix of `path`; ValueError naming the file otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown kind of document {Path(path).suffix or '(none)'!r}; "
                         "the name must end in .pdf or .docx")
    return suffix


def write_document(document: Document, out: Output, fmt: str | None = None) -> None:
    """Write `document` to `out` in `fmt` ("pdf" or "docx"); without `fmt`, `out` must be a
    path whose suffix says which. The renderers are imported only when used."""
    if fmt is None:
        if hasattr(out, "write"):
            raise ValueError("a file object needs the format: pdf or docx")
        fmt = format_of(out)  # type: ignore[arg-type]
    if fmt == "pdf":
        from kenesh_desktop.documents.render_pdf import build_pdf

        build_pdf(document, out)
    elif fmt == "docx":
        from kenesh_desktop.documents.render_docx import build_docx

        build_docx(document, out)
    else:
        raise ValueError(f"unknown document format {fmt!r}; expected one of {FORMATS}")
