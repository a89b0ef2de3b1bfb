"""Initials and surname for signature lines (lang/names.py): the surname is found whatever
order the name was typed in, Kyrgyz «… уулу / кызы» stays whole, and the parts are joined by
no-break spaces so a signature never breaks inside a name."""

from __future__ import annotations

import pytest

from kenesh_desktop.lang.names import NBSP, initials_and_surname


@pytest.mark.parametrize(("full", "signed"), [
    ("Асанова Айгүл Бакытовна", "А. Б. Асанова"),
    ("Бекова Үмүт Сапаровна", "Ү. С. Бекова"),
    ("Иванов Иван Иванович", "И. И. Иванов"),
    ("Айгүл Токтогулова", "А. Токтогулова"),
    ("Нурлан Өмүрбеков", "Н. Өмүрбеков"),
    ("Эркин Асанов", "Э. Асанов"),
    ("Бакыт Сапар уулу", "Б. Сапар уулу"),
    ("Сапар кызы Айпери", "А. Сапар кызы"),
    ("Асанова Айгүл Сапар кызы", "А. С. Асанова"),
    ("Анна-Мария Петрова", "А.-М. Петрова"),
    ("  Жумабаев   Бакыт  ", "Б. Жумабаев"),
    ("Асель", "Асель"),
    ("", ""),
])
def test_initials_and_surname(full, signed):
    assert initials_and_surname(full).replace(NBSP, " ") == signed


def test_the_parts_are_joined_by_no_break_spaces():
    assert initials_and_surname("Асанова Айгүл Бакытовна") == f"А.{NBSP}Б.{NBSP}Асанова"
