"""Others' changes, for a window that should show them within seconds: on a shared server
the engine listens (LISTEN/NOTIFY, engine_postgres.py); a laptop's file has one writer, the
window itself, so there is nothing to hear.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kenesh_desktop.store.binding import db


class Listener(Protocol):
    def stop(self) -> None: ...


def listen(callback: Callable[[str], None]) -> Listener | None:
    """Call `callback(table)` from another thread whenever another connection commits a
    change; None when the open database has no one else writing to it. `stop()` it when the
    database is closed."""
    start = getattr(db.obj, "listen", None)
    return start(callback) if callable(start) else None
