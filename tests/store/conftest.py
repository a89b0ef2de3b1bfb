"""Fixtures of the store tests: a fresh database file per test and a council using every field."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r


@pytest.fixture
def database(fresh_database):
    """A new, empty Kenesh database: a file in this test's own folder, or the test server's
    database emptied (every test using it runs on both engines)."""
    return fresh_database()


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def rich_council() -> r.Council:
    """A council with every record type and every field set, extension fields included."""
    members = [
        r.Member("m1", "Айгүл Токтогулова", "female", "«Ачык маалымат» коомдук бирикмеси",
                 "chair", d("2026-01-15"), None, "12345678901234", "+996 555 111 222",
                 "aigul@example.kg"),
        r.Member("m2", "Нурлан Өмүрбеков", "male", "Кыргыз улуттук университети",
                 "secretary", d("2026-01-15"), d("2027-06-30")),
        r.Member("m3", "Гүлнара Үсөнова", "female", "«Жаңы муун» фонду", "deputy_chair",
                 d("2026-02-01")),
        r.Member("m4", "Эрлан Ңайманов", "male", "Эксперттик борбор", "member",
                 d("2027-07-01")),
    ]
    first = r.Meeting(
        id="s1", number=1, date=d("2026-02-10"), kind="regular",
        place="Бишкек ш., Эркиндик бульв. 58", agenda_sent=d("2026-02-06"),
        present=["m1", "m2"],
        guests=[r.Guest("Бакыт Жумабаев", "Финансы министрлиги", "state_body"),
                r.Guest("Айжан Ысакова", "", "media")],
        items=[
            r.AgendaItem("Бюджеттин долбоору жөнүндө", "state_body", "Колдоого алынсын",
                         {"m1": "for", "m2": "abstain"}, speaker="Б. Жумабаев",
                         heard="Маалымат угулду"),
            r.AgendaItem("Жылдык иш планы", "council", "", {"m1": "against"}),
        ],
        finalized=True, time="14:30", called_by=None,
        state_body_representative="Орунбасар К. Асанов",
        absence_reasons={"m3": "Оорулуу"},
        reopenings=[r.Reopening(d("2026-02-20"), "Добуштарды тактоо")],
    )
    second = r.Meeting(id="s2", number=2, date=d("2026-05-05"), kind="extraordinary",
                       called_by="m3", present=["m3", "m1"])
    return r.Council(
        id="minfin",
        name="Финансы министрлигинин Коомдук кеңеши",
        state_body="Кыргыз Республикасынын Финансы министрлиги",
        terms=[r.Term(d("2026-01-15"), d("2028-01-14"))],
        members=members,
        meetings=[first, second],
        requests=[
            r.Request("r1", "12", "Бюджеттин аткарылышы", "Финансы министри",
                      d("2026-03-01"), d("2026-03-10"), text="Суроо-талаптын тексти",
                      answer_summary="Жооп алынды"),
            r.Request("r2", "13/2", "Гранттар", "Министрдин орун басары", d("2026-04-01")),
        ],
        proposals=[
            r.Proposal("p1", "Жаран А. Алиев", d("2026-03-02"), "Сунуш", "s2", "Кабыл алынды",
                       d("2026-05-10")),
            r.Proposal("p2", "«Ынтымак» КБ", d("2026-03-05"), "Экинчи сунуш"),
        ],
        notices=[
            r.CommissionNotice("n1", "Тендердик комиссия", d("2026-04-01"), d("2026-04-02"),
                               "m1", place="403-бөлмө", agenda="Сатып алуулар",
                               attended=True, notes="Байкоочу катышты"),
            r.CommissionNotice("n2", "Аттестациялык комиссия", d("2026-04-10"),
                               d("2026-04-15"), attended=False),
        ],
        plans=[
            r.AnnualPlan(2026, d("2026-01-20"), d("2026-01-23"), [
                r.PlanItem("Коомдук угуу", d("2026-03-31"), "Төрага", "Угуу"),
                r.PlanItem("Отчет", d("2026-12-31"), "Катчы", "Отчет", "quarter", "done",
                           "Мөөнөтүнөн мурда"),
            ], approved_at="s1", letter_number="01-12/45"),
            r.AnnualPlan(2027),
        ],
        competitions=[r.Competition("c1", d("2027-10-01"), d("2027-10-05"), None, [
            r.Candidate(
                "k1", "Төлөгөн Сыдыков", "male", "«Үмүт» бирикмеси", d("2027-10-20"),
                {"application": True, "cv_with_photo": True, "recommendation_letters": 2,
                 "vision": False},
                {key: key != "reputation" for key in r.REQUIREMENT_KEYS},
                selected=True, phone="+996 700 000 000", email="t@example.kg",
                requirement_notes={"reputation": "Маалымат күтүлүүдө"},
            ),
            r.Candidate("k2", "Жылдыз Кадырова", "female", "Өз алдынча", None),
        ])],
    )
