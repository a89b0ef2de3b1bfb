"""The typography of an official paper: body text 12 pt or larger, tables and captions at
least 10 pt, all text black; no word broken in the middle without a hyphen (hyphenated only
where it cannot fit its column, by the language's rules: pyphen's Russian and English
dictionaries, the Kyrgyz syllable rule); a character the bundled font lacks (an emoji) is
printed as «[U+XXXX]», never as an empty box, in the PDF, the Word copy and the printout."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from documents_factory import docx_text, pdf_text, sized_text, text_colours
from reportlab.platypus import paragraph as rl_paragraph

from kenesh_desktop.documents import common, hyphenation
from kenesh_desktop.documents.annual_plan import build_plan
from kenesh_desktop.documents.blocks import Span
from kenesh_desktop.documents.candidate_list import build_candidate_list
from kenesh_desktop.documents.extract import write_extract
from kenesh_desktop.documents.glyphs import missing, printable
from kenesh_desktop.documents.minutes import minutes_document, write_minutes
from kenesh_desktop.documents.render_html import to_html
from kenesh_desktop.documents.styles import stylesheet
from kenesh_desktop.rules.records import PlanItem, Speaker

FRAME_BOTTOM, FRAME_TOP = common.MARGIN_BOTTOM, 842 - common.MARGIN_TOP


def minutes_pdf(council, meeting="s3", lang="ky") -> bytes:
    out = io.BytesIO()
    write_minutes(council, meeting, out, lang, fmt="pdf")
    return out.getvalue()


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_body_twelve_points_captions_ten_and_only_black(council, lang):
    council.meeting("s3").finalized = True  # no draft mark: page text only
    data = minutes_pdf(council, lang=lang)
    inside = [(text, size) for text, size, y in sized_text(data)
              if FRAME_BOTTOM - 2 < y < FRAME_TOP + 2]
    assert len(inside) > 50
    small = {text for text, size in inside if size < 12}
    hints = {"ky": {"(кол тамга)", "(аты-жөнү)"}, "ru": {"(подпись)", "(Ф. И. О.)"},
             "en": {"(signature)", "(name)"}}[lang]
    assert small <= hints  # only the captions under the signature lines
    assert min(size for _text, size in inside) >= 10
    # The running header and footer are smaller, and black too.
    assert text_colours(data) == {"0 0 0"}


def test_every_style_is_black_and_large_enough():
    sheet = stylesheet()
    for name, style in sheet.byName.items():
        assert style.textColor.hexval() == "0x000000", name
        floor = 10 if name.startswith(("cell", "signature_hint", "small")) else 12
        assert style.fontSize >= floor, name


def test_kyrgyz_syllables():
    pairs = hyphenation.kyrgyz_pairs
    assert [h for h, _t in pairs("Кыргызстандын")] == ["Кыргызстан", "Кыр"]
    assert [h for h, _t in pairs("Жооптуулар")] == ["Жооптуу", "Жооп"]  # never inside оо
    assert [h for h, _t in pairs("мониторингдөө")] == ["монито", "мони", "мо"]
    assert pairs("Айгүл") == [("Ай", "гүл")]
    assert pairs("Office") == [] and pairs("үй") == []


def test_reportlab_takes_every_cyrillic_letter():
    assert rl_paragraph._hy_letters_pat.match("ңөүёҢӨҮЁ")


def test_a_russian_document_breaks_a_kyrgyz_word_by_the_kyrgyz_rule():
    ru = hyphenation.hyphenator("ru")
    assert [h for h, _t in ru("долбоорун")] == ["долбоо", "дол"]  # not долбо-орун
    assert "Обще" in [h for h, _t in ru("Общественного")]
    assert [h for h, _t in hyphenation.hyphenator("en")("composition")][-1] == "com"


@pytest.mark.parametrize(("lang", "word"), [
    ("ky", "Мамлекеттиккызматкерлердинкеңешинин"),
    ("ru", "Государственныйспециализированный"),
    ("en", "Intergovernmentalizationprocedures"),
])
def test_a_word_too_long_for_its_column_is_hyphenated_not_cut(council, lang, word):
    council.plan(2027).items[2].responsible = word
    out = io.BytesIO()
    build_plan(council, 2027, out, lang, on=dt.date(2027, 11, 1))
    text = pdf_text(out.getvalue())
    assert word not in text  # broken over lines...
    assert word in text.replace("- ", "")  # ...each time with a hyphen
    for cut in range(2, len(word) - 1):  # never without one
        assert f"{word[:cut]} {word[cut:]}"[:cut + 4] not in text


def test_a_word_that_fits_is_never_hyphenated(council):
    out = io.BytesIO()
    build_plan(council, 2027, out, "ru", on=dt.date(2027, 11, 1))
    text = pdf_text(out.getvalue())
    assert "Асанова А. Б., Өмүрбеков Н. Т." in text
    out = io.BytesIO()
    build_candidate_list(council_with_candidates(council), "c1", out, "ky")
    assert "Кубанычбековна" in pdf_text(out.getvalue())


def council_with_candidates(council):
    from kenesh_desktop.rules.records import Candidate, Competition

    council.competitions = [Competition("c1", dt.date(2027, 10, 1), dt.date(2027, 10, 2), None, [
        Candidate("k1", "Төлөгөнова Чолпон Кубанычбековна", "female", "Уюм",
                  dt.date(2027, 10, 10))])]
    return council


def test_emoji_are_shown_as_their_code_never_as_a_box(council):
    assert missing("Айгүл 🎉 ок 🇰🇬") == ["🎉", "🇰", "🇬"]
    assert printable("Ң Ө Ү — «ок» №3") == "Ң Ө Ү — «ок» №3"
    assert printable("ок 🎉\x07") == "ок [U+1F389] "
    assert Span("🎉").text == "[U+1F389]"
    council.meeting("s3").items[0].speakers = [Speaker("Айгүл 🎉", "Колдойм 👍")]
    council.name += " 🎉"
    assert "Айгүл [U+1F389]" in pdf_text(minutes_pdf(council))
    assert "Колдойм [U+1F44D]" in pdf_text(minutes_pdf(council))
    out = io.BytesIO()
    write_minutes(council, "s3", out, "ky", fmt="docx")
    assert "Айгүл [U+1F389] — Колдойм [U+1F44D]" in docx_text(out.getvalue())
    assert "Айгүл [U+1F389]" in to_html(minutes_document(council, council.meeting("s3")))
    out = io.BytesIO()
    write_extract(council, "s3", 0, out, "en", fmt="pdf")
    assert "Коомдук кеңеш [U+1F389]" in pdf_text(out.getvalue())


def test_plan_items_with_long_texts_keep_every_word(council):
    council.plan(2027).items.append(PlanItem(title="Кыргызстандын " * 12,
                                             responsible="Жумушчу топ"))
    out = io.BytesIO()
    build_plan(council, 2027, out, "ky", on=dt.date(2027, 11, 1))
    assert pdf_text(out.getvalue()).count("Кыргызстандын") >= 12


def test_a_signature_block_of_any_document_keeps_with_the_text_above():
    from documents_factory import pdf_pages

    from kenesh_desktop.documents.blocks import PageSetup

    for count in range(30, 60, 2):  # push the signature down the page, step by step
        story = [common.para(f"Сап {n}", "body") for n in range(count)]
        story.append(common.signature_block([("Төрага", "А. Асанова")], "ky", 400))
        out = io.BytesIO()
        common.build_document(out, story, PageSetup("ky", "", ""), title="t")
        last = pdf_pages(out.getvalue())[-1]
        assert f"Сап {count - 1}" in last and "Төрага" in last, count
