"""Refresh the translations in one command: `python translations/update.py`.

The window (Qt):

1. pyside6-lupdate reads every .py file of the package (kenesh_desktop/, recursively: the
   window's tr() calls and the store messages listed in ui/store_messages.py) and adds new
   strings to kenesh_desktop_ky.ts and kenesh_desktop_ru.ts (existing translations are
   kept; strings no longer in the code are dropped).
2. A string that moved to another class (a new translation context) keeps its translation:
   a new, untranslated entry whose English text had exactly one translation in the file
   before step 1 gets that translation. Entries still untranslated are listed.
3. pyside6-lrelease compiles each .ts into the .qm the program loads (ui/i18n.py).

The documents and findings (gettext):

4. The texts of the documents and findings (the `Texts` tables of the modules without Qt,
   lang/catalogue.py) are collected into kenesh_desktop.pot and merged into ky.po and ru.po
   (translations kept; a text whose English changed keeps its old translation marked fuzzy
   for review; new entries and fuzzy ones are listed), and each .po is compiled to the .mo
   the program reads (catalogues.py, with Babel).

Translate new strings in between with Qt Linguist (`pyside6-linguist FILE.ts`) or by editing
the .ts, and the .po files with any PO editor (Poedit, Lokalize, …: clear the fuzzy mark once
a text is checked); terms follow the project glossary (GLOSSARY.md). `--release-only` skips
steps 1, 2 and the merge of step 4 (only compiles). tests/i18n/test_translations_complete.py
and test_catalogues.py fail while an entry is unfinished or a .qm or .mo is stale.
"""

from __future__ import annotations

import html
import re
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


_MESSAGE = re.compile(
    r"(<message>\s*<source>(?P<source>.*?)</source>\s*)"
    r"(?P<translation><translation(?P<attributes>[^>]*)>(?P<text>.*?)</translation>)",
    re.DOTALL)


def _escape(text: str) -> str:
    """XML text the way lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def finished_translations(ts_text: str) -> dict[str, set[str]]:
    """Every English text of a .ts file and the finished translations it has (any context)."""
    known: dict[str, set[str]] = {}
    for match in _MESSAGE.finditer(ts_text):
        text = html.unescape(match["text"])
        if "type=" not in match["attributes"] and text.strip():
            known.setdefault(html.unescape(match["source"]), set()).add(text)
    return known


def carry_over(ts_text: str, known: dict[str, set[str]]) -> tuple[str, int, list[str]]:
    """Give each unfinished entry the one translation its English text had before; returns
    the new text, how many were given, and the English texts still untranslated."""
    carried = 0
    left: list[str] = []

    def fill(match: re.Match) -> str:
        nonlocal carried
        if 'type="unfinished"' not in match["attributes"]:
            return match[0]
        source = html.unescape(match["source"])
        choices = known.get(source, set())
        if len(choices) != 1:
            left.append(source)
            return match[0]
        carried += 1
        return f"{match[1]}<translation>{_escape(next(iter(choices)))}</translation>"

    return _MESSAGE.sub(fill, ts_text), carried, left


def main(argv: list[str]) -> int:
    targets = [HERE / f"kenesh_desktop_{lang}.ts" for lang in LANGUAGES]
    if "--release-only" not in argv:
        sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
        for ts in targets:
            known = finished_translations(ts.read_text(encoding="utf-8"))
            subprocess.run(
                [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
                 "-ts", str(ts.relative_to(ROOT))],
                cwd=ROOT,
                check=True,
            )
            text, carried, left = carry_over(ts.read_text(encoding="utf-8"), known)
            ts.write_text(text, encoding="utf-8")
            print(f"{ts.name}: {carried} translation(s) carried to a new context, "
                  f"{len(left)} to translate")
            for source in left:
                print(f"    {source!r}")
    for ts in targets:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    update_catalogues(release_only="--release-only" in argv)
    return 0


def update_catalogues(release_only: bool) -> None:
    """Step 4: the documents' and findings' catalogues merged and compiled."""
    try:
        import catalogues
    except ImportError as error:
        sys.exit(f"{error}: install the test extras (pip install -e '.[test]'), Babel among them")
    if not release_only:
        source = catalogues.template()
        if catalogues.write_template(source):
            print(f"{catalogues.TEMPLATE.name}: written")
        for lang in catalogues.LANGUAGES:
            left = catalogues.merge(source, lang)
            print(f"{lang}.po: {len(left)} to translate")
            for entry in left:
                print(f"    {entry!r}")
    for lang in catalogues.LANGUAGES:
        catalogues.compile_mo(lang)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
