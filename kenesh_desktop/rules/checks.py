"""Every rule of the law checked on one day: `run_checks` -> `Finding`s.

The exact semantics of the command line's `check` and of the window's indicators (DOMAIN.md,
"Checks, exactly"); the rule ids are the stable ones of `findings.RULE_IDS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from kenesh_desktop.rules.competition import (
    failed_requirements,
    missing_documents,
    received_in_window,
)
from kenesh_desktop.rules.composition import (
    composition_status,
    later_from_same_organization,
    other_council_memberships,
    term_ok,
)
from kenesh_desktop.rules.deadlines import (
    DeadlineState,
    agenda_due,
    announce_due,
    answer_due,
    deadline_state,
    formed_due,
    intake_last_day,
    notice_due,
    plan_copy_due,
)
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION, Details, Finding
from kenesh_desktop.rules.meetings import meeting_quorum
from kenesh_desktop.rules.records import Council
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.rules.terms import succession, term_in_force, term_last_day

# The rulebook topic (and so the article) of each rule: Art. 14, 17 or 18 under Law No. 74,
# Art. 9 or 13 under Kazakhstan's Law No. 383-V, whatever a council's own regulation says.
RULE_TOPICS = {
    "composition.size": "composition",
    "composition.gender": "composition",
    "composition.organization": "composition",
    "composition.one_council": "composition",
    "composition.term": "composition",
    "meeting.quorum": "sittings",
    "meeting.agenda_notice": "state_body",
    "request.answer_due": "state_body",
    "notice.late": "state_body",
    "plan.copy_due": "state_body",
    "competition.announcement": "composition",
    "competition.intake": "composition",
    "competition.formed": "composition",
    "candidate.documents": "composition",
    "candidate.requirements": "composition",
}


def rule_article(rule: str, rb: Rulebook = LAW_74) -> int:
    """The article of the law a rule id stands on, from the rulebook."""
    return rb.article(RULE_TOPICS[rule])


Emit = Callable[..., None]


def _deadline(emit: Emit, rule: str, subject: str, state: DeadlineState,
              details: Details) -> None:
    """A finding for a deadline that is missed (violation) or near (upcoming)."""
    if state.violation:
        severity = VIOLATION
    elif state.status == UPCOMING:
        severity = UPCOMING
    else:
        return
    emit(
        rule,
        subject,
        severity=severity,
        due=state.due,
        details={
            **details,
            "status": state.status,
            "done_on": state.done_on,
            "days_left": state.days_left,
            "days_overdue": state.days_overdue,
        },
    )


def _composition(emit: Emit, council: Council, today: dt.date, rb: Rulebook) -> None:
    """Art. 14 on today: size and gender (only on a day inside a term: the composition in
    force), organisations, and the length of every term."""
    status = composition_status(council, today, rb)
    within = term_in_force(council.terms, today) is not None
    if within and not status.size.ok:
        emit(
            "composition.size",
            council.id,
            active=status.size.active,
            min=rb.min_members,
            max=rb.max_members,
        )
    gender = status.gender
    if within and not gender.ok:
        sex, count = gender.largest
        emit(
            "composition.gender",
            council.id,
            sex=sex,
            count=count,
            active=status.size.active,
            percent=gender.percents[sex],
            limit=gender.max_same_sex,
            limit_percent=gender.limit_percent,
        )
    active = sorted(council.active_members(today), key=lambda m: (m.start, m.id))
    for member, first in later_from_same_organization(active, rb):
        emit(
            "composition.organization",
            member.id,
            name=member.full_name,
            organization=member.organization,
            first=first.id,
            first_name=first.full_name,
        )
    for term in council.terms:
        # One finding per term too long, whichever is in force (DOMAIN.md).
        if not term_ok(term.start, term.end, rb):
            emit(
                "composition.term",
                council.id,
                term_start=term.start,
                term_end=term.end,
                latest_end=term_last_day(term.start, rb),
                years=rb.term_years,
            )


def _one_council(
    emit_for: Callable[[Council], Emit],
    councils: list[Council],
    today: dt.date,
    only: Collection[str] | None = None,
) -> None:
    """Art. 14: a person active in two or more councils: a finding in each of those councils
    (of `only`, when given), about the person's member record there, naming the other
    councils.

    One pass over everybody active today (not a pass per council), so the Coordination
    Council's hundreds of councils stay cheap. Every council given is compared against; only
    the people of the councils reported on are looked up.
    """
    names = {c.id: c.name for c in councils}
    active = [(c, m) for c in councils for m in c.active_members(today)]
    reported = active if only is None else [(c, m) for c, m in active if c.id in only]
    home = {id(m): c for c, m in reported}
    found: dict[int, list[str]] = {}
    people = [m for _, m in reported]
    for member, council_id in other_council_memberships(people, today, councils):
        if council_id != home[id(member)].id:
            found.setdefault(id(member), []).append(council_id)
    for council, member in reported:
        others = found.get(id(member))
        if others:
            emit_for(council)(
                "composition.one_council",
                member.id,
                name=member.full_name,
                other_councils=others,
                other_council_names=[names[i] for i in others],
            )


def _sittings(emit: Emit, council: Council, today: dt.date, rb: Rulebook) -> None:
    """Art. 17 (quorum of past sittings) and Art. 18 (agenda 2 days ahead)."""
    for meeting in council.meetings:
        about = {"number": meeting.number, "date": meeting.date}
        if meeting.date <= today:
            quorum = meeting_quorum(council, meeting, rb)
            if not quorum.reached:
                emit(
                    "meeting.quorum",
                    meeting.id,
                    **about,
                    present=quorum.present,
                    members=quorum.members,
                    needed=quorum.needed,
                )
        state = deadline_state(agenda_due(meeting.date, rb), meeting.agenda_sent, today, rb)
        _deadline(emit, "meeting.agenda_notice", meeting.id, state, about)


def _state_body(emit: Emit, council: Council, today: dt.date, rb: Rulebook) -> None:
    """Art. 18: answers to requests, notices of commissions, the copy of the annual plan."""
    for request in council.requests:
        state = deadline_state(answer_due(request.registered, rb), request.answered, today, rb)
        about = {
            "number": request.number,
            "request_subject": request.subject,
            "addressee": request.addressee,
            "registered": request.registered,
        }
        _deadline(emit, "request.answer_due", request.id, state, about)
    for notice in council.notices:
        due = notice_due(notice.sitting, rb)
        if notice.received > due:
            emit(
                "notice.late",
                notice.id,
                due=due,
                commission=notice.commission,
                sitting=notice.sitting,
                received=notice.received,
            )
    for plan in council.plans:
        if plan.approved is not None:
            state = deadline_state(plan_copy_due(plan.approved, rb), plan.sent, today, rb)
            about = {"year": plan.year, "approved": plan.approved}
            _deadline(emit, "plan.copy_due", str(plan.year), state, about)


def _competitions(emit: Emit, council: Council, today: dt.date, rb: Rulebook) -> None:
    """Art. 14: announcement and forming of the next composition, counted from the end of the
    term in force; every competition's intake window and selected candidates.

    On a day with no term in force the deadlines count from the term that ended last: its
    powers are over and forming its successor is still owed (a council left without a
    composition stays in violation until the next term is formed). Before the first term
    there is nothing to succeed: no finding. A next composition that has a term but no
    recorded day of forming (an exchange file may hold one) is formed: no finding about it."""
    following = succession(council, today)
    if following.term is not None:
        nxt = following.competition
        subject = nxt.id if nxt is not None else council.id
        term_end = following.term.end
        about = {"term_end": term_end, "competition": nxt.id if nxt else None}
        announced = nxt.announced if nxt is not None else None
        state = deadline_state(announce_due(term_end, rb), announced, today, rb)
        _deadline(emit, "competition.announcement", subject, state, about)
        if following.formed is not None or not following.is_formed:
            state = deadline_state(formed_due(term_end, rb), following.formed, today, rb)
            _deadline(emit, "competition.formed", subject, state, about)
    for competition in council.competitions:
        for candidate in competition.candidates:
            if (
                competition.published is not None
                and candidate.received is not None
                and not received_in_window(candidate.received, competition.published, rb)
            ):
                emit(
                    "competition.intake",
                    candidate.id,
                    name=candidate.full_name,
                    competition=competition.id,
                    received=candidate.received,
                    published=competition.published,
                    last_day=intake_last_day(competition.published, rb),
                )
            if not candidate.selected:
                continue
            missing = missing_documents(candidate.documents, rb)
            if missing:
                emit(
                    "candidate.documents",
                    candidate.id,
                    name=candidate.full_name,
                    competition=competition.id,
                    missing=missing,
                    letters=int(candidate.documents.get("recommendation_letters") or 0),
                    min_letters=rb.min_recommendation_letters,
                )
            failed = failed_requirements(candidate.requirements)
            if failed:
                emit(
                    "candidate.requirements",
                    candidate.id,
                    name=candidate.full_name,
                    competition=competition.id,
                    failed=failed,
                    unrecorded=[k for k in failed if candidate.requirements.get(k) is None],
                )


def _sort_key(finding: Finding, today: dt.date) -> tuple[dt.date, str, str, str]:
    return (finding.due or today, finding.council, finding.rule, finding.subject)


def run_checks(
    councils: list[Council],
    today: dt.date,
    rulebook: Rulebook = LAW_74,
    only: Collection[str] | None = None,
) -> list[Finding]:
    """Every rule of RULE_IDS for every council on `today`, sorted by (due or today, council,
    rule, subject). `councils` are all the councils the program knows: "one council per
    person" is checked across them.

    Each council is checked by its own rulebook (`Council.rulebook`), its findings citing that
    rulebook's articles (details["rulebook"] holds it, for the message to name it); a council
    without one by `rulebook` (Law No. 74 unless told otherwise).

    With `only` (council ids), only those councils' findings are made, while their people are
    still compared with the members of every council given: the window checks its council
    against the others' members alone (`store.queries.members_of_all_councils`)."""
    if isinstance(only, str):
        raise TypeError("only takes a collection of council ids, not one id")
    only = None if only is None else frozenset(only)
    findings: list[Finding] = []

    def rulebook_of(council: Council) -> Rulebook:
        return council.rulebook if council.rulebook is not None else rulebook

    def emitter(council: Council) -> Emit:
        rb = rulebook_of(council)

        def emit(
            rule: str,
            subject: str,
            *,
            severity: str = VIOLATION,
            due: dt.date | None = None,
            details: Details | None = None,
            **values: object,
        ) -> None:
            findings.append(
                Finding(
                    rule=rule,
                    article=rule_article(rule, rb),
                    severity=severity,
                    council=council.id,
                    subject=subject,
                    due=due,
                    details={"council_name": council.name, "rulebook": rb,
                             **(details or {}), **values},
                )
            )

        return emit

    for council in councils:
        if only is not None and council.id not in only:
            continue
        emit, rb = emitter(council), rulebook_of(council)
        _composition(emit, council, today, rb)
        _sittings(emit, council, today, rb)
        _state_body(emit, council, today, rb)
        _competitions(emit, council, today, rb)
    _one_council(emitter, councils, today, only)
    findings.sort(key=lambda f: _sort_key(f, today))
    return findings
