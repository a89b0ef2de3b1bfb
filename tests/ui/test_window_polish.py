"""Protects the rest of issue 17's finish: Qt's own dialogs speak the window's language (Qt's
Russian for the Kyrgyz window), bundled licensed icons on the tool bar, menus and tabs, one
running copy brought forward, the search across records folding ө/ү/ң, the print preview,
the status bar naming no folder, "1 member" in the singular."""

from __future__ import annotations

from pathlib import Path

import pytest
from meetings_driver import council_with
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from ui_driver import TODAY

from kenesh_desktop import paths
from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import writes
from kenesh_desktop.ui import i18n, single_instance
from kenesh_desktop.ui.search import SearchDialog


@pytest.fixture
def speaking(qapp):
    def install(lang: str) -> None:
        i18n.install_translators(qapp, lang)

    yield install
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_qts_own_dialogs_speak_russian_in_the_kyrgyz_and_russian_window(speaking, lang):
    speaking(lang)
    assert (paths.translations_dir() / "qtbase_ru.qm").is_file()
    assert (paths.translations_dir() / "QT-TRANSLATIONS.md").is_file()
    look_in = QCoreApplication.translate("QFileDialog", "Look in:")
    assert look_in != "Look in:" and any("а" <= c <= "я" for c in look_in.lower())
    # Our Kyrgyz file words the common buttons in Kyrgyz, ahead of Qt's Russian.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel == ("Жокко чыгаруу" if lang == "ky" else "Отмена") or cancel != "Cancel"


def test_the_icons_are_bundled_with_their_licence_and_shown(qtbot, session, make_window):
    folder = paths.icons_dir() / "lucide"
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    window = make_window()
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.text()
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull()
    assert not window.undo_action.icon().isNull() and not window.find_action.icon().isNull()


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_a_second_start_brings_the_first_window_forward(qtbot, session, make_window):
    name = f"kenesh-test-{id(session)}"
    assert not single_instance.forward_to_running_copy(name)  # nobody listens yet
    window = make_window()
    window.showMinimized()
    running = single_instance.RunningCopy(name, parent=window)
    assert single_instance.forward_to_running_copy(name)
    qtbot.waitUntil(lambda: running.shown == 1)
    assert not window.isMinimized()
    running.server.close()
    qtbot.wait(20)


def test_the_refusal_of_a_locked_database_is_translated_and_names_no_folder(speaking):
    speaking("ru")
    text = single_instance.locked_text(Path("/home/aigul/Documents/kenesh.sqlite3"))
    assert "kenesh.sqlite3" in text and "/home" not in text and "уже открыта" in text


def test_search_finds_every_kind_of_record_typed_without_kyrgyz_letters(qtbot, session,
                                                                        make_window):
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    window = make_window()
    dialog = window.show_search()
    assert isinstance(dialog, SearchDialog)
    member = next(m for m in demo.members if "Өмүр" in m.full_name)
    found = dialog.search("омурб")
    assert [h.record_id for h in found if h.kind == "member"] == [member.id]
    request = demo.requests[0]
    assert any(h.kind == "request" and h.record_id == request.id
               for h in dialog.search(request.number))
    item = next(i for s in demo.meetings for i in s.items)
    assert any(h.what == "Agenda item" for h in dialog.search(item.title[:12]))
    proposal = demo.proposals[0]
    assert any(h.kind == "proposal" for h in dialog.search(proposal.summary[:10]))
    dialog.search("омурб")
    assert dialog.open_selected()
    assert window.tab("MembersTab").selected_record().id == member.id


def test_print_preview_of_the_minutes(qtbot, session, make_window):
    writes.import_councils([council_with(9)])
    window = make_window()
    window.preview_action.trigger()
    tab = window.tab("MeetingsTab")
    previews = [w for w in tab.findChildren(QPrintPreviewDialog) if w.isVisible()]
    assert previews and "протокол" in previews[0].windowTitle()  # the minutes (in Kyrgyz)
    previews[0].reject()


def test_the_status_bar_names_the_council_and_the_file_only(qtbot, session, make_window):
    writes.import_councils([council_with(9)])
    window = make_window()
    label = window.path_label
    assert label.text() == f"{council_with(9).name} · Database: {session.db_path.name}"
    assert str(session.db_path.parent) not in label.text()
    assert str(session.db_path) in label.toolTip()


def test_one_member_is_said_in_the_singular(qtbot, session, make_window):
    import dataclasses

    writes.import_councils([dataclasses.replace(council_with(1), meetings=[])])
    window = make_window()
    tab = window.tab("MembersTab")
    assert "1 member —" in tab.indicators.size_label.text()
    assert "1 members" not in tab.indicators.size_label.text()


def test_about_and_backups_name_the_database_and_keep_its_folder_in_a_tooltip(
        qtbot, session, make_window):
    from kenesh_desktop.ui.backups import BackupsDialog

    writes.import_councils([council_with(9)])
    window = make_window()
    about = window.show_about()
    shown = about.text.text() + about.database.text()
    assert about.database.text() == f"Database: {session.db_path.name}"
    assert str(session.db_path.parent) not in shown
    assert about.database.toolTip() == str(session.db_path)
    about.close()
    backups = BackupsDialog(session.db_path, "en", window)
    qtbot.addWidget(backups)
    intro = backups.findChild(type(about.database), "BackupsIntro")
    assert session.db_path.name in intro.text()
    assert str(session.db_path.parent) not in intro.text()
    assert str(session.db_path) in intro.toolTip() and "backups" in intro.toolTip()


def test_print_preview_of_the_plan_and_of_an_extract(qtbot, session, make_window):
    """The documents built from blocks preview as the minutes do: the plan on landscape
    pages as its PDF, an extract of the selected agenda item."""
    from PySide6.QtGui import QPageLayout

    from kenesh_desktop.rules import records as r

    council = council_with(9, items=2)
    council.plans = [r.AnnualPlan(2027, items=[r.PlanItem("Угуу", None, "Катчы")])]
    writes.import_councils([council])
    window = make_window()
    plan = window.tab("PlanTab")
    window.tabs.setCurrentWidget(plan)
    assert plan.preview_button.isEnabled()
    plan.preview_button.menu().findChild(type(window.preview_action), "PlanPreview_en").trigger()
    (preview,) = [w for w in plan.findChildren(QPrintPreviewDialog) if w.isVisible()]
    assert preview.windowTitle().startswith("Work plan 2027")
    assert preview.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    preview.reject()

    sittings = window.tab("MeetingsTab")
    window.tabs.setCurrentWidget(sittings)
    agenda = sittings.detail.agenda
    agenda.select_record(1)
    assert agenda.extract_preview.isEnabled()
    agenda.extract_preview.trigger()
    (preview,) = [w for w in sittings.findChildren(QPrintPreviewDialog) if w.isVisible()]
    assert "№1 протоколдон көчүрмө" in preview.windowTitle()  # in the minutes' language
    assert preview.printer().pageLayout().orientation() == QPageLayout.Orientation.Portrait
    preview.reject()
