"""The documents' and findings' catalogues (translations/ky.po, ru.po) are complete and are
what the program reads.

Protects: every text of the code's `Texts` tables (lang/catalogue.py) is in each .po under its
context and English, none the code lost is kept, none is unfinished (fuzzy) or empty; every
translation keeps its English's {placeholders} (a lost one drops a number, a new one raises
KeyError when the text is filled in); the committed template and .mo files are what
translations/update.py makes of the code and the .po files; the program reads the Kyrgyz
and Russian through Python's own gettext and shows English for a text the catalogue lacks;
and the merge keeps translations, marks a changed English for review and drops what is gone.
The wheel carrying the .mo is tested with the .qm (test_translations_complete.py).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "translations"))
import catalogues  # noqa: E402

from kenesh_desktop.lang.catalogue import TABLES, Texts, catalogue, parse  # noqa: E402

LANGUAGES = catalogues.LANGUAGES
_PLACEHOLDER = re.compile(r"\{(\w*)(?:[!:][^{}]*)?\}")
GRAMMAR = {"members_noun"}
"""Placeholders a language may leave out: Kyrgyz needs no plural noun after a number."""


def placeholder_problems(source: str, text: str) -> list[str]:
    """What a translation loses of its English's placeholders, or adds to them."""
    wanted, found = set(_PLACEHOLDER.findall(source)), set(_PLACEHOLDER.findall(text))
    return ([f"lost {{{name}}}" for name in sorted(wanted - found - GRAMMAR)]
            + [f"added {{{name}}}" for name in sorted(found - wanted)])


@pytest.fixture(scope="module")
def source():
    return catalogues.template()


def texts(catalog) -> dict[tuple[str, str], str]:
    return {(m.context, m.id): m.string for m in catalog if m.id}


def test_the_tables_of_every_layer_are_found(source):
    """The scan reaches every layer that words texts (a table it misses is never translated)."""
    assert {"document", "minutes", "letter", "pack", "data", "finding", "rule_title", "rule",
            "rulebook", "forming"} <= set(TABLES)
    assert len(source) > 450


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_has_every_text_of_the_code_and_nothing_else(lang, source):
    catalog = catalogues.read(lang)
    in_code = set(texts(source))
    committed = set(texts(catalog))
    assert sorted(in_code - committed) == [], "run translations/update.py and translate"
    assert sorted(committed - in_code) == [], "run translations/update.py (it drops them)"
    assert not catalog.obsolete, "run translations/update.py (it drops them)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_unfinished_or_empty(lang):
    unfinished = sorted(f"{m.context}: {m.id}" for m in catalogues.read(lang)
                        if m.id and (m.fuzzy or not m.string.strip()))
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders(lang):
    broken = [f"{m.context}: {problem}" for m in catalogues.read(lang) if m.id
              for problem in placeholder_problems(m.id, m.string)]
    assert broken == []


def test_the_placeholder_check_sees_a_lost_and_an_added_one():
    assert placeholder_problems("{n} of {m}", "{m} ичинен {n}") == []
    assert placeholder_problems("{n} of {m}", "{n} из") == ["lost {m}"]
    assert placeholder_problems("{n} day", "{n} {date} күн") == ["added {date}"]
    assert placeholder_problems("{present} of {members} {members_noun}",
                                "{members} мүчөнүн {present}") == []


def test_the_committed_template_is_the_codes(source):
    with catalogues.TEMPLATE.open("rb") as file:
        committed = catalogues.read_po(file)
    assert catalogues.messages(committed) == catalogues.messages(source), (
        "run translations/update.py")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_mo_is_compiled_from_the_po(lang):
    with catalogues.mo_path(lang).open("rb") as file:
        shipped = texts(read_mo(file))
    assert shipped == texts(catalogues.read(lang)), (
        "the .mo is stale: run translations/update.py --release-only")


def test_the_program_reads_kyrgyz_and_russian_and_falls_back_to_english():
    assert catalogue("ky").pgettext("minutes:heard", "HEARD") == "УГУЛДУ"
    assert catalogue("ru").pgettext("minutes:heard", "HEARD") == "СЛУШАЛИ"
    table = TABLES["minutes"]
    assert table.text("minutes_short", "ky", number=3) == "№3 протокол"
    assert table.text("minutes_short", "en", number=3) == "Minutes No. 3"
    # One English word, two translations: the context tells them apart.
    assert TABLES["minutes"].template("present_heading", "ru") == "ПРИСУТСТВОВАЛИ"
    assert TABLES["report"].template("ar_col_present", "ru") == "Присутствовали"
    assert catalogue("ky").pgettext("minutes:no such text", "Kept in English") == (
        "Kept in English")
    with pytest.raises(ValueError, match="unknown language"):
        table.template("heard", "de")
    with pytest.raises(KeyError):
        table.template("no such key", "ky")


def test_a_tables_lines_are_read_as_written():
    block = """
# a comment
heard: HEARD
quorum: Quorum: {share} of members — {needed}
    needed.

ref: {date}  No. ____
"""
    assert parse(block) == {"heard": "HEARD", "quorum": "Quorum: {share} of members — {needed} "
                            "needed.", "ref": "{date}  No. ____"}
    with pytest.raises(ValueError, match="line 2 is not"):
        parse("heard: HEARD\nno colon here")
    with pytest.raises(ValueError, match="goes on with no text"):
        parse("    needed.")
    with pytest.raises(ValueError, match="worded twice"):
        parse("heard: HEARD\nheard: HEARD")
    with pytest.raises(ValueError, match="line 1 is not"):
        parse("heard:")  # an empty text would be an empty msgid, the catalogue's header


def test_a_table_borrows_and_refuses_clashes():
    first = TABLES["document"]
    joined = Texts.joined("probe", first)
    assert joined.text("page_of", "ru", page=1, pages=2) == "Страница 1 из 2"
    assert "probe" not in TABLES  # no texts of its own: nothing to translate
    with pytest.raises(ValueError, match="two tables"):
        Texts("document", {"draft": "DRAFT"})
    with pytest.raises(ValueError, match="words and borrows"):
        Texts("probe", {"draft": "DRAFT"}, borrowed={"draft": first})
    with pytest.raises(ValueError, match="'draft' is in"):
        Texts.joined("probe", first, first)


def test_the_merge_keeps_translations_marks_changes_and_drops_the_lost(tmp_path, source):
    """A translator's work survives the code changing: an English text edited keeps its old
    translation marked fuzzy (unfinished, for review), a new one is empty, one gone is
    dropped, and a fuzzy one is not compiled into the .mo (English shows until reviewed)."""
    shutil.copyfile(catalogues.po_path("ky"), catalogues.po_path("ky", tmp_path))
    changed = catalogues.template()
    heard = changed.get("HEARD", context="minutes:heard")
    changed.delete("HEARD", context="minutes:heard")
    changed.add(heard.id + ":", context=heard.context, locations=heard.locations)
    changed.add("A new text", context="minutes:new", locations=heard.locations)
    changed.delete("DRAFT", context="document:draft")

    left = catalogues.merge(changed, "ky", tmp_path)

    assert sorted(left) == ["minutes:heard: HEARD:", "minutes:new: A new text"]
    merged = catalogues.read("ky", tmp_path)
    edited = merged.get("HEARD:", context="minutes:heard")
    assert edited.fuzzy and edited.string == "УГУЛДУ"
    assert merged.get("A new text", context="minutes:new").string == ""
    assert merged.get("DRAFT", context="document:draft") is None
    assert texts(merged)[("minutes:minutes_short", "Minutes No. {number}")] == "№{number} протокол"
    catalogues.compile_mo("ky", tmp_path)
    with catalogues.mo_path("ky", tmp_path).open("rb") as file:
        compiled = texts(read_mo(file))
    assert ("minutes:heard", "HEARD:") not in compiled
    assert len(compiled) == len(source) - 2  # the draft mark gone, the edited one unfinished
