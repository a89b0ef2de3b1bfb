"""`server init` (EXCHANGE.md): creates the schema on an empty database, migrates one of an
older version keeping every row (and puts row-level security on the new schema), changes
nothing when run again, refuses another program's database; the program opens only a schema
of its own version; a password libpq cannot find is asked for, not guessed."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest
from pg_cluster import PASSWORD_LOGIN, drop_server_database, server_database
from server_helpers import as_login

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import audit, migrations, queries, scope
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import postgres_server as server
from kenesh_desktop.store.council_rows import insert_council
from kenesh_desktop.store.db import NotKeneshDatabase, close_database, open_database
from kenesh_desktop.store.engine_postgres import (
    PasswordNeeded,
    ServerRefused,
    ServerVersion,
    connect,
)
from kenesh_desktop.store.models import ALL_MODELS


@pytest.fixture
def empty_database(pg_server):
    name = "kenesh_init_test"
    yield server_database(pg_server, name)
    close_database()
    drop_server_database(pg_server, name)


def _counts(address: str) -> dict[str, int]:
    with psycopg.connect(address) as connection:
        return {model._meta.table_name: connection.execute(
            f"SELECT count(*) FROM {model._meta.table_name}").fetchone()[0]
            for model in ALL_MODELS}


def test_init_migrates_a_schema_of_an_older_version_keeping_every_row(empty_database):
    # A server set up by an earlier program: schema version 4, a council entered.
    database = connect(empty_database)
    store_db.db.initialize(database)
    migrations.migrate(database, ServerVersion(database), upto=4)
    writes_table = [m for m in ALL_MODELS if "version" in m._meta.fields]
    assert ServerVersion(database).read() == 4
    council = demo_council()
    database.close()
    store_db.db.initialize(None)
    # The program of this version refuses to work on it until the owner migrates it...
    with pytest.raises(ServerRefused, match="older schema"):
        open_database(empty_database)
    # ...which needs the old shape's rows: insert them through the exchange of version 4.
    _insert_as_version_4(empty_database, council)
    before = _counts(empty_database)
    result = server.init_server(empty_database)
    assert (result.before, result.after) == (4, migrations.SCHEMA_VERSION)
    assert _counts(empty_database) == before
    open_database(empty_database)
    loaded = queries.load_council(council.id)
    assert {m.id: m for m in loaded.members} == {m.id: m for m in council.members}
    assert len(loaded.meetings) == len(council.meetings) > 0
    assert all(row.version == 1 for model in writes_table for row in model.select())
    close_database()
    assert server.init_server(empty_database).before == migrations.SCHEMA_VERSION
    assert _counts(empty_database) == before
    with psycopg.connect(empty_database) as connection:
        secured = {name for (name,) in connection.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity")}
    assert {m._meta.table_name for m, _ in scope.scoped_models()} <= secured


def _insert_as_version_4(address: str, council) -> None:
    """Fill a version-4 schema the way the program of version 4 did: its store, with the
    step-5 columns not there yet (the live models' `version` left out of every INSERT)."""
    database = connect(address)
    store_db.db.initialize(database)
    hidden = {}
    try:
        for model in [*ALL_MODELS, audit.AuditEntry]:
            for name in ("version", "council"):
                field = model._meta.fields.get(name)
                if field is not None and (name == "version" or model is audit.AuditEntry):
                    hidden[(model, name)] = field
                    model._meta.remove_field(name)
        with database.atomic():
            insert_council(council)
    finally:
        for (model, name), field in hidden.items():
            model._meta.add_field(name, field)
        database.close()
        store_db.db.initialize(None)


def test_init_refuses_the_database_of_another_program(empty_database):
    with psycopg.connect(empty_database, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id serial PRIMARY KEY)")
    with pytest.raises(NotKeneshDatabase):
        server.init_server(empty_database)
    with pytest.raises(NotKeneshDatabase):
        open_database(empty_database)


def test_opening_a_database_without_the_schema_says_to_run_init(empty_database):
    with pytest.raises(ServerRefused, match="server init"):
        open_database(empty_database)


def test_a_password_libpq_cannot_find_is_asked_for(shared, monkeypatch):
    with psycopg.connect(shared, autocommit=True) as connection:
        connection.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{PASSWORD_LOGIN}') THEN CREATE ROLE {PASSWORD_LOGIN} LOGIN; END IF; END $$")
        connection.execute(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD 'tunduk-2026'")
    server.grant(shared, PASSWORD_LOGIN, "all", "reader")
    address = as_login(shared, PASSWORD_LOGIN)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeeded):
        open_database(address)
    with pytest.raises(PasswordNeeded):
        open_database(address, password="wrong")
    open_database(address, password="tunduk-2026")
    assert len(queries.list_councils()) == 2
    close_database()
    monkeypatch.setenv("PGPASSWORD", "tunduk-2026")  # libpq's usual place
    open_database(address)
    assert len(queries.list_councils()) == 2


def test_a_process_started_on_a_file_can_still_open_a_server(pg_store, tmp_path):
    """The window on a database file imports peewee without its PostgreSQL driver (start-up,
    store/drivers.py); File → Connect to server must still work in that process."""
    script = (
        "import sys\n"
        "from kenesh_desktop.store.drivers import without_postgres_driver\n"
        "without_postgres_driver()\n"
        "from kenesh_desktop.store.db import close_database, open_database\n"
        "open_database(sys.argv[1])\n"
        "close_database()\n"
        "open_database(sys.argv[2])\n"
        "from kenesh_desktop.store import queries\n"
        "print(len(queries.list_councils()))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "file.sqlite3"),
                           pg_store], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().isdigit()
