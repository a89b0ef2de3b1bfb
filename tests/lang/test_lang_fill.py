"""A fixed text filled with its values (lang/catalogue.fill): what `str.format` gives, except
that a sentence's full stop after a value that ends with one is not doubled (a Russian date
«2 декабря 2026 г.» at the end of «Сведения по состоянию на {date}.»)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kenesh_desktop.documents.wording import text
from kenesh_desktop.lang.catalogue import fill


def test_a_value_ending_in_a_stop_ends_the_sentence_once():
    assert fill("Сведения по состоянию на {date}.", {"date": "2 декабря 2026 г."}) == \
        "Сведения по состоянию на 2 декабря 2026 г."
    assert fill("{a}. {b}.", {"a": "ст.", "b": "x"}) == "ст. x."


def test_other_stops_and_an_ellipsis_stay():
    assert fill("{date}.", {"date": "2 December 2026"}) == "2 December 2026."
    assert fill("{x}...", {"x": "и т. д."}) == "и т. д...."
    assert fill("{x}.", {"x": "Wait..."}) == "Wait....", "an ellipsis is not a full stop"
    assert fill("No. {n:>3}!r {s!r}.", {"n": 7, "s": "a."}) == "No.   7!r 'a.'."


def test_the_reports_date_in_russian_has_one_full_stop():
    import datetime as dt

    from kenesh_desktop.lang import format_date

    said = text("ar_as_of", "ru", date=format_date(dt.date(2026, 12, 2), "ru"))
    assert said == "Сведения по состоянию на 2 декабря 2026 г."
    assert text("ar_as_of", "en", date="2 December 2026") == "Figures as of 2 December 2026."


words = st.text(alphabet="аб г.{}xy !", max_size=12)


@given(st.lists(st.tuples(words, st.text(alphabet="аб г", max_size=6)), max_size=4), words)
def test_without_a_value_ending_in_a_stop_it_is_str_format(parts, tail):
    # Values with no full stop at their end: the result is exactly str.format's.
    template = "".join(literal.replace("{", "{{").replace("}", "}}") + f"{{v{i}}}"
                       for i, (literal, _) in enumerate(parts))
    template += tail.replace("{", "{{").replace("}", "}}")
    values = {f"v{i}": value for i, (_, value) in enumerate(parts)}
    assert fill(template, values) == template.format(**values)
