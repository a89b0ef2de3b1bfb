"""File → Publish…: the public pack (documents.public_pack; EXCHANGE.md `publish`, Art. 6)
from the window: the language and an empty or new folder are chosen in a dialog, the pack is
written in a worker thread behind a progress bar (the window keeps painting), and the result
is offered in the browser.

The council is read in the window's thread (which owns the database connection); the worker
only turns those records into files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.background import run_in_background
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.forms import FormDialog, wide_label
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import open_dialog


def free_folder(parent: Path, name: str) -> Path:
    """`parent/name`, or `name-2`, `name-3`... : the first that does not exist or is empty."""
    candidate, number = parent / name, 1
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        number += 1
        candidate = parent / f"{name}-{number}"
    return candidate


class PublishDialog(FormDialog):
    """The language and the folder of the public pack; OK writes it in the background."""

    notify_on_save = False  # writes files, no records
    needs = None

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "PublishDialog", self.tr("Publish for the public"), parent)
        self.council_id = session.council_id or "council"
        self.written: Path | None = None
        note = wide_label(self, "PublishNote")
        note.setText(self.tr(
            "A folder of web pages for the state body's website or a USB stick: the council "
            "and its composition, the sittings with the decisions of finalized minutes, the "
            "work plans, the annual reports with charts, open data (CSV, JSON) and a calendar. "
            "It opens in any browser without the internet.\n\nNever published: PINs, phone "
            "numbers, e-mails, reasons for absence, candidates' papers, and the decisions of "
            "sittings whose minutes are not finalized."))
        self.fields.addRow(note)
        self.language = documents_export.language_box(self, "PublishLanguage",
                                                      documents_export.document_language())
        self.fields.addRow(self.tr("&Language:"), self.language)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("PublishFolder")
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("PublishBrowse")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.folder)
        self.fields.addRow(label, row)
        self.folder_hint = wide_label(self, "PublishFolderHint")
        self.folder_hint.setText(self.tr("An empty or new folder: the pack is written into it."))
        self.fields.addRow("", self.folder_hint)
        self.ok_button().setText(self.tr("Publish"))
        self._suggest(documents_export.document_folder())
        self.browse.clicked.connect(self.choose_folder)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.resize(620, self.sizeHint().height())

    def lang(self) -> str:
        return self.language.currentData() or "ky"

    def _name(self) -> str:
        return f"{self.council_id}-public-{self.lang()}"

    def _suggest(self, parent: Path) -> None:
        self.folder.setText(str(free_folder(parent, self._name())))

    def _language_changed(self, _index: int) -> None:
        current = Path(self.folder.text().strip())
        if current.name.startswith(f"{self.council_id}-public-"):
            self._suggest(current.parent)

    def choose_folder(self) -> None:
        """The folder dialog: an empty folder is used as it is; in one that holds files the
        pack gets a new folder of its own."""
        start = Path(self.folder.text().strip() or documents_export.document_folder()).parent
        chosen = ask.existing_folder(self, self.tr("Where to publish"), str(start))
        if not chosen:
            return
        folder = Path(chosen)
        if folder.is_dir() and not any(folder.iterdir()):
            self.folder.setText(str(folder))
        else:
            self._suggest(folder)

    def problem(self, target: Path) -> str:
        """What is wrong with `target`, in the window's language ("" when it will do)."""
        if not str(target).strip() or not target.name:
            return self.tr("Choose a folder for the pack.")
        if target.exists() and not target.is_dir():
            return self.tr("{path} is a file. Choose an empty or new folder.").format(path=target)
        if target.is_dir() and any(target.iterdir()):
            return self.tr("The folder {path} is not empty. Choose an empty or new folder: "
                           "nothing in it is replaced.").format(path=target)
        if not target.exists() and not target.parent.is_dir():
            return self.tr("The folder {path} does not exist.").format(path=target.parent)
        return ""

    def open_question(self, folder: Path) -> str:
        return self.tr("The public pack is in {folder}.\n\nOpen it in the browser now?").format(
            folder=folder)

    def save(self) -> str | None:
        target = Path(self.folder.text().strip()).expanduser()
        problem = self.problem(target)
        if problem:
            return problem
        council = self.session.council()
        if council is None:
            return self.tr("No council is open.")
        from kenesh_desktop.documents.public_pack import PackTargetError, publish_pack

        lang, today = self.lang(), self.session.today()
        ok, value = run_in_background(
            self, self.tr("Publishing the public pack…"),
            lambda progress: publish_pack(council, target, lang, today, progress),
            expected=(OSError, PackTargetError), name="PublishProgress")
        if not ok:
            reason = getattr(value, "strerror", None) or str(value)
            return self.tr("The pack could not be written.\n\n{problem}").format(problem=reason)
        documents_export.store_document_language(lang)
        documents_export.store_document_folder(target.parent)
        self.written = value  # type: ignore[assignment]
        return None


def publish(parent: QWidget, session: AppSession) -> PublishDialog | None:
    """File → Publish…: the dialog; once written, the pack is offered in the browser."""
    if session.council_id is None:
        return None
    dialog = PublishDialog(session, parent)

    def done() -> None:
        index = dialog.written
        if index is not None and ask.confirm(parent, dialog.windowTitle(),
                                             dialog.open_question(index.parent)):
            documents_export.show_document(parent, dialog.windowTitle(), index)

    dialog.accepted.connect(done)
    return open_dialog(dialog)
