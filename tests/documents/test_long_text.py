"""Long ordinary text within the limits of EXCHANGE.md v2 (rules/limits.py: 300 characters for
a name, organisation, title or place, 20,000 for other text) must print (issue 16, finding
5): before, the plan failed from about 1,200 characters in an activity title, the candidate
list from about 1,000, the register from about 1,450 and the minutes from about 1,470 in a
name, with reportlab's LayoutError (a table row taller than a page). Each document is built
with the longest texts allowed and read back: the text is all there, split across pages."""

from __future__ import annotations

import datetime as dt
import io

from documents_factory import pdf_pages, squash

from kenesh_desktop.documents.annual_plan import build_plan
from kenesh_desktop.documents.candidate_list import build_candidate_list
from kenesh_desktop.documents.minutes import build_minutes
from kenesh_desktop.documents.request_register import build_request_register
from kenesh_desktop.rules import limits
from kenesh_desktop.rules.records import Candidate, Competition, PlanItem, Request

D = dt.date
WORDS = "Коомдук кеңештин ишмердүүлүгү боюнча өткөрүлгөн үзгүлтүксүз сунуштар "


def words(length: int, tag: str) -> str:
    """Ordinary Kyrgyz words, `length` characters, starting with a `tag` to find it again."""
    text = (tag + " " + WORDS * (length // len(WORDS) + 2))[:length]
    return text.rstrip() + "я" * (length - len(text.rstrip()))


LONG_NAME = words(limits.NAME_MAX, "БАШЫ")
LONG_TEXT = words(limits.TEXT_MAX, "ТЕКСТ")


def _build(write) -> list[str]:
    out = io.BytesIO()
    write(out)
    return pdf_pages(out.getvalue())


def test_the_plan_prints_the_longest_title_and_texts(council):
    plan = council.plan(2027)
    plan.items.append(PlanItem(title=LONG_NAME, due=D(2027, 6, 30), responsible=LONG_NAME,
                               form=LONG_NAME, note=LONG_TEXT))
    plan.items.append(PlanItem(title=words(limits.NAME_MAX, "ЭКИНЧИ"), due=D(2027, 9, 30),
                               responsible="Төрага", form="Отчёт"))
    pages = _build(lambda out: build_plan(council, 2027, out, "ky"))
    text = squash(" ".join(pages))
    assert squash(LONG_NAME) in text and "ЭКИНЧИ" in text
    assert len(pages) >= 3  # the 20,000-character note runs over pages


def test_the_candidate_list_prints_the_longest_names(council):
    council.competitions.append(Competition("c1", announced=D(2027, 11, 1),
                                            published=D(2027, 11, 5), candidates=[
        Candidate("k1", LONG_NAME, "female", LONG_NAME, D(2027, 11, 20),
                  requirement_notes={"reputation": LONG_TEXT}),
        Candidate("k2", "Жеңишбеков Тилек", "male", "Ишкерлер", D(2027, 11, 21)),
    ]))
    pages = _build(lambda out: build_candidate_list(council, "c1", out, "ky"))
    text = squash(" ".join(pages))
    assert squash(LONG_NAME) in text and "Жеңишбеков" in text


def test_the_register_prints_the_longest_subject_and_addressee(council):
    requests = [
        Request("r1", "1", LONG_TEXT, LONG_NAME, D(2027, 3, 1), None, text=LONG_TEXT),
        Request("r2", "2", "Кыска суроо", "Министр", D(2027, 3, 2), D(2027, 3, 10)),
    ]
    pages = _build(lambda out: build_request_register(
        council.name, council.state_body, requests, out, D(2027, 1, 1), D(2027, 12, 31),
        D(2027, 6, 1), "ky"))
    text = squash(" ".join(pages))
    assert "ТЕКСТ" in text and "Кыска суроо" in text
    assert len(pages) >= 2


def test_the_minutes_print_the_longest_names_place_and_decisions(council):
    meeting = council.meeting_by_number(3)
    member = next(m for m in council.members if m.id == meeting.present[0])
    member.full_name = LONG_NAME
    meeting.place = words(limits.NAME_MAX, "ЖАЙ")
    item = meeting.items[0]
    item.title = words(limits.NAME_MAX, "МАСЕЛЕ")
    item.decision = LONG_TEXT
    item.heard = words(limits.TEXT_MAX, "УГУЛДУ")
    pages = _build(lambda out: build_minutes(council, meeting.id, out, "ky"))
    text = squash(" ".join(pages))
    for tag in ("БАШЫ", "ЖАЙ", "МАСЕЛЕ", "ТЕКСТ", "УГУЛДУ"):
        assert tag in text, tag
