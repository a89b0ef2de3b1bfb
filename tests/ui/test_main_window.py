"""The main window as a secretary meets it: the welcome page of an empty database, creating
a council (Art. 14's two-year term enforced in the form), the demo, the council selector,
the exchange file in and out (all or nothing, the file read in a worker thread while the
window keeps painting), switching databases (a damaged one offers its newest good backup, as
at start-up), the language setting, About, and the window remembering where it was."""

from __future__ import annotations

import datetime as dt
import json
import threading

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from qt_support import damage_middle
from ui_driver import TODAY, click_ok, members_tab, open_dialog, type_text

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import backup, exchange, queries, writes
from kenesh_desktop.store import models as m
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.store.exchange import dump_exchange_file
from kenesh_desktop.ui import i18n
from kenesh_desktop.ui.dialogs.about import AboutDialog
from kenesh_desktop.ui.dialogs.council import CouncilDialog
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.overview import OverviewTab


def test_an_empty_database_opens_on_the_welcome_page(make_window):
    window = make_window()
    assert window.pages.currentWidget().objectName() == "WelcomePage"
    assert not window.council_bar.isVisible()
    assert window.session.council_id is None


def test_creating_a_council_through_the_welcome_dialog(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window, CouncilDialog)
    # The term defaults to the longest Art. 14 allows: today to today + 2 years - 1 day.
    assert dialog.term_start.date() == to_qdate(TODAY)
    assert dialog.term_end.date() == to_qdate(dt.date(2029, 2, 28))
    assert not dialog.ok_button().isEnabled()  # nothing typed yet

    type_text(dialog.name, "Саламаттык сактоо министрлигинин Коомдук кеңеши")
    assert not dialog.ok_button().isEnabled()  # the state body is still missing
    type_text(dialog.state_body, "Саламаттык сактоо министрлиги")
    assert dialog.ok_button().isEnabled()

    # One day longer than two years: refused, naming the article.
    dialog.term_end.setDate(to_qdate(dt.date(2029, 3, 1)))
    assert not dialog.ok_button().isEnabled()
    assert dialog.error.isVisible()
    assert "Art. 14" in dialog.error.text()
    assert "01.03.2027" in dialog.error.text() and "28.02.2029" in dialog.error.text()

    dialog.term_end.setDate(to_qdate(dt.date(2029, 2, 28)))
    assert dialog.ok_button().isEnabled() and not dialog.error.isVisible()
    click_ok(qtbot, dialog)

    councils = queries.list_councils()
    assert [c.name for c in councils] == ["Саламаттык сактоо министрлигинин Коомдук кеңеши"]
    terms = queries.council_terms(councils[0].id)
    assert [(t.start, t.end, t.formed) for t in terms] == [(TODAY, dt.date(2029, 2, 28), None)]
    assert window.pages.currentWidget() is window.tabs
    assert window.session.council_id == councils[0].id
    assert not window.council_bar.isVisible()  # one council: nothing to choose
    assert "Саламаттык" in window.windowTitle()


def test_moving_the_term_start_moves_the_default_end(qtbot, make_window):
    window = make_window()
    dialog = window.new_council()
    dialog.term_start.setDate(to_qdate(dt.date(2028, 2, 29)))
    # 2028-02-29 + 2 years = 2030-02-28 (clamped), minus one day.
    assert dialog.term_end.date() == to_qdate(dt.date(2030, 2, 27))
    dialog.reject()


def test_open_the_demo_opens_its_own_file_and_says_so(qtbot, make_window, db_path,
                                                      answers):
    """Issue 16, finding 7: the demo never goes into the user's database."""
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo = demo_council(TODAY)
    assert [c.id for c in queries.list_councils()] == [demo.id]
    demo_path = window.session.db_path
    assert demo_path != db_path and demo_path.name == "demo.sqlite3"
    assert "Demo" in window.path_label.text()
    assert any("database of its own" in text for _kind, _title, text in answers.asked)
    close_database()
    open_database(db_path)
    assert queries.list_councils() == []  # the user's own database was never written
    open_database(demo_path)
    assert len(queries.load_council(demo.id).members) == len(demo.members)
    assert window.tabs.currentWidget().objectName() == "OverviewTab"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["Overview", "Members"]
    assert {"Sittings", "Annual plan", "Candidates"} <= set(titles)
    assert any(title.startswith("Requests") for title in titles)  # "Requests (N overdue)"


def _two_councils():
    writes.create_council("", "Биринчи кеңеш", "Биринчи министрлик", TODAY,
                          dt.date(2029, 2, 28))
    writes.create_council("", "Экинчи кеңеш", "Экинчи министрлик", TODAY,
                          dt.date(2029, 2, 28))


def test_the_council_selector_appears_with_several_councils(qtbot, session, make_window):
    _two_councils()
    window = make_window()
    selector = window.council_selector
    assert window.council_bar.isVisible() and selector.isVisible()
    assert [selector.itemText(i) for i in range(selector.count())] == [
        "Биринчи кеңеш",
        "Экинчи кеңеш",
    ]
    overview = window.findChild(OverviewTab, "OverviewTab")
    assert overview.heading.text().startswith("Биринчи кеңеш")
    selector.setCurrentIndex(1)
    selector.activated.emit(1)
    assert session.council().name == "Экинчи кеңеш"
    assert overview.heading.text().startswith("Экинчи кеңеш")
    assert members_tab(window).indicators.size_label.text().startswith("Art. 14: 0 members")


def test_the_window_remembers_its_size_and_place(qtbot, make_window):
    window = make_window()
    # Within the offscreen screen (800×600): restoreGeometry keeps a window on its screen.
    window.resize(700, 500)
    window.move(40, 30)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    place = window.pos()
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = make_window()
    assert (again.width(), again.height()) == (700, 500)
    assert again.pos() == place


def test_import_of_an_exchange_file_adds_its_councils(qtbot, tmp_path, answers, make_window):
    file = tmp_path / "handover.kenesh.json"
    dump_exchange_file([demo_council(TODAY)], file)
    window = make_window()
    answers.open_file = str(file)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in queries.list_councils()] == [demo_council(TODAY).id]
    assert window.pages.currentWidget() is window.tabs
    assert "handover.kenesh.json" in answers.texts("inform")[0]


def test_a_bad_exchange_file_is_refused_whole_with_a_clear_message(
    qtbot, tmp_path, answers, make_window
):
    file = tmp_path / "good.kenesh.json"
    dump_exchange_file([demo_council(TODAY)], file)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["councils"][0]["members"][2]["sex"] = "x"
    bad = tmp_path / "bad.kenesh.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = make_window()
    answers.open_file = str(bad)
    window.import_action.trigger()
    (message,) = answers.texts("warn")
    assert "Nothing was imported" in message
    assert "bad.kenesh.json" in message and "$.councils[0].members[2].sex" in message
    assert m.Council.select().count() == 0 and m.Member.select().count() == 0
    assert window.pages.currentWidget().objectName() == "WelcomePage"


def test_import_of_a_council_already_there_writes_nothing(qtbot, tmp_path, answers, make_window):
    window = make_window()
    window.open_demo()
    members_before = m.Member.select().count()
    file = tmp_path / "again.kenesh.json"
    dump_exchange_file([demo_council(TODAY)], file)
    assert not window.import_path(file)
    assert "already in this database" in answers.texts("warn")[0]
    assert m.Council.select().count() == 1 and m.Member.select().count() == members_before


def test_export_writes_every_council(qtbot, tmp_path, answers, make_window):
    _two_councils()
    window = make_window()
    answers.save_file = str(tmp_path / "out")
    window.export_action.trigger()
    written = json.loads((tmp_path / "out.kenesh.json").read_text(encoding="utf-8"))
    assert written["format"] == "kenesh-exchange"
    assert sorted(c["name"] for c in written["councils"]) == ["Биринчи кеңеш", "Экинчи кеңеш"]


def test_opening_another_database_switches_to_it(qtbot, tmp_path, answers, make_window):
    other = tmp_path / "other.sqlite3"
    open_database(other)
    writes.import_councils([demo_council(TODAY)])
    close_database()
    first = tmp_path / "kenesh.sqlite3"
    open_database(first)

    window = make_window()
    answers.open_file = str(other)
    window.open_database_action.trigger()
    assert window.session.db_path == other
    assert window.session.council().id == demo_council(TODAY).id
    assert other.name in window.path_label.full_text()
    assert str(other.parent) not in window.path_label.full_text()  # no folder on screen
    assert str(other) in window.path_label.toolTip()


def test_a_file_that_is_not_a_database_is_refused_and_the_old_one_stays(
    qtbot, tmp_path, answers, make_window
):
    _two_councils()
    window = make_window()
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database", encoding="utf-8")
    assert not window.switch_database(junk)
    assert "notes.txt" in answers.texts("warn")[0]
    assert window.session.db_path == tmp_path / "kenesh.sqlite3"
    assert len(queries.list_councils()) == 2  # the old database is open and readable


def _damaged_database_with_a_backup(tmp_path):
    """Another database holding the demo council, backed up, then damaged in its middle
    pages; the test's own database is open again afterwards."""
    other = tmp_path / "other.sqlite3"
    open_database(other, daily_backup=False)
    writes.import_councils([demo_council(TODAY)])
    good = backup.make_backup(now=dt.datetime(2027, 2, 28, 9, 0, 0))
    close_database()
    damage_middle(other)
    open_database(tmp_path / "kenesh.sqlite3")
    return other, good


def test_opening_a_damaged_database_offers_its_newest_good_backup(
    qtbot, tmp_path, answers, make_window
):
    other, good = _damaged_database_with_a_backup(tmp_path)
    window = make_window()
    answers.open_file = str(other)
    window.open_database_action.trigger()
    (question,) = answers.texts("confirm")
    assert "28 February 2027, 09:00" in question and "Restore that backup now?" in question
    assert window.session.db_path == other
    assert window.session.council().id == demo_council(TODAY).id
    assert window.pages.currentWidget() is window.tabs


def test_declining_the_backup_of_a_damaged_database_keeps_the_open_one(
    qtbot, tmp_path, answers, make_window
):
    _two_councils()
    other, _good = _damaged_database_with_a_backup(tmp_path)
    window = make_window()
    answers.confirm = False
    assert not window.switch_database(other)
    assert window.session.db_path == tmp_path / "kenesh.sqlite3"
    assert len(queries.list_councils()) == 2  # the old database is open and readable


def test_the_import_reads_the_file_in_a_worker_thread_while_the_window_paints(
    qtbot, tmp_path, answers, make_window, monkeypatch
):
    file = tmp_path / "handover.kenesh.json"
    dump_exchange_file([demo_council(TODAY)], file)
    window = make_window()
    window_thread = threading.get_ident()
    read_in: list[int] = []
    ticked = threading.Event()
    real_load = exchange.load_exchange_file

    def load(path):
        read_in.append(threading.get_ident())
        # The window's event loop runs while the file is read: its timer fires meanwhile.
        # (A wait that runs out means the window was frozen; it is a guard, not a timing.)
        assert ticked.wait(timeout=30), "the window's event loop did not run during the read"
        return real_load(path)

    monkeypatch.setattr(exchange, "load_exchange_file", load)
    timer = QTimer(window)
    timer.timeout.connect(ticked.set)
    timer.start(10)
    assert window.import_path(file)
    timer.stop()
    assert read_in and read_in[0] != window_thread
    assert [c.id for c in queries.list_councils()] == [demo_council(TODAY).id]


def test_choosing_a_language_applies_at_once(qtbot, qapp, answers, make_window):
    """Issue 17: the window is built again in the language chosen, no restart, no question;
    choosing it again (or any other later) works each time."""
    from kenesh_desktop import language

    window = make_window()
    window.tabs.setCurrentIndex(2)
    try:
        window.findChild(QAction, "Language_ru").trigger()
        russian = window.replacement
        assert russian is not None and russian.isVisible() and not window.isVisible()
        qtbot.addWidget(russian)
        assert language.saved_language() == "ru"
        assert russian.menus["file"].title() == "&Файл"
        assert russian.tabs.currentIndex() == 2
        assert not answers.asked  # no question
        russian.findChild(QAction, "Language_ru").trigger()  # the same again: nothing
        assert russian.replacement is None and russian.isVisible()
        russian.findChild(QAction, "Language_en").trigger()
        english = russian.replacement
        qtbot.addWidget(english)
        assert english.menus["file"].title() == "&File"
        assert english.findChild(QAction, "Language_en").isChecked()
    finally:
        i18n.install_translators(qapp, "en")


def test_about_names_the_version_and_the_rulebook_in_force(qtbot, make_window):
    from kenesh_desktop import __version__

    window = make_window()
    window.about_action.trigger()
    dialog = open_dialog(window, AboutDialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "Law No. 74" in text
    assert "24 May 2014 No. 74" in text
    dialog.reject()


def test_file_menu_shortcuts(make_window):
    window = make_window()
    assert window.new_council_action.shortcut().toString() == "Ctrl+N"
    assert window.open_database_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
