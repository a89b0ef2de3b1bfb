"""The sitting's letter (EXCHANGE.md v2 `agenda`; Art. 18: the agenda reaches the state body at
least 2 days before the sitting): read back from the PDF in each language with its Kyrgyz
letters, the sitting's particulars, every item with who proposed it, the rule's due day, and
the articles of the council's own rulebook."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from documents_factory import pdf_text
from pypdf import PdfReader

from kenesh_desktop.documents.agenda_letter import build_agenda_letter
from kenesh_desktop.rules.rulebook import LAW_74

DAY = dt.date(2027, 3, 9)


def letter(council, meeting_id="s3", lang="ky", on=DAY) -> bytes:
    out = io.BytesIO()
    build_agenda_letter(council, meeting_id, out, lang, on)
    return out.getvalue()


def test_kyrgyz_letter_reads_back_with_its_letters(council):
    council.meeting("s3").items[2].title = "ЖАҢЫ ӨЗГӨРҮҮЛӨР ЖӨНҮНДӨ"
    data = letter(council)
    text = pdf_text(data)
    for letter_ in "ҢңӨөҮү":
        assert letter_ in text, letter_
    assert council.name in text and council.state_body in text
    assert "Кимге:" in text
    assert "Коомдук кеңештин №3 отурумунун күн тартиби жөнүндө" in text
    assert "2027-жылдын 15-марты" in text and "10:00" in text
    assert "Бишкек ш., Чүй проспекти, 106, №3 зал" in text
    # Art. 18: 2 days before the sitting of 15 March is 13 March.
    assert "18-берене" in text and "2 күн мурун" in text and "2027-жылдын 13-марты" in text
    for item in council.meeting("s3").items:
        assert item.title in text
    assert "сунуштаган: мамлекеттик орган, 18-берене" in text
    assert "Баяндамачы: Бөкөнбаев Т. Ү." in text
    assert "17-берене" in text  # the representative attends in person
    assert "Асанова Айгүл Бакытовна" in text  # the chair signs
    assert "2027-жылдын 9-марты" in text  # the letter's own date
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    fonts = {str(f.get("/BaseFont")) for p in reader.pages
             for f in p["/Resources"]["/Font"].get_object().values()}
    assert all("DejaVu" in font for font in fonts), fonts


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", ["Кому:", "О повестке дня заседания Общественного совета №3", "15 марта 2027 г.",
            "за 2 дня", "13 марта 2027 г.", "ст. 18", "ПОВЕСТКА ДНЯ",
            "внесён государственным органом, ст. 18", "Председатель", "Өмүрбеков"]),
    ("en", ["To:", "On the agenda of sitting No. 3 of the Public Council", "15 March 2027",
            "at least 2 days before", "13 March 2027", "Art. 18 of Law No. 74", "AGENDA",
            "proposed by the state body, Art. 18", "Chair", "Үсөнова"]),
])
def test_russian_and_english_letters(council, lang, words):
    council.meeting("s3").items[1].speaker = "Өмүрбеков Н. Т."
    council.meeting("s3").items[2].speaker = "Үсөнова Г. М."
    text = pdf_text(letter(council, lang=lang))
    for word in words:
        assert word in text, word


def test_a_sitting_without_time_or_place_says_they_will_be_announced(council):
    meeting = council.meeting("s3")
    meeting.time, meeting.place = None, ""
    text = pdf_text(letter(council, lang="en"))
    assert text.count("to be announced") == 2


def test_an_extraordinary_sitting_names_who_called_it(council):
    text = pdf_text(letter(council, "s4", "en"))
    assert "extraordinary sitting No. 4 (called by Жеңишбеков Эрлан Асанович)" in text


def test_the_councils_own_rulebook_is_cited(council):
    council.rulebook = dataclasses.replace(
        LAW_74, key="own", name="Own rules 2027", short_name="Own rules 2027",
        agenda_notice_days=5, articles={**LAW_74.articles, "state_body": 9, "sittings": 8})
    text = pdf_text(letter(council, lang="en"))
    assert "Under Art. 9 of Own rules 2027" in text
    assert "at least 5 days before the sitting (due: 10 March 2027)" in text
    assert "Art. 18" not in text and "Art. 17" not in text
    assert "(Art. 8)" in text


def test_an_unknown_sitting_is_refused(council):
    with pytest.raises(LookupError):
        letter(council, "nope")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_letters_date_and_number_stand_on_one_line(council, lang):
    # The longest dates of each language (a two-digit day of the longest month's name): the
    # number's blank must not wrap away from the date into a line of its own.
    for on in (dt.date(2027, 9, 28), dt.date(2027, 2, 28), dt.date(2027, 10, 31)):
        page = PdfReader(io.BytesIO(letter(council, lang=lang, on=on))).pages[0]
        lines = page.extract_text().splitlines()
        assert any("____" in line and str(on.day) in line for line in lines), (on, lines[:8])
