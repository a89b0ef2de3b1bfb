"""Two people on one sitting at once, each on their own connection to the server: neither
change is lost silently. The second save, made over the version the first one replaced, is
refused naming the first person's login and the time; and while one save is being made the
sitting's row is locked, so a second save cannot slip in between its check and its write."""

from __future__ import annotations

import psycopg
import pytest
from server_helpers import SECRETARY_A, A, as_login

from kenesh_desktop.store import meeting_writes, queries, versions
from kenesh_desktop.store.db import close_database, open_database


def _sitting() -> str:
    return next(s.id for s in queries.load_council(A).meetings if not s.finalized)


def test_two_people_editing_one_sitting_lose_neither_change(shared):
    owner, secretary = shared, as_login(shared, SECRETARY_A)
    open_database(owner)
    sitting = _sitting()
    seen_by_owner = versions.current("meeting", A, sitting).version
    close_database()
    open_database(secretary)
    seen_by_secretary = versions.current("meeting", A, sitting).version
    with versions.guard("meeting", A, sitting, seen_by_secretary):
        meeting_writes.update_meeting(A, sitting, place="Жаңы жер")
    close_database()
    open_database(owner)
    with pytest.raises(versions.StaleRecord, match=SECRETARY_A):
        with versions.guard("meeting", A, sitting, seen_by_owner):
            meeting_writes.update_meeting(A, sitting, time="16:30")
    reloaded = versions.current("meeting", A, sitting)
    assert reloaded.who == SECRETARY_A and reloaded.version == seen_by_owner + 1
    with versions.guard("meeting", A, sitting, reloaded.version):
        meeting_writes.update_meeting(A, sitting, time="16:30")
    saved = queries.load_council(A).meeting(sitting)
    assert (saved.place, saved.time) == ("Жаңы жер", "16:30")


def test_a_save_in_progress_holds_the_row_against_another_save(shared):
    open_database(shared)
    sitting = _sitting()
    seen = versions.current("meeting", A, sitting).version
    other = psycopg.connect(as_login(shared, SECRETARY_A), autocommit=True)
    try:
        other.execute("SET lock_timeout = '300ms'")
        with versions.guard("meeting", A, sitting, seen):
            with pytest.raises(psycopg.errors.LockNotAvailable):
                other.execute("UPDATE meeting SET place = 'x' WHERE code = %s", (sitting,))
            meeting_writes.update_meeting(A, sitting, place="Биринчи")
        assert other.execute("UPDATE meeting SET place = 'x' WHERE code = %s",
                             (sitting,)).rowcount == 1
    finally:
        other.close()


def test_others_changes_are_announced_to_listeners(shared):
    """The window hears of another connection's change (LISTEN/NOTIFY), not of its own."""
    import threading

    database = open_database(shared)
    heard: list[str] = []
    arrived = threading.Event()

    def on_change(table: str) -> None:
        heard.append(table)
        arrived.set()

    listener = database.listen(on_change)
    try:
        meeting_writes.update_meeting(A, _sitting(), place="Өзүм")  # our own: not heard
        with psycopg.connect(as_login(shared, SECRETARY_A), autocommit=True) as other:
            other.execute("UPDATE member SET phone = '+996 555' WHERE code = 'm1'")
        assert arrived.wait(5)
        assert heard == ["member"]
    finally:
        listener.stop()
