"""The command line against a server (EXCHANGE.md: every command works on both): a login's
`check` and `export` see only its councils; `import` of a council the login may not write is
refused with exit 2 and nothing written; a laptop's database goes to the server and back
through the exchange file unchanged; `server init` and `server grant` by the owner."""

from __future__ import annotations

import json

import psycopg
import pytest
from server_helpers import DAY, READER, SECRETARY_A, SECRETARY_B, A, B, as_login

from kenesh_desktop.cli import main


def _council_count(address: str) -> int:
    with psycopg.connect(address) as connection:
        return connection.execute("SELECT count(*) FROM council").fetchone()[0]


def test_check_and_export_show_only_the_logins_councils(shared, tmp_path, capsys):
    main(["check", "--db", as_login(shared, SECRETARY_A), "--today", DAY.isoformat(),
          "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and {f["council"] for f in findings} == {A}
    out = tmp_path / "a.kenesh.json"
    assert main(["export", "--db", as_login(shared, SECRETARY_B), "--out", str(out)]) == 0
    assert [c["id"] for c in json.loads(out.read_text("utf-8"))["councils"]] == [B]
    assert main(["export", "--db", as_login(shared, READER), "--out", str(out)]) == 0
    assert {c["id"] for c in json.loads(out.read_text("utf-8"))["councils"]} == {A, B}
    pdf = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", as_login(shared, SECRETARY_A), "--council", A,
                 "--meeting", "1", "--out", str(pdf)]) == 0
    assert pdf.stat().st_size > 0
    assert main(["minutes", "--db", as_login(shared, SECRETARY_A), "--council", B,
                 "--meeting", "1", "--out", str(pdf)]) == 2
    assert f"no council with the id '{B}'" in capsys.readouterr().err


@pytest.mark.parametrize("login", [SECRETARY_B, READER])
def test_import_of_a_council_the_login_may_not_write_is_refused(shared, tmp_path, capsys,
                                                                login):
    exported = tmp_path / "a.kenesh.json"
    assert main(["export", "--db", shared, "--council", A, "--out", str(exported)]) == 0
    document = json.loads(exported.read_text("utf-8"))
    document["councils"][0]["id"] = "newcomer"
    exported.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    before = _council_count(shared)
    capsys.readouterr()
    assert main(["import", str(exported), "--db", as_login(shared, login)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "may not write the council 'newcomer'" in error
    assert _council_count(shared) == before


def test_a_laptops_database_goes_to_the_server_and_back_unchanged(shared, tmp_path, capsys):
    laptop = tmp_path / "laptop.sqlite3"
    assert main(["demo", "--db", str(laptop), "--today", DAY.isoformat()]) == 0
    first = tmp_path / "from-laptop.kenesh.json"
    assert main(["export", "--db", str(laptop), "--out", str(first)]) == 0
    assert main(["server", "grant", "--db", shared, "--login", SECRETARY_A,
                 "--council", "demo-minfin", "--role", "secretary"]) == 0
    assert "no such council yet" in capsys.readouterr().out
    secretary = as_login(shared, SECRETARY_A)
    assert main(["import", str(first), "--db", secretary]) == 0
    second = tmp_path / "from-server.kenesh.json"
    assert main(["export", "--db", secretary, "--council", "demo-minfin",
                 "--out", str(second)]) == 0
    back = tmp_path / "back.sqlite3"
    assert main(["import", str(second), "--db", str(back)]) == 0
    third = tmp_path / "back.kenesh.json"
    assert main(["export", "--db", str(back), "--out", str(third)]) == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8")) \
        == json.loads(third.read_text("utf-8"))


def test_server_commands_need_an_address_and_an_existing_login(shared, tmp_path, capsys):
    assert main(["server", "init", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "needs a server's address" in capsys.readouterr().err
    assert main(["server", "init", "--db", shared]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["server", "grant", "--db", shared, "--login", "no_such_login",
                 "--council", A, "--role", "reader"]) == 2
    assert "no login 'no_such_login'" in capsys.readouterr().err
    assert main(["server", "grant", "--db", shared, "--login", READER, "--council", A,
                 "--role", "king"]) == 2
    assert main(["server", "grant", "--db", as_login(shared, SECRETARY_A), "--login", READER,
                 "--council", A, "--role", "secretary"]) == 2
    assert "refused" in capsys.readouterr().err
