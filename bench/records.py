"""Records for the document benchmarks: a sitting of 15 members with 30 agenda items, and an
annual plan of 100 items, built as the documents take them (rules/records.py dataclasses)."""

from __future__ import annotations

import datetime as dt
import random

from kenesh_desktop.rules.records import (
    AgendaItem,
    AnnualPlan,
    Council,
    Guest,
    Meeting,
    Member,
    PlanItem,
    Term,
)

TERM_START = dt.date(2026, 2, 1)
_NAMES = ("Асанова Айгүл Бакытовна", "Өмүрбеков Нурлан Таалайбекович",
          "Үсөнова Гүлнара Маратовна", "Жеңишбеков Эрлан Асанович",
          "Төлөгөнова Чолпон Кубанычбековна", "Ноорузбаев Мирлан Үсөнович",
          "Сыдыкова Мээрим Жеңишбековна", "Бөрүбаев Азамат Орозбекович",
          "Кенжебаева Айпери Төлөновна", "Маңкеев Бакыт Сооронбаевич",
          "Дөөлөтова Нургүл Эсенгуловна", "Абдыкадыров Тилек Маратович",
          "Чыңгышева Асел Айбековна", "Турдакунов Бекзат Алмазович",
          "Эсенгулова Жибек Марсовна")
_TOPICS = ("Мамлекеттик органдын бюджетинин аткарылышы", "Мамлекеттик сатып алуулардын ачыктыгы",
           "Жарандардын кайрылууларын кароонун мөөнөттөрү", "Коррупцияга каршы иш-аракеттер планы",
           "Мамлекеттик кызмат көрсөтүүлөрдүн сапаты", "Ички аудиттин жыйынтыктары",
           "Ченемдик укуктук актынын долбоорун коомдук талкуулоо", "Гендердик саясаттын аткарылышы")


def _council(members: int) -> Council:
    people = [
        Member(id=f"m{i:02d}", full_name=_NAMES[(i - 1) % len(_NAMES)],
               sex="female" if i % 2 else "male", organization=f"«Коомдук уюм №{i}» бирикмеси",
               role=("chair", "deputy_chair", "secretary")[i - 1] if i <= 3 else "member",
               start=TERM_START)
        for i in range(1, members + 1)
    ]
    return Council(id="bench", name="Финансы министрлигинин алдындагы Коомдук кеңеш",
                   state_body="Кыргыз Республикасынын Финансы министрлиги",
                   terms=[Term(TERM_START, dt.date(2028, 1, 31))], members=people)


def sitting_council(members: int = 15, items: int = 30) -> tuple[Council, str]:
    """A council and the id of its finalized sitting with `items` voted agenda items."""
    rng = random.Random(74)
    council = _council(members)
    ids = [m.id for m in council.members]
    present = ids[: members - 2]
    agenda = []
    for number in range(1, items + 1):
        topic = _TOPICS[number % len(_TOPICS)]
        agenda.append(AgendaItem(
            title=f"{topic} жөнүндө ({number})",
            proposed_by=rng.choice(("council", "state_body")),
            speaker=_NAMES[number % len(_NAMES)],
            heard=f"{topic} боюнча маалымат угулду; мүчөлөр суроолорун беришти жана "
                  "сунуштарын айтышты.",
            decision="Маалымат эске алынсын. Сунуштар министрликке жиберилсин.",
            votes={mid: rng.choice(("for", "for", "for", "against", "abstain"))
                   for mid in present},
        ))
    meeting = Meeting(
        id="s1", number=1, date=dt.date(2026, 3, 12), time="10:00",
        place="Бишкек ш., Эркиндик бульвары, 58, чоң жыйындар залы",
        agenda_sent=dt.date(2026, 3, 6), present=present, finalized=True,
        absence_reasons={ids[-1]: "иш сапарында"},
        guests=[Guest("Ниязалиева Бурулай", "Финансы министрлиги", "state_body")],
        state_body_representative="Асанов Эрлан, министрдин орун басары", items=agenda)
    council.meetings.append(meeting)
    return council, meeting.id


def plan_council(items: int = 100) -> tuple[Council, int]:
    """A council and the year of its approved plan of `items` items."""
    council = _council(15)
    year = 2026
    plan_items = [
        PlanItem(title=f"{_TOPICS[n % len(_TOPICS)]} жөнүндө маселени кароо ({n})",
                 due=dt.date(year, n % 12 + 1, 28), due_precision="month",
                 responsible=_NAMES[n % len(_NAMES)], form="Отурум", status="planned")
        for n in range(1, items + 1)
    ]
    council.plans.append(AnnualPlan(year=year, approved=dt.date(year - 1, 12, 20),
                                    sent=dt.date(year - 1, 12, 23), items=plan_items))
    return council, year
