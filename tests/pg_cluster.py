"""A throwaway PostgreSQL server for the tests, CI and the benchmarks: `initdb` in a temporary
folder, `pg_ctl start` on a free port of 127.0.0.1 (and a socket in that folder), stopped and
removed at the end. Nothing here is used by the program itself.

PostgreSQL refuses to run as root; as root the server runs as `nobody`, its folder owned by it.
Authentication: trust for every login on this machine's loopback, except the login
`kenesh_pw`, which must give its password (scram-sha-256): the tests of "password asked for"
use it.

    python tests/pg_cluster.py start DIR    # prints the superuser's address
    python tests/pg_cluster.py stop DIR
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD_LOGIN = "kenesh_pw"
MIN_VERSION = 15


def find_binaries() -> Path | None:
    """The folder of initdb/pg_ctl/postgres of PostgreSQL 15 or later, or None."""
    found = []
    for folder in glob.glob("/usr/lib/postgresql/*/bin") + glob.glob("/usr/local/pgsql*/bin"):
        name = Path(folder).parent.name
        if name.isdigit() and int(name) >= MIN_VERSION and (Path(folder) / "initdb").exists():
            found.append((int(name), Path(folder)))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """Run as `nobody` when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "nobody", "--", *command]
    return ["su", "nobody", "-s", "/bin/sh", "-c", " ".join(command)]


class Cluster:
    """One server in `folder` (created; removed by `stop`)."""

    def __init__(self, folder: Path, bindir: Path | None = None) -> None:
        self.folder = Path(folder)
        self.bindir = bindir or find_binaries()
        if self.bindir is None:
            raise FileNotFoundError("PostgreSQL 15+ binaries (initdb, pg_ctl) not found")
        self.data = self.folder / "data"
        self.port_file = self.folder / "port"

    @property
    def address(self) -> str:
        port = int(self.port_file.read_text())
        return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"

    def start(self) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "nobody", "nogroup")
        self.folder.chmod(0o700)
        self._run([str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                   "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            f"host all {PASSWORD_LOGIN} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n")
        port = _free_port()
        self.port_file.write_text(str(port))
        # Durability off: a test server holds nothing worth a power cut.
        options = (f"-k {self.folder} -p {port} -h 127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60")
        self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                   str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start"])
        return self.address

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data),
                                            "-m", "immediate", "-w", "stop"]),
                           capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(_as_server_user(command), capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:1])} failed: {result.stdout}{result.stderr}")


KEEP_ON_RESET = ("store_info", "kenesh_schema")  # the database's identity and version


def server_database(admin_address: str, name: str) -> str:
    """Create (anew) the database `name` on the test server; returns its address."""
    import psycopg

    with psycopg.connect(admin_address, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_address.rpartition("/")
    return f"{base}/{name}"


def drop_server_database(admin_address: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_address, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def reset_server_store(address: str) -> None:
    """Empty every table of the records, the trail and the grants (ids from 1 again)."""
    import psycopg

    with psycopg.connect(address, autocommit=True) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            if name not in KEEP_ON_RESET]
        connection.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


def wait_until_ready(address: str, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(address, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    cluster = Cluster(Path(argv[1]))
    if argv[0] == "start":
        print(cluster.start())
    else:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
