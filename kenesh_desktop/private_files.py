"""Temporary files that hold personal data: private, accounted for, swept (issue 16).

Every temporary file the program makes is readable by its user only (0600), and is either
in the program's own private folder (`paths.user_data_dir()/tmp`, 0700: a document opened
in the system's viewer, never the system's shared temporary folder) or beside a file being
replaced (files.replacing: the rename into place must stay on one disk). The latter are
recorded in the private folder while they exist, so a run killed halfway leaves nothing
behind for long: `sweep()`, at the next start, removes what such a run left (the recorded
temporaries, and whatever is in the private folder from an earlier run).
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from kenesh_desktop import paths

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_PENDING = "pending"
_OLD = 60  # seconds: older files in the private folder are from a past run (or done with)


def private_dir(*parts: str) -> Path:
    """The program's private folder (or a subfolder of it), made 0700 if missing."""
    folder = paths.user_data_dir() / "tmp"
    for part in ("", *parts):
        folder = folder / part if part else folder
        folder.mkdir(parents=True, exist_ok=True)
        try:
            folder.chmod(FOLDER_MODE)
        except OSError:
            pass
    return folder


def register(temporary: Path) -> Path | None:
    """Record a temporary file made outside the private folder; returns the record (None when
    the private folder cannot be written: the temporary is then still removed on success)."""
    try:
        record = private_dir(_PENDING) / _record_name(temporary)
        descriptor = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(str(temporary))
        return record
    except OSError:
        return None


def unregister(record: Path | None) -> None:
    if record is not None:
        record.unlink(missing_ok=True)


def _record_name(temporary: Path) -> str:
    return hashlib.sha256(str(temporary).encode("utf-8")).hexdigest()[:24] + ".path"


def sweep(*, now: float | None = None) -> list[Path]:
    """Remove what killed runs left: recorded temporaries beside their targets (only hidden
    `.NAME.XXXX.tmp` files, the form files.replacing gives them), and files in the private
    folder from earlier runs. Returns what was removed."""
    root = paths.user_data_dir() / "tmp"
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    now = now or time.time()
    for record in (root / _PENDING).glob("*.path"):
        try:
            target = Path(record.read_text(encoding="utf-8").strip())
        except OSError:
            continue
        if target.name.startswith(".") and target.name.endswith(".tmp") and target.is_file():
            try:
                target.unlink()
                removed.append(target)
            except OSError:
                continue
        record.unlink(missing_ok=True)
    for path in root.rglob("*"):
        try:
            if path.is_file() and path.parent != root / _PENDING \
                    and now - path.stat().st_mtime > _OLD:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed
