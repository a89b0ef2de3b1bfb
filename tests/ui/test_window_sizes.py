"""Protects issue 17's "a window that fits every screen": in Kyrgyz, Russian and English, every
tab of the main window and every main dialog asks for at most 1024×700 (the smallest screen
the program is made for), also after a minutes PDF with a very long name was saved; and the
first window fits the screen it opens on."""

from __future__ import annotations

import pytest
from meetings_driver import council_with
from PySide6.QtCore import QSize
from ui_driver import TODAY

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import writes
from kenesh_desktop.ui import i18n
from kenesh_desktop.ui.screen import screen_area

SMALLEST = QSize(1024, 700)


def fits(hint: QSize) -> bool:
    return hint.width() <= SMALLEST.width() and hint.height() <= SMALLEST.height()


@pytest.fixture(params=["ky", "ru", "en"])
def lang(request, qapp):
    i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.install_translators(qapp, "en")


def test_every_tab_fits_1024_by_700(qtbot, lang, session, make_window, answers, tmp_path):
    writes.import_councils([demo_council(TODAY)])
    window = make_window()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        hint = window.minimumSizeHint()
        assert fits(hint), f"{lang}: tab {window.tabs.tabText(index)!r} asks for {hint}"

    # A minutes PDF saved under a long name: its label must not widen the window.
    tab = window.tab("MeetingsTab")
    window.tabs.setCurrentWidget(tab)
    answers.save_file = str(tmp_path / ("minutes-of-the-public-council-sitting-" * 5 + ".pdf"))
    assert tab.detail.export_minutes() is not None
    assert tab.detail.pdf_label.text().startswith(tab.detail.pdf_label.text()[:4])
    qtbot.wait(1)
    hint = window.minimumSizeHint()
    assert fits(hint), f"{lang}: after saving a long-named PDF the window asks for {hint}"


def _dialogs(window):
    """Opens each main dialog of the window in turn: (name, dialog)."""
    from kenesh_desktop.ui.backups import BackupsDialog

    members = window.tab("MembersTab")
    members.view.selectRow(0)
    meetings = window.tab("MeetingsTab")
    requests = window.tab("RequestsTab")
    plan = window.tab("PlanTab")
    candidates = window.tab("CandidatesTab")
    overview = window.tab("OverviewTab")
    yield "new council", window.new_council()
    yield "member", members.add_record()
    yield "member edit", members.edit_record()
    yield "sitting", meetings.add_record()
    yield "agenda item", meetings.detail.agenda.add_record()
    yield "guest", meetings.detail.attendance.add_guest()
    yield "request", requests.requests.add_record()
    yield "plan item", plan.add_record()
    yield "proposal", requests.proposals.add_record()
    yield "notice", requests.notices.add_record()
    yield "candidate", candidates.add_record()
    yield "backups", BackupsDialog(window.session.db_path, lang_of(window), window)
    yield "history", meetings.show_history()
    yield "about", window.show_about()
    yield "shortcuts", window.show_shortcuts()
    yield "search", window.show_search()
    late = next(r for r, f in enumerate(overview.model.records()) if f.rule == "notice.late")
    overview.view.selectRow(late)
    yield "acknowledge", overview.acknowledge()


def lang_of(window) -> str:
    return window.session.language()


def test_every_main_dialog_fits_1024_by_700(qtbot, lang, session, make_window, answers):
    demo = demo_council(TODAY)
    writes.import_councils([demo, council_with(9)])
    window = make_window()
    window.reload_councils(demo.id)
    for name, dialog in _dialogs(window):
        if dialog is None:
            continue
        hint = dialog.minimumSizeHint()
        assert fits(hint), f"{lang}: the {name} dialog asks for {hint}"
        assert fits(dialog.sizeHint()) or fits(dialog.size()), f"{lang}: {name} opens too big"
        dialog.reject()


def test_the_first_window_fits_its_screen(qtbot, make_window):
    window = make_window()
    area = screen_area(window)
    assert area is not None
    assert area.contains(window.frameGeometry()) or (
        window.width() <= area.width() and window.height() <= area.height())
