"""Databases with many members, for `check`'s growth (issue 16, finding 12).

`check` compares every active member with every council's members (Art. 14, one council per
person). The comparison was quadratic when people shared a name: 10,000 members took 6.3 s,
100,000 minutes. These databases hold N members in councils of 100, every name shared by
five people on average (a pool of N/5 names), one in fifty without a personal number (so
namesakes are compared by name); nothing else. Cached in the temporary folder like
generate.py's.

    python -m bench.members 10000 100000
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import CACHE_DIR  # noqa: E402

PER_COUNCIL = 100
NAMESAKES = 5
START, END = dt.date(2025, 1, 1), dt.date(2026, 12, 31)


def database_path(members: int) -> Path:
    return CACHE_DIR / f"members-{members}-v2.sqlite3"


def ensure_members_database(members: int) -> Path:
    """The cached database of `members` members, generated first if missing."""
    path = database_path(members)
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    from kenesh_desktop.store.db import close_database, open_database

    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    open_database(building, daily_backup=False)  # the schema, made by the store itself
    close_database()
    rng = random.Random(members)
    connection = sqlite3.connect(building)
    with connection:
        for index in range(members // PER_COUNCIL):
            cursor = connection.execute(
                "INSERT INTO council (code, name, state_body, rulebook) VALUES (?, ?, ?, ?)",
                (f"c{index}", f"Коомдук кеңеш {index}", f"Министрлик {index}", "kg-74-2014"))
            council = cursor.lastrowid
            connection.execute(
                'INSERT INTO composition (council_id, start, "end") VALUES (?, ?, ?)',
                (council, START.isoformat(), END.isoformat()))
            connection.executemany(
                "INSERT INTO member (council_id, code, full_name, sex, organization, role, "
                "start, pin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(council, f"m{n}", f"Адам {rng.randrange(members // NAMESAKES)} уулу",
                  "female" if n % 2 else "male", f"Уюм {index}-{n}", "member",
                  START.isoformat(),
                  None if rng.random() < 0.02 else f"2{rng.randrange(10 ** 13):013d}")
                 for n in range(PER_COUNCIL)])
    connection.close()
    building.replace(path)
    return path


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(ensure_members_database(int(argument)))
