"""peewee without the PostgreSQL driver it would load for nothing (issue 16: start-up).

peewee (and playhouse.migrate, through its PostgreSQL extensions) imports psycopg, when
installed, as it is itself imported: about 80 ms, half a bare window's start, in every window
that opens a SQLite file and never talks to a server. `without_postgres_driver()` imports
them with psycopg hidden for that moment only (they then hold no psycopg of their own;
`import psycopg` works as usual afterwards): the window calls it before anything imports
peewee, and only for a database FILE. A process that opens a server (`--db postgresql://`)
must not call it, and gets the driver as before.
"""

from __future__ import annotations

import sys

_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi")


def without_postgres_driver() -> None:
    """Import peewee now, without its optional PostgreSQL drivers (see the module's text)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in _DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import psycopg" fails at once
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401 - store/migrations.py's, through postgres_ext
    finally:
        for name in hidden:
            del sys.modules[name]
