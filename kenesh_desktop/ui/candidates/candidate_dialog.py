"""The candidate form (add or edit): who they are, the day their documents arrived, the four
documents and the seven requirements of Art. 14 as checklists (each requirement with a note of
the evidence), the overall state computed live by rules/, and the scans attached.

Scans picked in the dialog are copied into the data folder only when OK saves the candidate;
Cancel leaves the files and the records as they were. A refused write (a `WriteError`) is
shown inside the dialog, which stays open with everything typed.

Requirements: "not yet recorded" is kept apart from "no" (a tri-state box) where the store
can keep it (competition_writes.REQUIREMENTS_NULLABLE); otherwise a box is met or not met.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.competition import candidate_state, received_in_window
from kenesh_desktop.rules.deadlines import intake_last_day
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Competition
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.candidates.common import (
    NOT_ELIGIBLE,
    OK,
    STYLE,
    VIOLATION,
    WARNING,
    document_names,
    requirement_names,
    state_names,
)
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.forms import from_qdate, missing, optional_date, to_qdate
from kenesh_desktop.ui.dialogs.member import PersonForm
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import show_state

_STATE_COLOUR = {"eligible": OK, "incomplete": WARNING, NOT_ELIGIBLE: VIOLATION}
_TRI = {Qt.CheckState.Checked: True, Qt.CheckState.Unchecked: False,
        Qt.CheckState.PartiallyChecked: None}


class CandidateDialog(PersonForm[Candidate]):
    """Add a candidate to `competition` (`candidate` None) or edit one; writes on OK.

    After a successful OK, `saved_id` holds the candidate's id.
    """

    kind = "candidate"
    guard_whole_save = False  # only the candidate's own save: scans are files as well

    def __init__(self, session: AppSession, competition: Competition,
                 candidate: Candidate | None = None, parent=None) -> None:
        super().__init__(session, "CandidateDialog",
                         self.tr("Edit candidate") if candidate else self.tr("Add candidate"),
                         parent, with_form=False)
        self.competition = competition
        self.tristate = cw.REQUIREMENTS_NULLABLE
        self.setStyleSheet(STYLE)  # colours the state and the intake-window flag
        self.setMinimumWidth(940)

        form = self.fields
        self.person_rows(form, self.tr("Empty for a self-nominated citizen"))
        self.contact_rows(form)
        self.has_received, self.received, received_row = optional_date(
            self, "Received", session.today(), self.tr("Arrived on"), "HasReceived",
            checked=True)
        self.window_label = QLabel(self)
        self.window_label.setObjectName("WindowFlag")
        self.window_label.setWordWrap(True)
        form.addRow(self.tr("Documents:"), received_row)
        form.addRow("", self.window_label)

        self.documents = self._documents_box()
        self.requirements = self._requirements_box()
        self.attachments = self._attachments_box()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("CandidateState")
        self.state_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.documents)
        left.addWidget(self.attachments, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.requirements, 1)
        self.add(columns, self.state_label)

        self._to_attach: list[Path] = []
        self._to_remove: list[int] = []
        self.show_record(candidate)
        for signal in (self.application.toggled, self.cv.toggled, self.vision.toggled,
                       self.letters.valueChanged, self.sex.currentIndexChanged,
                       self.has_received.toggled, self.received.dateChanged):
            signal.connect(self.update_state)
        for box, _note in self.requirement_rows.values():
            box.checkStateChanged.connect(self.update_state)
        self.update_state()
        self.full_name.setFocus()

    # -- building -------------------------------------------------------------------------
    def _documents_box(self) -> QGroupBox:
        names = document_names()
        box = QGroupBox(self.tr("Documents submitted (Art. {article})").format(
            article=self.session.rulebook.article("composition")), self)
        self.application = QCheckBox(names["application"], box)
        self.application.setObjectName("DocApplication")
        self.cv = QCheckBox(names["cv_with_photo"], box)
        self.cv.setObjectName("DocCv")
        self.vision = QCheckBox(names["vision"], box)
        self.vision.setObjectName("DocVision")
        self.letters = QSpinBox(box)
        self.letters.setObjectName("DocLetters")
        self.letters.setRange(0, 99)
        letters_row = QHBoxLayout()
        letters_row.addWidget(QLabel(names["recommendation_letters"] + ":", box))
        letters_row.addWidget(self.letters)
        letters_row.addWidget(QLabel(self.tr("(at least {n})").format(
            n=self.session.rulebook.min_recommendation_letters), box))
        letters_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.application)
        layout.addWidget(self.cv)
        layout.addLayout(letters_row)
        layout.addWidget(self.vision)
        return box

    def _requirements_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Requirements (Art. {article}) and the evidence").format(
            article=self.session.rulebook.article("composition")), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        self.requirement_rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, (key, name) in enumerate(requirement_names(self.session.rulebook).items()):
            check = QCheckBox(name, box)
            check.setObjectName(f"Req_{key}")
            check.setTristate(self.tristate)
            if self.tristate:
                check.setCheckState(Qt.CheckState.PartiallyChecked)
            note = QLineEdit(box)
            note.setObjectName(f"Note_{key}")
            note.setPlaceholderText(self.tr("Evidence (document, number, date)"))
            grid.addWidget(check, 2 * row, 0)
            grid.addWidget(note, 2 * row + 1, 0)
            self.requirement_rows[key] = (check, note)
        if self.tristate:
            hint = QLabel(self.tr("A half-filled box: not yet recorded."), box)
            hint.setWordWrap(True)
            grid.addWidget(hint, 2 * len(REQUIREMENT_KEYS), 0)
        return box

    def _attachments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scanned documents"), self)
        self.scans = QListWidget(box)
        self.scans.setObjectName("Scans")
        self.scans.setMinimumHeight(60)
        self.attach_button = QPushButton(self.tr("Attach…"), box)
        self.attach_button.setObjectName("AttachButton")
        self.open_button = QPushButton(self.tr("Open"), box)
        self.open_button.setObjectName("OpenScanButton")
        self.remove_button = QPushButton(self.tr("Remove"), box)
        self.remove_button.setObjectName("RemoveScanButton")
        buttons = QVBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        layout.addWidget(self.scans, 1)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.pick_scan)
        self.open_button.clicked.connect(self.open_scan)
        self.remove_button.clicked.connect(self.remove_scan)
        self.scans.itemActivated.connect(lambda _item: self.open_scan())
        return box

    def fill(self, k: Candidate) -> None:
        self.fill_person(k)
        self.has_received.setChecked(k.received is not None)
        if k.received is not None:
            self.received.setDate(to_qdate(k.received))
        self.application.setChecked(k.documents.get("application") is True)
        self.cv.setChecked(k.documents.get("cv_with_photo") is True)
        self.vision.setChecked(k.documents.get("vision") is True)
        self.letters.setValue(int(k.documents.get("recommendation_letters") or 0))
        for key, (check, note) in self.requirement_rows.items():
            value = k.requirements.get(key)
            if value is None and self.tristate:
                check.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                check.setChecked(value is True)
            note.setText(k.requirement_notes.get(key, ""))
        if self.session.council_id:
            for scan in cw.attachments(self.session.council_id, k.id):
                item = QListWidgetItem(scan.file_name, self.scans)
                item.setData(Qt.ItemDataRole.UserRole, (scan.id, str(scan.path)))
                item.setToolTip(f"SHA-256: {scan.sha256}")

    def fresh(self, candidate: Candidate) -> Candidate:
        council = self.fresh_council()
        for competition in council.competitions if council else []:
            for k in competition.candidates:
                if k.id == candidate.id:
                    return k
        return candidate

    def reload(self) -> None:
        """The candidate as they now are, after someone else changed them (issue 19); scans
        chosen but not yet saved are chosen again."""
        if self.record is None:
            return
        self.scans.clear()
        self._to_attach.clear()
        self._to_remove.clear()
        super().reload()
        self.update_state()

    # -- what was entered -------------------------------------------------------------------
    def entered(self) -> Candidate:
        return Candidate(
            **self.entered_person(),
            received=from_qdate(self.received.date()) if self.has_received.isChecked() else None,
            documents={"application": self.application.isChecked(),
                       "cv_with_photo": self.cv.isChecked(),
                       "recommendation_letters": self.letters.value(),
                       "vision": self.vision.isChecked()},
            requirements={key: _TRI[check.checkState()]
                          for key, (check, _note) in self.requirement_rows.items()},
            selected=self.record.selected if self.record else False,
            requirement_notes={key: note.text().strip()
                               for key, (_check, note) in self.requirement_rows.items()
                               if note.text().strip()},
        )

    def update_state(self) -> None:
        """The overall state (rules.competition.candidate_state) and the intake-window flag,
        as the form stands now."""
        k = self.entered()
        rb, lang = self.session.rulebook, self.session.language()
        state = candidate_state(k, rb)
        show_state(self.state_label, self.tr("State: {state}").format(
            state=state_names()[state]), _STATE_COLOUR[state])
        published = self.competition.published
        if k.received is None or published is None:
            show_state(self.window_label, "", OK)
        elif received_in_window(k.received, published, rb):
            show_state(self.window_label, self.tr("Within the intake window (until {date}) ✓"
                                                  ).format(date=format_date(
                                                      intake_last_day(published, rb), lang)), OK)
        elif k.received < published:
            show_state(self.window_label, self.tr(
                "Art. {article}: before the announcement was published ({date})").format(
                article=rb.article("composition"), date=format_date(published, lang)),
                VIOLATION)
        else:
            show_state(self.window_label, self.tr(
                "Art. {article}: after the intake window closed on {date}").format(
                article=rb.article("composition"),
                date=format_date(intake_last_day(published, rb), lang)), VIOLATION)

    def problems(self, k: Candidate) -> list[str]:
        return missing((k.full_name, self.tr("Enter the candidate's full name.")),
                       (k.sex, self.tr("Choose the candidate's sex."))) + self.contact_problems(k)

    # -- scans ------------------------------------------------------------------------------
    def pick_scan(self) -> None:
        name = ask.open_file_name(self, self.tr("Attach a scanned document"), str(Path.home()),
                                  self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
                                  + ";;" + self.tr("All files (*)"))
        if not name:
            return
        path = Path(name)
        self._to_attach.append(path)
        item = QListWidgetItem(self.tr("{name} (attached on OK)").format(name=path.name),
                               self.scans)
        item.setData(Qt.ItemDataRole.UserRole, (None, str(path)))

    def _current_scan(self) -> tuple[int | None, Path] | None:
        item = self.scans.currentItem()
        if item is None:
            return None
        scan_id, path = item.data(Qt.ItemDataRole.UserRole)
        return scan_id, Path(path)

    def open_scan(self) -> None:
        current = self._current_scan()
        if current is not None:
            documents_export.show_document(self, self.tr("Scanned documents"), current[1])

    def remove_scan(self) -> None:
        current = self._current_scan()
        if current is None:
            return
        scan_id, path = current
        if scan_id is None:
            self._to_attach.remove(path)
        else:
            self._to_remove.append(scan_id)
        self.scans.takeItem(self.scans.currentRow())

    # -- OK ---------------------------------------------------------------------------------
    def write_new(self, council_id: str, k: Candidate) -> str:
        saved_id = cw.add_candidate(council_id, self.competition.id, k)
        # From here on an error must not add the candidate a second time.
        self.record = Candidate(saved_id, k.full_name, k.sex, k.organization, k.received)
        return saved_id

    def write_changed(self, council_id: str, k: Candidate) -> None:
        with self.guarded():  # issue 19: not over another person's newer change
            cw.update_candidate(council_id, k)

    def write(self, council_id: str, k: Candidate) -> None:
        """The candidate, then the scans removed and attached (each its own write)."""
        super().write(council_id, k)
        assert self.saved_id is not None
        while self._to_remove:
            cw.remove_attachment(council_id, self.saved_id, self._to_remove[0])
            self._to_remove.pop(0)
        while self._to_attach:
            cw.attach_file(council_id, self.saved_id, self._to_attach[0])
            self._to_attach.pop(0)

    def refused(self) -> None:
        # The candidate (or some scans) may be saved already: the tab shows what is.
        self.session.notify_changed()
