"""What the window reads and builds, and when (issue 11): only the Overview is built at start,
from the light loading of the store (the current council is not read whole, the other
councils with their members only) and still finds "one person, one council" (Art. 14) and
exactly the findings of the full check; every other tab is built when first shown, looked up
or navigated to; the Requests tab's title counts overdue requests before it is built; table
columns are sized once per refresh (never ResizeToContents); the Sittings model computes the
quorum of each sitting once per refresh; the Requests tab reads no text with its rows and
folds the texts for searching while idle, finding the same rows either way."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from PySide6.QtWidgets import QHeaderView
from ui_driver import TODAY, type_text

from kenesh_desktop.demo import demo_council
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION
from kenesh_desktop.store import queries, writes
from kenesh_desktop.ui.meetings import MeetingsTab
from kenesh_desktop.ui.meetings import sittings as sittings_module
from kenesh_desktop.ui.members import MembersTab
from kenesh_desktop.ui.overview import OverviewTab
from kenesh_desktop.ui.requests import RequestsTab

LAZY_TABS = ["MembersTab", "MeetingsTab", "RequestsTab", "PlanTab", "CandidatesTab"]


@pytest.fixture
def demo_and_neighbour(session):
    """The demo council and a second council in which the demo's first member also sits."""
    demo = demo_council(TODAY)
    other = copy.deepcopy(demo)
    other.id, other.name = "neighbour", "Кошуна министрлигинин Коомдук кеңеши"
    for member in other.members[1:]:
        member.full_name, member.pin = f"{member.full_name} Экинчи", None
    writes.import_councils([demo, other])
    return demo, other


def test_only_the_overview_is_built_at_start(qtbot, demo_and_neighbour, make_window):
    window = make_window()
    window.reload_councils(demo_and_neighbour[0].id)
    assert window.tabs.currentWidget().objectName() == "OverviewTab"
    assert [window.is_built(name) for name in LAZY_TABS] == [False] * len(LAZY_TABS)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Overview", "Members", "Sittings"]
    assert titles[4:] == ["Annual plan", "Candidates"]


def test_the_start_reads_no_council_whole(qtbot, demo_and_neighbour, make_window, monkeypatch):
    read_whole = []
    load_council, load_all = queries.load_council, queries.load_all
    monkeypatch.setattr(queries, "load_council",
                        lambda council_id: read_whole.append(council_id) or load_council(
                            council_id))
    monkeypatch.setattr(queries, "load_all", lambda: read_whole.append("*") or load_all())
    window = make_window()
    window.reload_councils(demo_and_neighbour[0].id)
    assert window.findChild(OverviewTab, "OverviewTab").model.rowCount() > 0
    assert read_whole == []
    # The others are kept with their members only: Art. 14 compares people.
    others = window.session.other_councils()
    assert [c.id for c in others] == ["neighbour"]
    assert others[0].members and not others[0].meetings and not others[0].requests
    # A tab that shows records reads the council whole, once.
    window.tabs.setCurrentIndex(1)
    assert read_whole == [demo_and_neighbour[0].id]


def test_the_overview_finds_what_the_full_check_finds(qtbot, demo_and_neighbour, make_window):
    demo, _ = demo_and_neighbour
    window = make_window()
    window.reload_councils(demo.id)
    shown = window.findChild(OverviewTab, "OverviewTab").model.records()
    full = [f for f in run_checks(queries.load_all(), TODAY)
            if f.council == demo.id and f.severity in (VIOLATION, UPCOMING)]
    assert sorted(shown, key=repr) == sorted(full, key=repr)
    one_council = [f for f in shown if f.rule == "composition.one_council"]
    assert [(f.subject, f.details["other_councils"]) for f in one_council] == [
        (demo.members[0].id, ["neighbour"])]


def test_a_tab_is_built_when_first_shown_and_keeps_its_place(qtbot, demo_and_neighbour,
                                                             make_window):
    window = make_window()
    index = window.tabs.indexOf(window.tabs.currentWidget()) + 2
    placeholder = window.tabs.widget(index)
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.widget(index)
    assert tab is not placeholder and isinstance(tab, MeetingsTab)
    assert tab.objectName() == "MeetingsTab" and window.tabs.currentWidget() is tab
    assert window.tabs.tabText(index) == "Sittings" and window.is_built("MeetingsTab")
    assert tab.model.rowCount() == len(demo_and_neighbour[0].meetings)
    assert window.tab(MeetingsTab) is tab  # built once


def test_looking_a_tab_up_builds_it_without_showing_it(qtbot, demo_and_neighbour,
                                                      make_window):
    window = make_window()
    members = window.findChild(MembersTab, "MembersTab")
    assert isinstance(members, MembersTab) and window.is_built("MembersTab")
    assert window.tabs.currentWidget().objectName() == "OverviewTab"
    assert window.tabs.indexOf(members) == 1
    assert not window.is_built("PlanTab")


def test_navigation_builds_the_tab_that_shows_the_record(qtbot, demo_and_neighbour,
                                                        make_window):
    demo, _ = demo_and_neighbour
    window = make_window()
    window.reload_councils(demo.id)
    sitting = demo.meetings[0]
    window.session.navigate("meeting", sitting.id)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, MeetingsTab) and tab.selected_record().id == sitting.id
    assert not window.is_built("RequestsTab") and not window.is_built("MembersTab")
    assert window.navigate("request", "r4")
    assert window.tabs.currentWidget() is window.tab(RequestsTab)
    assert window.tab(RequestsTab).requests.selected_record().id == "r4"


def test_the_requests_title_counts_overdue_before_and_after_the_tab_is_built(
        qtbot, demo_and_neighbour, make_window):
    demo, _ = demo_and_neighbour
    window = make_window()
    window.reload_councils(demo.id)
    index = next(i for i in range(window.tabs.count())
                 if window.tabs.tabText(i).startswith("Requests"))
    overdue = sum(1 for q in demo.requests
                  if q.answered is None and q.registered + dt.timedelta(days=14) < TODAY)
    assert overdue >= 1 and not window.is_built("RequestsTab")
    before = window.tabs.tabText(index)
    assert before == f"Requests ({overdue} overdue)"
    window.tabs.setCurrentIndex(index)
    assert window.is_built("RequestsTab") and window.tabs.tabText(index) == before


def test_columns_are_sized_once_to_their_text_not_at_every_layout(qtbot, demo_and_neighbour,
                                                                 make_window):
    window = make_window()
    members = window.tab(MembersTab)
    window.tabs.setCurrentWidget(members)
    view = members.view
    header = view.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    metrics = view.fontMetrics()
    names = [members.model.column(0).text(m) for m in members.model.records()]
    assert view.columnWidth(0) >= max(metrics.horizontalAdvance(n) for n in names)
    overview = window.tab(OverviewTab)
    overview_header = overview.view.horizontalHeader()
    assert QHeaderView.ResizeMode.ResizeToContents not in {
        overview_header.sectionResizeMode(c) for c in range(overview_header.count())}
    # The rows are as high as their wrapped messages: a narrow message column, taller rows.
    window.tabs.setCurrentWidget(overview)
    overview_header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
    overview_header.resizeSection(5, 2000)
    one_line = overview.view.rowHeight(0)
    overview_header.resizeSection(5, 150)
    assert overview.view.rowHeight(0) > one_line


def test_the_sittings_quorum_is_computed_once_per_refresh(qtbot, demo_and_neighbour,
                                                         make_window, monkeypatch):
    calls = []
    quorum = sittings_module.meeting_quorum
    monkeypatch.setattr(sittings_module, "meeting_quorum",
                        lambda *args: calls.append(args[1].id) or quorum(*args))
    window = make_window()
    tab = window.tab(MeetingsTab)
    window.tabs.setCurrentWidget(tab)
    sittings = len(demo_and_neighbour[0].meetings)
    assert sorted(calls) == sorted(m.id for m in demo_and_neighbour[0].meetings)
    model = tab.model
    for row in range(model.rowCount()):  # what a paint asks for
        for column in range(model.columnCount()):
            model.index(row, column).data()
    assert len(calls) == sittings
    window.session.notify_changed()
    assert len(calls) == 2 * sittings


def test_requests_are_listed_without_texts_and_searched_with_them(qtbot, demo_and_neighbour,
                                                                 make_window):
    demo, _ = demo_and_neighbour
    window = make_window()
    tab = window.tab(RequestsTab)
    window.tabs.setCurrentWidget(tab)
    view = tab.requests
    assert not hasattr(view.model.record(0), "text")
    assert not view.model.search_ready()  # folded later, while the window is idle
    with_text = next(q for q in demo.requests if q.text)
    word = max(with_text.text.split(), key=len)
    type_text(view.filter, word)  # typed before the folding: it folds at once
    found = {view.proxy.record_at(row).id for row in range(view.proxy.rowCount())}
    assert with_text.id in found
    assert view.model.search_ready()
    view.filter.clear()
    assert view.select_record(with_text.id)
    assert with_text.text in view.details.text()  # the selected request is read whole
    window.session.notify_changed()
    assert not view.model.search_ready()
    qtbot.waitUntil(view.model.search_ready, timeout=3000)  # idle folding
    type_text(view.filter, word)
    assert {view.proxy.record_at(row).id for row in range(view.proxy.rowCount())} == found
