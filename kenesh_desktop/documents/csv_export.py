"""CSV files that Excel on Windows opens correctly and safely.

- UTF-8 with a byte-order mark: without it Excel reads the file in the system's code page and
  turns Kyrgyz letters into mojibake.
- A cell beginning with = + - @ (or a tab or carriage return) is prefixed with an apostrophe,
  so a subject typed as "=HYPERLINK(...)" is shown as text and never run as a formula (CSV
  injection).
- The file is written beside its target under a temporary name, flushed to disk and renamed
  into place: a crash or a full disk never leaves half a file where the old one was.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from kenesh_desktop.files import open_replacing, spreadsheet_safe

neutralise = spreadsheet_safe
"""The cell as text, made inert for spreadsheets (see the module docstring)."""


def write_csv(path: str | os.PathLike[str], header: Sequence[str],
              rows: Iterable[Sequence[object]]) -> Path:
    """Write `header` and `rows` to `path` (replacing it atomically); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open_replacing(target, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(cell) for cell in header])
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
    return target
