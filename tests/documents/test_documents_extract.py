"""The extract from the minutes (протоколдон көчүрмө): the sitting's particulars, attendance
and the quorum in one sentence naming the rulebook, one item alone as the minutes state it,
certified by whoever took the minutes (a line to fill in by hand when nobody can be named);
the fingerprint of a finalized record, the draft mark otherwise."""

from __future__ import annotations

import io
import re

import pytest
from documents_factory import lacking, pdf_pages, pdf_text

from kenesh_desktop.documents.extract import extract_document, write_extract
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.rules.records import Speaker


def extract(council, item: int, lang: str = "ky", meeting: str = "s3") -> str:
    out = io.BytesIO()
    write_extract(council, meeting, item, out, lang, fmt="pdf")
    return pdf_text(out.getvalue())


def test_one_item_with_the_sittings_particulars(council):
    council.meeting("s3").items[1].speakers = [Speaker("Үсөнова Гүлнара Маратовна", "Макулмун.")]
    text = extract(council, 1)
    assert lacking(text, [
        "Коомдук кеңештин отурумунун №3 протоколунан КӨЧҮРМӨ",
        "Күнү: 2027-жылдын 15-марты, саат 10:00",
        "Өткөрүлгөн жери: Бишкек ш., Чүй проспекти, 106, №3 зал",
        "Коомдук кеңештин 13 мүчөсүнөн 9 мүчө катышты; кворум: мүчөлөрдүн 2/3 бөлүгү "
        "(2023-жылы күчүн жоготкон №74 Мыйзам, 17-берене) — 9 керек, 9 катышты: отурум "
        "укук ченемдүү.",
        "Күн тартибинин 2-маселеси: Тендердик комиссияга байкоочу дайындоо жөнүндө "
        "УГУЛДУ: Асанова А. Б. — Байкоочунун талапкерлиги талкууланды. "
        "ЧЫГЫП СҮЙЛӨДҮ: 1. Үсөнова Гүлнара Маратовна — Макулмун.",
        "Добуш берүү: макул — 4, каршы — 3, калыс калды — 2.",
        "Чечим кабыл алынган жок: макул болгондор катышкандардын жарымынан ашкан жок.",
        "Көчүрмө туура. Протоколду жүргүзгөн Н. Т. Өмүрбеков",
    ]) == []
    # Only that item: not the others, nor the lists of who was there.
    assert "Мамлекеттик органдын 2026-жылдагы" not in text and "КАТЫШКАНДАР" not in text


def test_certified_by_whoever_took_the_minutes(council):
    council.meeting("s3").minutes_by = "m05"
    assert "Minutes taken by Ч. К. Төлөгөнова" in extract(council, 0, "en")
    council.meeting("s3").minutes_by = None
    council.members[1].role = "member"  # no secretary: a line to sign by hand
    text = extract(council, 0, "en")
    assert re.search(r"A true extract\. Minutes taken by \(signature\) \(name\)", text)


def test_without_a_quorum_and_in_russian(council):
    text = extract(council, 0, "ru", meeting="s4")
    assert lacking(text, [
        "ВЫПИСКА ИЗ ПРОТОКОЛА №4 внеочередного заседания Общественного совета",
        "Присутствовали 8 из 13 членов совета; кворум:",
        "заседание неправомочно.",
        "Решение не принято: заседание неправомочно, кворума нет (ст. 17).",
        "Выписка верна.",
    ]) == []


def test_draft_mark_or_fingerprint(council):
    out = io.BytesIO()
    write_extract(council, "s1", 0, out, "en", fmt="pdf")
    pages = pdf_pages(out.getvalue())
    assert all(f"Fingerprint: {meeting_fingerprint(council, council.meeting('s1'))}" in page
               for page in pages)
    out = io.BytesIO()
    write_extract(council, "s3", 0, out, "en", fmt="pdf")
    assert all("DRAFT" in page for page in pdf_pages(out.getvalue()))


def test_an_item_the_agenda_does_not_have(council):
    with pytest.raises(IndexError, match="no agenda item 4"):
        extract_document(council, council.meeting("s3"), 3)
    with pytest.raises(LookupError):
        write_extract(council, "nope", 0, io.BytesIO(), fmt="pdf")


def test_a_sitting_prepared_ahead(council):
    sitting = council.meeting("s4")
    sitting.present, sitting.finalized = [], False
    for item in sitting.items:
        item.votes = {}
    text = extract(council, 0, "en", meeting="s4")
    assert ("Attendance is not recorded yet. Quorum: 2/3 of members (Law No. 74, repealed in "
            "2023, Art. 17) — 9 needed.") in text
    assert "Not adopted" not in text and "not competent" not in text
