"""The Kyrgyz and Russian translations are complete and are what ships (issue 8, point 1).

Protects: pyside6-lupdate, run over every .py file of kenesh_desktop/ into temporary copies
of the committed .ts files, finds no source text the committed files lack (a string added
to the code but never translated), none they hold that the code no longer has (vanished or
obsolete), and no entry left unfinished; every translation keeps its source's {placeholders}
(a lost one raises KeyError or drops a number at run time) and its & accelerator (one in the
source means exactly one in the translation, none means none). The committed .qm files are
exactly what pyside6-lrelease compiles from the committed .ts files, and a wheel of the
project carries them, and the documents' and findings' .mo catalogues, where
`paths.translations_dir()` looks for them once installed (the installed package reads its
Kyrgyz from there).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("ky", "ru")

_PLACEHOLDER = re.compile(r"\{(\w*)(?:[!:][^{}]*)?\}")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def qt_tool(name: str) -> str:
    """The PySide6 tool `pyside6-<name>` beside this Python, on PATH, or the binary in the
    PySide6 package folder (where the pip wheel puts lupdate and lrelease)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    pytest.fail(f"pyside6-{name} not found: install PySide6-Essentials")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"kenesh_desktop_{lang}.ts"


Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def read_ts(path: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file by (context, source, comment), vanished ones included."""
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def translation_type(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else translation.get("type", "")


def translation_text(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else (translation.text or "")


def accelerators(text: str) -> int:
    """How many & mark a shortcut letter ("&&" is a literal ampersand, "& " is none)."""
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def show(key: Key) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict[Key, ET.Element]]:
    """For each language: the messages lupdate finds in the code today, merged into a
    temporary copy of the committed .ts (obsolete ones kept and marked, not dropped)."""
    folder = tmp_path_factory.mktemp("lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kenesh_desktop").rglob("*.py"))
    assert len(sources) > 20, "the scan must see the package's modules"
    result = {}
    for lang in LANGUAGES:
        copy = folder / ts_path(lang).name
        shutil.copyfile(ts_path(lang), copy)
        subprocess.run(
            [qt_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(copy)],
            cwd=ROOT, check=True, capture_output=True,
        )
        result[lang] = read_ts(copy)
    return result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_code_is_in_the_committed_file(lang, extracted):
    committed = read_ts(ts_path(lang))
    in_code = {key for key, message in extracted[lang].items()
               if translation_type(message) not in ("vanished", "obsolete")}
    assert len(in_code) > 300, "lupdate must find the window's strings"
    missing = sorted(show(key) for key in in_code - committed.keys())
    assert missing == [], f"run translations/update.py and translate: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_file_has_no_string_the_code_lost(lang, extracted):
    committed = read_ts(ts_path(lang))
    in_code = {key for key, message in extracted[lang].items()
               if translation_type(message) not in ("vanished", "obsolete")}
    gone = sorted(show(key) for key in committed.keys() - in_code)
    marked = sorted(show(key) for key, message in committed.items()
                    if translation_type(message) in ("vanished", "obsolete"))
    assert gone == [] and marked == [], "run translations/update.py (it drops them)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_unfinished_or_empty(lang):
    unfinished = sorted(
        show(key) for key, message in read_ts(ts_path(lang)).items()
        if translation_type(message) == "unfinished" or not translation_text(message).strip()
    )
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang):
    broken = []
    for key, message in read_ts(ts_path(lang)).items():
        source, text = key[1], translation_text(message)
        if not text:
            continue  # reported by the unfinished test
        if set(_PLACEHOLDER.findall(source)) != set(_PLACEHOLDER.findall(text)):
            broken.append(f"placeholders: {show(key)} -> {text!r}")
        if accelerators(text) != accelerators(source):
            broken.append(f"accelerator: {show(key)} -> {text!r}")
    assert broken == []


def test_the_checks_catch_what_they_are_for():
    """The patterns the file checks rely on see a lost placeholder and a lost accelerator."""
    assert set(_PLACEHOLDER.findall("{n} days left, {date:%d}")) == {"n", "date"}
    assert set(_PLACEHOLDER.findall("{n} күн калды")) == {"n"}
    assert accelerators("&Save") == accelerators("&Сактоо") == 1
    assert accelerators("Q&&A") == accelerators("Fish & chips") == 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_committed_ts(lang, tmp_path):
    built = tmp_path / f"kenesh_desktop_{lang}.qm"
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(built)],
                   check=True, capture_output=True)
    committed = ts_path(lang).with_suffix(".qm")
    assert committed.exists(), "run translations/update.py --release-only"
    assert committed.read_bytes() == built.read_bytes(), (
        "the .qm is stale: run translations/update.py --release-only"
    )


def test_the_compiled_translations_ship_inside_the_installed_package(tmp_path):
    """Build the wheel (hatchling, no network) and run the installed package's own
    `paths.translations_dir()`: it is inside the package and holds both .qm files."""
    pytest.importorskip("hatchling")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
         "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheels.glob("kenesh_desktop-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); from kenesh_desktop import paths; "
        "print(paths.translations_dir()); "
        "from kenesh_desktop.rules.messages import rule_title; "
        "print(rule_title('meeting.quorum', 'ky'))"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(site)], cwd=tmp_path, check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout.splitlines()
    folder = Path(out[0])
    assert folder == site / "kenesh_desktop" / "translations"
    for lang in LANGUAGES:
        shipped = folder / f"kenesh_desktop_{lang}.qm"
        assert shipped.read_bytes() == ts_path(lang).with_suffix(".qm").read_bytes()
        # the documents' and findings' catalogue, read by the installed package itself
        catalogue = folder / f"{lang}.mo"
        assert catalogue.read_bytes() == (TRANSLATIONS / f"{lang}.mo").read_bytes()
    assert out[1] == "Отурумдун кворуму"
