"""The plan's documents: the plan PDF and Word copy (documents.annual_plan) and the annual
report PDF
(documents.annual_report). reportlab is imported only when a PDF is made; saving and the
system viewer are `ui.documents_export`'s.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kenesh_desktop.rules.records import Council
from kenesh_desktop.rules.rulebook import Rulebook


def write_plan_pdf(council: Council, year: int, path: Path, lang: str,
                   rulebook: Rulebook | None = None, on: dt.date | None = None) -> None:
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.annual_plan import build_plan

    build_plan(council, year, path, lang, rulebook, on)


def write_plan_docx(council: Council, year: int, path: Path, lang: str,
                    rulebook: Rulebook | None = None, on: dt.date | None = None) -> None:
    """The plan as a Word copy: the same composition as the PDF (documents.blocks)."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.annual_plan import build_plan

    build_plan(council, year, path, lang, rulebook, on, fmt="docx")


def write_report_pdf(council: Council, year: int, path: Path, lang: str,
                     rulebook: Rulebook | None = None, on: dt.date | None = None) -> None:
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.annual_report import build_annual_report

    build_annual_report(council, year, path, lang, rulebook, on)
