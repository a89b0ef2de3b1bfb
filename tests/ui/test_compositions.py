"""The window by the term in force (issue 15): on 2 December 2026, with the term in force
running to 31 August 2027, the next composition is formed early through the Candidates tab.

Protects: the Members tab keeps the composition in force (its indicators count those 7, the
term stays 1 September 2025 – 31 August 2027) and shows the next one apart: after the
composition in force, marked "next" (from 1 September 2027), in blue, not in the grey of
former members; the day before and the first day of the new term; a day in a gap; the
Candidates tab speaks of the term in force before and after forming; the list of
compositions with their members' counts.
"""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_driver import click_ok, members_tab, open_dialog

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import queries, writes
from kenesh_desktop.ui.candidates import CandidatesTab
from kenesh_desktop.ui.candidates.dialogs import FormCompositionDialog
from kenesh_desktop.ui.compositions import CompositionHistoryDialog

D = dt.date
START, END = D(2025, 9, 1), D(2027, 8, 31)
EARLY = D(2026, 12, 2)
DOCS = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}
NEW = ["Айгүл Токтогулова", "Нурлан Өмүрбеков", "Гүлзат Үсөнова", "Бакыт Жээнбеков",
       "Чолпон Мамытова", "Эрмек Сыдыков", "Жылдыз Абдыкадырова", "Талант Күлмырзаев",
       "Нургүл Ибраимова", "Мирлан Төлөгөнов"]
BLUE, GREY = "#1f4e8c", "#6b6b6b"


def council_record() -> r.Council:
    members = [r.Member(f"m{i}", f"Мүчө{i} Мурунку", "female" if i <= 4 else "male",
                        f"Уюм {i}", "chair" if i == 1 else "member", START)
               for i in range(1, 8)]
    candidates = [r.Candidate(f"k{i}", name, "female" if i % 2 else "male",
                              f"«{name.split()[1]}» фонду", D(2026, 10, 10), dict(DOCS),
                              dict.fromkeys(r.REQUIREMENT_KEYS, True), selected=True)
                  for i, name in enumerate(NEW, start=1)]
    return r.Council("kk", "Коомдук кеңеш", "Министрлик", members=members,
                     terms=[r.Term(START, END)],
                     competitions=[r.Competition("c1", announced=D(2026, 10, 1),
                                                 published=D(2026, 10, 2),
                                                 candidates=candidates)])


@pytest.fixture
def window(session, make_window):
    writes.import_councils([council_record()])
    session.set_today(EARLY)
    return make_window()


def rows(tab) -> dict[str, tuple[str, str | None]]:
    """Each shown member's name -> (Composition column, foreground colour or None)."""
    proxy, column = tab.proxy, 6
    found = {}
    for row in range(proxy.rowCount()):
        name = proxy.index(row, 0).data()
        brush = proxy.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        found[name] = (proxy.index(row, column).data(),
                       brush.color().name() if brush is not None else None)
    return found


def form_through_the_candidates_tab(qtbot, window) -> None:
    tab = window.findChild(CandidatesTab, "CandidatesTab")
    window.tabs.setCurrentWidget(tab)
    assert tab.panel.term_label.text() == (
        "The current composition's term ends on 31 August 2027; the new one starts on "
        "1 September 2027.")
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    # The open dialog keeps its Python side through a garbage collection (ui.widgets
    # holds it): else OK would close it without forming anything.
    gc.collect()
    dialog = open_dialog(tab, FormCompositionDialog)
    assert dialog.findChild(QLabel, "FormingSummary").text().splitlines()[1] == (
        "The current composition stays in force until 31 August 2027: its 7 memberships end "
        "that day.")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.panel.term_label.text() == (
        "The current composition's term ends on 31 August 2027; the next composition is "
        "formed, its term is 1 September 2027 – 31 August 2029.")
    assert tab.panel.due_label("formed").text() == "24 August 2027"
    assert tab.panel.state_label("formed").text() == "done on 2 December 2026 ✓"


def test_forming_early_keeps_the_composition_in_force_on_the_members_tab(qtbot, window,
                                                                        session):
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    term = tab.indicators.term_label
    assert term.text() == "Term 1 September 2025 – 31 August 2027: 272 days left"
    form_through_the_candidates_tab(qtbot, window)
    window.tabs.setCurrentWidget(tab)

    # The indicators judge the composition in force; the next one is said, not counted.
    assert tab.indicators.size_label.text() == "7 members (7–15, Art. 14) ✓"
    assert term.text() == ("Term 1 September 2025 – 31 August 2027: 272 days left\n"
                           "Next composition formed: 10 members from 1 September 2027")
    assert term.property("state") == "ok"
    shown = rows(tab)
    assert len(shown) == 17
    assert shown["Мүчө1 Мурунку"] == ("in force", None)
    assert shown["Айгүл Токтогулова"] == ("next", BLUE)
    # The next composition comes after the one in force, and says from when.
    first_next = tab.proxy.index(7, 6)
    assert [tab.proxy.index(r, 6).data() for r in range(17)] == ["in force"] * 7 + ["next"] * 10
    assert first_next.data(Qt.ItemDataRole.ToolTipRole) == (
        "The next composition, from 1 September 2027")

    session.set_today(END)  # the day before the new term: nothing changed yet
    assert tab.indicators.size_label.text() == "7 members (7–15, Art. 14) ✓"
    assert rows(tab)["Айгүл Токтогулова"][1] == BLUE
    session.set_today(D(2027, 9, 1))  # its first day: the new composition is in force
    assert tab.indicators.size_label.text() == "10 members (7–15, Art. 14) ✓"
    assert term.text() == "Term 1 September 2027 – 31 August 2029: 730 days left"
    shown = rows(tab)
    assert len(shown) == 10 and shown["Айгүл Токтогулова"] == ("in force", None)
    tab.show_former.setChecked(True)  # former members: grey, never blue
    assert rows(tab)["Мүчө1 Мурунку"] == ("former", GREY)
    assert session.findings() == []


def test_a_day_in_a_gap_says_no_composition_is_in_force(qtbot, window, session):
    session.set_today(D(2027, 9, 3))
    tab = members_tab(window)
    term = tab.indicators.term_label
    assert term.text() == "The term ended on 31 August 2027, 3 days ago; no composition is in force"
    assert term.property("state") == "warning"
    candidates = window.findChild(CandidatesTab, "CandidatesTab")
    assert candidates.panel.term_label.text() == (
        "The last composition's term ended on 31 August 2027; no composition is in force.")
    assert candidates.panel.state_label("formed").text().startswith("Art. 14: 10 days overdue")


def test_the_list_of_compositions(qtbot, window, session):
    form_through_the_candidates_tab(qtbot, window)
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.indicators.history_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CompositionHistoryDialog)
    model = dialog.model
    texts = [[model.index(row, c).data() for c in range(model.columnCount())]
             for row in range(model.rowCount())]
    assert texts == [
        ["1 September 2025 – 31 August 2027", "", "7", "4", "3", "in force"],
        ["1 September 2027 – 31 August 2029", "2 December 2026", "10", "5", "5", "next"],
    ]
    assert queries.council_terms("kk")[1].formed == EARLY
    dialog.reject()
