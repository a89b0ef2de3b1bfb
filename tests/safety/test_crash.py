"""Crash safety: a child process makes random writes through the store and reports each one
after it is committed; it is killed with SIGKILL at random moments (200 times in the full run,
KENESH_CRASH_KILLS to change it), and after every kill the file must pass integrity_check and
hold every write the child reported committed.

Issue 16 adds the window's way of opening (the integrity check deferred to a second
connection, the identity settled, the day's backup and "Back up now" copies made in a
worker thread while the writes go on): killed at random there too, nothing committed is
lost, and the temporaries a kill leaves (backup copies half made) are gone after the next
start's sweep."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sys
import time

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import models, writes
from kenesh_desktop.store.db import close_database, open_database

KILLS = int(os.environ.get("KENESH_CRASH_KILLS", "200"))
START, END = dt.date(2026, 1, 1), dt.date(2027, 12, 31)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _child(path, out: int, seed: int, window: bool = False) -> None:
    """Write at random, forever; one line per committed write: "c CODE", "m COUNCIL CODE",
    "n COUNCIL NUMBER" (the council's name now ends in that number). With `window`, open
    as the window does and keep making backups in a worker thread meanwhile."""
    rng = random.Random(seed)
    if window:
        _open_as_the_window(path)
    else:
        open_database(path, daily_backup=False)
    councils = [row.code for row in models.Council.select(models.Council.code)]
    serial = 0
    while True:
        serial += 1
        choice = rng.random()
        if not councils or choice < 0.2:
            code = writes.create_council(f"c{seed}-{serial}", f"Кеңеш {serial}", "Министрлик",
                                         START, END)
            councils.append(code)
            line = f"c {code}"
        elif choice < 0.7:
            council = rng.choice(councils)
            code = writes.add_member(council, r.Member(
                "", f"Мүчө {serial}", rng.choice(["female", "male"]), f"Уюм {serial}",
                "member", START))
            line = f"m {council} {code}"
        else:
            council = rng.choice(councils)
            number = seed * 1_000_000 + serial  # grows across children: seeds grow
            writes.update_council(council, name=f"Кеңеш {number}")
            line = f"n {council} {number}"
        os.write(out, (line + "\n").encode())


def _open_as_the_window(path) -> None:
    """ui/app.py's opening: the check after the first paint, then backups in a worker."""
    import threading

    from kenesh_desktop.store import backup

    open_database(path, daily_backup=False, check_later=True)
    store_db.finish_check(store_db.deferred_check(path))

    def back_up_forever() -> None:
        database = store_db.current_database()
        backup.daily_backup(database, path)
        while True:
            try:
                backup.make_backup()
            except Exception:  # noqa: BLE001 - a copy refused while a write runs: go on
                pass

    threading.Thread(target=back_up_forever, daemon=True).start()


def _run_child(path, seed: int, rng: random.Random, window: bool = False) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            _child(path, write_end, seed, window)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    reader = os.fdopen(read_end, "r", encoding="utf-8")
    lines = []
    for _ in range(rng.randint(0, 4)):  # some committed writes, then a random instant
        line = reader.readline()
        if not line:
            break
        lines.append(line.strip())
    time.sleep(rng.uniform(0, 0.004))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status), "the child stopped by itself (an error in the writes?)"
    lines += [line.strip() for line in reader]  # reported before the kill, read after
    reader.close()
    return [line for line in lines if line]


def _verify(path, reported: list[str]) -> None:
    open_database(path, daily_backup=False)
    try:
        assert store_db.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        councils = {row.code: row.name for row in models.Council.select()}
        members = set(models.Member.select(models.Council.code, models.Member.code)
                      .join(models.Council).tuples())
        named: dict[str, int] = {}
        for line in reported:
            kind, council, *rest = line.split()
            assert council in councils, line
            if kind == "m":
                assert (council, rest[0]) in members, line
            elif kind == "n":
                named[council] = int(rest[0])
        for council, number in named.items():
            # The last reported name, or one written later (committed, killed before the report).
            assert int(councils[council].split()[-1]) >= number, (council, councils[council])
    finally:
        close_database()


def test_sigkill_at_random_moments_loses_no_committed_write(tmp_path):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    close_database()
    rng = random.Random(9)
    reported: list[str] = []
    for kill in range(KILLS):
        reported += _run_child(path, kill + 1, rng)
        _verify(path, reported)
    assert len(reported) > KILLS  # the children did commit writes between the kills
    assert not [p for p in tmp_path.iterdir() if p.name.endswith("-shm")]
    sys.stdout.flush()


def test_sigkill_while_the_window_checks_and_backs_up_loses_nothing(tmp_path, data_dir):
    """The window's opening (issue 16): deferred check, identity, backups in a worker thread
    during the writes; killed at random, every reported write is there, the file and every
    backup copy pass integrity_check, and the next start's sweep leaves no temporary."""
    from kenesh_desktop import private_files
    from kenesh_desktop.store import backup

    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    close_database()
    rng = random.Random(16)
    reported: list[str] = []
    kills = max(KILLS // 5, 10)
    for kill in range(kills):
        reported += _run_child(path, kill + 1, rng, window=True)
        _verify(path, reported)
    assert len(reported) > kills
    private_files.sweep(now=time.time() + 3600)  # the next start: its sweep ...
    open_database(path)  # ... and its day's backup, which clears the backups folder
    close_database()
    for info in backup.list_backups(path):
        assert backup.check_copy(info.path) == "ok", info.path
    leftovers = [p for p in backup.backups_dir(path).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
