"""peewee without the PostgreSQL driver it would load for nothing (issue 16: start-up).

peewee (and playhouse.migrate, through its PostgreSQL extensions) imports psycopg, when
installed, as it is itself imported: about 80 ms, half a bare window's start, in every window
that opens a SQLite file and never talks to a server. `without_postgres_driver()` imports
them with psycopg hidden for that moment only (they then hold no psycopg of their own;
`import psycopg` works as usual afterwards): the window calls it before anything imports
peewee, and only for a database FILE. A process that opens a server (`--db postgresql://`)
need not call it, and gets the driver as before.

A window opened on a file may later connect to a server (File → Connect to server):
`with_postgres_driver()` (engine_postgres.py calls it as it is imported) gives peewee the
driver it was imported without.
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


def with_postgres_driver() -> None:
    """Give peewee psycopg (3) when `without_postgres_driver()` kept it from it: the names
    peewee's PostgreSQL support reads at run time, as its own import would have set them."""
    import peewee

    if peewee.psycopg is not None or peewee.psycopg2 is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
