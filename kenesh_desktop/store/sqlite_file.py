"""The SQLite file itself, read without opening it as the store's database (issue 16).

engine_sqlite.py opens the database; this module answers what it must know about the FILE
before and around that, all of it SQLite-specific (the file header, SQLite's error names,
read-only immutable connections), so the rest of the store never sees any of it:

- is the file ours, someone else's, or ours but damaged? Damage is recognised when SQLite
  cannot read a file that was ours: its header names Kenesh Desktop, or its first pages
  still hold our schema (a zeroed header), or a backup folder knows a database at this
  path (a file cut short, emptied, or unreadable);
- can the file be written where it is (read-only file or folder, full disk), which is not
  damage and is never treated as such;
- setting a damaged file aside, under a name that never overwrites an earlier one;
- the integrity check of a file by a second, read-only connection (the window runs it in
  the background after it is shown) and the identity a file holds, read without a lock;
- a file in a cloud-synced or network folder, where SQLite is not safe (a lasting warning).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x4B4E5348  # "KNSH" in the file header: marks a Kenesh database
SCHEMA_SIGNATURE = (b'CREATE TABLE "council" (', b'CREATE TABLE "member" (')
"""Text of our schema in the file's first pages (sqlite_master): found even when the
header is zeroed."""
SIGNATURE_SPAN = 256 * 1024
MIN_FREE_BYTES = 64 * 1024
"""Below this free space on the disk a database is not opened: even the lock's journal and
the day's bookkeeping could not be written."""
DAMAGED_SUFFIX = ".damaged"
_WRITE_ERRORS = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR_LOCK")


def read_header(path: Path) -> bytes:
    """The first 100 bytes (fewer when the file is shorter); raises OSError."""
    with path.open("rb") as handle:
        return handle.read(100)


def has_sqlite_header(header: bytes) -> bool:
    return header[: len(SQLITE_HEADER)] == SQLITE_HEADER


def header_is_ours(header: bytes) -> bool:
    """The application id at offset 68 of the header names Kenesh Desktop."""
    return len(header) >= 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def has_our_schema(path: Path) -> bool:
    """Our tables' CREATE statements are in the file's first pages (where sqlite_master
    lives): a file whose header was zeroed is still recognisably ours."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SIGNATURE_SPAN)
    except OSError:
        return False
    return all(marker in head for marker in SCHEMA_SIGNATURE)


def write_problem(path: Path) -> str | None:
    """Why the database at `path` cannot be written where it is, or None.

    "read_only_file", "read_only_folder" or "disk_full" (errors.CannotWrite's reasons). A
    missing file needs a writable folder to be created in.
    """
    folder = path.parent
    while not folder.exists() and folder != folder.parent:  # the folder to be made in
        folder = folder.parent
    if path.exists() and not os.access(path, os.W_OK):
        return "read_only_file"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return "read_only_folder"
    try:
        if folder.is_dir() and shutil.disk_usage(folder).free < MIN_FREE_BYTES:
            return "disk_full"
    except OSError:
        pass
    return None


def error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_write_refusal(exc: BaseException) -> bool:
    """SQLite could not write or lock the file (read-only file or folder, no permission)."""
    name = error_name(exc)
    return name.startswith(_WRITE_ERRORS) or "readonly" in str(exc).lower()


def is_disk_full(exc: BaseException) -> bool:
    return error_name(exc) == "SQLITE_FULL" or "database or disk is full" in str(exc).lower()


def is_text_damage(exc: BaseException) -> bool:
    """A stored text that is not UTF-8 (a bad byte inside a value): SQLite's pages are sound,
    the record is not."""
    return "could not decode to utf-8" in str(exc).lower()


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL or journal) to `<name>.damaged`, never over an
    earlier one (`<name>.2.damaged`, ...); returns the new path."""
    damaged = damaged_name(path)
    os.replace(path, damaged)
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{damaged}{suffix}"))
    Path(f"{path}-shm").unlink(missing_ok=True)
    return damaged


def damaged_name(path: Path) -> Path:
    damaged = path.with_name(f"{path.name}{DAMAGED_SUFFIX}")
    number = 2
    while damaged.exists():
        damaged = path.with_name(f"{path.name}.{number}{DAMAGED_SUFFIX}")
        number += 1
    return damaged


def set_aside_copies(path: Path) -> list[Path]:
    """The files this database was set aside as, newest first (by modification time)."""
    found = [p for p in path.parent.glob(f"{path.name}*{DAMAGED_SUFFIX}")
             if p.name == f"{path.name}{DAMAGED_SUFFIX}"
             or p.name[len(path.name):-len(DAMAGED_SUFFIX)].lstrip(".").isdigit()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def read_only_uri(path: Path) -> str:
    """A connection that takes no lock and writes nothing, not even a -wal or -shm: it
    reads the main file as it is (immutable)."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) reports: ["ok"] for a sound file."""
    pragma = "quick_check" if quick else "integrity_check"
    return [row[0] for row in connection.execute(f"PRAGMA {pragma}(5)")]


def check_file(path: Path) -> str:
    """"ok", or what is wrong with the file: `quick_check` and then every stored text read as
    UTF-8, on a second, read-only connection.

    The window runs this in a worker thread after it is shown, while its own connection holds
    the lock: the file must be whole (engine_sqlite.py checkpoints the WAL first) and must not be
    written meanwhile (the engine refuses writes until the check has passed).
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        try:
            problems = integrity_problems(connection, quick=True)
            if problems != ["ok"]:
                return "; ".join(problems)
            return _text_problem(connection) or "ok"
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)


def _text_problem(connection: sqlite3.Connection) -> str | None:
    """The first stored text that is not UTF-8, named by table and column; else None."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    texts = {table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                     if "CHAR" in row[2].upper() or "TEXT" in row[2].upper()]
             for table in tables}
    connection.text_factory = bytes  # the values as stored, decoded here
    for table, columns in texts.items():
        for column in columns:
            # One string per column, decoded at once (a line break never completes a broken
            # sequence): the whole file in a fraction of the time a value at a time takes.
            row = connection.execute(
                f'SELECT group_concat("{column}", char(10)) FROM "{table}"').fetchone()
            if row and isinstance(row[0], bytes):
                try:
                    row[0].decode("utf-8")
                except UnicodeDecodeError:
                    return f"a text in {table}.{column} is not UTF-8"
    return None


def read_identity(path: Path) -> str | None:
    """The `database_id` a database file holds (store_info), read without a lock and without
    writing; None when the file has none or cannot be read."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM store_info WHERE key = 'database_id'").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return str(row[0]) if row and row[0] else None


def council_codes(path: Path) -> frozenset[str] | None:
    """The ids of the councils a database file (or a copy of one) holds, read without a lock
    and without writing; None when it cannot be read."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute("SELECT code FROM council").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return frozenset(str(row[0]) for row in rows)


_SYNCED = {"dropbox", "google drive", "googledrive", "my drive", "icloud drive", "icloud",
           "mobile documents", "yandex.disk", "yandexdisk", "mega", "box", "box sync"}
_SYNCED_PREFIXES = ("onedrive", "dropbox (")  # "OneDrive - Ministry", "Dropbox (Team)"


def location_warning(path: Path | str) -> str | None:
    """A warning when the database sits in a cloud-synced or network folder, else None.

    SQLite's WAL mode needs shared memory on a local disk: on a network share two writers can
    corrupt the file, and a sync client can upload half-written states or create conflicting
    copies. The window shows this text; the file still opens.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return (
            f"{path} is on a network share. Kenesh Desktop keeps its database safe only on "
            "this computer's own disk: move it to a local folder and keep copies with "
            "File → Backups…"
        )
    for part in re.split(r"[\\/]+", text):
        folded = part.casefold()
        if folded in _SYNCED or folded.startswith(_SYNCED_PREFIXES):
            return (
                f"{path} is in a cloud-synced folder ({part}). Syncing an open database can "
                "damage it or make conflicting copies: move it to a folder that is not synced "
                "and keep copies with File → Backups…"
            )
    return None
