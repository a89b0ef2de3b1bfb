"""Whose backups: the folder of a database's copies, by its identity (issue 16).

`paths.user_data_dir()/backups/<database id>/` holds the copies of one database, whatever
its file is called; `database.json` there records the path it was last backed up from, so a
file too damaged to say its id still finds its copies (`known_database`). A database with
no identity yet (before its migration) backs up into `backups/unidentified/<hash of its
path>/`, and `adopt_unidentified` moves those copies into its folder once it has one.
Before identities (schema versions 1 to 3) copies were kept by the file's name,
`backups/<file name without .sqlite3>/`, which two databases could share; at each opening
`adopt_legacy` moves into the database's folder those of them that hold none but its own
councils (the others wait for their own database).
backup.py makes and lists the copies (restore.py restores one); it re-exports these names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

from kenesh_desktop import files, paths
from kenesh_desktop.store import backup_names as names
from kenesh_desktop.store import binding, identity
from kenesh_desktop.store import sqlite_file as sqlfile

MANIFEST = "database.json"
UNIDENTIFIED = "unidentified"


def backups_root() -> Path:
    return paths.user_data_dir() / "backups"


def database_key(db_path: Path | str) -> str | None:
    """The identity of the database at `db_path`: the open one's, else the one the file
    holds, else the one whose backups record this path (a file too damaged to say)."""
    db_path = Path(db_path).expanduser()
    if _is_open(db_path):
        key = identity.database_id()
        if key:
            return key
    key = sqlfile.read_identity(db_path) if db_path.is_file() else None
    return key or known_database(db_path)


def known_database(db_path: Path | str) -> str | None:
    """The identity whose backups were last made from `db_path`, or None."""
    here = _resolved(db_path)
    best: tuple[str, str] | None = None
    root = backups_root()
    if not root.is_dir():
        return None
    for manifest in root.glob(f"*/{MANIFEST}"):
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("path") == here and data.get("database_id"):
            seen = str(data.get("seen", ""))
            if best is None or seen > best[0]:
                best = (seen, str(data["database_id"]))
    return best[1] if best else None


def backups_dir(db_path: Path | str, key: str | None = None) -> Path:
    """The folder of the backups of the database at `db_path` (by its identity)."""
    key = key or database_key(db_path)
    if key:
        return backups_root() / key
    return _unidentified_dir(db_path)


def _unidentified_dir(db_path: Path | str) -> Path:
    digest = hashlib.sha256(_resolved(db_path).encode("utf-8")).hexdigest()[:16]
    return backups_root() / UNIDENTIFIED / digest


def write_manifest(folder: Path, key: str | None, db_path: Path) -> None:
    if not key:
        return
    record = {"database_id": key, "path": _resolved(db_path),
              "seen": dt.datetime.now().isoformat(timespec="seconds")}
    with files.open_replacing(folder / MANIFEST, "w", encoding="utf-8", private=True) as out:
        json.dump(record, out, ensure_ascii=False)


def adopt_unidentified(db_path: Path, key: str) -> None:
    """Move the copies made while the database had no identity into the folder of `key`."""
    unidentified = _unidentified_dir(db_path)
    if not unidentified.is_dir():
        return
    folder = backups_dir(db_path, key)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for copy in names.copies(unidentified):
        if not (folder / copy.name).exists():
            os.replace(copy, folder / copy.name)
    write_manifest(folder, key, db_path)


def adopt_legacy(db_path: Path, key: str, councils: frozenset[str]) -> list[Path]:
    """Move into the folder of `key` the copies of the old folder named after the file (no
    manifest: made before identities) that hold councils, all of them among `councils` (the
    database's own); returns them. A copy holding another council, no council, or another
    identity may be another database's of the same name: it stays where it was."""
    legacy = backups_root() / Path(db_path).stem
    if (legacy.name in (key, UNIDENTIFIED) or not legacy.is_dir()
            or (legacy / MANIFEST).exists()):
        return []
    folder = backups_dir(db_path, key)
    moved = []
    for copy in names.copies(legacy):
        held = sqlfile.council_codes(copy)
        if (held and held <= councils and sqlfile.read_identity(copy) in (None, key)
                and not (folder / copy.name).exists()):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                os.replace(copy, folder / copy.name)
            except OSError:
                continue  # a copy held open elsewhere moves at a later opening
            moved.append(folder / copy.name)
    if moved:
        try:
            write_manifest(folder, key, db_path)
        except OSError:
            pass  # the manifest is written again with the next backup
    return moved


def _is_open(db_path: Path) -> bool:
    current = binding.current_path()
    return binding.is_open() and current is not None and _same_file(current, db_path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _resolved(path: Path | str) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).expanduser().absolute())
