"""Benchmark (not a test): the Requests tab with 25,000 requests in the database.

Creates a temporary database holding one council with 25,000 requests (registered over ten
years, two thirds answered, some late, the rest waiting or overdue), then times, each as the
median of several runs:
- open: building the Requests tab (its query, the table model with every row's state, the
  first sorted view, the proposals and notices views);
- sort: sorting by each of the Subject, Number, State and Registered columns, each on a fresh
  load (the column's keys are computed at its first sort, so this is the slow case);
- filter: typing a word into the filter, and clearing it. The texts are read and folded for
  searching in slices once the tab has been idle a moment after a load: the first search is
  timed once the tab has settled (as when a user gets to the field), and apart, typed at once
  after the load (it then reads and folds every text itself); later searches only compare.
The target is under 100 ms for each. Run: QT_QPA_PLATFORM=offscreen python bench/bench_requests.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kenesh_desktop.rules import records as r  # noqa: E402
from kenesh_desktop.store import writes  # noqa: E402
from kenesh_desktop.store.db import close_database, open_database  # noqa: E402
from kenesh_desktop.ui.requests import RequestsTab  # noqa: E402
from kenesh_desktop.ui.requests.request_models import (  # noqa: E402
    NUMBER,
    REGISTERED,
    STATE,
    SUBJECT,
)
from kenesh_desktop.ui.session import AppSession  # noqa: E402

COUNT = 25_000
RUNS = 7
TODAY = dt.date(2027, 3, 1)
SUBJECTS = (
    "Бюджеттин аткарылышы тууралуу маалымат", "Мамлекеттик сатып алуулар боюнча даттануулар",
    "Гранттык долбоорлордун каражаттарынын өздөштүрүлүшү", "Жергиликтүү бюджеттерге трансферттер",
    "Кайрылууларды кароонун мөөнөттөрү", "Казыначылыктын аймактык бөлүмдөрүнүн иши",
    "Салык жеңилдиктеринин натыйжалуулугу", "Мамлекеттик карыздын абалы",
)
ADDRESSEES = (
    "Финансы министринин орун басары Э. Асанов", "Бюджеттик саясат башкармалыгынын башчысы",
    "Мамлекеттик сатып алуулар департаментинин директору", "Аппараттын жетекчиси",
)


def make_council() -> r.Council:
    rng = random.Random(74)
    requests = []
    for index in range(1, COUNT + 1):
        registered = TODAY - dt.timedelta(days=rng.randrange(3650))
        answered = None
        if rng.random() < 0.67:
            answered = min(TODAY, registered + dt.timedelta(days=rng.randrange(25)))
        subject = f"{rng.choice(SUBJECTS)} ({index})"
        requests.append(r.Request(
            id=f"r{index}", number=f"КК-{index}", subject=subject,
            addressee=rng.choice(ADDRESSEES), registered=registered, answered=answered,
            text=f"Коомдук кеңеш төмөнкү маалыматты берүүнү суранат: {subject.lower()}.",
            answer_summary="Маалымат берилди." if answered else ""))
    return r.Council(id="bench", name="Финансы министрлигинин Коомдук кеңеши",
                     state_body="Финансы министрлиги",
                     terms=[r.Term(dt.date(2026, 1, 15), dt.date(2028, 1, 14))],
                     requests=requests)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def settle(view) -> None:
    """Let the tab's idle work (folding the texts for searching) finish, as it does while a
    user looks at the list; at most two seconds."""
    deadline = time.perf_counter() + 2
    while not view.model.search_ready() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def report(name: str, samples: list[float]) -> None:
    print(f"{name:<34} median {statistics.median(samples):6.1f} ms   "
          f"(min {min(samples):.1f}, max {max(samples):.1f}, n={len(samples)})")


def calibration() -> float:
    """Milliseconds this machine takes for a fixed pure-Python loop (about 100 to 150 ms on a
    2020s desktop with Python 3.11), to read the figures below against."""
    return min(timed(lambda: sum(range(10_000_000))) for _ in range(3))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(f"reference loop: {calibration():.0f} ms (about 100-150 ms on a 2020s desktop)")
    folder = Path(tempfile.mkdtemp(prefix="kenesh-bench-"))
    open_database(folder / "bench.sqlite3")
    started = time.perf_counter()
    writes.import_councils([make_council()])
    print(f"{COUNT} requests written in {time.perf_counter() - started:.1f} s")
    session = AppSession(folder / "bench.sqlite3")
    session.set_today(TODAY)
    session.select_council("bench")

    tabs: list[RequestsTab] = []

    def open_tab() -> None:
        tab = RequestsTab(session)
        tab.resize(1300, 700)
        tab.show()
        tabs.append(tab)

    opened = [timed(open_tab) for _ in range(RUNS)]
    tab = tabs[-1]
    for other in tabs[:-1]:
        other.deleteLater()
    view = tab.requests
    assert view.proxy.rowCount() == COUNT
    report("open the tab", opened)

    for column, name in ((SUBJECT, "Subject"), (NUMBER, "Number"), (STATE, "State"),
                         (REGISTERED, "Registered")):
        first, again = [], []
        for _ in range(RUNS):
            view.refresh()  # a fresh load: the column's keys are not computed yet
            first.append(timed(lambda c=column: view.view.sortByColumn(
                c, Qt.SortOrder.AscendingOrder)))
            again.append(timed(lambda c=column: view.view.sortByColumn(
                c, Qt.SortOrder.DescendingOrder)))
        report(f"sort by {name} (first)", first)
        report(f"sort by {name} (again)", again)

    at_once, first, again, cleared = [], [], [], []
    for _ in range(RUNS):
        view.refresh()
        at_once.append(timed(lambda: view.filter.setText("сатып")))
        view.filter.setText("")
        view.refresh()
        settle(view)
        first.append(timed(lambda: view.filter.setText("сатып")))
        shown = view.proxy.rowCount()
        again.append(timed(lambda: view.filter.setText("өздөштүрүлүшү")))
        cleared.append(timed(lambda: view.filter.setText("")))
    report("filter by text (first after load)", first)
    report("filter by text (typed at once)", at_once)
    report("filter by text (again)", again)
    report("clear the filter", cleared)
    print(f"('сатып' matched {shown} of {COUNT} requests)")
    refreshed = [timed(view.refresh) for _ in range(RUNS)]
    report("refresh after a change", refreshed)
    tab.close()
    close_database()
    shutil.rmtree(folder, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
