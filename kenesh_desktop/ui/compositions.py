"""The council's compositions as history: one row per term, with its members' counts.

Everything shown comes from `rules.terms.composition_history` (who served in each term) and
`rules.terms.standing` (whether a term is in force on the session's day, formed ahead, or
over); the dialog only words it. Opened from the Members tab's indicators.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.terms import CURRENT, FORMER, FUTURE, CompositionEntry, standing
from kenesh_desktop.rules.terms import composition_history as history_of
from kenesh_desktop.ui.record_table import RecordTable
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    RIGHT,
    Column,
    RecordTableModel,
    date_column,
)

_FORMER = QBrush(QColor("#6b6b6b"))
_NEXT = QBrush(QColor("#1f4e8c"))


class CompositionTableModel(RecordTableModel[CompositionEntry]):
    """One row per composition: term, formed on, members, women, men, and where it stands
    on the session's day."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session

        def day(value) -> str:
            return format_date(value, session.language())

        names = {CURRENT: self.tr("in force"), FUTURE: self.tr("next"),
                 FORMER: self.tr("former")}
        self.set_columns([
            Column(self.tr("Term"), lambda e: f"{day(e.term.start)} – {day(e.term.end)}",
                   sort_key=lambda e: e.term.start),
            date_column(self.tr("Formed on"), lambda e: e.term.formed),
            Column(self.tr("Members"), lambda e: str(len(e.members)),
                   sort_key=lambda e: len(e.members), alignment=RIGHT),
            Column(self.tr("Women"), lambda e: str(e.counts()["female"]),
                   sort_key=lambda e: e.counts()["female"], alignment=RIGHT),
            Column(self.tr("Men"), lambda e: str(e.counts()["male"]),
                   sort_key=lambda e: e.counts()["male"], alignment=RIGHT),
            Column(self.tr("Now"), lambda e: names[standing(e.term, session.today())]),
        ])

    def foreground(self, record: CompositionEntry, column: int) -> QBrush | None:
        where = standing(record.term, self.session.today())
        return None if where == CURRENT else _NEXT if where == FUTURE else _FORMER


class CompositionHistoryDialog(QDialog):
    """The list of the council's compositions (read only)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompositionHistoryDialog")
        self.setWindowTitle(self.tr("Compositions of the council"))
        self.session = session
        council = session.council()
        self.model = CompositionTableModel(session, self)
        self.model.set_records(history_of(council) if council is not None else [])
        self.view = RecordTable(self, "CompositionTable", self.model)
        self.view.fit_columns()
        note = QLabel(self.tr(
            "Members are everyone who served during the term, including those who joined or "
            "left part-way."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Wide enough for every column without a scroll bar (the terms are long in ky/ru).
        header = self.view.horizontalHeader()
        needed = header.length() + 2 * self.view.frameWidth()
        header.setStretchLastSection(True)
        margins = layout.contentsMargins()
        self.resize(max(560, needed + margins.left() + margins.right() + 24), 300)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
