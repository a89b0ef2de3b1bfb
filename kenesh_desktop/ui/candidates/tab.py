"""The Candidates tab: the competition that forms the next composition (Art. 14).

One competition at a time for the next composition (rules.terms.next_competition); earlier
ones stay viewable, read-only, from the competition selector. Above the table: the deadlines
of the term in force (`CompetitionPanel`) and the live selection preview (`SelectionPanel`).
Every change goes through store/competition_writes.py followed by `session.notify_changed()`,
which refreshes the table and both panels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.competition import selection_preview
from kenesh_desktop.rules.records import Candidate, Competition, Council
from kenesh_desktop.rules.terms import next_competition, succession
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.candidates.candidate_dialog import CandidateDialog
from kenesh_desktop.ui.candidates.dialogs import (
    CandidateListDialog,
    CompetitionDialog,
    FormCompositionDialog,
)
from kenesh_desktop.ui.candidates.panels import CompetitionPanel, SelectionPanel
from kenesh_desktop.ui.candidates.table import (
    ORGANIZATION_COLUMN,
    CandidateTableModel,
)
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.record_tab import Deletion, RecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy
from kenesh_desktop.ui.widgets import open_dialog, push_button, write_or_warn


class CandidatesTab(RecordTab):
    view_read_only = True  # a past competition's candidates open to be read

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, kind="Candidate", model=CandidateTableModel(session),
                         proxy=RecordFilterProxy(), words=RecordWords(
            add=self.tr("Add candidate…"), add_tip=self.tr("Add a candidate (Ins)"),
            add_key=self.tr("Add candidate"), edit_key=self.tr("Edit candidate"),
            delete_key=self.tr("Delete candidate"), find=self.tr("Find a candidate…")))
        self.setObjectName("CandidatesTab")
        self.model.setParent(self)
        self.proxy.setParent(self)  # type: ignore[union-attr]
        self.shown_id: str | None = None  # the competition shown; None: the current one

        self.panel = CompetitionPanel(session, self)
        self.selection = SelectionPanel(session, self)

        self.competition_selector = QComboBox(self)
        self.competition_selector.setObjectName("CompetitionSelector")
        # As wide as its longest entry ("c1: formed on 2 December 2026" in Kyrgyz is long).
        self.competition_selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.competition_selector.setMinimumContentsLength(22)
        selector_label = QLabel(self.tr("&Competition:"), self)
        selector_label.setBuddy(self.competition_selector)
        self.announce_button = push_button(self, self.tr("Announce a competition…"),
                                           "AnnounceButton")
        self.dates_button = push_button(self, self.tr("Dates…"), "CompetitionDatesButton")
        self.pdf_button = push_button(self, self.tr("List (PDF)…"), "CandidateListButton")
        self.form_button = push_button(self, self.tr("Form the new composition…"),
                                       "FormCompositionButton")
        self.view.sort_by(0)
        self.view.fit_columns(stretch=[ORGANIZATION_COLUMN])

        panels = QHBoxLayout()
        # The deadlines hold three columns of dates (long in Kyrgyz): the wider share.
        panels.addWidget(self.panel, 3)
        panels.addWidget(self.selection, 2)
        competition_row = QHBoxLayout()
        competition_row.addWidget(selector_label)
        competition_row.addWidget(self.competition_selector)
        competition_row.addWidget(self.dates_button)
        competition_row.addWidget(self.announce_button)
        competition_row.addStretch(1)
        competition_row.addWidget(self.pdf_button)
        # Forming belongs with the preview it depends on.
        self.selection.add_button(self.form_button)
        layout = QVBoxLayout(self)
        layout.addLayout(panels)
        layout.addLayout(competition_row)
        layout.addLayout(self.tools())
        layout.addWidget(self.view, 1)

        # Space is the table's own key (it would start a keyboard search): caught before it,
        # it ticks the Commission's choice.
        self.view.installEventFilter(self)
        self.view.setToolTip(self.tr("Space: select or unselect the candidate"))
        # issue 19: off where the login may only read the council (editable() says so too)
        session.gate.add(self.announce_button, self.form_button)
        self.competition_selector.activated.connect(self._competition_chosen)
        self.announce_button.clicked.connect(self.announce)
        self.dates_button.clicked.connect(self.edit_dates)
        self.pdf_button.clicked.connect(self.export_list)
        self.form_button.clicked.connect(self.form_composition)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.toggle_selected()
            return True
        return super().eventFilter(watched, event)

    # -- what is shown --------------------------------------------------------------------
    def current(self) -> Competition | None:
        """The competition for the next composition (None when none is announced)."""
        council = self.session.council()
        return next_competition(council, self.session.today()) if council else None

    def shown(self) -> Competition | None:
        """The competition in the table: the chosen one, else the current one."""
        council = self.session.council()
        if council is None:
            return None
        chosen = next((c for c in council.competitions if c.id == self.shown_id), None)
        return chosen or self.current()

    def editable(self, record: Candidate | None = None) -> bool:
        """Only the competition for the next composition, before it is formed, is changed."""
        shown, current = self.shown(), self.current()
        return (shown is not None and shown is current and shown.formed is None
                and self.session.may())

    def refresh(self) -> None:
        council = self.session.council()
        self.setEnabled(council is not None)
        if council is None:
            self.model.set_competition(None, False)
            return
        current, shown = self.current(), self.shown()
        self._fill_selector(council, current, shown)
        editable = self.editable()
        selected = self.selected_record()
        self.model.set_competition(shown, editable)
        self.panel.show_competition(council, current)
        if editable:
            preview = selection_preview(shown, council, self.session.other_councils(),
                                        self.session.rulebook, day=self.session.today())
            self.selection.show_preview(preview, shown)
        else:
            self.selection.show_preview(None, shown)
        open_current = current is not None and current.formed is None
        # Once the next composition is formed, the competition for the one after it opens
        # when that term is in force (the store refuses it before).
        formed_ahead = succession(council, self.session.today()).next_term is not None
        self.announce_button.setVisible(not open_current and not formed_ahead)
        self.dates_button.setEnabled(editable)
        self.form_button.setEnabled(editable)
        self.pdf_button.setEnabled(shown is not None)
        if selected is not None:
            self.select_record(selected.id, reveal=False)
        self.update_buttons()

    def _fill_selector(self, council: Council, current: Competition | None,
                       shown: Competition | None) -> None:
        lang = self.session.language()
        box = self.competition_selector
        box.blockSignals(True)
        box.clear()
        for competition in reversed(council.competitions):
            # Issue 17: the competition by what a secretary knows of it, not its internal id.
            if competition is current and competition.formed is None:
                text = self.tr("For the next composition")
            elif competition.formed is not None:
                text = self.tr("Formed on {date}").format(
                    date=format_date(competition.formed, lang))
            else:
                text = self.tr("Announced on {date}").format(
                    date=format_date(competition.announced, lang) or "—")
            box.addItem(text, competition.id)
        if box.count() == 0:
            box.addItem(self.tr("none announced yet"), None)
        if shown is not None:
            box.setCurrentIndex(box.findData(shown.id))
        box.blockSignals(False)

    def _competition_chosen(self, index: int) -> None:
        self.shown_id = self.competition_selector.itemData(index)
        self.refresh()

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation: a competition (or the council's, when none is announced yet), or a
        candidate of any competition."""
        council = self.session.council()
        if council is None or kind not in ("competition", "candidate"):
            return False
        if kind == "competition":
            known = any(c.id == record_id for c in council.competitions)
            if not known and record_id != council.id:
                return False
            self.shown_id = record_id if known else None
            self.refresh()
            self.panel.setFocus()
            return True
        owner = next((c for c in council.competitions
                      if any(k.id == record_id for k in c.candidates)), None)
        if owner is None:
            return False
        self.shown_id = owner.id
        self.refresh()
        self.view.setFocus()
        return self.select_record(record_id)

    def update_buttons(self) -> None:
        super().update_buttons()
        self.edit_button.setText(self.tr("Edit…") if self.editable() else self.tr("View…"))

    # -- actions ------------------------------------------------------------------------------
    def announce(self) -> CompetitionDialog | None:
        if self.session.council_id is None:
            return None
        dialog = CompetitionDialog(self.session, None, self)
        dialog.accepted.connect(lambda: self._show_competition(dialog.saved_id))
        return open_dialog(dialog)

    def _show_competition(self, competition_id: str | None) -> None:
        self.shown_id = competition_id
        self.refresh()

    def edit_dates(self) -> CompetitionDialog | None:
        shown = self.shown()
        if shown is None or not self.editable():
            return None
        return open_dialog(CompetitionDialog(self.session, shown, self))

    def dialog(self, candidate: Candidate | None) -> CandidateDialog | None:
        shown = self.shown()
        if shown is None:
            return None
        dialog = CandidateDialog(self.session, shown, candidate, self)
        if not self.editable():  # history: look, don't touch
            dialog.ok_button().setEnabled(False)
            dialog.attach_button.setEnabled(False)
            dialog.remove_button.setEnabled(False)
        return dialog

    def toggle_selected(self) -> bool:
        candidate = self.selected_record()
        council_id = self.session.council_id
        if candidate is None or council_id is None or not self.editable():
            return False
        return write_or_warn(self, self.session, self.tr("Selection"), lambda: cw.set_selected(
            council_id, candidate.id, not candidate.selected))[0]

    def deletion(self, candidate: Candidate, council_id: str) -> Deletion:
        question = self.tr("Delete the candidate {name} and their scanned documents?").format(
            name=candidate.full_name)
        return Deletion(self.tr("Delete candidate"), question,
                        lambda: cw.delete_candidate(council_id, candidate.id))

    def form_composition(self) -> FormCompositionDialog | None:
        """Art. 14: refused, with the reasons, while the selection breaks a rule."""
        council, shown = self.session.council(), self.shown()
        if council is None or shown is None or not self.editable():
            return None
        reasons = self.selection.reasons()
        if reasons:
            refused = self.tr("The new composition cannot be formed (Art. {article}):").format(
                article=self.session.rulebook.article("composition"))
            ask.warn(self, self.tr("Form the new composition"),
                     refused + "\n\n" + "\n".join(f"• {reason}" for reason in reasons))
            return None
        return open_dialog(FormCompositionDialog(self.session, council, shown, self))

    def export_list(self) -> CandidateListDialog | None:
        shown = self.shown()
        if shown is None:
            return None
        dialog = CandidateListDialog(self.session, self)
        dialog.accepted.connect(lambda: self.write_list(*dialog.chosen()))
        return open_dialog(dialog)

    def write_list(self, lang: str, include_contacts: bool) -> Path | None:
        """Ask where, write the PDF (never half a file), and show it in the system viewer."""
        council, shown = self.session.council(), self.shown()
        if council is None or shown is None:
            return None
        rulebook, others = self.session.rulebook, self.session.other_councils()

        def write(path: Path) -> None:
            from kenesh_desktop.documents.candidate_list import build_candidate_list

            build_candidate_list(council, shown.id, path, lang, include_contacts=include_contacts,
                                 rulebook=rulebook, other_councils=others)

        return documents_export.export_document(
            self, self.tr("Save the list of candidates"),
            f"{council.id}-{shown.id}-candidates-{lang}.pdf", write)
