"""The one text clean-up of the program (lang/text.py): a name or title typed with line breaks,
tabs and doubled spaces is kept on one line; an optional field of spaces only is empty (None)."""

from __future__ import annotations

from kenesh_desktop.lang.text import one_line, optional_text


def test_one_line_collapses_every_run_of_white_space():
    assert one_line("  Өмүрбеков\n\tНурлан   Асанович ") == "Өмүрбеков Нурлан Асанович"
    assert one_line("«Үмүт»\u00a0фонду") == "«Үмүт» фонду"  # a no-break space is white space
    assert one_line("\r\n \t") == ""


def test_one_line_of_nothing_or_not_text():
    assert one_line(None) == ""
    assert one_line(0) == "0"
    assert one_line(ValueError("disk\nfull")) == "disk full"


def test_an_optional_field_is_trimmed_or_none():
    assert optional_text("  +996 555 123 456 ") == "+996 555 123 456"
    assert optional_text("   ") is None
    assert optional_text("") is None
    assert optional_text(None) is None
    assert optional_text(" a\nb ") == "a\nb"  # its own line breaks are the writer's
