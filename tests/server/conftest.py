"""A shared server with two councils and a login for each role (tests/server).

Councils: A = "minfin" (the demo council), B = "agro" (the same records under another id and
name). Logins (PostgreSQL roles made once per session): a secretary of A, a secretary of B,
the chair of A, a reader of every council (the Coordination Council), and a login with no
grant. The owner (the test server's superuser) made the schema and the councils.
"""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from server_helpers import CHAIR_A, DAY, LOGINS, READER, SECRETARY_A, SECRETARY_B, A, B, as_login

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import postgres_server as server
from kenesh_desktop.store import writes
from kenesh_desktop.store.db import close_database, open_database


def two_councils():
    first = demo_council(DAY)
    first = dataclasses.replace(first, id=A)
    second = dataclasses.replace(demo_council(DAY), id=B,
                                 name="Айыл чарба министрлигинин Коомдук кеңеши")
    return first, second


@pytest.fixture(scope="session")
def logins(pg_server) -> tuple[str, ...]:
    with psycopg.connect(pg_server, autocommit=True) as connection:
        for login in LOGINS:
            connection.execute(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) THEN "
                f'CREATE ROLE "{login}" LOGIN; END IF; END $$'.replace("%s", f"'{login}'"))
    return LOGINS


@pytest.fixture
def shared(pg_store, logins):
    """The server's database holding A and B, with every login granted: its owner's address."""
    from pg_cluster import reset_server_store

    reset_server_store(pg_store)
    open_database(pg_store)
    writes.import_councils(list(two_councils()))
    close_database()
    server.grant(pg_store, SECRETARY_A, A, "secretary")
    server.grant(pg_store, SECRETARY_B, B, "secretary")
    server.grant(pg_store, CHAIR_A, A, "chair")
    server.grant(pg_store, READER, "all", "reader")
    yield pg_store
    close_database()


@pytest.fixture
def raw(shared):
    """`raw(login)`: a plain psycopg connection to the shared database as that login
    (autocommit), closed after the test: SQL sent directly, not through the program."""
    connections = []

    def connect(login: str) -> psycopg.Connection:
        connection = psycopg.connect(as_login(shared, login), autocommit=True)
        connections.append(connection)
        return connection

    yield connect
    for connection in connections:
        connection.close()
