"""The catalogues of the texts without Qt (documents, findings): extract, merge, compile.

Used by update.py and by tests/i18n/test_catalogues.py; needs Babel (a development and test
dependency: the program itself reads the compiled .mo with Python's own gettext).

- `template()`: every `Texts` table of the package (lang/catalogue.py) as a gettext template,
  one message per text: its table and key as the context, its English as the message id, the
  module that words it as the location. The modules of lang/, rules/, store/ and documents/ are
  imported to find them (the window's strings are Qt's, in the .ts files).
- `merge(lang)`: kenesh_desktop.pot and <lang>.po brought up to the code, translations kept; a
  text whose English changed keeps its old translation marked fuzzy (unfinished) for review,
  a new one is empty, one the code lost is dropped. A file is rewritten only when its messages
  changed, so running the script twice changes nothing.
- `compile_mo(lang)`: <lang>.po compiled to <lang>.mo (fuzzy and empty entries left out).
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = ROOT / "kenesh_desktop"
LANGUAGES = ("ky", "ru")
TEMPLATE = HERE / "kenesh_desktop.pot"
SEARCHED = ("lang", "rules", "store", "documents")
"""The packages whose modules may hold tables (none imports Qt)."""

_TABLE = re.compile(r"""\bTexts\(\s*["']([^"']+)["']""")


def po_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{lang}.po"


def mo_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{lang}.mo"


def _tables() -> dict:
    """Every table with texts of its own, after importing every module that may make one."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for name in SEARCHED:
        package = importlib.import_module(f"kenesh_desktop.{name}")
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    from kenesh_desktop.lang.catalogue import TABLES

    return TABLES


def _defining_modules() -> dict[str, str]:
    """Each table's name → the module (a path from the repository's root) that makes it."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _TABLE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, path.relative_to(ROOT).as_posix())
    return found


def _new_catalog(lang: str | None) -> Catalog:
    what = {None: "Template of the", "ky": "The Kyrgyz", "ru": "The Russian"}[lang]
    header = (f"# {what} texts of Kenesh Desktop's documents and findings (the window's are in\n"
              "# kenesh_desktop_<lang>.ts). Translate them in any PO editor, then run\n"
              "# translations/update.py: it compiles the .mo the program reads.")
    from kenesh_desktop import __version__

    return Catalog(locale=lang, project="Kenesh Desktop", version=__version__, fuzzy=False,
                   header_comment=header)


def template() -> Catalog:
    """The texts of the code as a template (no translations), module by module."""
    tables = _tables()
    where = _defining_modules()
    missing = sorted(set(tables) - set(where))
    if missing:
        raise SystemExit(f"tables whose module was not found: {missing}")
    catalog = _new_catalog(None)
    for name in sorted(tables, key=lambda n: (where[n], n)):
        for context, english in tables[name].entries():
            catalog.add(english, context=context, locations=[(where[name], 0)])
    return catalog


def messages(catalog: Catalog) -> list[tuple]:
    """What a catalogue says, for comparing two: (context, id, translation, fuzzy, where)."""
    return [(m.context, m.id, m.string or "", m.fuzzy, tuple(path for path, _ in m.locations))
            for m in catalog if m.id]


def _write(path: Path, catalog: Catalog) -> bool:
    """Write `catalog` as a .po/.pot unless the file already says the same; True if written."""
    if path.exists():
        with path.open("rb") as file:
            if messages(read_po(file)) == messages(catalog):
                return False
    buffer = io.BytesIO()
    write_po(buffer, catalog, ignore_obsolete=True, include_lineno=False, width=96)
    path.write_bytes(buffer.getvalue())
    return True


def read(lang: str, folder: Path = HERE) -> Catalog:
    with po_path(lang, folder).open("rb") as file:
        return read_po(file, locale=lang)


def merge(source: Catalog, lang: str, folder: Path = HERE) -> list[str]:
    """<lang>.po brought up to `source`; returns the texts left to translate (new or fuzzy)."""
    if po_path(lang, folder).exists():
        catalog = read(lang, folder)
    else:
        catalog = _new_catalog(lang)
    catalog.update(source, update_creation_date=False)
    _write(po_path(lang, folder), catalog)
    return [f"{m.context}: {m.id}" for m in catalog if m.id and (m.fuzzy or not m.string)]


def write_template(source: Catalog) -> bool:
    return _write(TEMPLATE, source)


def compile_mo(lang: str, folder: Path = HERE) -> None:
    """<lang>.po compiled to <lang>.mo, as the program reads it."""
    buffer = io.BytesIO()
    write_mo(buffer, read(lang, folder), use_fuzzy=False)
    mo_path(lang, folder).write_bytes(buffer.getvalue())
