"""Run every benchmark of Kenesh Desktop and print one table: figure, floor, ratio, target.

    python -m bench [--runs N] [--markdown]        (or: python bench/run.py ...)

Each figure is measured next to its floor in the same run, on the same machine, as a median
(machines are noisy: read the ratios). Every window and command runs in a fresh process, with
Qt offscreen and its own settings and data folders (the user's are never touched):

- start-up to a shown main window, typical and large database, against a bare QMainWindow
  with a QTabWidget (targets 2x and 3x); the first start of a day, which also makes the
  daily backup, is shown apart;
- switching to each tab of the window on the large database (under 100 ms), and apart the
  first switch to each, which builds the tab;
- filtering 25,000 requests by text (under 100 ms), from bench/bench_requests.py, against a
  plain substring scan of 25,000 texts;
- the minutes (15 members, 30 items) and the annual plan (100 items) against a bare reportlab
  document of the same text (under 2x);
- `check` over the large database (under 2 s), against reading every row with sqlite3;
- `check` on 10,000 and 100,000 members (bench/members.py): linear, so ten times the
  members takes well under fifteen times as long (issue 16: it was quadratic);
- peak memory (ru_maxrss) of the window on the large database against the bare window
  (under 2x; Linux and macOS only);
- with --bundle FOLDER, the standalone bundle's window (start, show, close) against the same
  program run by Python.

The databases come from bench/generate.py (cached in the temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py`
    sys.path.insert(0, str(ROOT))

from bench.generate import END  # noqa: E402

CHECK_DAY = END.isoformat()


@dataclass
class Row:
    figure: str
    value: float | None  # ms, or MB for memory
    floor: float | None
    target: str
    limit_ratio: float | None = None  # the figure must be under floor x this
    limit_value: float | None = None  # ... or under this absolute value
    unit: str = "ms"
    floor_name: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "n/a"
        if self.limit_ratio is not None:
            return "ok" if self.ratio is not None and self.ratio < self.limit_ratio else "MISSED"
        if self.limit_value is not None:
            return "ok" if self.value < self.limit_value else "MISSED"
        return ""


class Crashed(RuntimeError):
    """A benchmarked process was killed by a signal."""


@dataclass
class Outcome:
    stdout: str
    seconds: float  # from start to exit
    shown: float | None  # seconds from start to the window shown, for the window probes
    max_rss_mb: float | None
    returncode: int


class Bench:
    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.work = Path(tempfile.mkdtemp(prefix="kenesh-bench-run-"))
        self.data = self.work / "data"
        self.crashes: list[str] = []

    def env(self, data: Path | None = None) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env["KENESH_DATA_DIR"] = str(data or self.data)
        env["XDG_CONFIG_HOME"] = str(self.work / "config")  # QSettings on Linux
        env["XDG_DATA_HOME"] = str(self.work / "share")
        env.pop("KENESH_QUIT_AFTER_MS", None)
        # As an installed program runs: its modules compiled once, not at every start (the
        # warm-up runs write the cache; the repository stays clean).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.work / "pycache")
        return env

    def run(self, args: list[str], data: Path | None = None) -> Outcome:
        """Run `python args...` from the repository; time it, and its peak memory."""
        with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
            started = time.perf_counter()
            # faulthandler: a crash prints the Python stack, shown with the crash's report.
            process = subprocess.Popen([sys.executable, "-X", "faulthandler", *args], cwd=ROOT,
                                       env=self.env(data), stdout=subprocess.PIPE,
                                       stderr=errors, text=True)
            max_rss = None
            if hasattr(os, "wait4"):  # the child's own peak memory, as it exits
                stdout = process.stdout.read()  # type: ignore[union-attr]
                _pid, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                # ru_maxrss is in KiB on Linux, in bytes on macOS.
                max_rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
            else:
                stdout, _ = process.communicate()
            seconds = time.perf_counter() - started
            errors.seek(0)
            stderr = errors.read()
        match = re.search(r"^shown ([\d.]+)$", stdout, re.M)
        shown = float(match.group(1)) - started if match else None
        window = any(arg in ("bare-window", "app-window") for arg in args)
        if process.returncode < 0:
            raise Crashed(f"{' '.join(args)} was killed by signal {-process.returncode}:\n"
                          f"{stderr}")
        if process.returncode not in (0, 1) or (window and shown is None):
            raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}):\n{stderr}")
        return Outcome(stdout, seconds, shown, max_rss, process.returncode)

    def probe(self, *args: str, data: Path | None = None) -> Outcome:
        try:
            return self.run(["-m", "bench.probes", *args], data)
        except Crashed as crash:
            # Said, never hidden: a crash is counted and shown under the table; the run is
            # repeated once so that one crash does not lose the whole table.
            self.crashes.append(str(crash))
            return self.run(["-m", "bench.probes", *args], data)

    def json_probe(self, *args: str) -> dict:
        outcome = self.probe(*args)
        return json.loads(outcome.stdout.strip().splitlines()[-1])

    # ------------------------------------------------------------------ the benchmarks

    def startup(self, typical: Path, large: Path) -> list[Row]:
        # The first start of a day on a database also makes its daily backup (store/backup.py):
        # measured once, in a fresh data folder, then every other run is a later start.
        bare, small, big = [], [], []
        # Warm first (modules compiled, as an installed program has them, and the disk
        # cache), then the first start of a day in fresh data folders, then every other run.
        self.probe("bare-window")
        self.probe("app-window", str(typical), data=self.work / "warm-up")
        first = self.probe("app-window", str(large), data=self.work / "first-of-day")
        first_typical = self.probe("app-window", str(typical),
                                   data=self.work / "first-of-day-typical")
        self.probe("app-window", str(typical))
        for _ in range(self.runs):  # interleaved, so a busy moment hurts every series alike
            bare.append(self.probe("bare-window"))
            small.append(self.probe("app-window", str(typical)))
            big.append(self.probe("app-window", str(large)))

        def shown(outcomes: list[Outcome]) -> float:
            return statistics.median(o.shown for o in outcomes if o.shown is not None) * 1000

        def rss(outcomes: list[Outcome]) -> float | None:
            values = [o.max_rss_mb for o in outcomes if o.max_rss_mb is not None]
            return statistics.median(values) if values else None

        floor = shown(bare)
        return [
            Row("start-up to a shown window, typical db", shown(small), floor, "< 2x",
                limit_ratio=2, floor_name="bare window"),
            Row("start-up to a shown window, large db", shown(big), floor, "< 2.5x",
                limit_ratio=2.5, floor_name="bare window"),
            Row("start-up, the day's first (backup after the first paint), typical db",
                (first_typical.shown or 0) * 1000, floor, "< 2x", limit_ratio=2,
                floor_name="bare window"),
            Row("start-up, the day's first (backup after the first paint), large db",
                (first.shown or 0) * 1000, floor, "< 2.5x", limit_ratio=2.5,
                floor_name="bare window"),
            Row("peak memory, typical db", rss(small), rss(bare), "(info)", unit="MB",
                floor_name="bare window"),
            Row("peak memory, large db", rss(big), rss(bare), "< 2x", limit_ratio=2, unit="MB",
                floor_name="bare window"),
        ]

    def tabs(self, large: Path) -> list[Row]:
        figures = self.json_probe("tabs", str(large))
        rows = [Row(f"switch to the {name.removesuffix('Tab')} tab, large db", ms, None,
                    "< 100 ms", limit_value=100) for name, ms in figures["again"].items()]
        # Each tab is built when first shown: that first switch is shown apart (one sample).
        rows += [Row(f"first switch to the {name.removesuffix('Tab')} tab (builds it), "
                     "large db", ms, None, "(info)") for name, ms in figures["first"].items()]
        return rows

    def requests_filter(self) -> list[Row]:
        """Reuse bench/bench_requests.py (the Requests tab's own benchmark) and parse it."""
        floor = self.json_probe("filter-floor")["filter_floor"]
        script = ROOT / "bench" / "bench_requests.py"
        wanted = {
            "filter by text (first after load)": ("filter 25,000 requests by text, first",
                                                  "< 100 ms"),
            "filter by text (typed at once)": ("filter 25,000 requests, typed at once after "
                                               "a load", "(info)"),
            "filter by text (again)": ("filter 25,000 requests by text, again", "< 100 ms"),
        }
        rows = []
        medians = {}
        if script.exists():
            outcome = self.run([str(script)])
            for line in outcome.stdout.splitlines():
                match = re.match(r"(.+?)\s+median\s+([\d.]+) ms", line)
                if match:
                    medians[match.group(1).strip()] = float(match.group(2))
        for theirs, (ours, target) in wanted.items():
            rows.append(Row(ours, medians.get(theirs), floor, target,
                            limit_value=100 if target != "(info)" else None,
                            floor_name="substring scan"))
        return rows

    def documents(self) -> list[Row]:
        figures = self.json_probe("documents")
        return [
            Row(f"minutes, 15 members, 30 items ({figures['minutes_pages']} pages)",
                figures["minutes"], figures["minutes_floor"], "< 2x", limit_ratio=2,
                floor_name="bare reportlab"),
            Row(f"annual plan, 100 items ({figures['plan_pages']} pages)", figures["plan"],
                figures["plan_floor"], "< 2x", limit_ratio=2, floor_name="bare reportlab"),
        ]

    def bundle(self, folder: Path, typical: Path) -> list[Row]:
        """The standalone bundle's window against the package run by Python: each opened on
        the typical database and closed at once (KENESH_QUIT_AFTER_MS=0), start to exit."""
        program = folder / ("KeneshDesktop.exe" if sys.platform == "win32" else "KeneshDesktop")

        def timed(command: list[str]) -> float:
            env = {**self.env(), "KENESH_QUIT_AFTER_MS": "0"}
            started = time.perf_counter()
            subprocess.run(command, cwd=self.work, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return (time.perf_counter() - started) * 1000

        package = [sys.executable, "-m", "kenesh_desktop", "--db", str(typical)]
        bundled = [str(program), "--db", str(typical)]
        timed(package), timed(bundled)  # warm: the daily backup, the disk cache
        figures = [(timed(bundled), timed(package)) for _ in range(self.runs)]
        return [Row("bundle: start, show, close, typical db",
                    statistics.median(f[0] for f in figures),
                    statistics.median(f[1] for f in figures), "(info)",
                    floor_name="python -m kenesh_desktop")]

    def check(self, large: Path) -> list[Row]:
        command = ["-m", "kenesh_desktop", "check", "--db", str(large), "--today", CHECK_DAY]
        self.run(command)  # the day's backup, and a warm disk cache
        figures, floors = [], []
        for _ in range(self.runs):
            floors.append(self.probe("raw-read", str(large)).seconds)
            figures.append(self.run(command).seconds)
        return [Row("`check` over the large db", statistics.median(figures) * 1000,
                    statistics.median(floors) * 1000, "< 2000 ms", limit_value=2000,
                    floor_name="sqlite3 reads every row")]

    def check_members(self) -> list[Row]:
        """`check` on 10,000 and 100,000 members: linear (issue 16, finding 12)."""
        from bench.members import ensure_members_database

        medians = {}
        for count in (10_000, 100_000):
            db = ensure_members_database(count)
            command = ["-m", "kenesh_desktop", "check", "--db", str(db), "--today",
                       "2026-06-01"]
            self.run(command)  # the day's backup, and a warm disk cache
            medians[count] = statistics.median(
                self.run(command).seconds for _ in range(self.runs)) * 1000
        return [
            Row("`check`, 10,000 members", medians[10_000], None, "(info)"),
            Row("`check`, 100,000 members", medians[100_000], medians[10_000],
                "< 15x (linear)", limit_ratio=15, floor_name="10,000 members"),
        ]


def machine() -> str:
    """One line naming the machine: CPU, cores, memory, system, Python, Qt."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info
                        if line.startswith("model name")), cpu)
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
            memory = f", {kib / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f", PySide6 {PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        qt = ""
    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}{qt}")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def table(rows: list[Row], markdown: bool) -> str:
    header = ("figure", "measured", "floor", "ratio", "target", "result")
    cells = [
        (r.figure, _number(r.value, r.unit),
         f"{_number(r.floor, r.unit)} ({r.floor_name})" if r.floor is not None else "-",
         f"{r.ratio:.1f}x" if r.ratio is not None else "-", r.target, r.verdict)
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in [header, *cells]) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                     for row in [header, *cells])


def _database_in_a_child(name: str) -> Path:
    """The cached database `name`, generated (when missing) in a child process.

    Generating the large database here would leave this process several hundred MB large,
    and a child forked from it starts with that resident set: ru_maxrss would report the
    parent's size for every probe of a first run instead of the probe's own peak."""
    code = f"from bench.generate import ensure_database; print(ensure_database({name!r}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                          stdout=subprocess.PIPE, text=True)
    return Path(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5,
                        help="runs of each start-up and check (default 5; medians)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--bundle", type=Path, metavar="FOLDER",
                        help="also time the standalone bundle in FOLDER (dist/KeneshDesktop)")
    args = parser.parse_args(argv)

    typical, large = _database_in_a_child("typical"), _database_in_a_child("large")
    bench = Bench(args.runs)
    started = time.perf_counter()
    rows: list[Row] = []
    try:
        for step in (lambda: bench.startup(typical, large), lambda: bench.tabs(large),
                     bench.requests_filter, bench.documents, lambda: bench.check(large),
                     bench.check_members):
            rows += step()
        if args.bundle:
            rows += bench.bundle(args.bundle.resolve(), typical)
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)
    print(f"Kenesh Desktop benchmarks, {time.strftime('%Y-%m-%d')}, {args.runs} runs each "
          f"({time.perf_counter() - started:.0f} s)")
    print(f"Machine: {machine()}")
    print()
    print(table(rows, args.markdown))
    for crash in bench.crashes:
        print(f"\nA run crashed and was repeated: {crash}")
    return 1 if any(r.verdict == "MISSED" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
