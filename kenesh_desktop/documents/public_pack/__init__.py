"""The public pack (EXCHANGE.md version 2, `publish`; Art. 6: a council informs and reports to
the public): a folder of static pages for the state body's website or a USB stick.

`DIR/index.html` and the pages it links (composition, sittings with their finalized
decisions, annual plans, annual reports with their charts, open data), `style.css`,
`DIR/data/*.csv` and `*.json` described in `DIR/data/README.md`, `DIR/sittings.ics` and one
`DIR/calendar/sitting-N.ics` per sitting. No server, no network, no script: relative links,
a local stylesheet, charts as inline SVG.

What is never published (pin, phone, e-mail, absence reasons, candidates' documents and
requirements, draft sittings' decisions) never reaches the pages: they are made from
`view.public_council`, an allow-list of what may be shown.

The folder is built beside `DIR` under a temporary name and renamed into place when complete,
so a failure leaves nothing half-written; `DIR` must be empty or not exist.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kenesh_desktop.documents.public_pack import charts, data_files, ics, pages
from kenesh_desktop.documents.public_pack.report import public_report, report_years
from kenesh_desktop.documents.public_pack.view import (
    FINALIZED,
    UPCOMING,
    PublicCouncil,
    public_council,
)
from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.rules.records import Council

Progress = Callable[[int, int], None]


class PackTargetError(ValueError):
    """The folder asked for cannot take the pack (not empty, a file, no parent folder)."""


def check_target(target: Path) -> None:
    """Refuse a `target` that is a file, a folder with anything in it, or in a missing
    folder (a command never creates folders above the one asked for)."""
    if target.exists():
        if not target.is_dir():
            raise PackTargetError(f"{target}: exists and is not a folder")
        if any(target.iterdir()):
            raise PackTargetError(f"{target}: the folder is not empty; choose an empty or "
                                  "new folder")
    elif not target.parent.is_dir():
        raise PackTargetError(f"{target}: the folder {target.parent} does not exist")


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def build_pack(council: Council, folder: Path, lang: str, on: dt.date,
               progress: Progress | None = None) -> PublicCouncil:
    """Write every file of the pack into `folder` (which exists and is empty)."""
    public = public_council(council, on)
    years = report_years(council, public)
    sittings = public.sittings
    steps = 7 + len(sittings) + len(public.plans) + len(years)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    def page(name: str, template: str, section: str = "", **context: object) -> None:
        _write(folder / name, pages.render(template, public, lang, current=name,
                                           section=section or name, **context))
        step()

    upcoming = [s for s in sittings if s.status == UPCOMING]
    zone = ics.zone_of(council.followed_rulebook)
    finalized = sum(1 for s in sittings if s.status == FINALIZED)
    _write(folder / "style.css", (pages.template_folder() / "style.css").read_text("utf-8"))
    page("index.html", "index.html.j2", next_sitting=upcoming[0] if upcoming else None,
         finalized_count=finalized, report_years=years)
    women = sum(1 for m in public.members if m.sex == "female")
    page("composition.html", "composition.html.j2", women=women,
         men=len(public.members) - women)
    page("sittings.html", "sittings.html.j2", upcoming=upcoming)
    for sitting in sittings:
        _write(folder / "calendar" / f"sitting-{sitting.number}.ics",
               ics.sittings_calendar(public.id, public.name, [sitting], lang, zone=zone))
        page(f"sitting-{sitting.number}.html", "sitting.html.j2", "sittings.html",
             sitting=sitting)
    page("plans.html", "plans.html.j2")
    for plan in public.plans:
        page(f"plan-{plan.year}.html", "plan.html.j2", "plans.html", plan=plan)
    page("reports.html", "reports.html.j2", report_years=years)
    for year in years:
        report = public_report(council, public, year)
        figures = {"attendance": charts.attendance_chart(report.sittings),
                   "requests": charts.requests_chart(report.request_counts())}
        page(f"report-{year}.html", "report.html.j2", "reports.html", report=report,
             charts=figures)
    tables = data_files.write_data(folder / "data", public, lang)
    _write(folder / "data" / "README.md",
           pages.render("README.md.j2", public, lang, tables=tables,
                        council_fields=data_files.COUNCIL_FIELDS))
    page("data.html", "data.html.j2", tables=tables)
    _write(folder / "sittings.ics", ics.sittings_calendar(public.id, public.name, sittings,
                                                         lang, zone=zone))
    step()
    return public


def publish_pack(council: Council, target: Path, lang: str = "ky",
                 on: dt.date | None = None, progress: Progress | None = None) -> Path:
    """Write the public pack of `council` as of `on` (default today) in `lang` to the folder
    `target`, which must be empty or not exist (else PackTargetError). Returns the path of
    its index.html."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    target = Path(target)
    check_target(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.",
                                    suffix=".partial"))
    try:
        build_pack(council, staging, lang, on or dt.date.today(), progress)
        staging.chmod(0o777 & ~_umask())
        check_target(target)  # still empty: nothing of the user's is replaced
        if target.exists():
            target.rmdir()
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / "index.html"


def _umask() -> int:
    """The process's umask (mkdtemp makes an owner-only folder; the pack is for everyone)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
