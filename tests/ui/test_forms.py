"""What every form and document of the window shares (ui/dialogs/forms.py, ui/widgets.py,
ui/documents_export.py): a form opens with its first field focused and OK last in the Tab
order; cancelling the save dialog of a document leaves its form open with nothing said; a
refused store write from a tab's button is shown in the window's language; a document that
cannot be written is refused with the path and the reason, and no viewer is started."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from ui_driver import open_dialog

from kenesh_desktop.store import labels, writes
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs.council import CouncilDialog
from kenesh_desktop.ui.requests import RequestsTab
from kenesh_desktop.ui.requests.request_dialogs import RegisterDialog
from kenesh_desktop.ui.widgets import write_or_warn


@pytest.fixture
def council_id(session) -> str:
    council_id = writes.create_council("", "Коомдук кеңеш", "Министрлик", dt.date(2026, 3, 1),
                                       dt.date(2028, 2, 29))
    session.select_council(council_id)
    return council_id


def test_a_form_opens_on_its_first_field_and_ok_comes_last(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window, CouncilDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.name
    chain, widget = [], dialog.name
    while widget is not dialog.ok_button() and len(chain) < 50:
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert dialog.term_end in chain  # every field comes before OK
    dialog.reject()


def test_cancelling_the_save_dialog_keeps_the_register_open(qtbot, session, council_id,
                                                            answers):
    tab = RequestsTab(session)
    qtbot.addWidget(tab)
    tab.show()
    dialog = tab.requests.export_register()
    answers.save_file = ""  # the user closes the file dialog
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isVisible()
    assert dialog.saved_path is None
    assert open_dialog(tab, RegisterDialog) is dialog
    dialog.reject()


def test_a_refused_write_from_a_button_is_said_and_nothing_changes(qtbot, session, council_id,
                                                                   answers):
    changes = []
    session.changed.connect(lambda: changes.append(1))

    def refused():
        raise WriteError.keyed("{label} is required.", label=labels.COUNCIL_NAME)

    assert write_or_warn(None, session, "Save", refused) == (False, None)
    assert answers.texts("warn") == ["The council's name is required."]
    assert changes == []
    assert write_or_warn(None, session, "Save", lambda: 7) == (True, 7)
    assert changes == [1]


def test_a_document_that_cannot_be_written_is_refused_with_the_reason(qtbot, tmp_path,
                                                                      answers, monkeypatch):
    opened = []
    monkeypatch.setattr(documents_export, "open_document", lambda path: opened.append(path))
    answers.save_file = str(tmp_path / "no-such-folder" / "plan")

    def write(path):
        path.write_bytes(b"%PDF")  # the folder is missing: OSError

    assert documents_export.export_document(None, "Save the plan", "plan.pdf", write) is None
    (message,) = answers.texts("warn")
    assert message.startswith("The PDF could not be written.")
    assert str(tmp_path / "no-such-folder" / "plan.pdf") in message
    assert opened == []

    answers.save_file = str(tmp_path / "plan")
    assert documents_export.export_document(None, "Save the plan", "plan.pdf", write) == (
        tmp_path / "plan.pdf")
    assert opened == [tmp_path / "plan.pdf"]
    assert documents_export.document_folder() == tmp_path  # the next save starts there
