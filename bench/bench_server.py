"""The shared server beside the laptop's file, in the same run (issue 19):

- `check` over every council, opening a council (read whole, as the window does) and a tab
  switch of the window, on SQLite and on PostgreSQL, for the large database (50 councils x 10
  years) and for 250 councils (2 years each); on PostgreSQL also as the Coordination
  Council's login (a reader of every council: row-level security in force);
- 10 writers at once, each a process with its own secretary's login on its own council,
  adding requests for a few seconds: writes per second, and how many were lost (counted
  back from the server: must be 0).

    python -m bench.bench_server [--seconds 5]

A PostgreSQL server is started in a temporary folder for the run (tests/pg_cluster.py), or
the one named by KENESH_BENCH_PG (a superuser's address) is used. The SQLite databases come
from bench/generate.py and are copied row for row to the server (COPY), then `server init`'s
security applies to them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import pg_cluster  # noqa: E402

from bench.generate import END, ensure_database  # noqa: E402
from bench.timing import median_ms  # noqa: E402

RUNS = 5
READER = "kb_coordination"
WRITERS = 10


def copy_to_server(sqlite_path: Path, admin: str, name: str) -> str:
    """A server database `name` holding the rows of `sqlite_path`, secured by server init."""
    import psycopg

    from kenesh_desktop.store import postgres_server as server
    from kenesh_desktop.store.audit import AuditEntry
    from kenesh_desktop.store.models import ALL_MODELS

    address = pg_cluster.server_database(admin, name)
    server.init_server(address)
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    with psycopg.connect(address) as target:
        target.execute("TRUNCATE store_info")
        for model in [*ALL_MODELS, AuditEntry]:
            table = model._meta.table_name
            columns = [f.column_name for f in model._meta.sorted_fields]
            quoted = ", ".join(f'"{c}"' for c in columns)
            booleans = {i for i, f in enumerate(model._meta.sorted_fields)
                        if f.field_type == "BOOL"}
            with target.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {quoted} FROM {table}"):
                    copy.write_row([None if v is None else bool(v) if i in booleans else v
                                    for i, v in enumerate(row)])
            if "id" in columns:
                target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
        target.execute("ANALYZE")
    source.close()
    return address


def measure(db: str) -> dict[str, float]:
    """check, opening the first council, in this process (fresh connection each time)."""
    from kenesh_desktop.rules.checks import run_checks
    from kenesh_desktop.store import queries
    from kenesh_desktop.store.db import close_database, open_database

    open_database(db, daily_backup=False)
    try:
        first = queries.list_councils()[0].id
        check = median_ms(lambda: run_checks(queries.load_for_checks(), END), 3)
        opening = median_ms(lambda: queries.load_council(first), RUNS)
    finally:
        close_database()
    return {"check": check, "open council": opening}


def tab_switch(db: str) -> float:
    """The median of later switches to every tab (bench/probes.py), in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               KENESH_DATA_DIR=tempfile.mkdtemp(prefix="kenesh-bench-data-"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="kenesh-bench-config-"))
    out = subprocess.run([sys.executable, "-m", "bench.probes", "tabs", db], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    again = json.loads(out.strip().splitlines()[-1])["again"]
    return statistics.median(again.values())


def _writer(address: str, council: str, seconds: float, queue) -> None:
    from kenesh_desktop.rules.records import Request
    from kenesh_desktop.store import request_writes
    from kenesh_desktop.store.db import close_database, open_database

    open_database(address)
    done, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        request_writes.add_request(council, Request("", f"B-{done}", "Бенчмарк", "Министр",
                                                    dt.date(2026, 10, 1)))
        done += 1
    close_database()
    queue.put((council, done))


def concurrent_writers(admin: str, address: str, seconds: float) -> dict[str, float]:
    """10 processes, each with a secretary's login of its own council, adding requests."""
    import psycopg

    from kenesh_desktop.store import postgres_server as server

    with psycopg.connect(address) as connection:
        councils = [code for (code,) in connection.execute(
            "SELECT code FROM council ORDER BY id LIMIT %s", (WRITERS,))]
        before = dict(connection.execute(
            "SELECT c.code, count(r.id) FROM council c LEFT JOIN request r "
            "ON r.council_id = c.id GROUP BY c.code").fetchall())
    logins = [f"kb_writer_{i}" for i in range(len(councils))]
    with psycopg.connect(admin, autocommit=True) as connection:
        for login in logins:
            connection.execute(f"DROP ROLE IF EXISTS {login}")
            connection.execute(f"CREATE ROLE {login} LOGIN")
    for login, council in zip(logins, councils, strict=True):
        server.grant(address, login, council, "secretary")
    queue = multiprocessing.get_context("spawn").Queue()
    base, _, rest = address.partition("//")
    processes = [multiprocessing.get_context("spawn").Process(
        target=_writer, args=(f"{base}//{login}@{rest.split('@', 1)[1]}", council, seconds,
                              queue)) for login, council in zip(logins, councils, strict=True)]
    started = time.perf_counter()
    for process in processes:
        process.start()
    written = dict(queue.get(timeout=seconds + 120) for _ in processes)
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - started
    with psycopg.connect(address) as connection:
        after = dict(connection.execute(
            "SELECT c.code, count(r.id) FROM council c LEFT JOIN request r "
            "ON r.council_id = c.id GROUP BY c.code").fetchall())
    lost = sum(written[c] - (after[c] - before[c]) for c in councils)
    total = sum(written.values())
    return {"writes": total, "writes/s": total / seconds, "lost": lost, "elapsed s": elapsed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_server")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--shapes", nargs="*", default=["large", "many"])
    parser.add_argument("--no-window", action="store_true", help="skip the tab switches")
    args = parser.parse_args(argv)
    admin = os.environ.get("KENESH_BENCH_PG")
    cluster = None
    if not admin:
        cluster = pg_cluster.Cluster(Path(tempfile.mkdtemp(prefix="kenesh-bench-pg-")))
        admin = cluster.start()
    try:
        import psycopg

        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"DROP ROLE IF EXISTS {READER}")
            connection.execute(f"CREATE ROLE {READER} LOGIN")
        rows = []
        for shape in args.shapes:
            path = ensure_database(shape)
            address = copy_to_server(path, admin, f"kenesh_bench_{shape}")
            from kenesh_desktop.store import postgres_server as server

            server.grant(address, READER, "all", "reader")
            reader = address.replace("//postgres@", f"//{READER}@")
            targets = {"SQLite": str(path), "PostgreSQL (owner)": address,
                       "PostgreSQL (reader of all, RLS)": reader}
            for label, db in targets.items():
                figures = measure(db)
                if not args.no_window:
                    figures["tab switch"] = tab_switch(db)
                rows.append((shape, label, figures))
                print(shape, label, {k: round(v, 1) for k, v in figures.items()}, flush=True)
        writers = concurrent_writers(admin, f"{admin.rsplit('/', 1)[0]}/kenesh_bench_large",
                                     args.seconds)
        print("10 writers", {k: round(v, 1) for k, v in writers.items()}, flush=True)
        print()
        print("| database | engine | check (ms) | open a council (ms) | tab switch (ms) |")
        print("|---|---|---:|---:|---:|")
        for shape, label, f in rows:
            tab = f"{f['tab switch']:.0f}" if "tab switch" in f else "-"
            print(f"| {shape} | {label} | {f['check']:.0f} | {f['open council']:.0f} | {tab} |")
        print(f"\n10 concurrent writers on 10 councils: {writers['writes']:.0f} writes in "
              f"{args.seconds:.0f} s = {writers['writes/s']:.0f} writes/s, lost: "
              f"{writers['lost']:.0f}")
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
