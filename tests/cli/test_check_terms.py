"""`check --today` on days in each term of a version-2 file (DOMAIN.md "Compositions and
terms"), the file written here by hand, not by the program.

Protects: the term in force on each day decides which deadlines and which composition are
checked: three terms, a gap of ten days before the third, the third formed late (in the gap)
and its competition announced a day late; no size or gender finding in the gap; the exit
code (0 with upcoming deadlines only, 1 with a violation).
"""

from __future__ import annotations

import json

import pytest

from kenesh_desktop.cli import main

TERMS = [
    {"start": "2022-09-01", "end": "2024-08-31", "formed": None},
    {"start": "2024-09-01", "end": "2026-08-31", "formed": "2024-08-20"},
    {"start": "2026-09-11", "end": "2028-09-10", "formed": "2026-09-11"},
]


def members() -> list[dict]:
    """Seven members in each term (4 women, 3 men), ended with their term."""
    people = []
    for t, term in enumerate(TERMS, start=1):
        for i in range(1, 8):
            people.append({
                "id": f"t{t}m{i}", "full_name": f"Мүчө {t}-{i}",
                "sex": "female" if i <= 4 else "male", "organization": f"Уюм {t}-{i}",
                "role": "chair" if i == 1 else "member", "start": term["start"],
                "end": term["end"], "pin": None, "phone": None, "email": None})
    return people


def competition(code: str, announced: str, formed: str) -> dict:
    return {"id": code, "announced": announced, "published": announced, "formed": formed,
            "candidates": []}


DOCUMENT = {
    "format": "kenesh-exchange",
    "version": 2,
    "councils": [{
        "id": "kk", "name": "Коомдук кеңеш", "state_body": "Министрлик",
        "terms": TERMS, "rulebook": None, "members": members(), "meetings": [],
        "requests": [], "proposals": [], "notices": [], "plans": [],
        "competitions": [
            competition("k2", "2024-05-15", "2024-08-20"),  # on time for the second term
            competition("k3", "2026-07-01", "2026-09-11"),  # a day late; formed in the gap
        ],
    }],
}


@pytest.fixture
def database(tmp_db, tmp_path, capsys):
    file = tmp_path / "three-terms.kenesh.json"
    file.write_text(json.dumps(DOCUMENT, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(file), "--db", str(tmp_db)]) == 0
    capsys.readouterr()
    return tmp_db


def check(database, capsys, day: str) -> tuple[int, list[tuple[str, str, str, str | None]]]:
    code = main(["check", "--db", str(database), "--today", day, "--json"])
    report = json.loads(capsys.readouterr().out)
    return code, [(f["rule"], f["severity"], f["subject"], f["due"]) for f in report["findings"]]


LATE_SECOND = [
    ("competition.announcement", "violation", "k3", "2026-06-30"),
    ("competition.formed", "violation", "k3", "2026-08-24"),
]


@pytest.mark.parametrize(("day", "code", "expected"), [
    ("2023-03-01", 0, []),  # the first term: its successor announced and formed on time
    ("2024-08-31", 0, []),  # its last day
    # From the first day of the second term, its successor's recorded dates are judged: the
    # announcement and the forming were late (DOMAIN.md judges what is recorded, whatever
    # the day it was recorded for).
    ("2024-09-01", 1, LATE_SECOND),
    ("2026-08-31", 1, LATE_SECOND),  # the second term's last day
    ("2026-09-05", 1, LATE_SECOND),  # the gap: counted from the term that ended last
    ("2026-09-11", 0, []),  # the third term's first day
    ("2028-07-01", 0, [("competition.announcement", "upcoming", "kk", "2028-07-10")]),
])
def test_check_on_days_in_each_term(database, capsys, day, code, expected, monkeypatch):
    monkeypatch.setenv("KENESH_LANG", "en")
    assert check(database, capsys, day) == (code, expected)


def test_the_gap_has_no_composition_to_count(database, capsys, monkeypatch):
    """Nobody is active in the gap: no composition.size finding (it applies inside a term)."""
    monkeypatch.setenv("KENESH_LANG", "en")
    _code, found = check(database, capsys, "2026-09-10")
    assert {rule for rule, *_ in found} == {"competition.announcement", "competition.formed"}
