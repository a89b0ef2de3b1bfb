"""Fixtures of the command-line tests: a database holding the demo council, made by `demo`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_driver import DAY, run

from kenesh_desktop.demo import DEMO_COUNCIL_ID


@pytest.fixture
def demo_db(tmp_db, capsys) -> Path:
    code, out, err = run(capsys, "demo", "--db", tmp_db, "--today", DAY)
    assert code == 0 and DEMO_COUNCIL_ID in out, err
    return tmp_db
