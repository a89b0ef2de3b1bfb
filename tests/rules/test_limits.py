"""The limits of EXCHANGE.md version 2 (rules/limits.py), at their boundaries, and the table
of printable characters, regenerated from the bundled fonts and compared (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import limits
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.records import Council, Member, Term


def test_names_300_and_texts_20000_characters_exactly():
    assert limits.text_problem("а" * 300, limits.NAME) is None
    problem = limits.text_problem("а" * 301, limits.NAME)
    assert problem is not None and problem.values == {"length": 301, "limit": 300}
    assert "{field}" in problem.template
    assert limits.text_problem("а" * 20_000) is None
    assert limits.text_problem("а" * 20_001) is not None
    assert limits.kind_of("full_name") == limits.NAME and limits.kind_of("heard") == limits.TEXT


def test_dates_from_1900_to_2199():
    assert limits.date_problem(dt.date(1900, 1, 1)) is None
    assert limits.date_problem(dt.date(2199, 12, 31)) is None
    assert limits.date_problem(dt.date(1899, 12, 31)) is not None
    assert limits.date_problem(dt.date(2200, 1, 1)) is not None
    assert limits.date_problem(dt.date(9999, 12, 31)) is not None
    assert limits.date_problem(dt.date(1, 1, 1)) is not None


@pytest.mark.parametrize("code", ["m1", "demo-minfin", "a_b", "ң7", "x" * 64])
def test_ids_that_are_allowed(code):
    assert limits.id_problem(code) is None


@pytest.mark.parametrize("code", ["", "x" * 65, "../../tmp/x", "a.b", "a b", "a/b", "a\\b",
                                  "a\x00b", "C:x"])
def test_ids_that_are_refused(code):
    assert limits.id_problem(code) is not None


def test_numbers_far_below_2_to_the_63():
    assert limits.number_problem(limits.NUMBER_MAX) is None
    problem = limits.number_problem(2 ** 63)
    assert problem is not None and "19 digits" not in str(problem.values["number"])
    assert limits.number_problem(10 ** 30).values["number"] == "a number of 31 digits"


def test_characters_the_fonts_cannot_print_are_refused():
    assert limits.text_problem("Ң Ө Ү ң ө ү «» — №") is None
    assert limits.text_problem("Кеңеш\nэкинчи сап\tтаб") is None
    problem = limits.text_problem("Жыйын 🎉")
    assert problem is not None and "U+1F389" in problem.values["characters"]
    assert limits.text_problem("a\x07b") is not None  # a control character
    assert limits.unprintable("a🎉b🎉") == ["🎉"]


def test_safe_file_stems_never_carry_a_path():
    assert limits.safe_file_stem("../../tmp/x") == "tmp-x"
    assert limits.safe_file_stem("minutes-minfin-3-ky") == "minutes-minfin-3-ky"
    assert limits.safe_file_stem("///") == "kenesh"
    assert "/" not in limits.safe_file_stem("a/b\\c:d")
    assert len(limits.safe_file_stem("x" * 99)) == 64


def test_the_printable_table_is_the_fonts_own():
    """Regenerate rules/printable.py from resources/fonts: a font change without running
    `python -m kenesh_desktop.documents.font_coverage` fails here."""
    from kenesh_desktop.documents import font_coverage

    assert font_coverage.TARGET.read_text(encoding="utf-8") == font_coverage.module_text()


def test_check_at_the_extreme_dates_does_not_overflow():
    """Finding 3: dates at the limits no longer crash `check` (9999-12-31 overflowed)."""
    council = Council(id="c", name="Кеңеш", state_body="Министрлик",
                      terms=[Term(limits.FIRST_DAY, limits.LAST_DAY)],
                      members=[Member("m1", "Аты", "female", "Уюм", "chair", limits.FIRST_DAY,
                                      limits.LAST_DAY)])
    for today in (limits.FIRST_DAY, limits.LAST_DAY):
        run_checks([council], today)
