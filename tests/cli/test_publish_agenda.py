"""`publish` and `agenda` as EXCHANGE.md (version 2) promises them: exit 0 with the folder or
the letter written; exit 2 with one line on stderr, and nothing written, for a folder that is
not empty, an unknown council, an unknown sitting or a folder that does not exist."""

from __future__ import annotations

import io

import pytest
from cli_driver import assert_one_line_error, run
from pypdf import PdfReader

from kenesh_desktop.demo import DEMO_COUNCIL_ID


def test_publish_writes_the_pack(demo_db, capsys, tmp_path):
    out_dir = tmp_path / "site"
    code, out, err = run(capsys, "publish", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                         "--out", out_dir, "--lang", "ru")
    assert code == 0, err
    assert str(out_dir) in out and err == ""
    assert (out_dir / "index.html").is_file() and (out_dir / "sittings.ics").is_file()
    assert '<html lang="ru">' in (out_dir / "index.html").read_text(encoding="utf-8")
    assert (out_dir / "data" / "README.md").is_file()


def test_publish_into_an_empty_folder_and_kyrgyz_by_default(demo_db, capsys, tmp_path):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    code, _, err = run(capsys, "publish", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                       "--out", out_dir)
    assert code == 0, err
    assert '<html lang="ky">' in (out_dir / "index.html").read_text(encoding="utf-8")


def test_publish_refuses_a_folder_that_is_not_empty(demo_db, capsys, tmp_path):
    out_dir = tmp_path / "site"
    out_dir.mkdir()
    (out_dir / "keep.txt").write_text("mine")
    code, out, err = run(capsys, "publish", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                         "--out", out_dir)
    assert code == 2 and out == ""
    assert_one_line_error(err, str(out_dir), "not empty")
    assert [p.name for p in out_dir.iterdir()] == ["keep.txt"]


def test_publish_refuses_an_unknown_council(demo_db, capsys, tmp_path):
    code, _, err = run(capsys, "publish", "--db", demo_db, "--council", "nope", "--out",
                       tmp_path / "site")
    assert code == 2
    assert_one_line_error(err, "nope")
    assert not (tmp_path / "site").exists()


def test_publish_refuses_a_missing_parent_folder(demo_db, capsys, tmp_path):
    code, _, err = run(capsys, "publish", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                       "--out", tmp_path / "no" / "site")
    assert code == 2
    assert_one_line_error(err, "does not exist")
    assert not (tmp_path / "no").exists()


def test_publish_refuses_a_missing_database(capsys, tmp_path):
    code, _, err = run(capsys, "publish", "--db", tmp_path / "none.sqlite3", "--council",
                       DEMO_COUNCIL_ID, "--out", tmp_path / "site")
    assert code == 2
    assert_one_line_error(err, "no such database")


def test_agenda_writes_the_letter(demo_db, capsys, tmp_path):
    out_file = tmp_path / "letter.pdf"
    code, out, err = run(capsys, "agenda", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                         "--meeting", 12, "--out", out_file, "--lang", "en")
    assert code == 0, err
    assert "sitting 12" in out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out_file.read_bytes())).pages)
    assert "On the agenda of sitting No. 12" in text


@pytest.mark.parametrize(("council", "meeting", "needle"), [
    ("nope", 1, "nope"), (DEMO_COUNCIL_ID, 99, "no sitting number 99")])
def test_agenda_refuses_unknown_council_or_sitting(demo_db, capsys, tmp_path, council, meeting,
                                                   needle):
    out_file = tmp_path / "letter.pdf"
    code, _, err = run(capsys, "agenda", "--db", demo_db, "--council", council, "--meeting",
                       meeting, "--out", out_file)
    assert code == 2
    assert_one_line_error(err, needle)
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_commands_are_listed_in_help(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "agenda" in out and "publish" in out
