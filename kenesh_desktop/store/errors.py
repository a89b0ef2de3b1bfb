"""The store's own errors, in one place: what the window and the command line catch.

Nothing here imports the rest of the store, so every module of it (and the layers above) can
import this one. The errors stay importable where they were first defined (`store.writes`,
`store.db`, `store.backup`, `store.migrations`, `store.exchange`), re-exported from there.

- `WriteError` (a ValueError): a refused write; its message is for the user.
- `DatabaseRefused` (a peewee.DatabaseError) and its kinds: the database file was not opened.
  `NotKeneshDatabase`, `NewerDatabase`, `DatabaseLocked` and `CannotWrite` leave the file
  exactly as it was; `DamagedDatabase` means it was set aside.
- `BackupError`, `MigrationError`: a backup, a restore or a schema step failed; the
  database is unchanged.
- On a shared server (issue 19): `ServerRefused` (and `PasswordNeeded`) when the server
  cannot be used, `NotPermitted` when it refused a change the login has no grant for,
  `StaleRecord` when a form's save came after another person's change of the record (both
  engines), `GrantRefused` when `server grant` cannot give a grant.
- `DatabaseError`: any failure of the database, the kinds above and the engine's own errors
  alike; what a caller catches when it only needs to say that the database failed (the
  window, without knowing the engine).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Self

import peewee


class Keyed:
    """An error whose English message was filled from a `template` (str.format fields) with
    `values`; the window shows it in its own language (ui/store_messages.py translates the
    templates it knows and writes dates in the language's style). One made without `keyed`
    has `template` None and shows as it is."""

    def __init__(self, message: str, *, template: str | None = None,
                 values: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.template = template
        self.values = dict(values or {})

    @classmethod
    def keyed(cls, template: str, **values: object) -> Self:
        """The error `template.format(**values)`; dates are written ISO, lists joined by
        commas in the English text."""
        english = {key: _english(value) for key, value in values.items()}
        return cls(template.format(**english), template=template, values=values)


class WriteError(Keyed, ValueError):
    """A refused write; the message is for the user (a rule's message names its article).

    `str()` is English (the command line, logs); one made with `WriteError.keyed` is shown in
    the window's language (`Keyed`).
    """


def _english(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(_english(item)) for item in value)
    return value


DatabaseError = peewee.DatabaseError
"""Every failure of the database: the store's refusals and failures below are kinds of it, as
is an error of the engine itself (peewee's, the driver's) that none of them names."""


class NotYetChecked(WriteError):
    """A write refused while the database opened by the window is still being checked
    (`quick_check` runs after the window is shown): nothing is written to a file not yet
    known to be sound."""


class DatabaseRefused(peewee.DatabaseError):
    """The file was not opened and was left exactly as it was."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NotKeneshDatabase(DatabaseRefused):
    """The file is not SQLite, or is a SQLite database of another program."""


class NewerDatabase(DatabaseRefused):
    """The file was written by a newer Kenesh Desktop (its schema version is ahead of ours)."""


class DatabaseLocked(DatabaseRefused):
    """Another copy of the program (or another program) has the file open."""


class CannotWrite(DatabaseRefused):
    """The database cannot be written where it is: a read-only file, a read-only folder (SQLite
    writes its journal beside the file), or a full disk. Not damage: nothing was renamed and
    nothing was written. `reason` is "read_only_file", "read_only_folder" or "disk_full"."""

    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    DISK_FULL = "disk_full"

    def __init__(self, path: Path | str, reason: str) -> None:
        folder = Path(path).parent
        problems = {
            self.READ_ONLY_FILE: (
                "cannot be written: the file is read-only. Kenesh Desktop writes to its "
                "database (and takes a lock on it) even to show it; allow writing to the "
                "file, or copy it to a folder of your own, then open it again. Nothing was "
                "changed"),
            self.READ_ONLY_FOLDER: (
                f"cannot be written: the folder {folder} is read-only (the database needs to "
                "write its journal beside the file). Move the file to a folder you can "
                "write to, then open it again. Nothing was changed"),
            self.DISK_FULL: (
                f"cannot be written: the disk that holds {folder} is full. Free some space "
                "on it, then open the database again. Nothing was changed"),
        }
        super().__init__(path, problems.get(reason, problems[self.READ_ONLY_FILE]))
        self.reason = reason


class DamagedDatabase(DatabaseRefused):
    """The file is damaged; it was renamed to `damaged_path` and not opened.

    `backup` is the newest backup of this database (its identity, store/identity.py) that
    passes `integrity_check`, or None.
    """

    def __init__(self, path: Path, damaged_path: Path, backup: Path | None, detail: str):
        offer = (
            f"the newest good backup is {backup}" if backup else "there is no backup of it"
        )
        super().__init__(
            path,
            f"is damaged ({detail}); it was moved aside to {damaged_path} and not opened; "
            f"{offer}",
        )
        self.damaged_path = damaged_path
        self.backup = backup
        self.detail = detail


class ServerRefused(DatabaseRefused):
    """The server could not be used (unreachable, no such database, no access, old schema)."""


class PasswordNeeded(ServerRefused):
    """The server asks for a password libpq did not find (PGPASSWORD, ~/.pgpass)."""


class NotPermitted(WriteError):
    """The server refused a change the login has no grant for (row-level security)."""


class StaleRecord(WriteError):
    """The record was changed by someone else since the form showed it; nothing was saved."""


class GrantRefused(ValueError):
    """A grant that cannot be given (no such login, a bad council id or role)."""


class BackupError(Keyed, peewee.DatabaseError):
    """A backup could not be made or restored; the database itself is unchanged (`keyed`: shown
    in the window's language)."""


class MigrationError(peewee.DatabaseError):
    """A migration step left the database inconsistent; it was rolled back."""


__all__ = [
    "BackupError",
    "CannotWrite",
    "DamagedDatabase",
    "DatabaseError",
    "DatabaseLocked",
    "DatabaseRefused",
    "GrantRefused",
    "MigrationError",
    "NewerDatabase",
    "NotKeneshDatabase",
    "NotPermitted",
    "NotYetChecked",
    "PasswordNeeded",
    "ServerRefused",
    "StaleRecord",
    "WriteError",
]
