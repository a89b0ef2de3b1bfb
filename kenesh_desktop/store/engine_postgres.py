"""PostgreSQL as the store's engine: a shared server where several people, and several
councils, work on one database (issue 19). Everything here is specific to PostgreSQL; the
rest of the store runs on it unchanged through peewee.

- Addresses: `postgresql://USER@HOST[:PORT]/DBNAME` (EXCHANGE.md). The password is libpq's
  business: `PGPASSWORD`, `~/.pgpass`, or one the window asked for and passes in for this
  session only. Nothing here writes a password anywhere.
- `ServerDatabase`: peewee's PostgresqlDatabase with the store's write hooks (the audit
  trail, record versions), the ids an INSERT made read from its RETURNING rows, the login as
  "who", and the server's refusals (row-level security) turned into `NotPermitted`.
- `ServerVersion`: the schema version in a one-row table, `kenesh_schema`.
- `ChangeListener`: LISTEN on a connection of its own, so the window hears of others'
  changes within a second (the server's triggers NOTIFY, postgres_policies.py).

Creating or migrating the schema and granting logins is `server init` / `server grant`
(postgres_server.py, postgres_policies.py): opening never changes the schema, since a login
that is not the server's owner could not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import nullcontext
from urllib.parse import urlsplit, urlunsplit

import peewee
import psycopg

from kenesh_desktop.store import binding, field_checks, migrations
from kenesh_desktop.store.drivers import with_postgres_driver
from kenesh_desktop.store.errors import (  # noqa: F401 - the server's errors, also known here
    NewerDatabase,
    NotKeneshDatabase,
    NotPermitted,
    PasswordNeeded,
    ServerRefused,
)

with_postgres_driver()  # a window opened on a file imported peewee without it (drivers.py)

CHANNEL = "kenesh_changes"
"""The channel the server's triggers NOTIFY with the changed table's name."""
VERSION_TABLE = "kenesh_schema"
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is reported, not waited on
INSUFFICIENT_PRIVILEGE = "42501"


def display_address(address: str) -> str:
    """The address as the program shows and saves it: any password in it left out."""
    parts = urlsplit(address.strip())
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}@" if parts.username else "") + host + (
        f":{parts.port}" if parts.port else "")
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))


def check_address(address: str) -> str:
    """The address, refused (ValueError) unless it names a server and a database."""
    parts = urlsplit(address.strip())
    try:
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        raise ValueError(f"{display_address(address)}: not a valid port") from None
    if not parts.hostname and "host=" not in parts.query:
        raise ValueError(f"{address}: the address names no server "
                         "(postgresql://USER@HOST[:PORT]/DBNAME)")
    if not parts.path.strip("/"):
        raise ValueError(f"{display_address(address)}: the address names no database "
                         "(postgresql://USER@HOST[:PORT]/DBNAME)")
    return address.strip()


class ServerDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL as the store uses it (see the module's docstring)."""

    alters_columns_in_place = True  # migrations: ALTER COLUMN instead of a table rebuild

    def __init__(self, address: str, password: str | None = None) -> None:
        options: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT,
                                      "application_name": "kenesh-desktop"}
        if password is not None:
            options["password"] = password
        super().__init__(check_address(address), thread_safe=False, autoconnect=False,
                         **options)
        self.address = display_address(address)
        self._password = password
        self._login: str | None = None

    # -- who and where ---------------------------------------------------------------------
    def who(self) -> str:
        """The login this connection works as (the audit trail's "who")."""
        if self._login is None:
            self._login = self.execute_sql("SELECT session_user").fetchone()[0]
        return self._login

    def is_owner(self) -> bool:
        """True for the server's owner (the tables' owner, not fenced by row-level security)."""
        row = self.execute_sql("SELECT kenesh_is_owner()").fetchone()
        return bool(row and row[0])

    def grants(self) -> list[tuple[str, str]]:
        """This login's grants: (council id or "*", role), by council."""
        return [tuple(row) for row in self.execute_sql("SELECT * FROM kenesh_my_grants()")]

    def backend_pid(self) -> int:
        return self.connection().info.backend_pid

    # -- the store's write hooks -------------------------------------------------------------
    def execute(self, query, **context_options):
        if isinstance(query, binding.WRITES):
            return field_checks.run_write(self, query, lambda: super(
                ServerDatabase, self).execute(query, **context_options))
        return super().execute(query, **context_options)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as exc:
            raise self._refusal(exc) or exc from None

    def _refusal(self, exc: Exception) -> Exception | None:
        original = getattr(exc, "orig", None) or exc.__context__
        if getattr(original, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            return None
        detail = getattr(getattr(original, "diag", None), "message_primary", None) or str(
            original)
        return NotPermitted.keyed(
            "The server refused the change: the login {login} has no right to it ({detail}). "
            "Nothing was saved. The server's owner grants rights with 'kenesh-desktop "
            "server grant'.", login=self._login or "?", detail=detail)

    def inserted_ids(self, query, run) -> tuple[object, list[int] | None]:
        """Run an INSERT; returns its cursor (rewound, for peewee) and the ids of its rows,
        read from the RETURNING rows peewee asks PostgreSQL for."""
        cursor = run()
        returning = getattr(query, "_returning", None) or ()
        primary = query.model._meta.primary_key
        if len(returning) < 1 or returning[0] is not primary:
            return cursor, None
        rows = cursor.fetchall()
        cursor.scroll(0, "absolute")
        return cursor, [row[0] for row in rows]

    # -- others' changes ---------------------------------------------------------------------
    def listen(self, callback: Callable[[str], None]) -> ChangeListener:
        """Call `callback(table)` (from a thread of its own) for every change another
        connection commits; `stop()` the listener when done."""
        return ChangeListener(self.database, self._password, callback, self.backend_pid())


def connect(address: str, password: str | None = None) -> ServerDatabase:
    """Connect to the server; ServerRefused (PasswordNeeded) naming the address when that
    fails. The schema is not looked at (see `open_server`)."""
    database = ServerDatabase(address, password)
    try:
        database.connect()
    except peewee.OperationalError as exc:
        raise _connect_error(database.address, exc) from None
    return database


def _connect_error(address: str, exc: Exception) -> ServerRefused:
    text = " ".join(str(exc.args[0] if exc.args else exc).split())
    lowered = text.lower()
    if "no password supplied" in lowered or "password authentication failed" in lowered:
        return PasswordNeeded(address, "the server asks for the password of this login "
                                       "(set PGPASSWORD or ~/.pgpass, or type it in the "
                                       "window)")
    return ServerRefused(address, f"the server cannot be used: {text}")


def open_server(address: str, password: str | None = None) -> ServerDatabase:
    """Connect and check the schema: it must be this program's version, made by `server
    init` (a login cannot create or migrate it). Raises ServerRefused, NotKeneshDatabase or
    NewerDatabase naming the address."""
    database = connect(address, password)
    try:
        version = ServerVersion(database).read(refuse_foreign=True)
        if version == 0:
            raise ServerRefused(database.address, "holds no Kenesh schema yet; the server's "
                                "owner creates it with 'kenesh-desktop server init'")
        if version > migrations.SCHEMA_VERSION:
            raise NewerDatabase(
                database.address,
                f"was set up by a newer Kenesh Desktop (schema version {version}; this "
                f"program knows up to {migrations.SCHEMA_VERSION}); update the program")
        if version < migrations.SCHEMA_VERSION:
            raise ServerRefused(
                database.address,
                f"has an older schema (version {version}); the server's owner updates it "
                "with 'kenesh-desktop server init'")
    except BaseException:
        database.close()
        raise
    return database


class ServerVersion:
    """The schema version in `kenesh_schema` (one row); foreign keys are never switched off
    on PostgreSQL (no step rebuilds a table there)."""

    def __init__(self, database: ServerDatabase) -> None:
        self.database = database

    def read(self, refuse_foreign: bool = False) -> int:
        """The version; 0 when the database has no Kenesh schema. With `refuse_foreign`,
        a database holding other tables but no `kenesh_schema` is NotKeneshDatabase, and a
        login without access to it is ServerRefused."""
        exists = self.database.execute_sql("SELECT to_regclass(%s)",
                                           (VERSION_TABLE,)).fetchone()[0]
        if exists is None:
            if refuse_foreign and self.database.get_tables():
                raise NotKeneshDatabase(self.database.address,
                                        "is a database of another program (it has no "
                                        "Kenesh schema)")
            return 0
        try:
            row = self.database.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
        except NotPermitted:
            raise ServerRefused(
                self.database.address,
                f"the login {self.database.who()} has no access to this Kenesh database; "
                "the server's owner grants it with 'kenesh-desktop server grant'") from None
        return int(row[0]) if row else 0

    def get(self) -> int:
        return self.read()

    def set(self, version: int) -> None:
        self.database.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
                                  "(version integer NOT NULL)")
        cursor = self.database.execute_sql(f"UPDATE {VERSION_TABLE} SET version = %s",
                                           (int(version),))
        if cursor.rowcount == 0:
            self.database.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES (%s)",
                                      (int(version),))

    def foreign_keys_off(self):
        return nullcontext()

    def foreign_key_problems(self) -> list[tuple]:
        return []


class ChangeListener:
    """A connection of its own that LISTENs for the server's change notices and calls back
    (in its own thread) for each one another connection sent."""

    def __init__(self, address: str, password: str | None, callback: Callable[[str], None],
                 own_pid: int | None = None) -> None:
        options = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT,
                   "application_name": "kenesh-desktop (changes)"}
        if password is not None:
            options["password"] = password
        self._connection = psycopg.connect(address, **options)
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._callback = callback
        self._own_pid = own_pid
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kenesh-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopped.is_set():
                for notice in self._connection.notifies(timeout=0.5):
                    if notice.pid != self._own_pid:
                        self._callback(notice.payload)
        except psycopg.Error:
            pass  # the server went away: the window simply stops hearing of changes
        finally:
            self._connection.close()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=5)
