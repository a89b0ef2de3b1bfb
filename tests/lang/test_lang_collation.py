"""Kyrgyz alphabetical order: Ң after Н, Ө after О, Ү after У (not after Я, as code points
would put them), case-insensitive, with look-alike letters sorted as the letters they stand
for."""

from __future__ import annotations

from kenesh_desktop.lang.collation import kyrgyz_sort_key


def ordered(words):
    return sorted(words, key=kyrgyz_sort_key)


def test_kyrgyz_letters_follow_their_base_letters():
    assert ordered(["О", "Ң", "Н", "Ө", "П"]) == ["Н", "Ң", "О", "Ө", "П"]
    assert ordered(["Ф", "Ү", "У", "Я"]) == ["У", "Ү", "Ф", "Я"]


def test_code_point_order_would_be_wrong():
    words = ["Үсөн", "Улан", "Фарида"]
    assert sorted(words) != ["Улан", "Үсөн", "Фарида"]
    assert ordered(words) == ["Улан", "Үсөн", "Фарида"]


def test_surnames_in_kyrgyz_order_ignoring_case():
    names = ["өмүрова", "Орозбаев", "Ңаа", "Нурланов", "үсөнов", "Уметалиев", "Фрунзе"]
    assert ordered(names) == [
        "Нурланов",
        "Ңаа",
        "Орозбаев",
        "өмүрова",
        "Уметалиев",
        "үсөнов",
        "Фрунзе",
    ]


def test_lookalikes_sort_as_the_kyrgyz_letters():
    # Є and Ї typed by old fonts stand for Ө and Ү
    assert ordered(["Пак", "Ємүров", "Орозов"]) == ["Орозов", "Ємүров", "Пак"]
    assert ordered(["Фаина", "Їсөнов", "Уулу"]) == ["Уулу", "Їсөнов", "Фаина"]
