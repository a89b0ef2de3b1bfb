"""The candidates of one competition as a Qt table: one row per candidate, the state computed by
rules/competition.py, the day the documents arrived flagged when outside the intake window
(Art. 14), and the Commission's choice as a check box that writes through the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.competition import (
    ELIGIBLE,
    INCOMPLETE,
    candidate_state,
    missing_documents,
    received_in_window,
)
from kenesh_desktop.rules.deadlines import intake_last_day
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Competition
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.candidates.common import (
    STATE_COLOURS,
    document_names,
    requirement_names,
    state_names,
)
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.member import sex_names
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    CENTER,
    Column,
    Index,
    RecordTableModel,
    date_sort_key,
)

ORGANIZATION_COLUMN = 2
RECEIVED_COLUMN = 3
STATE_COLUMN = 6
SELECTED_COLUMN = 7
_STATE_ORDER = {ELIGIBLE: 0, INCOMPLETE: 1}
_FLAG = "⚠"


class CandidateTableModel(RecordTableModel[Candidate]):
    """Name, sex, organisation, documents arrived, documents, requirements, state, selected."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        self.competition: Competition | None = None
        self.editable = False
        sexes, states = sex_names(), state_names()
        rb = session.rulebook

        self.set_columns([
            Column(self.tr("Full name"), lambda k: k.full_name),
            Column(self.tr("Sex"), lambda k: sexes.get(k.sex, k.sex)),
            Column(self.tr("Organisation"),
                   lambda k: k.organization or self.tr("(self-nominated)")),
            Column(self.tr("Documents arrived"), self._received_text,
                   sort_key=lambda k: date_sort_key(k.received), tooltip=self._received_tip),
            Column(self.tr("Documents"), self._documents_text,
                   sort_key=lambda k: len(missing_documents(k.documents, rb)),
                   tooltip=self._documents_tip),
            Column(self.tr("Requirements"), self._requirements_text,
                   sort_key=self._requirements_key, tooltip=self._requirements_tip),
            Column(self.tr("State"), lambda k: states[candidate_state(k, rb)],
                   sort_key=lambda k: _STATE_ORDER.get(candidate_state(k, rb), 2)),
            Column(self.tr("Selected"), lambda k: "",
                   sort_key=lambda k: not k.selected, alignment=CENTER),
        ])

    def set_competition(self, competition: Competition | None, editable: bool) -> None:
        self.competition = competition
        self.editable = editable
        self.set_records(competition.candidates if competition else [])

    # -- the columns' texts ---------------------------------------------------------------
    def outside_window(self, k: Candidate) -> bool:
        """Art. 14: documents received before the publication or after publication + 1 month."""
        published = self.competition.published if self.competition else None
        return (published is not None and k.received is not None
                and not received_in_window(k.received, published, self.session.rulebook))

    def _received_text(self, k: Candidate) -> str:
        text = format_date(k.received, self.session.language())
        return f"{text} {_FLAG}" if self.outside_window(k) else text

    def _received_tip(self, k: Candidate) -> str:
        if not self.outside_window(k) or self.competition is None:
            return ""
        lang, rb = self.session.language(), self.session.rulebook
        published = self.competition.published
        if k.received < published:
            return self.tr(
                "Art. {article}: received before the announcement was published ({date})"
            ).format(article=rb.article("composition"), date=format_date(published, lang))
        return self.tr("Art. {article}: received after the intake window closed on {date}"
                       ).format(article=rb.article("composition"),
                                date=format_date(intake_last_day(published, rb), lang))

    def _documents_text(self, k: Candidate) -> str:
        missing = missing_documents(k.documents, self.session.rulebook)
        if not missing:
            return self.tr("complete ✓")
        return self.tr("{n} missing").format(n=len(missing))

    def _documents_tip(self, k: Candidate) -> str:
        names = document_names()
        missing = missing_documents(k.documents, self.session.rulebook)
        letters = int(k.documents.get("recommendation_letters") or 0)
        lines = [self.tr("Recommendation letters: {n} (at least {min})").format(
            n=letters, min=self.session.rulebook.min_recommendation_letters)]
        lines += [self.tr("Missing: {document}").format(document=names[key]) for key in missing]
        return "\n".join(lines)

    def _requirements_text(self, k: Candidate) -> str:
        values = [k.requirements.get(key) for key in REQUIREMENT_KEYS]
        failed = sum(value is False for value in values)
        unknown = sum(value is None for value in values)
        if failed:
            return self.tr("{n} not met").format(n=failed)
        if unknown:
            return self.tr("{n} not recorded").format(n=unknown)
        return self.tr("all met ✓")

    def _requirements_key(self, k: Candidate) -> tuple:
        values = [k.requirements.get(key) for key in REQUIREMENT_KEYS]
        return (sum(v is False for v in values), sum(v is None for v in values))

    def _requirements_tip(self, k: Candidate) -> str:
        names = requirement_names(self.session.rulebook)
        lines = []
        for key in REQUIREMENT_KEYS:
            value = k.requirements.get(key)
            if value is not True:
                mark = self.tr("not met") if value is False else self.tr("not recorded")
                lines.append(f"{names[key]}: {mark}")
        return "\n".join(lines)

    # -- colours and the check box --------------------------------------------------------
    def foreground(self, record: Candidate, column: int) -> QBrush | None:
        if column == STATE_COLUMN:
            return QBrush(STATE_COLOURS[candidate_state(record, self.session.rulebook)][0])
        if column == RECEIVED_COLUMN and self.outside_window(record):
            return QBrush(STATE_COLOURS["not_eligible"][0])
        return None

    def background(self, record: Candidate, column: int) -> QBrush | None:
        if column == STATE_COLUMN:
            return QBrush(STATE_COLOURS[candidate_state(record, self.session.rulebook)][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid()
                and index.column() == SELECTED_COLUMN and index.row() < self.rowCount()):
            selected = self.record(index.row()).selected
            return (Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked).value
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SELECTED_COLUMN and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The Commission's choice (Art. 14), written at once; the preview follows."""
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != SELECTED_COLUMN or not self.editable
                or self.session.council_id is None):
            return False
        record = self.record(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        try:
            with self.session.history.step(self.tr("Selection")):
                cw.set_selected(self.session.council_id, record.id, checked)
        except WriteError as exc:
            ask.warn(None, self.tr("Selection"), store_messages.message(exc))
            return False
        record.selected = checked
        self.dataChanged.emit(index, index, [role])
        self.session.notify_changed()
        return True
