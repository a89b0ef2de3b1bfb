"""The demo council's sittings (demo.py builds the rest): ten monthly regular sittings up to
about ten days ago, an extraordinary one called by a member, and the next one, still to come.

Each regular sitting has its story: one without a quorum (Art. 17: nothing decided, nobody
recorded as presiding), one whose agenda reached the state body late (Art. 18), one with an
item not adopted (the votes for not more than half of those present); the others are held
with a few absent, a contested item discussed, guests, and who presided and took the minutes.
The texts are in demo_data.py.
"""

from __future__ import annotations

import datetime as dt
import random

from kenesh_desktop import demo_data as text
from kenesh_desktop.rules.dates import add_days, add_months
from kenesh_desktop.rules.records import AgendaItem, Guest, Meeting, Member, Speaker

# Which of the ten regular sittings carries which story of the demo.
_NO_QUORUM, _LATE_AGENDA, _NOT_ADOPTED = 3, 6, 8


def _thursday_on_or_before(day: dt.date) -> dt.date:
    return add_days(day, -((day.weekday() - 3) % 7))


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


def meetings(
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
