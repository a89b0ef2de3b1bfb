"""Helpers of the safety tests: dump a database completely, count its rows, run Python in a
separate process."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

DEMO_DAY = dt.date(2026, 6, 1)
"""The day the safety tests build the demo council for."""

REPO = Path(__file__).resolve().parents[2]


def full_dump(path: Path) -> list[str]:
    """Every table's schema and rows plus the schema version, read with a plain connection."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        lines = list(connection.iterdump())
        lines.append(f"user_version={connection.execute('PRAGMA user_version').fetchone()[0]}")
    finally:
        connection.close()
    return lines


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables}
    finally:
        connection.close()


def python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    """Start `python -c code args...` from the repository with this test's environment."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)
