"""A realistic demo council: the Public Council of the Ministry of Finance, in Kyrgyz.

`demo_council(today)` builds it as plain records (no database): 13 members, about a year of
sittings (one without a quorum, one extraordinary, one whose agenda went out late, one still
to come), requests, citizens' proposals, commission notices, two annual plans and the
competition for the next composition, which is under way. Every date is counted from `today`,
so the demo always looks current; the same `today` always gives the same council.

The demo is meant to show what `check` and the window report, so it keeps a few faults on
purpose: the sitting without a quorum (Art. 17), a late agenda, a late commission notice and
requests answered late or not at all (Art. 18). The texts (names, organisations, agenda,
letters) are in demo_data.py; this module decides the dates and the stories, the sittings'
in demo_sittings.py.
"""

from __future__ import annotations

import datetime as dt
import random

from kenesh_desktop import demo_data as text
from kenesh_desktop import demo_sittings
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.dates import add_days, add_months, add_years
from kenesh_desktop.rules.terms import term_last_day

DEMO_COUNCIL_ID = "demo-minfin"


def _pin(sex: str, born: dt.date, serial: int) -> str:
    """A Kyrgyz personal number: 1 (woman) or 2 (man), the birth date DDMMYYYY, 5 digits."""
    return f"{1 if sex == 'female' else 2}{born:%d%m%Y}{serial:05d}"


def _members(term_start: dt.date) -> list[r.Member]:
    members = []
    for index, (name, sex, organization, role, born, phone) in enumerate(text.MEMBERS,
                                                                         start=1):
        members.append(
            r.Member(
                id=f"m{index}",
                full_name=name,
                sex=sex,
                organization=organization,
                role=role,
                start=term_start,
                pin=_pin(sex, born, 40100 + index * 7),
                phone=phone,
                email=f"member{index}@kenesh.example.kg" if phone else None,
            )
        )
    return members


def _lower_first(words: str) -> str:
    """A sentence's start inside another sentence: "Маалымат" -> "маалымат"."""
    return words[0].lower() + words[1:]


def _requests(today: dt.date) -> list[r.Request]:
    """Art. 18: a written answer within 2 weeks of registration; some kept, some not."""
    requests = []
    for index, (ago, answered_after, subject, addressee) in enumerate(text.REQUESTS, start=1):
        registered = add_days(today, -ago)
        answered = None if answered_after is None else add_days(registered, answered_after)
        requests.append(
            r.Request(
                id=f"r{index}",
                number=f"КК-{index:02d}",
                subject=subject,
                addressee=addressee,
                registered=registered,
                answered=answered,
                text=text.REQUEST_TEXT.format(subject=_lower_first(subject)),
                answer_summary=text.ANSWER_SUMMARY if answered else "",
            )
        )
    return requests


def _first_quorate_sitting_after(
    meetings: list[r.Meeting], day: dt.date, members: int
) -> r.Meeting | None:
    """The first finished sitting with a quorum (Art. 17) at least 5 days after `day`."""
    return next(
        (
            m
            for m in meetings
            if m.date >= add_days(day, 5) and m.finalized and len(m.present) * 3 >= members * 2
        ),
        None,
    )


def _proposals(today: dt.date, meetings: list[r.Meeting], members: int) -> list[r.Proposal]:
    """Art. 6: the council receives and considers citizens' proposals."""
    proposals = []
    for index, (ago, author, summary, outcome) in enumerate(text.PROPOSALS, start=1):
        received = add_days(today, -ago)
        sitting = _first_quorate_sitting_after(meetings, received, members) if outcome else None
        if sitting is not None:
            sitting.items.append(
                r.AgendaItem(
                    title=text.PROPOSAL_ITEM_TITLE.format(summary=_lower_first(summary)),
                    proposed_by="council",
                    decision=outcome or "",
                    votes={member_id: "for" for member_id in sitting.present},
                    speaker=text.PROPOSAL_SPEAKER,
                    heard=text.PROPOSAL_HEARD.format(author=author),
                )
            )
        proposals.append(
            r.Proposal(
                id=f"p{index}",
                author=author,
                received=received,
                summary=summary,
                considered_at=sitting.id if sitting else None,
                outcome=outcome if sitting else None,
                reply_sent=add_days(sitting.date, 6) if sitting else None,
            )
        )
    return proposals


def _notices(today: dt.date) -> list[r.CommissionNotice]:
    """Art. 18: the state body tells the council of its commissions 2 days ahead; once late."""
    return [
        r.CommissionNotice(
            id=f"n{index}",
            commission=commission,
            received=add_days(today, -received),
            sitting=add_days(today, -sitting),
            observer=observer,
            place=text.MAIN_HALL if main_hall else text.SMALL_HALL,
            agenda=agenda,
            attended=attended,
            notes=notes,
        )
        for index, (commission, received, sitting, observer, main_hall, agenda, attended, notes)
        in enumerate(text.NOTICES, start=1)
    ]


def _month_end(year: int, month: int) -> dt.date:
    return add_days(add_months(dt.date(year, month, 1), 1), -1)


def _plan_items(year: int, today: dt.date, members: list[r.Member]) -> list[r.PlanItem]:
    items = []
    for title, (when, precision), responsible, form in text.PLAN_ITEMS:
        if precision == "quarter":
            due = _month_end(year, 3 * when)
        elif precision == "month":
            due = _month_end(year, when)
        else:
            due = dt.date(year, when, 25)
        items.append(
            r.PlanItem(
                title=title,
                due=due,
                responsible=members[responsible].full_name,
                form=form,
                due_precision=precision,
                status="done" if due < today else "planned",
            )
        )
    if year == today.year - 1:
        items[text.MOVED_ITEM].status = "moved"
        items[text.MOVED_ITEM].note = text.MOVED_NOTE
    return items


def _plans(
    today: dt.date, sitting: r.Meeting, members: list[r.Member], term_start: dt.date
) -> list[r.AnnualPlan]:
    """Art. 18: a copy of the approved plan reaches the state body within 5 days; it did."""
    year = today.year
    previous_approved = max(dt.date(year - 1, 1, 20), add_days(term_start, 30))
    return [
        r.AnnualPlan(
            year=year - 1,
            approved=previous_approved,
            sent=add_days(previous_approved, 4),
            items=_plan_items(year - 1, today, members),
            letter_number=f"КК-{year - 1}/03",
        ),
        r.AnnualPlan(
            year=year,
            approved=sitting.date,
            sent=min(add_days(sitting.date, 3), today),
            items=_plan_items(year, today, members),
            approved_at=sitting.id,
            letter_number=f"КК-{year}/01",
        ),
    ]


def _competition(today: dt.date) -> r.Competition:
    """Art. 14: the competition for the next composition, announced and published, open."""
    published = add_days(today, -15)
    complete = {"application": True, "cv_with_photo": True, "recommendation_letters": 2,
                "vision": True}
    eligible = {
        "citizen_capable": True,
        "no_criminal_record": True,
        "not_civil_servant": True,
        "reputation": True,
        "no_relatives_in_body": True,
        "independent": True,
        "civic_experience": True,
    }
    candidates = []
    for index, (name, sex, organization, documents, requirements) in enumerate(
            text.CANDIDATES, start=1):
        notes = {}
        if not requirements.get("not_civil_servant", True):
            notes["not_civil_servant"] = text.CIVIL_SERVANT_NOTE
        candidates.append(
            r.Candidate(
                id=f"k{index}",
                full_name=name,
                sex=sex,
                organization=organization,
                received=add_days(published, 1 + (index * 13) % 14),
                documents={**complete, **documents},
                requirements={**eligible, **requirements},
                requirement_notes=notes,
            )
        )
    return r.Competition(
        id="c1",
        announced=add_days(today, -20),
        published=published,
        candidates=candidates,
    )


def demo_council(today: dt.date | None = None) -> r.Council:
    """The demo council as of `today` (default: the real today); deterministic for a given day."""
    today = today or dt.date.today()
    # The term ends in about three and a half months, so the competition is under way.
    term_end = add_days(add_months(today, 3), 14)
    # Art. 14: a composition serves up to 2 years: the longest term that ends on term_end.
    # Two years back and a day on lands on 29 February when term_end is 28 February of the
    # year after a leap year, and that term would end a day late (issue 16): then 1 March.
    term_start = add_days(add_years(term_end, -2), 1)
    while term_last_day(term_start) < term_end:
        term_start = add_days(term_start, 1)
    rng = random.Random(20140524)
    members = _members(term_start)
    meetings, plan_sitting = demo_sittings.meetings(today, members, rng)
    proposals = _proposals(today, meetings, len(members))
    plans = _plans(today, plan_sitting, members, term_start)
    return r.Council(
        id=DEMO_COUNCIL_ID,
        name=text.COUNCIL_NAME,
        state_body=text.STATE_BODY,
        terms=[r.Term(term_start, term_end)],
        members=members,
        meetings=meetings,
        requests=_requests(today),
        proposals=proposals,
        notices=_notices(today),
        plans=plans,
        competitions=[_competition(today)],
    )
