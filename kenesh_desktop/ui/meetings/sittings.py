"""The list of a council's sittings: number, date, kind, place, present/total, quorum, state.

Quorum figures come from `rules.meetings.meeting_quorum` (Art. 17), computed for every sitting
once per refresh, never in `data()` (each asks for the members active on the sitting's day).
A sitting that was reopened says so in its state, with the last reason, and lists every
reopening in the tooltip.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.ui.meetings.common import InPlaceRecordModel, kind_names
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import CENTER, RIGHT, Column, date_column

QUORUM_COLUMN = 5
PLACE_COLUMN = 3
_RED = QBrush(QColor("#b3261e"))
_GREEN = QBrush(QColor("#1b6e20"))


class MeetingTableModel(InPlaceRecordModel[Meeting]):
    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        self.council: Council | None = None
        self._quorums: dict[str, QuorumStatus] = {}
        kinds = kind_names()

        self.set_columns([
            Column(self.tr("No."), lambda m: str(m.number), sort_key=lambda m: m.number,
                   alignment=RIGHT),
            date_column(self.tr("Date"), lambda m: m.date),
            Column(self.tr("Kind"), lambda m: kinds.get(m.kind, m.kind)),
            Column(self.tr("Place"), lambda m: m.place, tooltip=lambda m: m.place),
            Column(self.tr("Present"), self._present_text, alignment=CENTER,
                   sort_key=lambda m: self._quorum(m).present if self.council else 0),
            Column(self.tr("Quorum"), self._quorum_text, alignment=CENTER,
                   tooltip=self._quorum_tooltip),
            Column(self.tr("State"), self.state_text, tooltip=self._reopenings_text),
        ])

    def set_council(self, council: Council | None) -> None:
        before = self.rowCount()
        self.council = council
        rb = self.session.rulebook
        self._quorums = {m.id: meeting_quorum(council, m, rb)
                         for m in (council.meetings if council else [])}
        self.set_records(council.meetings if council else [])
        if before and before == self.rowCount():
            # Quorum depends on the membership as well as on the sitting.
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(before - 1, self.columnCount() - 1))

    def _quorum(self, meeting: Meeting) -> QuorumStatus:
        assert self.council is not None
        quorum = self._quorums.get(meeting.id)
        if quorum is None:  # not one of the council's sittings as last read
            quorum = meeting_quorum(self.council, meeting, self.session.rulebook)
        return quorum

    def _not_yet(self, meeting: Meeting) -> bool:
        """A sitting still ahead with nobody marked yet has no attendance to judge."""
        return meeting.date > self.session.today() and not meeting.present

    def _present_text(self, meeting: Meeting) -> str:
        if self.council is None:
            return ""
        quorum = self._quorum(meeting)
        return f"{quorum.present}/{quorum.members}"

    def _quorum_text(self, meeting: Meeting) -> str:
        if self.council is None or self._not_yet(meeting):
            return "—"
        return "✓" if self._quorum(meeting).reached else "✗"

    def _quorum_tooltip(self, meeting: Meeting) -> str:
        if self.council is None:
            return ""
        quorum = self._quorum(meeting)
        return self.tr("Art. {article}: {needed} of {members} needed, {present} present").format(
            article=quorum.article, needed=quorum.needed, members=quorum.members,
            present=quorum.present)

    def state_text(self, meeting: Meeting) -> str:
        if meeting.finalized and meeting.reopenings:
            return self.tr("finalized (reopened {count}×)").format(
                count=len(meeting.reopenings))
        if meeting.finalized:
            return self.tr("finalized")
        if meeting.reopenings:
            last = meeting.reopenings[-1]
            return self.tr("reopened {date}: {reason}").format(
                date=format_date(last.on, self.session.language()), reason=last.reason)
        return self.tr("draft")

    def _reopenings_text(self, meeting: Meeting) -> str:
        lang = self.session.language()
        return "\n".join(self.tr("Reopened {date}: {reason}").format(
            date=format_date(x.on, lang), reason=x.reason) for x in meeting.reopenings)

    def foreground(self, record: Meeting, column: int) -> QBrush | None:
        if column != QUORUM_COLUMN or self.council is None or self._not_yet(record):
            return None
        return _GREEN if self._quorum(record).reached else _RED
