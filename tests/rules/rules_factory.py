"""Small hand-built records for the rules tests: a clean council that breaks no rule, and
helpers to build members, candidates and competitions one fact at a time."""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.rules.records import (
    REQUIREMENT_KEYS,
    AnnualPlan,
    Candidate,
    CommissionNotice,
    Competition,
    Council,
    Meeting,
    Member,
    Request,
    Term,
)

D = dt.date
TERM_START = D(2026, 1, 15)
TERM_END = D(2028, 1, 14)  # exactly 2 years - 1 day
TODAY = D(2027, 3, 1)  # inside the term, far from every deadline of a clean council

_NAMES_F = [
    "Айгүл",
    "Нургүл",
    "Чолпон",
    "Гүлнара",
    "Бермет",
    "Асель",
    "Жылдыз",
    "Динара",
    "Айжан",
    "Элнура",
    "Мээрим",
    "Сезим",
    "Назира",
    "Көкүл",
    "Өмүркан",
    "Үмүт",
]
_NAMES_M = [
    "Азамат",
    "Бакыт",
    "Эрлан",
    "Нурлан",
    "Таалай",
    "Улан",
    "Руслан",
    "Данияр",
    "Марат",
    "Талант",
    "Канат",
    "Эмил",
    "Арстан",
    "Өмүр",
    "Үсөн",
    "Чыңгыз",
]


def member(
    mid: str,
    sex: str = "female",
    *,
    name: str | None = None,
    organization: str | None = None,
    start: dt.date = TERM_START,
    end: dt.date | None = None,
    pin: str | None = None,
) -> Member:
    return Member(
        id=mid,
        full_name=name if name is not None else f"Мүчө {mid}",
        sex=sex,
        organization=organization if organization is not None else f"«Уюм {mid}» КБ",
        role="member",
        start=start,
        end=end,
        pin=pin,
    )


def members(female: int, male: int, prefix: str = "m") -> list[Member]:
    """`female` women then `male` men, each with an own name and organisation."""
    people = [
        member(f"{prefix}{i + 1}", "female", name=f"{_NAMES_F[i]} {prefix}{i + 1}")
        for i in range(female)
    ]
    people += [
        member(f"{prefix}{female + i + 1}", "male", name=f"{_NAMES_M[i]} {prefix}{female + i + 1}")
        for i in range(male)
    ]
    return people


def council(
    cid: str = "c1",
    *,
    female: int = 4,
    male: int = 3,
    term_start: dt.date = TERM_START,
    term_end: dt.date = TERM_END,
    prefix: str | None = None,
) -> Council:
    """A council of 7 (4 women, 3 men) that breaks no rule on TODAY."""
    return Council(
        id=cid,
        name=f"Кеңеш {cid}",
        state_body=f"Министрлик {cid}",
        terms=[Term(term_start, term_end)],
        members=members(female, male, prefix if prefix is not None else f"{cid}m"),
    )


def candidate(
    kid: str,
    sex: str = "female",
    *,
    name: str | None = None,
    organization: str | None = None,
    received: dt.date | None = None,
    letters: int = 2,
    selected: bool = True,
    **changes: object,
) -> Candidate:
    """An eligible candidate; keyword `changes` override single documents or requirements."""
    documents: dict[str, bool | int] = {
        "application": True,
        "cv_with_photo": True,
        "recommendation_letters": letters,
        "vision": True,
    }
    requirements = dict.fromkeys(REQUIREMENT_KEYS, True)
    for key, value in changes.items():
        target = documents if key in documents else requirements
        if key not in target:
            raise KeyError(key)
        target[key] = value  # type: ignore[assignment]
    return Candidate(
        id=kid,
        full_name=name if name is not None else f"Талапкер {kid}",
        sex=sex,
        organization=organization if organization is not None else f"«Уюм {kid}»",
        received=received,
        documents=documents,
        requirements=requirements,
        selected=selected,
    )


def competition(
    cid: str = "k1",
    *,
    announced: dt.date | None = None,
    published: dt.date | None = None,
    formed: dt.date | None = None,
    candidates: list[Candidate] | None = None,
) -> Competition:
    return Competition(
        id=cid,
        announced=announced,
        published=published,
        formed=formed,
        candidates=candidates or [],
    )


def sitting(
    c: Council, number: int, date: dt.date, present: int = 7, sent: dt.date | None = None
) -> Meeting:
    """A sitting of `c` attended by its first `present` members; the agenda sent 5 days ahead
    unless `sent` says otherwise."""
    meeting = Meeting(
        id=f"s{number}",
        number=number,
        date=date,
        agenda_sent=sent if sent is not None else date - dt.timedelta(days=5),
        present=[m.id for m in c.members[:present]],
    )
    c.meetings.append(meeting)
    return meeting


def everything_wrong() -> list[Council]:
    """Two councils that, on 2028-01-15, break every one of the 15 rules."""
    c = council("c1", female=6, male=1)  # gender
    c.terms[0].end = D(2028, 1, 20)  # term too long; announce due 2027-11-20, formed due 2028-01-13
    c.members[1].organization = c.members[0].organization
    sitting(c, 1, D(2027, 2, 1), present=3, sent=D(2027, 1, 31))
    c.requests.append(
        Request(
            id="r1", number="7", subject="Бюджет", addressee="Министр", registered=D(2027, 9, 1)
        )
    )
    c.notices.append(
        CommissionNotice(
            id="n1",
            commission="Тендердик комиссия",
            received=D(2027, 9, 10),
            sitting=D(2027, 9, 10),
        )
    )
    c.plans.append(AnnualPlan(year=2027, approved=D(2027, 1, 20), sent=D(2027, 2, 1)))
    c.competitions.append(
        competition(
            "k1",
            announced=D(2027, 12, 1),
            published=D(2027, 12, 1),
            candidates=[candidate("x", received=D(2028, 1, 5), letters=0, reputation=False)],
        )
    )
    small = council("c2", female=3, male=2, term_start=D(2026, 2, 1), term_end=D(2028, 1, 31))
    small.members[0].full_name = c.members[2].full_name
    return [c, small]
