"""Shared test set-up: Qt without a display, and nothing written to the real user's folders.

At import time (before any test module imports Qt or asks for the data folder):
QT_QPA_PLATFORM=offscreen unless the caller chose a platform, and KENESH_DATA_DIR, the XDG
config/data folders (where QSettings and QStandardPaths write) and Qt's temporary folder point
into one temporary folder for this test session, removed when the session ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="kenesh-tests-"))
os.environ["KENESH_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_DIR / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_DIR / "share")
# Qt's local sockets (the one running copy, ui/single_instance.py) live in the temporary
# folder: a folder of this session's own, so test sessions run side by side as one user never
# answer each other's windows. (Python's own temporary folder is already settled above.)
(_SESSION_DIR / "tmp").mkdir()
os.environ["TMPDIR"] = str(_SESSION_DIR / "tmp")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture
def tmp_db(tmp_path: Path):
    """A path for a fresh database file (not created yet); any database is closed afterwards."""
    yield tmp_path / "kenesh.sqlite3"
    from kenesh_desktop.store.db import close_database

    close_database()


# ---------------------------------------------------------------- both engines
# The store, the rules read through the store, and the exchange file are tested on SQLite and
# on a real PostgreSQL server: `fresh_database` is parametrized by engine. The server is the
# one CI started (KENESH_TEST_PG, a superuser's address) or one started here in a temporary
# folder for the session (tests/pg_cluster.py); without PostgreSQL's binaries the PostgreSQL
# half is skipped, saying why.

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory) -> str:
    """A PostgreSQL superuser's address for this test session."""
    address = os.environ.get("KENESH_TEST_PG")
    if address:
        yield address
        return
    import pg_cluster

    if pg_cluster.find_binaries() is None:
        pytest.skip("PostgreSQL 15+ is not installed (no initdb/pg_ctl); set KENESH_TEST_PG "
                    "or install postgresql-15 to run the server tests")
    cluster = pg_cluster.Cluster(Path(tempfile.mkdtemp(prefix="kenesh-pg-")))
    try:
        address = cluster.start()
    except (OSError, RuntimeError) as exc:
        cluster.stop()
        pytest.fail(f"PostgreSQL could not be started for the tests: {exc}")
    yield address
    cluster.stop()


@pytest.fixture(scope="session")
def pg_store(pg_server) -> str:
    """The address of a Kenesh database made by `server init` on the test server, shared by
    the session's tests (each empties it first: `reset_server_store`)."""
    from pg_cluster import drop_server_database, server_database

    from kenesh_desktop.store.postgres_server import init_server

    name = f"kenesh_tests_{os.getpid()}"
    address = server_database(pg_server, name)
    init_server(address)
    yield address
    from kenesh_desktop.store.db import close_database

    close_database()
    drop_server_database(pg_server, name)


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


@pytest.fixture
def fresh_database(engine, tmp_path, request):
    """`open_fresh()`: a new, empty database of this test's engine, opened (a file in the
    test's folder, or the session's server database emptied). It may be called again, e.g.
    once per Hypothesis example; the database is closed after the test."""
    from pg_cluster import reset_server_store

    from kenesh_desktop.store.db import close_database, open_database

    address = request.getfixturevalue("pg_store") if engine == "postgresql" else None
    count = 0

    def open_fresh(memory: bool = False):
        """`memory`: on SQLite, a database in memory rather than a file (faster)."""
        nonlocal count
        close_database()
        count += 1
        if address is None:
            if memory:
                return open_database(":memory:")
            return open_database(tmp_path / "data" / f"kenesh-{count}.sqlite3")
        reset_server_store(address)
        return open_database(address)

    yield open_fresh
    close_database()


@contextlib.contextmanager
def _read_only(path: Path):
    """`path` (a file or a folder) made read-only for this process, restored afterwards.

    As root (CI) mode bits do not stop writing, so the immutable attribute (chattr +i) is
    used there, chmod elsewhere; the test is skipped only where neither works."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("no way to make a file read-only for root here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def read_only():
    """A context manager making a file or folder read-only (issue 16: read-only is not
    damage)."""
    return _read_only
