"""One writer: while one process has a database open, a second one (the store or the command
line) is refused at once with a message naming the file; a holder killed with SIGKILL leaves
no lock or side file to delete by hand. The tests use real processes."""

from __future__ import annotations

import os
import signal
import sys

import pytest
from safety_helpers import python

from kenesh_desktop.cli import main
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.db import DatabaseLocked, close_database, open_database

HOLD = """
import sys, time
from kenesh_desktop.store.db import open_database
open_database(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""

TRY_OPEN = """
import sys
from kenesh_desktop.store.db import DatabaseLocked, open_database
try:
    open_database(sys.argv[1])
except DatabaseLocked as exc:
    print("refused:", exc)
else:
    print("opened")
"""


def _holder(path):
    process = python(HOLD, str(path))
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def _kill(process) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()


@pytest.fixture
def populated(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([council])
    close_database()
    return path


def test_a_second_process_is_refused_while_the_first_holds_the_file(populated):
    holder = _holder(populated)
    try:
        other = python(TRY_OPEN, str(populated))
        out, err = other.communicate(timeout=30)
        assert out.startswith("refused:"), (out, err)
        assert str(populated) in out
        assert "another copy" in out
    finally:
        _kill(holder)


def test_this_process_is_refused_too_and_nothing_is_written(populated):
    before = populated.read_bytes()
    holder = _holder(populated)
    try:
        with pytest.raises(DatabaseLocked) as caught:
            open_database(populated)
        assert caught.value.path == populated
        assert populated.read_bytes() == before
    finally:
        _kill(holder)


def test_the_command_line_exits_2_with_one_line_naming_the_file(populated, capsys):
    holder = _holder(populated)
    try:
        code = main(["check", "--db", str(populated), "--today", "2026-06-01"])
        out, err = capsys.readouterr()
    finally:
        _kill(holder)
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(populated) in err and "another copy" in err
    assert out == ""


def test_a_killed_holder_leaves_nothing_to_delete(populated, council):
    holder = _holder(populated)
    _kill(holder)
    # No lock file and no shared-memory file: EXCLUSIVE mode keeps the WAL index in memory.
    leftovers = sorted(p.name for p in populated.parent.iterdir() if p != populated)
    assert not [name for name in leftovers if name.endswith(("-shm", ".lock"))], leftovers
    other = python(TRY_OPEN, str(populated))
    out, err = other.communicate(timeout=30)
    assert out.strip() == "opened", (out, err)
    open_database(populated)
    assert [c.id for c in queries.list_councils()] == [council.id]


def test_the_lock_is_released_on_close(populated):
    open_database(populated)
    close_database()
    other = python(TRY_OPEN, str(populated))
    out, _ = other.communicate(timeout=30)
    assert out.strip() == "opened"


@pytest.mark.skipif(sys.platform == "win32", reason="file modes")
def test_a_second_process_is_refused_for_a_new_file_too(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    holder = _holder(path)
    try:
        other = python(TRY_OPEN, str(path))
        out, _ = other.communicate(timeout=30)
        assert out.startswith("refused:")
        assert os.stat(path).st_mode & 0o777 == 0o600
    finally:
        _kill(holder)
