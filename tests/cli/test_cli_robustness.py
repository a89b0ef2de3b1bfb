"""The command line's promise under hostile input (issue 16, findings 3, 4, 8, 10): exit 2
with ONE line on stderr naming the file and the JSON path, no traceback, nothing written:
deeply nested JSON, integers of 2**63 and more, dates outside 1900-2199, ids that look like
paths, a refused import into a new path (no empty database left), a --db in a folder that
does not exist (no folder made, `demo` excepted)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_driver import run

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import writes
from kenesh_desktop.store.exchange import to_exchange

DAY = dt.date(2026, 6, 1)


def one_line(err: str, *parts: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for part in parts:
        assert part in err, (part, err)


def _file(tmp_path: Path, document) -> Path:
    path = tmp_path / "in.kenesh.json"
    path.write_text(document if isinstance(document, str) else
                    json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def document() -> dict:
    return to_exchange([demo_council(DAY)])


def _refused_into_new(tmp_path, capsys, file: Path, *parts: str) -> None:
    db = tmp_path / "new.sqlite3"
    code, _, err = run(capsys, "import", file, "--db", db)
    assert code == 2
    one_line(err, str(file), *parts)
    assert not list(tmp_path.glob("new.sqlite3*"))  # no empty database left behind


def test_deeply_nested_json(tmp_path, capsys):
    _refused_into_new(tmp_path, capsys, _file(tmp_path, "[" * 100_000 + "]" * 100_000),
                      "nested too deeply")


@pytest.mark.parametrize("number", [2 ** 63, 2 ** 64 + 5, -(2 ** 63) - 1, 10 ** 40])
def test_integers_of_2_to_the_63_and_more(tmp_path, capsys, document, number):
    document["councils"][0]["meetings"][0]["number"] = number
    _refused_into_new(tmp_path, capsys, _file(tmp_path, document),
                      "$.councils[0].meetings[0].number")


def test_a_number_of_thousands_of_digits(tmp_path, capsys):
    _refused_into_new(tmp_path, capsys, _file(tmp_path, '{"a": ' + "7" * 5000 + "}"),
                      "not valid JSON")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_dates_outside_1900_to_2199(tmp_path, capsys, document, day):
    document["councils"][0]["members"][0]["start"] = day
    _refused_into_new(tmp_path, capsys, _file(tmp_path, document),
                      "$.councils[0].members[0].start", "1900-01-01")


def test_texts_beyond_their_limits(tmp_path, capsys, document):
    document["councils"][0]["members"][0]["full_name"] = "а" * 301
    _refused_into_new(tmp_path, capsys, _file(tmp_path, document),
                      "$.councils[0].members[0].full_name", "at most 300")


@pytest.mark.parametrize("code", ["../../tmp/x", "a/b", "x" * 65, "a.b"])
def test_ids_that_could_name_a_path(tmp_path, capsys, document, code):
    document["councils"][0]["id"] = code
    _refused_into_new(tmp_path, capsys, _file(tmp_path, document), "$.councils[0].id")


def test_a_refusal_by_the_store_leaves_no_new_database(tmp_path, capsys, document,
                                                       monkeypatch):
    def overflow(_councils):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(writes, "import_councils", overflow)
    _refused_into_new(tmp_path, capsys, _file(tmp_path, document), "too large")


@pytest.mark.parametrize("command", [
    ["import", "{file}"], ["export", "--out", "{out}"], ["check"],
    ["minutes", "--council", "c", "--meeting", "1", "--out", "{out}"],
    ["plan", "--council", "c", "--year", "2026", "--out", "{out}"],
])
def test_a_db_in_a_missing_folder_is_refused_and_no_folder_made(tmp_path, capsys, document,
                                                                command):
    file = _file(tmp_path, document)
    missing = tmp_path / "no" / "such" / "kenesh.sqlite3"
    argv = [part.format(file=file, out=tmp_path / "out.pdf") for part in command]
    code, _, err = run(capsys, *argv, "--db", missing)
    assert code == 2
    one_line(err, "does not exist")
    assert not (tmp_path / "no").exists()


def test_demo_makes_its_folder(tmp_path, capsys):
    db = tmp_path / "new" / "folder" / "demo.sqlite3"
    code, _, err = run(capsys, "demo", "--db", db, "--today", DAY.isoformat())
    assert code == 0, err
    assert db.exists()
