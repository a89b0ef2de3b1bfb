"""Refresh the translations in one command: `python translations/update.py`.

1. pyside6-lupdate reads every .py file of the package (kenesh_desktop/, recursively: the
   window's tr() calls and the store messages listed in ui/store_messages.py) and adds new
   strings to kenesh_desktop_ky.ts and kenesh_desktop_ru.ts (existing translations are
   kept; strings no longer in the code are dropped).
2. pyside6-lrelease compiles each .ts into the .qm the program loads (ui/i18n.py).

Translate new strings in between with Qt Linguist (`pyside6-linguist FILE.ts`) or by editing
the .ts; terms follow the project glossary (GLOSSARY.md). `--release-only` skips step 1.
tests/i18n/test_translations_complete.py fails while an entry is unfinished or a .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = ROOT / "kenesh_desktop"
LANGUAGES = ("ky", "ru")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a virtualenv's bin/ or Scripts/), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def main(argv: list[str]) -> int:
    targets = [HERE / f"kenesh_desktop_{lang}.ts" for lang in LANGUAGES]
    if "--release-only" not in argv:
        sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
        for ts in targets:
            subprocess.run(
                [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
                 "-ts", str(ts.relative_to(ROOT))],
                cwd=ROOT,
                check=True,
            )
    for ts in targets:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
