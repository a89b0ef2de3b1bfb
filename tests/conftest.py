"""Shared test set-up: Qt without a display, and nothing written to the real user's folders.

At import time (before any test module imports Qt or asks for the data folder):
QT_QPA_PLATFORM=offscreen unless the caller chose a platform, and KENESH_DATA_DIR plus the
XDG config/data folders (where QSettings and QStandardPaths write) point into one temporary
folder for this test session, removed when the session ends.
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


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture
def tmp_db(tmp_path: Path):
    """A path for a fresh database file (not created yet); any database is closed afterwards."""
    yield tmp_path / "kenesh.sqlite3"
    from kenesh_desktop.store.db import close_database

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
