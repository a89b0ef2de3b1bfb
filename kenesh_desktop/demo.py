"""A realistic demo council: the Public Council of the Ministry of Finance, in Kyrgyz.

`demo_council(today)` builds it as plain records (no database): 13 members, about a year of
sittings (one without a quorum, one extraordinary, one whose agenda went out late, one still
to come), requests, citizens' proposals, commission notices, two annual plans and the
competition for the next composition, which is under way. Every date is counted from `today`,
so the demo always looks current; the same `today` always gives the same council.

The demo is meant to show what `check` and the window report, so it keeps a few faults on
purpose: the sitting without a quorum (Art. 17), a late agenda, a late commission notice and
requests answered late or not at all (Art. 18). The texts (names, organisations, agenda,
letters) are in demo_data.py; this module decides the dates and the stories.
"""

from __future__ import annotations

import datetime as dt
import random

from kenesh_desktop import demo_data as text
from kenesh_desktop.rules.dates import add_days, add_months, add_years
from kenesh_desktop.rules.records import (
    AgendaItem,
    AnnualPlan,
    Candidate,
    CommissionNotice,
    Competition,
    Council,
    Guest,
    Meeting,
    Member,
    PlanItem,
    Proposal,
    Request,
    Speaker,
    Term,
)
from kenesh_desktop.rules.terms import term_last_day

DEMO_COUNCIL_ID = "demo-minfin"

# Which of the ten regular sittings carries which story of the demo.
_NO_QUORUM, _LATE_AGENDA, _NOT_ADOPTED = 3, 6, 8


def _thursday_on_or_before(day: dt.date) -> dt.date:
    return add_days(day, -((day.weekday() - 3) % 7))


def _pin(sex: str, born: dt.date, serial: int) -> str:
    """A Kyrgyz personal number: 1 (woman) or 2 (man), the birth date DDMMYYYY, 5 digits."""
    return f"{1 if sex == 'female' else 2}{born:%d%m%Y}{serial:05d}"


def _members(term_start: dt.date) -> list[Member]:
    members = []
    for index, (name, sex, organization, role, born, phone) in enumerate(text.MEMBERS,
                                                                         start=1):
        members.append(
            Member(
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


def _votes(present: list[str], rng: random.Random, chair: str, contested: bool) -> dict:
    """Everyone present votes; on a contested item a few vote against or abstain."""
    votes = {member_id: "for" for member_id in present}
    if contested:
        others = [member_id for member_id in present if member_id != chair]
        for member_id in rng.sample(others, 2):
            votes[member_id] = "against"
        votes[rng.choice([m for m in others if votes[m] == "for"])] = "abstain"
    return votes


def _item(topic: tuple, day: dt.date, members: list[Member]) -> AgendaItem:
    title, proposed_by, speaker, heard, decision = topic
    year = day.year
    return AgendaItem(
        title=title.format(y=year, py=year - 1, ny=year + 1),
        proposed_by=proposed_by,
        decision=decision,
        speaker=members[speaker].full_name if isinstance(speaker, int) else speaker,
        heard=heard,
    )


def _sitting_dates(today: dt.date) -> tuple[list[dt.date], dt.date, dt.date]:
    """Ten monthly regular sittings up to ~10 days ago, an extraordinary one, and the next."""
    regular = [
        _thursday_on_or_before(add_days(add_months(today, -(9 - i)), -10)) for i in range(10)
    ]
    extraordinary = add_days(regular[5], 12)
    upcoming = add_days(today, 9)
    return regular, extraordinary, upcoming


def _regular_sitting(
    index: int, day: dt.date, members: list[Member], topics, rng: random.Random, last: bool
) -> Meeting:
    ids = [m.id for m in members]
    if index == _NO_QUORUM:
        # Art. 17: 7 of 13 is below two thirds (9 needed), so nothing could be decided; the
        # chair was away and nobody recorded who presided: the deputy chair did (the default).
        present = ids[1:4] + [ids[i] for i in (4, 6, 9, 12)]
    else:
        absent = set(rng.sample(ids[3:], rng.choice((0, 1, 2, 3))))
        present = [member_id for member_id in ids if member_id not in absent]
    items = [_item(next(topics), day, members) for _ in range(3 if index in (1, 5) else 2)]
    if index == _NOT_ADOPTED:
        items.append(_item(text.PROCUREMENT_VETO, day, members))
    for number, item in enumerate(items):
        if index == _NO_QUORUM:
            item.decision = text.NO_QUORUM_DECISION
        elif index == _NOT_ADOPTED and number == len(items) - 1:
            # Not adopted: the votes for are not more than half of those present.
            half = len(present) // 2
            item.votes = {
                member_id: "for" if n < half else ("against" if n % 2 else "abstain")
                for n, member_id in enumerate(present)
            }
        else:
            item.votes = _votes(present, rng, ids[0], contested=number == 1)
            if number == 1:  # a contested item was discussed (ЧЫГЫП СҮЙЛӨДҮ)
                item.speakers = _discussion(index, members, present)
    absent_ids = [member_id for member_id in ids if member_id not in present]
    # Who presided and took the minutes, recorded as the secretariat does (not at the
    # sitting without a quorum, nor at the one still to be held).
    signers = {} if index == _NO_QUORUM or last else {"presiding": ids[0], "minutes_by": ids[2]}
    return Meeting(
        id="",
        number=0,
        date=day,
        kind="regular",
        place=text.SMALL_HALL if index % 3 == 0 else text.MAIN_HALL,
        # Art. 18: the agenda reaches the state body at least 2 days before; once it did not.
        agenda_sent=add_days(day, -1 if index == _LATE_AGENDA else -5),
        present=present,
        guests=[_guest((index + k) % len(text.GUESTS)) for k in range(1 + index % 3)],
        items=items,
        finalized=not last,
        time="14:00",
        state_body_representative=text.STATE_BODY_REPRESENTATIVE,
        absence_reasons={
            member_id: text.ABSENCE_REASONS[n % len(text.ABSENCE_REASONS)]
            for n, member_id in enumerate(absent_ids)
        },
        **signers,
    )


def _discussion(index: int, members: list[Member], present: list[str]) -> list[Speaker]:
    """Two present members speak on an item, with what they said."""
    chosen = [m for m in members if m.id in present and m.role == "member"]
    return [Speaker(chosen[(index + k) % len(chosen)].full_name, summary)
            for k, summary in enumerate(text.DISCUSSION[index % 2])]


def _meetings(
    today: dt.date, members: list[Member], rng: random.Random
) -> tuple[list[Meeting], Meeting]:
    """Every sitting, numbered by date, and the one that approved this year's plan."""
    regular, extraordinary_day, upcoming_day = _sitting_dates(today)
    topics = iter(text.TOPICS[:-2])
    meetings = [
        _regular_sitting(index, day, members, topics, rng, last=index == len(regular) - 1)
        for index, day in enumerate(regular)
    ]
    # This year's plan is approved at the sitting nearest to mid-January (a December one when
    # the year has just begun), never at the one without a quorum nor the unfinished last.
    plan_sitting = min(
        (m for i, m in enumerate(meetings[:-1]) if i != _NO_QUORUM),
        key=lambda m: abs((m.date - dt.date(today.year, 1, 15)).days),
    )
    plan_sitting.items.insert(
        0,
        AgendaItem(
            title=text.PLAN_TITLE.format(y=today.year),
            proposed_by="council",
            decision=text.PLAN_DECISION.format(y=today.year),
            votes={member_id: "for" for member_id in plan_sitting.present},
            speaker=members[text.PLAN_SPEAKER].full_name,
            heard=text.PLAN_HEARD,
        ),
    )

    meetings.append(_extraordinary_sitting(extraordinary_day, members, rng))
    # The next sitting: its agenda is not sent yet; the deadline (Art. 18) is a week away.
    upcoming_items = [_item(topic, upcoming_day, members) for topic in text.TOPICS[-2:]]
    for item in upcoming_items:
        item.decision = ""
    meetings.append(
        Meeting(
            id="",
            number=0,
            date=upcoming_day,
            kind="regular",
            place=text.MAIN_HALL,
            items=upcoming_items,
            time="14:00",
            state_body_representative=text.STATE_BODY_REPRESENTATIVE,
        )
    )
    meetings.sort(key=lambda meeting: meeting.date)
    for number, meeting in enumerate(meetings, start=1):
        meeting.id = f"s{number}"
        meeting.number = number
    return meetings, plan_sitting


def _extraordinary_sitting(day: dt.date, members: list[Member], rng: random.Random) -> Meeting:
    """A member may call an extraordinary sitting (Art. 17); Жылдыз Абдыкадырова did."""
    ids = [m.id for m in members]
    absent = {ids[index]: reason for index, reason in text.EXTRAORDINARY_ABSENT}
    present = [member_id for member_id in ids if member_id not in absent]
    items = []
    for title, decision, speaker, heard, contested in text.EXTRAORDINARY_ITEMS:
        votes = (_votes(present, rng, ids[0], contested=True) if contested
                 else {member_id: "for" for member_id in present})
        items.append(AgendaItem(title=title, proposed_by="council", decision=decision,
                                votes=votes, speaker=members[speaker].full_name, heard=heard))
    return Meeting(
        id="",
        number=0,
        date=day,
        kind="extraordinary",
        place=text.SMALL_HALL,
        agenda_sent=add_days(day, -3),
        present=present,
        guests=[_guest(index) for index in text.EXTRAORDINARY_GUESTS],
        items=items,
        finalized=True,
        time="10:00",
        called_by=ids[text.EXTRAORDINARY_CALLER],
        state_body_representative=text.STATE_BODY_REPRESENTATIVE,
        absence_reasons=absent,
    )


def _guest(index: int) -> Guest:
    full_name, organization, category = text.GUESTS[index]
    return Guest(full_name, organization, category)


def _lower_first(words: str) -> str:
    """A sentence's start inside another sentence: "Маалымат" -> "маалымат"."""
    return words[0].lower() + words[1:]


def _requests(today: dt.date) -> list[Request]:
    """Art. 18: a written answer within 2 weeks of registration; some kept, some not."""
    requests = []
    for index, (ago, answered_after, subject, addressee) in enumerate(text.REQUESTS, start=1):
        registered = add_days(today, -ago)
        answered = None if answered_after is None else add_days(registered, answered_after)
        requests.append(
            Request(
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
    meetings: list[Meeting], day: dt.date, members: int
) -> Meeting | None:
    """The first finished sitting with a quorum (Art. 17) at least 5 days after `day`."""
    return next(
        (
            m
            for m in meetings
            if m.date >= add_days(day, 5) and m.finalized and len(m.present) * 3 >= members * 2
        ),
        None,
    )


def _proposals(today: dt.date, meetings: list[Meeting], members: int) -> list[Proposal]:
    """Art. 6: the council receives and considers citizens' proposals."""
    proposals = []
    for index, (ago, author, summary, outcome) in enumerate(text.PROPOSALS, start=1):
        received = add_days(today, -ago)
        sitting = _first_quorate_sitting_after(meetings, received, members) if outcome else None
        if sitting is not None:
            sitting.items.append(
                AgendaItem(
                    title=text.PROPOSAL_ITEM_TITLE.format(summary=_lower_first(summary)),
                    proposed_by="council",
                    decision=outcome or "",
                    votes={member_id: "for" for member_id in sitting.present},
                    speaker=text.PROPOSAL_SPEAKER,
                    heard=text.PROPOSAL_HEARD.format(author=author),
                )
            )
        proposals.append(
            Proposal(
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


def _notices(today: dt.date) -> list[CommissionNotice]:
    """Art. 18: the state body tells the council of its commissions 2 days ahead; once late."""
    return [
        CommissionNotice(
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


def _plan_items(year: int, today: dt.date, members: list[Member]) -> list[PlanItem]:
    items = []
    for title, (when, precision), responsible, form in text.PLAN_ITEMS:
        if precision == "quarter":
            due = _month_end(year, 3 * when)
        elif precision == "month":
            due = _month_end(year, when)
        else:
            due = dt.date(year, when, 25)
        items.append(
            PlanItem(
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
    today: dt.date, sitting: Meeting, members: list[Member], term_start: dt.date
) -> list[AnnualPlan]:
    """Art. 18: a copy of the approved plan reaches the state body within 5 days; it did."""
    year = today.year
    previous_approved = max(dt.date(year - 1, 1, 20), add_days(term_start, 30))
    return [
        AnnualPlan(
            year=year - 1,
            approved=previous_approved,
            sent=add_days(previous_approved, 4),
            items=_plan_items(year - 1, today, members),
            letter_number=f"КК-{year - 1}/03",
        ),
        AnnualPlan(
            year=year,
            approved=sitting.date,
            sent=min(add_days(sitting.date, 3), today),
            items=_plan_items(year, today, members),
            approved_at=sitting.id,
            letter_number=f"КК-{year}/01",
        ),
    ]


def _competition(today: dt.date) -> Competition:
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
            Candidate(
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
    return Competition(
        id="c1",
        announced=add_days(today, -20),
        published=published,
        candidates=candidates,
    )


def demo_council(today: dt.date | None = None) -> Council:
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
    meetings, plan_sitting = _meetings(today, members, rng)
    proposals = _proposals(today, meetings, len(members))
    plans = _plans(today, plan_sitting, members, term_start)
    return Council(
        id=DEMO_COUNCIL_ID,
        name=text.COUNCIL_NAME,
        state_body=text.STATE_BODY,
        terms=[Term(term_start, term_end)],
        members=members,
        meetings=meetings,
        requests=_requests(today),
        proposals=proposals,
        notices=_notices(today),
        plans=plans,
        competitions=[_competition(today)],
    )
