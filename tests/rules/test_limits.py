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


def worded(problem: limits.Problem, field: str = "Аты") -> str:
    """The message a caller shows: the template with the field's name filled in."""
    return problem.template.format(field=field, **problem.values)


def test_a_text_too_long_and_a_character_no_font_has_are_worded():
    assert worded(limits.text_problem("а" * 301, limits.NAME)) == (
        "Аты is 301 characters long; at most 300 are allowed.")
    assert worded(limits.text_problem("Жыйын 🎉\x07")) == (
        "Аты holds a character the documents cannot print: 🎉 (U+1F389 PARTY POPPER), "
        "U+0007. Remove it or write it in words.")


def test_at_most_three_characters_are_named():
    problem = limits.text_problem("\x01\x02\x03\x04")
    assert problem.values["characters"] == "U+0001, U+0002, U+0003"


@pytest.mark.parametrize(("char", "shown"), [
    ("🎉", "🎉 (U+1F389 PARTY POPPER)"),
    ("Ң", "Ң (U+04A2 CYRILLIC CAPITAL LETTER EN WITH DESCENDER)"),
    ("\x07", "U+0007"),  # a control character is named by its code alone
    ("\u0378", "U+0378"),  # so is a code point not yet assigned (no name either)
])
def test_a_character_is_described_by_its_code_point_and_name(char, shown):
    assert limits.describe(char) == shown


@pytest.mark.parametrize(("char", "ok"), [("~", True), ("\x7f", False), (" ", True),
                                          ("\x1f", False), ("\u02f3", True), ("\u02f4", False)])
def test_the_printable_ranges_include_their_first_and_last_points(char, ok):
    """0x20-0x7E is the first range; 0x02F3 a range of one point."""
    assert limits.printable(char) is ok


def test_dates_and_years_out_of_range_are_worded():
    assert worded(limits.date_problem(dt.date(1899, 12, 31)), "Күнү") == (
        "Күнү must fall between 1900-01-01 and 2199-12-31 (given: 1899-12-31).")
    assert limits.year_problem(1900) is None and limits.year_problem(2199) is None
    assert worded(limits.year_problem(1899), "Жыл") == (
        "Жыл must be a year from 1900 to 2199 (given: 1899).")
    assert worded(limits.year_problem(2200), "Жыл") == (
        "Жыл must be a year from 1900 to 2199 (given: 2200).")


def test_numbers_from_0_by_default_and_how_a_huge_one_is_shown():
    assert limits.number_problem(0) is None
    assert worded(limits.number_problem(-1), "Номер") == (
        "Номер must be a whole number from 0 to 1000000 (given: -1).")
    assert limits.number_problem(-5, -5, 5) is None and limits.number_problem(6, -5, 5)
    assert limits.number_problem(10 ** 20 - 1).values["number"] == str(10 ** 20 - 1)
    assert limits.number_problem(-(10 ** 20)).values["number"] == "a number of 21 digits"
    assert limits.number_problem(10 ** 4000 - 1).values["number"] == "a number of 4000 digits"
    for huge in (10 ** 4000, 10 ** 5000):  # beyond what str() of an int may hold
        assert limits.number_problem(huge).values["number"] == (
            "a number of more than 4000 digits")


def test_an_id_refused_is_worded_and_shown_cut_at_70_characters():
    assert limits.id_problem("a") is None and limits.id_problem("-_") is None
    assert worded(limits.id_problem("a b"), "Id") == (
        "Id 'a b' may hold only letters, digits, '-' and '_', at most 64 of them.")
    assert limits.id_problem("x" * 70).values["code"] == "x" * 70
    assert limits.id_problem("x" * 71).values["code"] == "x" * 67 + "..."


def test_safe_file_stems_keep_letters_digits_dashes_and_underscores():
    assert limits.safe_file_stem("a//b") == "a-b"
    assert limits.safe_file_stem("_x_") == "x"
    assert limits.safe_file_stem("XML-2026_ky") == "XML-2026_ky"
    assert limits.safe_file_stem("a" * 63 + "-b") == "a" * 63  # no dash left at the cut
    assert limits.safe_file_stem("", "plan") == "plan"
