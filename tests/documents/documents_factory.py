"""Hand-built records for the document tests (a 13-member Kyrgyz council whose names carry
Ң Ө Ү, a competent sitting, a sitting short of its quorum, two annual plans) and the pypdf
helpers that read a PDF's text back."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

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

D = dt.date

# (full name, sex, organisation, role)
MEMBERS = [
    ("Асанова Айгүл Бакытовна", "female", "«Ачык саясат» коомдук фонду", "chair"),
    ("Өмүрбеков Нурлан Таалайбекович", "male", "Кыргыз улуттук университети", "secretary"),
    ("Үсөнова Гүлнара Маратовна", "female", "«Аялдар үнү» коомдук бирикмеси", "member"),
    ("Жеңишбеков Эрлан Асанович", "male", "Ишкерлер ассоциациясы", "deputy_chair"),
    ("Төлөгөнова Чолпон Кубанычбековна", "female", "«Таза шайлоо» ассоциациясы", "member"),
    ("Ноорузбаев Мирлан Үсөнович", "male", "Мугалимдер профсоюзу", "member"),
    ("Сыдыкова Мээрим Жеңишбековна", "female", "«Жаштар демилгеси» КБ", "member"),
    ("Бөрүбаев Азамат Орозбекович", "male", "Укук коргоо борбору", "member"),
    ("Кенжебаева Айпери Төлөновна", "female", "Медиа-полиси институту", "member"),
    ("Маңкеев Бакыт Сооронбаевич", "male", "Айыл чарба кооперативи", "member"),
    ("Дөөлөтова Нургүл Эсенгуловна", "female", "Экология боюнча кеңеш", "member"),
    ("Абдыкадыров Тилек Маратович", "male", "Адвокаттар палатасы", "member"),
    ("Чыңгышева Асел Айбековна", "female", "Ден соолук коалициясы", "member"),
]


def make_council() -> Council:
    """A fresh council (13 active members from 2026-02-01) with sittings No. 1, 3 and 4 and the
    plans for 2027 (approved at No. 1) and 2028 (not approved)."""
    members = [
        Member(id=f"m{i:02d}", full_name=name, sex=sex, organization=org, role=role,
               start=D(2026, 2, 1))
        for i, (name, sex, org, role) in enumerate(MEMBERS, start=1)
    ]
    ids = [m.id for m in members]
    first = Meeting(id="s1", number=1, date=D(2027, 1, 20), time="15:00",
                    place="Министрликтин чоң залы", present=ids[:11], finalized=True,
                    items=[AgendaItem(title="2027-жылдын иш планын бекитүү жөнүндө",
                                      decision="Иш планы бекитилсин.",
                                      votes={mid: "for" for mid in ids[:11]})])
    # Sitting No. 3: exactly the quorum of 13 (9 present), three items.
    present = ids[:9]
    votes_one = {mid: "for" for mid in present[:7]} | {present[7]: "against",
                                                       present[8]: "abstain"}
    votes_two = ({mid: "for" for mid in present[:4]} | {mid: "against" for mid in present[4:7]}
                 | {mid: "abstain" for mid in present[7:9]})
    third = Meeting(
        id="s3", number=3, date=D(2027, 3, 15), time="10:00",
        place="Бишкек ш., Чүй проспекти, 106, №3 зал",
        agenda_sent=D(2027, 3, 11),
        present=present,
        absence_reasons={"m10": "иш сапарында", "m11": "ооруп калды", "m12": "өргүүдө"},
        guests=[
            Guest("Бекова Үмүт Сапаровна", "Саламаттык сактоо министрлиги", "state_body"),
            Guest("Исаков Өмүр Талантович", "«Азаттык» радиосу", "media"),
            Guest("Токтосунова Айнура", "", "citizen"),
        ],
        state_body_representative="Бөкөнбаев Талант Үмөтович, министрдин орун басары",
        items=[
            AgendaItem(
                title="Мамлекеттик органдын 2026-жылдагы ишинин жыйынтыктары жөнүндө",
                proposed_by="state_body",
                speaker="Бөкөнбаев Т. Ү.",
                heard="Министрликтин 2026-жылдагы ишинин жыйынтыктары баяндалды; "
                      "сунуштар боюнча суроолор берилди.",
                decision="Маалымат эске алынсын. Маморганга сунуштар жөнөтүлсүн.",
                votes=votes_one,
            ),
            AgendaItem(
                title="Тендердик комиссияга байкоочу дайындоо жөнүндө",
                speaker="Асанова А. Б.",
                heard="Байкоочунун талапкерлиги талкууланды.",
                decision="Маңкеев Б. С. байкоочу болуп дайындалсын.",
                votes=votes_two,
            ),
            AgendaItem(
                title="Ар кандай маселелер: «A & B» <тест>",
                heard="Маалымат угулду.",
                decision="Маалымат эске алынсын.",
            ),
        ],
    )
    # Sitting No. 4 (extraordinary): 8 of 13 present, one short of the quorum.
    fourth = Meeting(
        id="s4", number=4, date=D(2027, 4, 2), time="14:30", kind="extraordinary",
        called_by="m04", place="Онлайн", present=ids[:8],
        items=[AgendaItem(title="Кайрылуу жөнүндө", decision="Кайрылуу кабыл алынсын.",
                          votes={mid: "for" for mid in ids[:8]})],
    )
    plan_2027 = AnnualPlan(
        year=2027, approved=D(2027, 1, 20), sent=D(2027, 1, 23), approved_at="s1",
        items=[
            PlanItem(title="Маморгандын бюджетинин долбоорун коомдук талкуулоо",
                     due=D(2027, 3, 31), due_precision="month",
                     responsible="Асанова А. Б., Өмүрбеков Н. Т.", form="Корутунду",
                     status="done"),
            PlanItem(title="Жарандардын кайрылууларын кароонун тартибин мониторингдөө " * 4,
                     due=D(2027, 6, 30), due_precision="quarter",
                     responsible="Жумушчу топ", form="Маалымкат", status="planned",
                     note="Жыйынтыгы отурумда каралат"),
            PlanItem(title="Коомдук угуу өткөрүү", due=D(2027, 9, 15),
                     responsible="Үсөнова Г. М.", form="Протокол", status="moved",
                     note="Күзгө жылдырылды"),
        ],
    )
    plan_2028 = AnnualPlan(year=2028, items=[
        PlanItem(title="Жылдык отчетту даярдоо", due=D(2028, 12, 31), due_precision="quarter",
                 responsible="Катчылык", form="Отчет"),
    ])
    return Council(
        id="kk-health", name="Саламаттык сактоо министрлигинин алдындагы Коомдук кеңеш",
        state_body="Кыргыз Республикасынын Саламаттык сактоо министрлиги",
        terms=[Term(D(2026, 2, 1), D(2028, 1, 31))],
        members=members, meetings=[first, third, fourth], plans=[plan_2027, plan_2028],
    )


def pdf_text(data: bytes) -> str:
    """All pages' text, whitespace normalised (pypdf spaces extracted text unevenly)."""
    reader = PdfReader(io.BytesIO(data))
    return squash(" ".join(page.extract_text() or "" for page in reader.pages))


def pdf_pages(data: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def docx_lines(data: bytes) -> list[str]:
    """The text of a .docx body in reading order: each paragraph, and each table row by row
    and cell by cell (what python-docx reads back; empty lines left out)."""
    from docx import Document as open_docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = open_docx(io.BytesIO(data))
    out: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            out.append(Paragraph(element, document).text)
        elif element.tag == qn("w:tbl"):
            for row in Table(element, document).rows:
                out.extend(paragraph.text for cell in row.cells
                           for paragraph in cell.paragraphs)
    return [line for line in out if line.strip()]


def docx_text(data: bytes) -> str:
    return squash(" ".join(docx_lines(data)))


def lacking(text: str, needles: list[str]) -> list[str]:
    """The needles NOT found in `text`, in any order: `assert lacking(text, [...]) == []`
    names every missing one at once."""
    return [needle for needle in needles if needle not in text]


def in_order(needles: list[str], haystack: str) -> list[str]:
    """The needles NOT found in `haystack` one after another, in order, comparing without
    spaces and hyphens (a PDF's lines and hyphenated words come back with both)."""
    def bare(value: str) -> str:
        return re.sub(r"[\s\-\u00ad]", "", value)

    rest, missing = bare(haystack), []
    for needle in needles:
        at = rest.find(bare(needle))
        if at < 0:
            missing.append(needle)
        else:
            rest = rest[at + len(bare(needle)):]
    return missing


def sized_text(data: bytes) -> list[tuple[str, float, float]]:
    """Every text chunk of a PDF with its font size and its height on the page (points from
    the bottom), in drawing order."""
    chunks: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            chunks.append((text.strip(), float(size) * float(tm[0] or 1),
                           float(cm[5]) + float(tm[5]) * float(cm[3] or 1)))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return chunks


def text_colours(data: bytes) -> set[str]:
    """The fill colours set inside the text objects of a PDF (reportlab writes "r g b rg")."""
    colours: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        for block in re.findall(r"BT(.*?)ET", content, re.S):
            colours.update(" ".join(c.split()) for c in re.findall(
                r"((?:[\d.]+\s+){3})rg", block))
    return colours
