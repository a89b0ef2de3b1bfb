"""The command line as EXCHANGE.md promises it: exit 0 / 1 (a violation) / 2 (bad input) with
one line on stderr naming the file and the JSON path; bad input changes no database and
writes no file; export, import, export gives the same content; the demo's findings."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from cli_driver import DAY, assert_one_line_error, run

from kenesh_desktop import __version__, paths
from kenesh_desktop.cli import main, user_language
from kenesh_desktop.demo import DEMO_COUNCIL_ID, demo_council
from kenesh_desktop.rules.findings import RULE_IDS
from kenesh_desktop.store.exchange import to_exchange

REPO = Path(__file__).resolve().parents[2]
ARTICLE = {"en": "Art. {n}", "ru": "Ст. {n}", "ky": "{n}-берене"}


def exported(capsys, db: Path, tmp_path: Path) -> dict:
    out_file = tmp_path / f"export-{len(list(tmp_path.iterdir()))}.kenesh.json"
    code, _, err = run(capsys, "export", "--db", db, "--out", out_file)
    assert code == 0, err
    return json.loads(out_file.read_text(encoding="utf-8"))


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"kenesh-desktop {__version__}"


def test_demo_check_export_import_export(demo_db, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KENESH_LANG", "en")
    code, out, _ = run(capsys, "check", "--db", demo_db, "--today", DAY, "--json")
    assert code == 1  # the demo keeps a sitting without a quorum
    report = json.loads(out)
    assert report["today"] == DAY
    findings = report["findings"]
    keys = {"rule", "article", "severity", "council", "subject", "due", "message"}
    assert all(set(f) == keys for f in findings)
    assert {f["rule"] for f in findings} <= set(RULE_IDS)
    assert all(f["message"].startswith(f"Art. {f['article']}") for f in findings)
    quorum = [f for f in findings if f["rule"] == "meeting.quorum"]
    assert len(quorum) == 1 and quorum[0]["article"] == 17 and quorum[0]["due"] is None
    council = demo_council(dt.date.fromisoformat(DAY))
    no_quorum = council.meeting(quorum[0]["subject"])
    assert len(no_quorum.present) == 7
    assert any(f["rule"] == "request.answer_due" and f["severity"] == "violation"
               for f in findings)
    assert any(f["severity"] == "upcoming" and f["due"] >= DAY for f in findings)

    first = exported(capsys, demo_db, tmp_path)
    expected = json.loads(json.dumps(to_exchange([council]), ensure_ascii=False))
    # The store may list members in its own order; the members themselves must be the same.
    for doc in (first, expected):
        doc["councils"][0]["members"].sort(key=lambda member: member["id"])
    assert first == expected
    fresh = tmp_path / "fresh.sqlite3"
    file = tmp_path / "first.kenesh.json"
    file.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", file, "--db", fresh)
    assert code == 0 and DEMO_COUNCIL_ID in out, err
    assert exported(capsys, fresh, tmp_path) == first


def test_check_prints_one_line_per_finding_in_the_users_language(demo_db, capsys, monkeypatch):
    for lang in ("ky", "ru", "en"):
        monkeypatch.setenv("KENESH_LANG", lang)
        code, out, _ = run(capsys, "check", "--db", demo_db, "--today", DAY)
        assert code == 1
        lines = out.splitlines()
        assert lines
        for line in lines:
            day, severity, council, subject, message = line.split("  ", 4)
            dt.date.fromisoformat(day)
            assert severity in ("violation", "upcoming") and council == DEMO_COUNCIL_ID
            assert subject
            assert any(ARTICLE[lang].format(n=n) in message for n in (14, 17, 18))
        assert [line[:10] for line in lines] == sorted(line[:10] for line in lines)


def test_check_exits_0_when_only_deadlines_are_coming(tmp_db, tmp_path, capsys):
    today = dt.date.fromisoformat(DAY)
    council = demo_council(today)
    council.meetings = [m for m in council.meetings if m.date > today]  # agenda due in a week
    council.requests = [r for r in council.requests if r.answered is None][-1:]
    council.notices, council.proposals = [], []
    for plan in council.plans:
        plan.approved_at = None
    file = tmp_path / "calm.kenesh.json"
    file.write_text(json.dumps(to_exchange([council]), ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import", file, "--db", tmp_db)[0] == 0
    code, out, _ = run(capsys, "check", "--db", tmp_db, "--today", DAY, "--json")
    findings = json.loads(out)["findings"]
    assert code == 0
    assert findings and {f["severity"] for f in findings} == {"upcoming"}


def test_check_of_several_councils_finds_what_the_whole_records_give(tmp_db, tmp_path,
                                                                    capsys, monkeypatch):
    """`check` reads only what the rules need (issue 11): its report must be the one that
    run_checks makes over every council loaded whole, votes and all."""
    from kenesh_desktop.rules.checks import run_checks
    from kenesh_desktop.rules.messages import finding_message
    from kenesh_desktop.store import queries
    from kenesh_desktop.store.db import open_database

    monkeypatch.setenv("KENESH_LANG", "en")
    today = dt.date.fromisoformat(DAY)
    demo = demo_council(today)
    other = demo_council(today)
    other.id, other.name = "second", "Экинчи Коомдук кеңеш"
    for member in other.members[1:]:
        member.full_name, member.pin = f"{member.full_name} II", None
    # members[0] stays the same person in both councils: Art. 14, one council per person
    file = tmp_path / "two.kenesh.json"
    file.write_text(json.dumps(to_exchange([demo, other]), ensure_ascii=False),
                    encoding="utf-8")
    assert run(capsys, "import", file, "--db", tmp_db)[0] == 0
    code, out, _ = run(capsys, "check", "--db", tmp_db, "--today", DAY, "--json")
    reported = json.loads(out)["findings"]

    open_database(tmp_db)
    whole = queries.load_all()
    assert sum(len(i.votes) for c in whole for m in c.meetings for i in m.items) > 0
    expected = [
        {"rule": f.rule, "article": f.article, "severity": f.severity, "council": f.council,
         "subject": f.subject, "due": f.due.isoformat() if f.due else None,
         "message": finding_message(f, "en")}
        for f in run_checks(whole, today)
    ]
    assert code == 1 and reported == expected
    one_council = [(f["council"], f["subject"]) for f in reported
                   if f["rule"] == "composition.one_council"]
    assert one_council == [(DEMO_COUNCIL_ID, demo.members[0].id),
                           ("second", other.members[0].id)]


def test_an_empty_database_has_no_findings(tmp_db, tmp_path, capsys):
    file = tmp_path / "empty.kenesh.json"
    file.write_text('{"format": "kenesh-exchange", "version": 1, "councils": []}')
    assert run(capsys, "import", file, "--db", tmp_db)[0] == 0
    code, out, _ = run(capsys, "check", "--db", tmp_db, "--today", DAY, "--json")
    assert code == 0 and json.loads(out) == {"today": DAY, "findings": []}


def test_the_demo_is_refused_when_already_there(demo_db, capsys, tmp_path):
    before = exported(capsys, demo_db, tmp_path)
    code, out, err = run(capsys, "demo", "--db", demo_db)
    assert code == 2 and out == ""
    assert_one_line_error(err, str(demo_db), DEMO_COUNCIL_ID)
    assert exported(capsys, demo_db, tmp_path) == before


def test_global_db_before_the_command(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "check", "--today", DAY)
    assert code == 1 and DEMO_COUNCIL_ID in out


# ---------------------------------------------------------------- refused imports


def _other_council() -> dict:
    council = demo_council(dt.date.fromisoformat(DAY))
    council.id = "other"
    return to_exchange([council])


def _absent_member_votes(doc: dict) -> str:
    meeting = next(m for m in doc["councils"][0]["meetings"] if len(m["present"]) < 13
                   and m["items"] and m["items"][0]["votes"])
    absent = next(f"m{i}" for i in range(1, 14) if f"m{i}" not in meeting["present"])
    meeting["items"][0]["votes"][absent] = "for"
    index = doc["councils"][0]["meetings"].index(meeting)
    return f"$.councils[0].meetings[{index}].items[0].votes"


def _set(path: str, value):
    def mutate(doc: dict) -> str:
        target = doc
        *steps, last = path.split("/")
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        target[int(last) if last.isdigit() else last] = value
        parts = "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in path.split("/"))
        return f"${parts}"
    return mutate


def _unknown_present(doc: dict) -> str:
    doc["councils"][0]["meetings"][0]["present"].append("m99")
    return "$.councils[0].meetings[0].present"


def _missing_terms(doc: dict) -> str:
    del doc["councils"][0]["terms"]
    return "$.councils[0].terms"


BAD_DOCUMENTS = {
    "bad date": _set("councils/0/meetings/0/date", "2026-02-30"),
    "unknown member present": _unknown_present,
    "vote by an absent member": _absent_member_votes,
    "duplicate id": _set("councils/0/members/1/id", "m1"),
    "bad sex": _set("councils/0/members/2/sex", "x"),
    "wrong format": _set("format", "kenesh-exchange-2"),
    "unknown version": _set("version", 3),
    "missing field": _missing_terms,
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_a_bad_file_is_refused_whole(case, demo_db, capsys, tmp_path):
    doc = _other_council()
    json_path = BAD_DOCUMENTS[case](doc)
    file = tmp_path / "bad.kenesh.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = exported(capsys, demo_db, tmp_path)
    code, out, err = run(capsys, "import", file, "--db", demo_db)
    assert code == 2 and out == ""
    assert_one_line_error(err, str(file), json_path)
    assert exported(capsys, demo_db, tmp_path) == before


@pytest.mark.parametrize("content", [None, "{not json", "\xff\xfe", "[]"])
def test_an_unreadable_file_is_refused(content, tmp_db, capsys, tmp_path):
    file = tmp_path / "broken.kenesh.json"
    if content is not None:
        file.write_bytes(content.encode("latin-1"))
    code, _, err = run(capsys, "import", file, "--db", tmp_db)
    assert code == 2
    assert_one_line_error(err, str(file))


def test_a_council_already_in_the_database_is_refused(demo_db, capsys, tmp_path):
    before = exported(capsys, demo_db, tmp_path)
    file = tmp_path / "again.kenesh.json"
    file.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "import", file, "--db", demo_db)
    assert code == 2
    assert_one_line_error(err, str(file), DEMO_COUNCIL_ID)
    assert exported(capsys, demo_db, tmp_path) == before


def test_a_refused_import_leaves_no_new_database(tmp_db, capsys, tmp_path):
    doc = _other_council()
    doc["councils"].append(doc["councils"][0])  # the same council twice
    file = tmp_path / "twice.kenesh.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "import", file, "--db", tmp_db)
    assert code == 2
    assert_one_line_error(err, str(file), "other")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twice.kenesh.json"]


def test_a_council_already_in_the_database_is_named_by_its_place_in_the_file(
        demo_db, capsys, tmp_path):
    doc = _other_council()
    doc["councils"].append(to_exchange([demo_council(dt.date.fromisoformat(DAY))])["councils"][0])
    file = tmp_path / "again.kenesh.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = exported(capsys, demo_db, tmp_path)
    code, _, err = run(capsys, "import", file, "--db", demo_db)
    assert code == 2
    assert_one_line_error(err, f"{file}: $.councils[1].id: ", repr(DEMO_COUNCIL_ID),
                          "already in this database")
    assert exported(capsys, demo_db, tmp_path) == before  # "other" was not added either
    # `demo` into a database that has the demo council names the database, no JSON path.
    code, _, err = run(capsys, "demo", "--db", demo_db)
    assert code == 2 and "$." not in err
    assert_one_line_error(err, str(demo_db), "already in this database")


# ---------------------------------------------------------------- documents


def test_minutes_of_a_demo_sitting_is_a_pdf(demo_db, capsys, tmp_path):
    out_file = tmp_path / "out" / "minutes.pdf"
    out_file.parent.mkdir()
    for lang in ("ky", "ru", "en"):
        code, _, err = run(capsys, "minutes", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                           "--meeting", 2, "--out", out_file, "--lang", lang)
        assert code == 0, err
        assert out_file.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out_file.parent.iterdir()] == ["minutes.pdf"]  # no temp left


def test_plan_of_the_demo_year_is_a_pdf(demo_db, capsys, tmp_path):
    out_file = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "plan", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                       "--year", DAY[:4], "--out", out_file)
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "argv, named",
    [
        (["minutes", "--council", "nowhere", "--meeting", "1"], "nowhere"),
        (["minutes", "--council", DEMO_COUNCIL_ID, "--meeting", "99"], "99"),
        (["minutes", "--council", DEMO_COUNCIL_ID, "--meeting", "0"], "0"),
        (["plan", "--council", "nowhere", "--year", "2027"], "nowhere"),
        (["plan", "--council", DEMO_COUNCIL_ID, "--year", "2031"], "2031"),
    ],
)
def test_an_unknown_council_sitting_or_year_writes_no_file(argv, named, demo_db, capsys,
                                                           tmp_path):
    out_file = tmp_path / "documents" / "document.pdf"
    out_file.parent.mkdir()
    code, out, err = run(capsys, *argv, "--db", demo_db, "--out", out_file)
    assert code == 2 and out == ""
    assert_one_line_error(err, named)
    assert list(out_file.parent.iterdir()) == []


def test_a_refused_document_leaves_the_old_file_alone(demo_db, capsys, tmp_path):
    out_file = tmp_path / "minutes.pdf"
    out_file.write_bytes(b"the minutes signed last week")
    code, _, _ = run(capsys, "minutes", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                     "--meeting", "99", "--out", out_file)
    assert code == 2
    assert out_file.read_bytes() == b"the minutes signed last week"


# ---------------------------------------------------------------- usage and missing files


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["export", "--out", "x.json"],
        ["minutes", "--council", "c", "--meeting", "1", "--out", "x.pdf"],
        ["plan", "--council", "c", "--year", "2027", "--out", "x.pdf"],
    ],
)
def test_reading_commands_never_create_a_database(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "missing.sqlite3"
    code, _, err = run(capsys, *argv, "--db", missing)
    assert code == 2
    assert_one_line_error(err, str(missing), "no such database")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv, named",
    [
        (["check", "--today", "2026-02-30"], "2026-02-30"),
        (["check", "--today", "1.3.2027"], "1.3.2027"),
        (["demo", "--today", "2027-13-01"], "2027-13-01"),
        (["minutes", "--council", "c", "--meeting", "one", "--out", "x.pdf"], "one"),
        (["minutes", "--council", "c", "--meeting", "1", "--out", "x.pdf", "--lang", "de"],
         "de"),
        (["plan", "--council", "c", "--year", "27", "--out", "x.pdf"], "27"),
        (["export"], "--out"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_usage_errors_exit_2_on_one_line(argv, named, tmp_db, capsys):
    code, out, err = run(capsys, *argv, "--db", tmp_db)
    assert code == 2 and out == ""
    assert_one_line_error(err, named)
    assert not tmp_db.exists()


def test_a_command_needs_a_database(capsys):
    code, _, err = run(capsys, "check")
    assert code == 2
    assert_one_line_error(err, "--db")


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("agenda for Thursday\n")
    code, _, err = run(capsys, "check", "--db", notes)
    assert code == 2
    assert_one_line_error(err, str(notes))
    assert notes.read_text() == "agenda for Thursday\n"


def test_export_into_a_missing_folder(demo_db, capsys, tmp_path):
    target = tmp_path / "no-such-folder" / "out.kenesh.json"
    code, _, err = run(capsys, "export", "--db", demo_db, "--out", target)
    assert code == 2
    assert_one_line_error(err, str(target))


def test_export_of_an_unknown_council(demo_db, capsys, tmp_path):
    target = tmp_path / "out.kenesh.json"
    code, _, err = run(capsys, "export", "--db", demo_db, "--out", target, "--council", "x")
    assert code == 2
    assert_one_line_error(err, "'x'")
    assert not target.exists()


# ---------------------------------------------------------------- no command: the window


def test_no_command_opens_the_window_on_the_chosen_database(tmp_db, monkeypatch):
    opened = []
    fake = types.ModuleType("kenesh_desktop.ui.app")
    fake.run = lambda db_path: opened.append(db_path) or 0
    monkeypatch.setitem(sys.modules, "kenesh_desktop.ui.app", fake)
    assert main(["--db", str(tmp_db)]) == 0
    assert main([]) == 0
    assert opened == [tmp_db, paths.default_database()]
    # conftest points the data folder into the test session's temporary folder.
    assert str(paths.default_database()).startswith(os.environ["KENESH_DATA_DIR"])


# ---------------------------------------------------------------- the user's language


@pytest.mark.parametrize(
    "env, lang",
    [
        ({}, "ky"),
        ({"LANG": "C.UTF-8"}, "ky"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8"}, "ky"),  # issue 17: ky or ru from the system, else ky
        ({"LANG": "ky_KG.UTF-8"}, "ky"),
        ({"LC_ALL": "ru_KG.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"}, "ky"),
        ({"KENESH_LANG": "en", "LC_ALL": "ru_RU.UTF-8"}, "en"),
        ({"KENESH_LANG": "de", "LANG": "ru_RU.UTF-8"}, "ru"),
    ],
)
def test_user_language(env, lang):
    assert user_language(env) == lang


# ---------------------------------------------------------------- a real process


def _process(*argv, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "KENESH_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "kenesh_desktop", *map(str, argv)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env, timeout=120,
    )


def test_python_m_reports_bad_input_without_a_traceback(tmp_path):
    db = tmp_path / "k.sqlite3"
    made = _process("demo", "--db", db, "--today", DAY, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    doc = _other_council()
    doc["councils"][0]["meetings"][0]["date"] = "2026-02-30"
    bad = tmp_path / "bad.kenesh.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    cases = [
        (("import", bad, "--db", db), "$.councils[0].meetings[0].date"),
        (("check", "--db", db, "--today", "2026-02-30"), "2026-02-30"),
        (("minutes", "--db", db, "--council", "nowhere", "--meeting", 1, "--out",
          tmp_path / "m.pdf"), "nowhere"),
        (("export", "--db", tmp_path / "missing.sqlite3", "--out", tmp_path / "x.json"),
         "no such database"),
    ]
    for argv, named in cases:
        result = _process(*argv, cwd=tmp_path)
        assert result.returncode == 2, (argv, result.stderr)
        assert_one_line_error(result.stderr, named)
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "x.json").exists()
    checked = _process("check", "--db", db, "--today", DAY, cwd=tmp_path)
    assert checked.returncode == 1 and "Art. 17" in checked.stdout and checked.stderr == ""


def test_check_loads_neither_qt_nor_reportlab(tmp_path):
    """A server without Qt's system libraries can still run the headless commands."""
    db = tmp_path / "k.sqlite3"
    script = (
        "import sys\n"
        "from kenesh_desktop.cli import main\n"
        f"assert main(['demo', '--db', {str(db)!r}, '--today', {DAY!r}]) == 0\n"
        f"assert main(['check', '--db', {str(db)!r}, '--today', {DAY!r}]) == 1\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8",
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_check_json_cites_the_articles_of_each_councils_own_rulebook(tmp_db, tmp_path, capsys,
                                                                      monkeypatch):
    """A version-2 file with a council's own rulebook (EXCHANGE.md `rulebook`): its findings
    cite that rulebook's articles and name it; the council without one stays on Law No. 74."""
    from kenesh_desktop.rules.checks import RULE_TOPICS

    own_articles = {"composition": 9, "sittings": 13, "state_body": 15}
    today = dt.date.fromisoformat(DAY)
    law, own = demo_council(today), demo_council(today)
    own.id, own.name = "own", "Коомдук кеңеш (өз жобосу)"
    for member in own.members:
        member.full_name, member.pin = f"{member.full_name} II", None
    document = to_exchange([law, own])
    assert document["version"] == 2
    document["councils"][1]["rulebook"] = {
        "key": "own-2027", "name": "Кеңештин жобосу", "source": "Министрдин буйругу",
        "min_members": 15, "max_members": 30, "max_same_sex_share": None,
        "max_members_per_organization": None, "term_years": 3,
        "announce_months_before_term_end": 2, "intake_months_after_publication": 1,
        "formed_days_before_term_end": 7, "min_recommendation_letters": 2,
        "quorum_share": "1/2", "adoption": {"share": "2/3", "of": "members", "more_than": False},
        "agenda_notice_days": 2, "commission_notice_days": 2, "plan_copy_days": 5,
        "answer_days": 10, "articles": own_articles}
    file = tmp_path / "own.kenesh.json"
    file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import", file, "--db", tmp_db)[0] == 0
    for lang in ("en", "ru", "ky"):
        monkeypatch.setenv("KENESH_LANG", lang)
        code, out, _ = run(capsys, "check", "--db", tmp_db, "--today", DAY, "--json")
        findings = json.loads(out)["findings"]
        mine = [f for f in findings if f["council"] == "own"]
        theirs = [f for f in findings if f["council"] == DEMO_COUNCIL_ID]
        assert mine and theirs
        for f in mine:
            assert f["article"] == own_articles[RULE_TOPICS[f["rule"]]], f
            assert ARTICLE[lang].format(n=f["article"]) + " (Кеңештин жобосу): " in f["message"]
        assert {f["article"] for f in theirs} <= {14, 17, 18}
        assert not any("жобосу" in f["message"] for f in theirs)
        # 13 members where the own rulebook asks 15 to 30 (Law No. 74: 7 to 15, no finding)
        assert [f["article"] for f in mine if f["rule"] == "composition.size"] == [9]
        assert not [f for f in theirs if f["rule"] == "composition.size"]
        # no gender rule in the own rulebook
        assert not [f for f in mine if f["rule"] == "composition.gender"]
