"""Building councils with N members and driving the Meetings tab the way a secretary does:
move to a cell, press Space to tick a box, type into the open dialog, click its buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from ui_driver import TODAY, shown_tab

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import writes
from kenesh_desktop.ui.meetings import MeetingsTab
from kenesh_desktop.ui.session import AppSession

# Kyrgyz names (Ң Ө Ү) in no particular order; the table sorts them.
NAMES = [
    "Асанова Айгүл", "Бөрүбаев Азамат", "Жеңишбеков Эрлан", "Кенжебаева Айпери",
    "Ноорузбаев Мирлан", "Өмүрбеков Нурлан", "Сыдыкова Мээрим", "Төлөгөнова Чолпон",
    "Үсөнова Гүлнара", "Маңкеев Бакыт", "Дөөлөтова Нургүл", "Абдыкадыров Тилек",
    "Исаков Бакыт", "Жумабаева Айжан", "Токтогулов Нурбек",
]


def council_with(members: int, sitting_day: dt.date = TODAY, items: int = 1,
                 finalized: bool = False) -> r.Council:
    """A council of `members` members (m1 the chair, m2 the secretary) and one sitting "s1"
    on `sitting_day` with nobody marked yet and `items` agenda items."""
    people = [
        r.Member(f"m{i}", NAMES[i - 1], "female" if i % 2 else "male", f"Уюм {i}",
                 "chair" if i == 1 else "secretary" if i == 2 else "member",
                 dt.date(2026, 1, 15))
        for i in range(1, members + 1)
    ]
    sitting = r.Meeting(
        id="s1", number=1, date=sitting_day, time="14:00", place="Чоң зал",
        items=[r.AgendaItem(f"Маселе {n}") for n in range(1, items + 1)],
        finalized=finalized,
    )
    return r.Council("kk", "Саламаттык сактоо министрлигинин Коомдук кеңеши",
                     "Саламаттык сактоо министрлиги",
                     terms=[r.Term(dt.date(2026, 1, 15), dt.date(2028, 1, 14))],
                     members=people, meetings=[sitting])


def open_tab(qtbot, session: AppSession, council: r.Council) -> MeetingsTab:
    """Import the council, make it current and show the Meetings tab on its sitting s1."""
    writes.import_councils([council])
    session.select_council(council.id)
    tab = shown_tab(qtbot, MeetingsTab, session)
    with qtbot.waitActive(tab):  # keyboard shortcuts work only in the active window
        tab.activateWindow()
    assert tab.select_record("s1")
    return tab


def print_to_file(monkeypatch, target: Path) -> Path:
    """Instead of the system print dialog, "print" to the PDF file `target` (to read the
    pages back)."""
    from PySide6.QtPrintSupport import QPrinter

    from kenesh_desktop.ui.meetings import output

    def choose(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(output, "choose_printer", choose)
    return target


def press_space_on(qtbot, view: QTableView, row: int, column: int) -> None:
    """Move to a cell and press Space: what a keyboard user does to tick a box."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)


def present_row(tab: MeetingsTab, member_id: str) -> int:
    return tab.detail.attendance.model.row_of(member_id)
