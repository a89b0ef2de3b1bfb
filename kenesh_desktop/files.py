"""Files written safely, and cells a spreadsheet cannot run.

Every document, export and backup is written to a temporary file in the target's own folder
and renamed into place only once complete and synced, so a crash or a refused command never
leaves half a file under the real name (and an old file stays whole). Every one of them holds
personal data, so the temporary and the file are readable by their user only (0600), and the
temporary is recorded while it exists (private_files.py) so that the next start removes what
a killed run left.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def replacing(target: Path | str, *, private: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it when the block succeeds.

    The file keeps the owner-only mode that mkstemp gives (issue 16: every document, export
    and backup holds personal data); `private` is accepted for the callers that said so.
    """
    from kenesh_desktop import private_files

    del private  # always private now
    target = Path(target)
    # Named and recorded first, then made: a run killed at any moment leaves either no
    # temporary or a recorded one (private_files.sweep removes it at the next start).
    while True:
        temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        record = private_files.register(temporary)
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                             private_files.FILE_MODE))
            break
        except FileExistsError:
            private_files.unregister(record)
        except BaseException:
            private_files.unregister(record)
            raise
    try:
        yield temporary
        temporary.chmod(private_files.FILE_MODE)  # a writer may have replaced the file
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)
        private_files.unregister(record)


@contextlib.contextmanager
def open_replacing(target: Path | str, mode: str = "w", *, encoding: str | None = None,
                   newline: str | None = None, private: bool = False) -> Iterator[IO[Any]]:
    """`replacing`, opened: the file object to write; the target appears only on success."""
    with replacing(target, private=private) as temporary:
        with open(temporary, mode, encoding=encoding, newline=newline) as handle:
            yield handle


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable too (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ (or tab, CR) would make it run
    the cell as a formula (CSV injection), so such a cell gets a leading apostrophe."""
    value = "" if cell is None else str(cell)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
