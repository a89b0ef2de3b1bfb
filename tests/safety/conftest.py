"""Shared set-up of the safety tests: a data (backups) folder of the test's own and a populated
council."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_helpers import DEMO_DAY

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import writes
from kenesh_desktop.store.db import close_database, open_database


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """The user's data folder (where backups go) inside this test's own folder."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("KENESH_DATA_DIR", str(folder))
    yield folder
    close_database()


@pytest.fixture
def council():
    """The demo council: members, sittings with votes, requests, plans, candidates."""
    return demo_council(DEMO_DAY)


@pytest.fixture
def opened(tmp_path, council) -> Path:
    """An open database holding the demo council (no automatic daily copy yet)."""
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    writes.import_councils([council])
    return path
