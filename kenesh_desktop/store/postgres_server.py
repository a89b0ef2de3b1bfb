"""`server init` and `server grant` (EXCHANGE.md): set up a shared PostgreSQL database and
let logins work on it. Run by the server's owner (the login that owns the tables).

`init_server` creates the schema on an empty database, or migrates an older one step by step
(each step in its own transaction, as on a laptop's file), then puts row-level security on
every council's rows (postgres_policies.py) and gives every granted login its privileges again
(a new table of a later version included). Running it twice changes nothing.

`grant` records a login's role on one council (or all) and gives the login the table
privileges its roles need; row-level security does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from kenesh_desktop.store import migrations, postgres_policies
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.engine_postgres import ServerDatabase, ServerVersion, connect
from kenesh_desktop.store.errors import (  # noqa: F401 - GrantRefused: callers know it here
    DatabaseRefused,
    GrantRefused,
    NewerDatabase,
)
from kenesh_desktop.store.postgres_policies import ALL_COUNCILS, GRANT_TABLE, ROLES


@dataclass(frozen=True)
class InitResult:
    before: int  # the schema version found (0: an empty database)
    after: int


@dataclass(frozen=True)
class Grant:
    login: str
    council: str  # a council's id, or "*" for every council
    role: str


def init_server(address: str, password: str | None = None) -> InitResult:
    """Create or migrate the schema at `address`, with row-level security; see the module."""
    database = connect(address, password)
    try:
        versions = ServerVersion(database)
        before = versions.read(refuse_foreign=True)
        if before > migrations.SCHEMA_VERSION:
            raise NewerDatabase(
                database.address,
                f"was set up by a newer Kenesh Desktop (schema version {before}; this program "
                f"knows up to {migrations.SCHEMA_VERSION}); update the program first")
        previous = db.obj
        db.initialize(database)
        try:
            migrations.migrate(database, versions)
            secure(database)
        finally:
            db.initialize(previous)
    finally:
        database.close()
    return InitResult(before, migrations.SCHEMA_VERSION)


def secure(database: ServerDatabase) -> None:
    """Row-level security, the functions it needs, the change notices, and every granted
    login's privileges, in one transaction."""
    schema = _schema(database)
    with database.atomic():
        database.execute_sql(postgres_policies.SETUP.replace("{schema}", schema))
        for statement in postgres_policies.policy_statements():
            database.execute_sql(statement)
        for (statement,) in database.execute_sql(postgres_policies.DEFERRABLE_REFERENCES)\
                .fetchall():
            database.execute_sql(statement)
        for login, roles in _roles_by_login(database).items():
            _apply_privileges(database, schema, login, roles)


def grant(address: str, login: str, council: str, role: str,
          password: str | None = None) -> Grant:
    """Let `login` (an existing PostgreSQL role that can log in) work on `council` (an id,
    or "all") as `role`; replaces its earlier role on that council. GrantRefused for a
    bad request; the server refuses (NotPermitted) a login that is not the owner."""
    if role not in ROLES:
        raise GrantRefused(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    code = ALL_COUNCILS if council == "all" else council
    if not code or (code != ALL_COUNCILS and not code.replace("-", "").replace("_", "")
                    .replace(".", "").isalnum()):
        raise GrantRefused(f"not a council id: {council!r}")
    database = connect(address, password)
    try:
        if ServerVersion(database).read(refuse_foreign=True) == 0:
            raise DatabaseRefused(database.address, "holds no Kenesh schema yet; run "
                                  "'kenesh-desktop server init' first")
        exists = database.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                                      (login,)).fetchone()
        if exists is None:
            raise GrantRefused(f"no login {login!r} on this server; create it first "
                               f"(CREATE ROLE \"{login}\" LOGIN)")
        if not exists[0]:
            raise GrantRefused(f"the role {login!r} cannot log in (it has no LOGIN)")
        schema = _schema(database)
        with database.atomic():
            database.execute_sql(
                f"INSERT INTO {GRANT_TABLE} (login, council, role) VALUES (%s, %s, %s) "
                "ON CONFLICT (login, council) DO UPDATE SET role = EXCLUDED.role",
                (login, code, role))
            _apply_privileges(database, schema, login,
                              _roles_by_login(database).get(login, set()))
    finally:
        database.close()
    return Grant(login, code, role)


def grants(address: str, password: str | None = None) -> list[Grant]:
    """Every grant on the server (the owner's view), by login and council."""
    database = connect(address, password)
    try:
        rows = database.execute_sql(
            f"SELECT login, council, role FROM {GRANT_TABLE} ORDER BY login, council")
        return [Grant(*row) for row in rows.fetchall()]
    finally:
        database.close()


def council_exists(address: str, council: str, password: str | None = None) -> bool:
    database = connect(address, password)
    try:
        return database.execute_sql("SELECT 1 FROM council WHERE code = %s",
                                    (council,)).fetchone() is not None
    except peewee.DatabaseError:
        return False
    finally:
        database.close()


def _schema(database: ServerDatabase) -> str:
    name = database.execute_sql("SELECT current_schema()").fetchone()[0]
    return '"' + name.replace('"', '""') + '"'


def _roles_by_login(database: ServerDatabase) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for login, role in database.execute_sql(f"SELECT login, role FROM {GRANT_TABLE}"):
        out.setdefault(login, set()).add(role)
    return out


def _apply_privileges(database: ServerDatabase, schema: str, login: str,
                      roles: set[str]) -> None:
    for statement in postgres_policies.privilege_statements(login, roles):
        database.execute_sql(statement.replace("{schema}", schema))
