"""The minutes a chair can sign (issue 14), read back from the PDF with pypdf and from the
Word copy with python-docx: the demo's sitting without a quorum, in Kyrgyz, Russian and
English, claims no adoption for any item and states each item's outcome; it is signed by the
person who presided (the deputy chair: the chair was absent), and the absent chair appears
only among the absent. The Word copy holds the same names, titles, decisions and vote counts
as the PDF, with Ң Ө Ү intact."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from documents_factory import docx_text, pdf_text

from kenesh_desktop.demo import demo_council
from kenesh_desktop.documents.minutes import write_minutes
from kenesh_desktop.rules.meetings import meeting_quorum, vote_totals
from kenesh_desktop.rules.records import Council, Meeting

DAY = dt.date(2027, 3, 1)
NO_ADOPTION = {"ky": "кабыл алынды", "ru": "принято:", "en": "Adopted"}
NO_QUORUM = {
    "ky": "Чечим кабыл алынган жок: отурумда кворум болгон жок (17-берене).",
    "ru": "Решение не принято: заседание неправомочно, кворума нет (ст. 17).",
    "en": "Not adopted: the sitting had no quorum (Art. 17).",
}
PRESIDING = {"ky": "Төрагалык кылган", "ru": "Председательствующий", "en": "Presiding"}


@pytest.fixture(scope="module")
def demo() -> tuple[Council, Meeting]:
    council = demo_council(DAY)
    (sitting,) = [m for m in council.meetings
                  if m.present and not meeting_quorum(council, m).reached]
    return council, sitting


def render(council: Council, sitting: Meeting, lang: str, fmt: str) -> str:
    out = io.BytesIO()
    write_minutes(council, sitting.id, out, lang, fmt=fmt)
    return pdf_text(out.getvalue()) if fmt == "pdf" else docx_text(out.getvalue())


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_sitting_without_a_quorum_adopts_nothing(demo, lang, fmt):
    council, sitting = demo
    text = render(council, sitting, lang, fmt)
    assert len(sitting.items) >= 2
    # Each item's outcome is stated, and it is the same for every item.
    assert text.count(NO_QUORUM[lang]) == len(sitting.items)
    assert NO_ADOPTION[lang] not in text.replace(NO_QUORUM[lang], "")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_signed_by_who_presided_and_the_absent_chair_only_among_the_absent(demo, lang, fmt):
    council, sitting = demo
    chair = next(m for m in council.members if m.role == "chair")
    deputy = next(m for m in council.members if m.role == "deputy_chair")
    assert chair.id not in sitting.present and sitting.presiding is None
    text = render(council, sitting, lang, fmt)
    first, surname = deputy.full_name.split()
    assert f"{PRESIDING[lang]} {first[0]}. {surname}" in text
    assert text.count(chair.full_name) == 1  # in the list of the absent, nowhere else
    absent_at = text.index(chair.full_name)
    headings = {"ky": "КАТЫШПАГАНДАР", "ru": "ОТСУТСТВОВАЛИ", "en": "ABSENT"}
    assert text.index(headings[lang]) < absent_at
    assert chair.full_name.split()[1] not in text[absent_at + len(chair.full_name):]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_word_copy_says_what_the_pdf_says(lang):
    council = demo_council(DAY)
    words = []
    for sitting in council.meetings:
        if not sitting.items:
            continue
        pdf, word = (render(council, sitting, lang, fmt) for fmt in ("pdf", "docx"))
        words.append(word)
        for member in council.members:
            assert (member.full_name in pdf) == (member.full_name in word), member.full_name
        for item in sitting.items:
            assert item.title in pdf and item.title in word
            for line in item.decision.splitlines():
                assert line.strip() in pdf and line.strip() in word
            for speaker in item.speakers:
                assert speaker.name in word and speaker.summary in word
            if item.votes:
                totals = vote_totals(item.votes)
                counts = {"ky": f"макул — {totals.for_}, каршы — {totals.against}",
                          "ru": f"за — {totals.for_}, против — {totals.against}",
                          "en": f"for — {totals.for_}, against — {totals.against}"}[lang]
                assert counts in pdf and counts in word
    names = " ".join(m.full_name for m in council.members)
    assert {"ң", "ө", "ү"} <= set(names.lower())
    assert all(name in " ".join(words) for name in ("Жеңишбеков", "Өмүрбеков", "Үсөнова"))
