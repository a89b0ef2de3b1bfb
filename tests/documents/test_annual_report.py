"""The annual report to the public (Art. 6): the figures it states (sittings held and their
quorum under Art. 17, attendance per member, decisions adopted, requests answered on time /
late / unanswered against Art. 18's two weeks at the day-14/day-15 boundary, proposals
received and considered, plan items done) and the PDF read back in Kyrgyz and English
holding every one of them, with its charts' labels and the plan's approval line."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from documents_factory import lacking, pdf_text, squash
from pypdf import PdfReader

from kenesh_desktop.documents.annual_report import build_annual_report
from kenesh_desktop.documents.report_figures import report_figures
from kenesh_desktop.rules.records import Council, Meeting, Proposal, Request

D = dt.date
ON = D(2027, 11, 1)


@pytest.fixture
def council(council: Council) -> Council:
    """The factory's council with the year's requests and proposals (and one of 2026)."""
    council.requests = [
        # Art. 18: registered + 14 days is the last day of a timely answer.
        Request("r1", "КК-01", "Бюджеттин аткарылышы", "Финансы министри", D(2027, 2, 1),
                D(2027, 2, 15)),
        Request("r2", "КК-02", "Сатып алуулар", "Министрдин орун басары", D(2027, 2, 1),
                D(2027, 2, 16)),
        Request("r3", "КК-03", "Гранттар", "Департамент", D(2027, 10, 1)),
        Request("r4", "КК-04", "Дарылар", "Департамент", D(2027, 10, 25)),
        Request("r0", "КК-99", "Мурунку жыл", "Министр", D(2026, 12, 20), D(2026, 12, 28)),
    ]
    council.proposals = [
        Proposal("p1", "Жаран Ө. Сүйүнбаев", D(2027, 2, 10), "Ооруканалардын кезеги",
                 considered_at="s3", outcome="Маморганга жөнөтүлдү"),
        Proposal("p2", "«Ден соолук» коалициясы", D(2027, 5, 1), "Дарылардын баасы"),
        Proposal("p0", "Мурунку автор", D(2026, 6, 1), "Мурунку сунуш"),
    ]
    return council


def report_pdf(council: Council, lang: str, year: int = 2027, on: dt.date = ON) -> bytes:
    out = io.BytesIO()
    build_annual_report(council, year, out, lang=lang, on=on)
    return out.getvalue()


def test_the_figures_of_the_year(council):
    figures = report_figures(council, 2027, ON)
    assert [s.meeting.number for s in figures.sittings] == [1, 3, 4]
    # Art. 17 with 13 members: 9 needed. No. 3 had exactly 9, No. 4 had 8.
    assert [s.quorum.reached for s in figures.sittings] == [True, True, False]
    assert (figures.competent, figures.extraordinary) == (2, 1)
    by_id = {a.member.id: (a.attended, a.of, a.percent) for a in figures.attendance}
    assert by_id["m01"] == (3, 3, 100)
    assert by_id["m09"] == (2, 3, 67)
    assert by_id["m10"] == (1, 3, 33)
    assert by_id["m13"] == (0, 3, 0)
    assert len(by_id) == 13
    # Adopted: 11 of 11 for; 7 of 9 for. Nothing at No. 4, without a quorum, whatever its
    # 8 votes for (Art. 17). Not adopted: 4 for of 9 present. No vote: the third item of No. 3.
    assert [d.meeting.number for d in figures.decisions] == [1, 3]
    assert (figures.items_total, figures.items_rejected, figures.items_no_quorum,
            figures.items_unvoted) == (5, 1, 1, 1)
    assert [(q.id, state) for q, state in figures.requests] == [
        ("r1", "on_time"), ("r2", "late"), ("r3", "unanswered"), ("r4", "waiting")]
    assert figures.request_counts() == {"on_time": 1, "late": 1, "unanswered": 1, "waiting": 1}
    assert [p.id for p in figures.proposals] == ["p1", "p2"]
    assert figures.considered == 1
    assert figures.plan_counts() == {"planned": 1, "done": 1, "moved": 1, "dropped": 0}


def test_only_sittings_held_and_answers_known_by_the_report_day_count(council):
    council.meetings.append(Meeting("s5", 5, D(2027, 12, 10), present=["m01"]))
    early = report_figures(council, 2027, D(2027, 2, 15))
    assert [s.meeting.number for s in early.sittings] == [1]
    # On 15 February r1 is answered (on its last day); r2's answer is not known yet and its
    # due day is today: awaiting, not unanswered.
    assert [(q.id, state) for q, state in early.requests] == [
        ("r1", "on_time"), ("r2", "waiting")]
    late = report_figures(council, 2027, D(2027, 2, 16))
    assert dict((q.id, s) for q, s in late.requests)["r2"] == "late"
    # After the year: everything of the year, nothing of the next.
    after = report_figures(council, 2027, D(2028, 3, 1))
    assert [s.meeting.number for s in after.sittings] == [1, 3, 4, 5]
    assert after.as_of == D(2027, 12, 31)


def test_the_kyrgyz_report_holds_every_figure(council):
    text = pdf_text(report_pdf(council, "ky"))
    assert "Коомдук кеңештин 2027-жылдагы ишмердүүлүгү тууралуу ОТЧЕТУ" in text
    assert "(6-берене, 2023-жылы күчүн жоготкон №74 Мыйзам)" in text
    assert ("2027-жылы 3 отурум өткөрүлдү, анын ичинен 1 кезексиз; 2 отурум укук ченемдүү "
            "болду (17-берене: мүчөлөрдүн 2/3 бөлүгү).") in text
    assert "укук ченемдүү эмес" in text
    for member in council.members:
        assert member.full_name in text
    assert "Кабыл алынган чечимдер" in text
    assert ("Күн тартибиндеги 5 маселенин 2 боюнча чечим кабыл алынды, 1 боюнча чечим кабыл "
            "алынган жок, 1 боюнча кворум болбогондуктан чечим кабыл алынган жок, 1 боюнча "
            "добуш берүү жазылган эмес.") in text
    assert "Иш планы бекитилсин." in text
    # The decision of the sitting without a quorum is not among those adopted.
    assert "Кайрылуу кабыл алынсын." not in text
    assert "2027-жылы 4 суроо-талап катталды (18-берене" in text
    for number in ("КК-01", "КК-02", "КК-03", "КК-04"):
        assert number in text
    assert "КК-99" not in text
    for state in ("мөөнөтүндө жооп берилди", "кечигип жооп берилди", "жооп жок, мөөнөтү өттү",
                  "жооп күтүлүүдө"):
        assert state in text
    assert "2027-жылы 2 сунуш келип түштү, анын ичинен 1 сунуш отурумда каралды" in text
    assert "Жаран Ө. Сүйүнбаев" in text and "Мурунку автор" not in text
    assert ("2027-жылдын иш планындагы 3 иш-чаранын 1 аткарылды, 1 жылдырылды, 0 алынып "
            "салынды, 1 пландалган бойдон калды.") in text
    assert "Коомдук кеңештин 2027-жылдын 20-январындагы №1 отурумунда БЕКИТИЛГЕН" in text
    assert "Көчүрмөсү маморганга жөнөтүлгөн күнү: 2027-жылдын 23-январы (18-берене)" in text
    for item in council.plan(2027).items:
        assert squash(item.title) in text
    assert "Төрага Асанова Айгүл Бакытовна" in text


def test_the_english_report_and_its_charts(council):
    data = report_pdf(council, "en")
    text = pdf_text(data)
    assert "REPORT on the activity of the Public Council for 2027" in text
    assert "Figures as of 1 November 2027." in text
    assert "3 sittings were held in 2027, 1 of them extraordinary; 2 were competent" in text
    # The attendance table: attended of sittings while a member, and the share.
    assert "3 / 3 100%" in text and "2 / 3 67%" in text and "0 / 3 0%" in text
    # The attendance chart labels each sitting; the requests chart each state with its count.
    assert "Members present at each sitting" in text
    assert "№1" in text and "№4" in text
    assert "Requests by state" in text
    for state in ("answered on time", "answered late", "unanswered, overdue",
                  "awaiting an answer"):
        assert state in text
    assert "2 proposals were received in 2027; 1 were considered at a sitting (Art. 6)." in text
    assert "APPROVED at sitting No. 1 of 20 January 2027" in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == (
        "Annual report 2027 — Саламаттык сактоо министрлигинин алдындагы Коомдук кеңеш")
    fonts = {str(font.get("/BaseFont")) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and all("DejaVu" in font for font in fonts)


def test_a_year_with_nothing_recorded_says_so(council):
    text = pdf_text(report_pdf(council, "en", year=2030, on=D(2031, 1, 10)))
    assert lacking(text, [
        "No sittings were held in 2030.",
        "No decisions were adopted.",
        "No requests were registered in 2030.",
        "No proposals were received in 2030.",
        "There is no work plan for 2030.",
    ]) == []


def test_an_unapproved_plan_is_reported_as_such(council):
    text = pdf_text(report_pdf(council, "ru", year=2028, on=D(2028, 2, 1)))
    assert "План работы не утверждён." in text
    assert "Из 1 мероприятий плана работы на 2028 год выполнено: 0" in text
