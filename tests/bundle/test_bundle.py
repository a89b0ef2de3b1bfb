"""The standalone bundle (build.spec, issue 10): built here with PyInstaller, copied elsewhere as
a secretary copies it from a USB stick, and run headless from the copy.

Protects: the bundle's layout (the package's resources and compiled translations where
kenesh_desktop/paths.py looks, Qt's Russian translation, no Qt modules the program does not
use); `--version` from the package; `demo`, `check`, `minutes` and `plan` working inside the
bundle (the PDFs carry the bundled DejaVu font and Kyrgyz letters, `check` speaks Russian);
the window opening offscreen and closing without an error; and that settings and records go
to the user's folders, never into the bundle, which no run changes by a single file.
Marked slow: run with `pytest -m slow tests/bundle` (the conftest skips it otherwise).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kenesh_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""
DAY = "2026-11-24"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle built from build.spec, then copied to another folder (the "USB stick")."""
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=work, capture_output=True, text=True, timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    copy = tmp_path_factory.mktemp("laptop") / "KeneshDesktop"
    shutil.copytree(work / "dist" / "KeneshDesktop", copy, symlinks=True)
    shutil.rmtree(work)  # nothing of the build is left to find by accident
    return copy


@pytest.fixture
def user(tmp_path: Path) -> dict[str, Path]:
    """A user's home with its own data and settings folders, and a desk to work in."""
    folders = {name: tmp_path / name for name in ("home", "data", "config", "desk")}
    for folder in folders.values():
        folder.mkdir()
    return folders


def _environment(user: dict[str, Path], **extra: str) -> dict[str, str]:
    # Nothing of this test run leaks in: no Python paths, no data folder override.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "KENESH_", "XDG_", "LC_", "LANG"))}
    env.update(HOME=str(user["home"]), XDG_DATA_HOME=str(user["data"]),
               XDG_CONFIG_HOME=str(user["config"]), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8", **extra)
    return env


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


def run(installed: Path, user: dict[str, Path], program: str, *args: str,
        **env: str) -> subprocess.CompletedProcess:
    """Run one of the bundle's programs from the user's desk; the bundle must not change."""
    before = _snapshot(installed)
    result = subprocess.run([str(installed / f"{program}{EXE}"), *args], cwd=user["desk"],
                            env=_environment(user, **env), capture_output=True, text=True,
                            encoding="utf-8", timeout=180)
    assert "Traceback" not in result.stderr, result.stderr
    assert _snapshot(installed) == before, "the run changed the bundle's folder"
    return result


def test_layout_matches_what_paths_looks_for(installed: Path) -> None:
    internal = installed / "_internal"
    package = internal / "kenesh_desktop"
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert (package / "resources" / "fonts" / font.name).is_file(), font.name
    assert (package / "resources" / "icons" / "kenesh.svg").is_file()
    # The public pack's templates and stylesheet (paths.templates_dir), with the resources.
    for name in ("base.html.j2", "style.css", "README.md.j2"):
        assert (package / "resources" / "templates" / "public_pack" / name).is_file(), name
    for pattern in ("*.qm", "*.mo"):  # the window's, the documents' and findings'
        compiled = sorted(path.name for path in (ROOT / "translations").glob(pattern))
        assert compiled, pattern
        assert sorted(path.name for path in (package / "translations").glob(pattern)) == compiled
    for pattern in ("*.ts", "*.po", "*.pot"):
        assert not list(internal.rglob(pattern)), "translation sources do not belong in the bundle"
    # Qt's own translations: Russian exists (Qt has no Kyrgyz yet); other languages are gone.
    qt_translations = {qm.name for qm in internal.rglob("qt*.qm")}
    assert "qtbase_ru.qm" in qt_translations
    assert all(name.removesuffix(".qm").endswith(("_ru", "_ky")) for name in qt_translations)
    # (Qt Network stays: the one running copy listens on a local socket, ui/single_instance.py)
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6Sql", "Qt6WebEngine", "Qt6Multimedia", "Qt6Pdf",
                   "Qt63D"):
        assert not list(internal.rglob(f"*{unused}*")), unused
    dangling = [link for link in internal.rglob("*") if link.is_symlink() and not link.exists()]
    assert not dangling, dangling
    assert (installed / f"KeneshDesktop{EXE}").is_file()
    assert (installed / f"kenesh-desktop{EXE}").is_file()


def test_version_comes_from_the_package(installed: Path, user: dict[str, Path]) -> None:
    result = run(installed, user, "kenesh-desktop", "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kenesh-desktop {__version__}"


def test_headless_commands_find_fonts_and_messages(installed: Path,
                                                   user: dict[str, Path]) -> None:
    from pypdf import PdfReader

    db = user["desk"] / "council.sqlite3"
    demo = run(installed, user, "kenesh-desktop", "demo", "--db", str(db), "--today", DAY)
    assert demo.returncode == 0, demo.stderr
    assert "demo-minfin" in demo.stdout

    check = run(installed, user, "kenesh-desktop", "check", "--db", str(db), "--today", DAY,
                KENESH_LANG="ru")
    assert check.returncode == 1, check.stderr  # the demo keeps violations on purpose
    # «Ст. 17» is the bundled ru.mo's (without the catalogue the message is English).
    assert "violation" in check.stdout and "Ст. 17" in check.stdout

    as_json = run(installed, user, "kenesh-desktop", "check", "--db", str(db), "--today", DAY,
                  "--json")
    findings = json.loads(as_json.stdout)["findings"]
    assert {f["rule"] for f in findings} >= {"meeting.quorum", "request.answer_due"}

    minutes = user["desk"] / "sitting-4.pdf"
    made = run(installed, user, "kenesh-desktop", "minutes", "--db", str(db), "--council",
               "demo-minfin", "--meeting", "4", "--out", str(minutes))
    assert made.returncode == 0, made.stderr
    plan = user["desk"] / "plan.pdf"
    made = run(installed, user, "kenesh-desktop", "plan", "--db", str(db), "--council",
               "demo-minfin", "--year", DAY[:4], "--out", str(plan), "--lang", "ru")
    assert made.returncode == 0, made.stderr

    # The public pack (Jinja2 templates and icalendar inside the bundle) and the letter.
    site = user["desk"] / "site"
    made = run(installed, user, "kenesh-desktop", "publish", "--db", str(db), "--council",
               "demo-minfin", "--out", str(site))
    assert made.returncode == 0, made.stderr
    assert "Коомдук кеңеш" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "sittings.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    letter = user["desk"] / "letter.pdf"
    made = run(installed, user, "kenesh-desktop", "agenda", "--db", str(db), "--council",
               "demo-minfin", "--meeting", "4", "--out", str(letter))
    assert made.returncode == 0, made.stderr

    # The quorum's article in Kyrgyz, Kyrgyz letters, the Russian plan: set in bundled DejaVu.
    for pdf, words in ((minutes, ("ПРОТОКОЛ", "17-берене", "Коомдук кеңеш")),
                       (plan, ("ПЛАН РАБОТЫ", "Общественного совета"))):
        reader = PdfReader(io.BytesIO(pdf.read_bytes()))
        text = "\n".join(page.extract_text() for page in reader.pages)
        for word in words:
            assert word in text, (pdf.name, word)
        fonts = {str(font.get("/BaseFont")) for page in reader.pages
                 for font in page["/Resources"]["/Font"].values()}
        assert any(font.endswith("+DejaVuSans") for font in fonts), fonts


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_window_opens_offscreen_and_closes(installed: Path, user: dict[str, Path],
                                           lang: str) -> None:
    db = user["desk"] / "council.sqlite3"
    assert run(installed, user, "kenesh-desktop", "demo", "--db", str(db)).returncode == 0
    settings = user["config"] / "Kenesh" / "KeneshDesktop.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[General]\nlanguage={lang}\n", encoding="utf-8")
    shown = run(installed, user, "KeneshDesktop", "--db", str(db), KENESH_QUIT_AFTER_MS="1500")
    assert shown.returncode == 0, shown.stderr
    for problem in ("Could not", "Cannot", "Failed", "failed", "Error", "error"):
        assert problem not in shown.stderr, shown.stderr
    # The window saved its geometry on closing: it really opened and closed as a user's does.
    assert "geometry" in settings.read_text(encoding="utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux folders are named")
def test_settings_and_records_live_in_the_users_folders(installed: Path,
                                                        user: dict[str, Path]) -> None:
    # Without --db the window opens the database in the user's data folder (created there).
    opened = run(installed, user, "KeneshDesktop", KENESH_QUIT_AFTER_MS="500")
    assert opened.returncode == 0, opened.stderr
    assert (user["data"] / "KeneshDesktop" / "kenesh.sqlite3").is_file()
    assert (user["config"] / "Kenesh" / "KeneshDesktop.conf").is_file()
    assert not list(installed.rglob("*.sqlite3")) and not list(installed.rglob("*.conf"))
