"""The annual work plan PDF: every activity with its due date (day, month or quarter) and
status, the approval line naming the sitting, the chair's signature, the draft mark only on an
unapproved plan, a header row on every page, and LookupError for a year without a plan."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from documents_factory import pdf_pages, pdf_text, squash
from pypdf import PdfReader

from kenesh_desktop.documents.annual_plan import build_plan
from kenesh_desktop.rules.records import PlanItem


def plan_pdf(council, year: int = 2027, lang: str = "ky") -> bytes:
    out = io.BytesIO()
    build_plan(council, year, out, lang=lang, on=dt.date(2027, 11, 1))
    return out.getvalue()


def test_every_activity_and_its_columns(council):
    text = pdf_text(plan_pdf(council))
    for item in council.plan(2027).items:
        assert squash(item.title) in text
        assert item.responsible in text
    assert "Коомдук кеңештин 2027-жылга карата ИШ ПЛАНЫ" in text
    for heading in ("Иш-чаранын аталышы", "Мөөнөтү", "Жооптуулар", "Абалы", "Эскертүү"):
        assert heading in text
    assert "Аткаруу формасы" in text
    assert "2027-жылдын март айы" in text  # due_precision month
    assert "2027-жылдын II чейреги" in text  # due_precision quarter
    assert "2027-жылдын 15-сентябры" in text  # a day
    assert "аткарылды" in text and "жылдырылды" in text and "пландалган" in text


def test_approved_plan_names_the_sitting_and_has_no_draft_mark(council):
    pages = pdf_pages(plan_pdf(council))
    text = " ".join(pages)
    assert "Коомдук кеңештин 2027-жылдын 20-январындагы №1 отурумунда БЕКИТИЛГЕН" in text
    assert "Көчүрмөсү маморганга жөнөтүлгөн күнү: 2027-жылдын 23-январы (18-берене)" in text
    assert "Төрага А. Б. Асанова" in text
    assert all("ДОЛБООР" not in page for page in pages)


def test_approved_without_a_known_sitting_gives_the_date(council):
    council.plan(2027).approved_at = None
    text = pdf_text(plan_pdf(council, lang="en"))
    assert "APPROVED on 20 January 2027" in text
    assert "sitting No." not in text


def test_unapproved_plan_is_a_draft_on_every_page(council):
    plan = council.plan(2028)
    plan.items += [PlanItem(title=f"Кошумча иш-чара {i}", due=dt.date(2028, 5, 1),
                            responsible="Катчылык") for i in range(40)]
    pages = pdf_pages(plan_pdf(council, 2028))
    assert len(pages) >= 2
    assert all("ДОЛБООР" in page for page in pages)
    assert "БЕКИТИЛГЕН" not in " ".join(pages)


def test_header_row_repeats_on_every_page(council):
    plan = council.plan(2027)
    plan.items += [PlanItem(title="Узун иш-чара " * 12, due=dt.date(2027, 10, 1),
                            responsible="Жумушчу топ", note="Эскертүү " * 5)
                   for _ in range(30)]
    pages = pdf_pages(plan_pdf(council, lang="en"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Activity" in page and "Form of completion" in page
        assert f"Page {number} of {len(pages)}" in page


def test_russian_and_english_plans(council):
    ru = pdf_text(plan_pdf(council, lang="ru"))
    assert "ПЛАН РАБОТЫ Общественного совета на 2027 год" in ru
    assert "УТВЕРЖДЁН на заседании Общественного совета №1 от 20 января 2027 г." in ru
    assert "март 2027 г." in ru and "II квартал 2027 г." in ru
    assert "Председатель А. Б. Асанова" in ru
    en = pdf_text(plan_pdf(council, lang="en"))
    assert "WORK PLAN of the Public Council for 2027" in en
    assert "APPROVED at sitting No. 1 of 20 January 2027" in en
    assert "Q2 2027" in en and "March 2027" in en
    assert "ПРОЕКТ" in pdf_text(plan_pdf(council, 2028, "ru"))
    assert "DRAFT" in pdf_text(plan_pdf(council, 2028, "en"))


def test_plan_is_landscape(council):
    box = PdfReader(io.BytesIO(plan_pdf(council))).pages[0].mediabox
    assert box.width > box.height


def test_unknown_year_raises_lookup_error(council):
    with pytest.raises(LookupError):
        build_plan(council, 2031, io.BytesIO())
