"""Fonts and wording: only the bundled DejaVu faces end up in a PDF (no Helvetica fallback that
lacks Ң Ө Ү), <b> and <i> pick the bold and oblique faces, every fixed text exists in all three
languages with the same placeholders, and user text is escaped."""

from __future__ import annotations

import io
import string

import pytest
from documents_factory import pdf_text
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps

from kenesh_desktop.documents.common import esc
from kenesh_desktop.documents.fonts import FAMILY, register_fonts
from kenesh_desktop.documents.minutes import build_minutes
from kenesh_desktop.documents.wording import DOCUMENTS, members_noun, text


def test_register_fonts_is_idempotent_and_maps_the_family():
    assert register_fonts() == register_fonts() == FAMILY
    assert tt2ps(FAMILY, 1, 0) == "DejaVuSans-Bold"
    assert tt2ps(FAMILY, 0, 1) == "DejaVuSans-Oblique"
    assert tt2ps(FAMILY, 1, 1) == "DejaVuSans-BoldOblique"


def test_pdf_embeds_only_the_bundled_faces(council):
    out = io.BytesIO()
    build_minutes(council, "s3", out, lang="ky")
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_every_text_in_three_languages_with_the_same_placeholders(key):
    forms = DOCUMENTS.forms(key)
    assert set(forms) == {"ky", "ru", "en"}
    assert all(forms[lang].strip() for lang in forms)
    # members_noun is grammar, not data: Kyrgyz needs no plural after a number.
    data = [_fields(forms[lang]) - {"members_noun"} for lang in ("ky", "ru", "en")]
    assert data[0] == data[1] == data[2]


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        text("draft", "de")


def test_russian_count_agrees_with_the_number():
    assert members_noun(13, "ru") == "членов"
    assert members_noun(11, "ru") == "членов"
    assert members_noun(21, "ru") == "члена"
    assert members_noun(1, "en") == "member"


def test_user_text_is_escaped_and_survives(council):
    assert esc("A & B <b>x</b>\nnext") == "A &amp; B &lt;b&gt;x&lt;/b&gt;<br/>next"
    council.name = "Кеңеш <i>& «Үн»"
    out = io.BytesIO()
    build_minutes(council, "s3", out, lang="en")
    assert "Кеңеш <i>& «Үн»" in pdf_text(out.getvalue())
