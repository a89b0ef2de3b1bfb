"""The annual report of the public pack (Art. 6: a council reports to the public on its activity
and decisions): the figures of `documents.report_figures`, the same as the PDF report's, taken
over the sittings whose minutes are finalized only, and the decisions by each item's outcome
(`rules.outcome`: a sitting without a quorum adopts nothing).

A sitting whose minutes are not finalized is not counted yet: its attendance and votes are
the council's draft. The report says how many such sittings of the year wait for their
minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.documents.public_pack.view import (
    FINALIZED,
    UPCOMING,
    PublicCouncil,
    PublicItem,
    PublicPlan,
    PublicProposal,
    PublicRequest,
    PublicSitting,
    public_proposal,
    public_request,
)
from kenesh_desktop.documents.report_figures import (
    AttendanceFigures,
    SittingFigures,
    YearCounts,
    report_figures,
)
from kenesh_desktop.rules.outcome import OUTCOMES
from kenesh_desktop.rules.records import Council


@dataclass(frozen=True)
class PublicReport(YearCounts):
    year: int
    as_of: dt.date
    sittings: tuple[SittingFigures, ...]  # finalized sittings held in the year
    pending: int  # sittings held in the year whose minutes are not finalized yet
    attendance: tuple[AttendanceFigures, ...]
    outcomes: dict[str, int]  # items of the finalized sittings by outcome
    decisions: tuple[tuple[PublicSitting, PublicItem], ...]  # the adopted items
    requests: tuple[tuple[PublicRequest, str], ...]  # with its state (REQUEST_STATES)
    proposals: tuple[PublicProposal, ...]
    plan: PublicPlan | None


def report_years(council: Council, public: PublicCouncil) -> list[int]:
    """The years with something to report up to the pack's day: a sitting held, a request
    registered, a proposal received, or an approved plan; the latest first."""
    day = public.as_of
    years = {s.date.year for s in public.sittings if s.status != UPCOMING}
    years |= {r.registered.year for r in council.requests if r.registered <= day}
    years |= {p.received.year for p in council.proposals if p.received <= day}
    years |= {p.year for p in public.plans if p.year <= day.year}
    return sorted(years, reverse=True)


def public_report(council: Council, public: PublicCouncil, year: int) -> PublicReport:
    """The report of `year` as of the pack's day, from the finalized minutes only."""
    finalized_ids = {s.id for s in public.sittings if s.status == FINALIZED}
    finalized = dataclasses.replace(
        council, meetings=[m for m in council.meetings if m.id in finalized_ids])
    figures = report_figures(finalized, year, public.as_of, public.rulebook)
    as_of = figures.as_of
    in_year = [s for s in public.sittings if s.date.year == year and s.date <= as_of]
    pending = sum(1 for s in in_year if s.status != FINALIZED)
    outcomes = dict.fromkeys(OUTCOMES, 0)
    decisions = []
    for sitting in sorted((s for s in in_year if s.finalized), key=lambda s: (s.date, s.number)):
        for item in sitting.items:
            if item.outcome is not None:
                outcomes[item.outcome] += 1
            if item.outcome == "adopted":
                decisions.append((sitting, item))
    requests = tuple((public_request(r, public.as_of, public.rulebook), state)
                     for r, state in figures.requests)
    proposals = tuple(public_proposal(council, p) for p in figures.proposals)
    plan = next((p for p in public.plans if p.year == year), None)
    return PublicReport(year=year, as_of=as_of, sittings=tuple(figures.sittings),
                        pending=pending, attendance=tuple(figures.attendance),
                        outcomes=outcomes, decisions=tuple(decisions), requests=requests,
                        proposals=proposals, plan=plan)
