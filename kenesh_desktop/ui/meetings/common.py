"""What the parts of the Meetings tab share: the closed vocabularies as the window words them,
a record model that updates in place, and the sitting a part is showing.

`MeetingContext` is the one question every part asks: which council and sitting, is it
read-only (finalized), and how do I write (the session, to notify after a write).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.outcome import (
    ADOPTED,
    NO_QUORUM,
    NOT_VOTED,
    REJECTED,
    attendance_recorded,
    item_outcome,
)
from kenesh_desktop.rules.records import Council, Meeting, Member
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordTableModel, RowsModel

T = TypeVar("T")

STATE_STYLE = """
QLabel[state="ok"] { color: #1b6e20; }
QLabel[state="warning"] { color: #8a5300; }
QLabel[state="violation"] { color: #b3261e; font-weight: bold; }
"""
OK, WARNING, VIOLATION = "ok", "warning", "violation"

ABSENT = QBrush(QColor("#6b6b6b"))
"""The text of a member who is absent, in the attendance and the votes alike (a grey that
still reads at 4.5:1 on white)."""


def kind_names() -> dict[str, str]:
    return {
        "regular": QCoreApplication.translate("Meetings", "regular"),
        "extraordinary": QCoreApplication.translate("Meetings", "extraordinary"),
    }


def proposer_names() -> dict[str, str]:
    """Who put an item on the agenda: the council, or the state body (as its rulebook lets it:
    Art. 18 of Law No. 74)."""
    return {
        "council": QCoreApplication.translate("Meetings", "the council"),
        "state_body": QCoreApplication.translate("Meetings", "the state body"),
    }


def guest_category_names() -> dict[str, str]:
    """Art. 17: sittings are open; the council may invite others."""
    return {
        "state_body": QCoreApplication.translate("Meetings", "state body"),
        "expert": QCoreApplication.translate("Meetings", "expert"),
        "media": QCoreApplication.translate("Meetings", "media"),
        "citizen": QCoreApplication.translate("Meetings", "citizen"),
        "other": QCoreApplication.translate("Meetings", "other"),
    }


def vote_names() -> dict[str, str]:
    return {
        "for": QCoreApplication.translate("Meetings", "For"),
        "against": QCoreApplication.translate("Meetings", "Against"),
        "abstain": QCoreApplication.translate("Meetings", "Abstained"),
    }


def outcome_names() -> dict[str | None, str]:
    """An item's outcome (rules/outcome.py) as the window words it; {article} is the quorum's
    article. None: the sitting's attendance is not recorded yet."""
    return {
        ADOPTED: QCoreApplication.translate("Meetings", "adopted"),
        REJECTED: QCoreApplication.translate("Meetings", "not adopted"),
        NOT_VOTED: QCoreApplication.translate("Meetings", "not put to the vote"),
        NO_QUORUM: QCoreApplication.translate("Meetings",
                                              "not adopted: no quorum (Art. {article})"),
        None: QCoreApplication.translate("Meetings", "attendance not recorded yet"),
    }


def outcome_at(ctx: MeetingContext, votes: Mapping[str, str],
               rulebook: Rulebook) -> tuple[str | None, QuorumStatus]:
    """The outcome the rules give an item with `votes` at the sitting, and its quorum
    (Art. 17); None while the attendance is not recorded (a sitting prepared ahead)."""
    quorum = meeting_quorum(ctx.council, ctx.meeting, rulebook)
    if not attendance_recorded(ctx.meeting):
        return None, quorum
    return item_outcome(votes, quorum, rulebook), quorum


@dataclass(frozen=True)
class MeetingContext:
    """The sitting a part of the tab shows, as read from the store after the last change."""

    council: Council
    meeting: Meeting
    editable: bool = True
    """False where the login may only read the council (issue 19): as if finalized."""

    @property
    def council_id(self) -> str:
        return self.council.id

    @property
    def meeting_id(self) -> str:
        return self.meeting.id

    @property
    def read_only(self) -> bool:
        return self.meeting.finalized or not self.editable


class InPlaceRecordModel(RecordTableModel[T]):
    """A record table that, given as many records as it shows, changes them in place
    (dataChanged) instead of resetting: views keep their selection and current cell while
    the user works through a list, and listeners see what changed."""

    def set_records(self, records: Sequence[T]) -> None:
        records = list(records)
        old = self._records
        if len(records) != len(old) or not old:
            super().set_records(records)
            return
        self._records = records
        changed = [row for row, (a, b) in enumerate(zip(old, records, strict=True)) if a != b]
        if changed:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))


class MemberRowsModel(RowsModel):
    """One row per member on the sitting's date (the attendance, the votes on an item): rows
    are dataclasses with a `member`; subclasses fill the rows (`show_rows`) and name the
    columns in `_titles`. `refused` carries the store's refusal of a write, worded for the
    window."""

    refused = Signal(str)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx: MeetingContext | None = None

    def row(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, member_id: str) -> int:
        return next((i for i, r in enumerate(self._records) if r.member.id == member_id), -1)

    def show_rows(self, rows: list[Any], same_table: bool, flags_changed: bool) -> None:
        """Show `rows`. The same table (`same_table`: the same sitting and item) of the same
        members changes in place, only the rows that differ (every row when `flags_changed`:
        finalized or reopened, editable or not); views keep their current cell. Anything else
        is a reset."""
        old = self._records
        if not same_table or [r.member.id for r in rows] != [r.member.id for r in old]:
            self.beginResetModel()
            self._records = rows
            self.endResetModel()
            return
        self._records = rows
        changed = (list(range(len(rows))) if flags_changed else
                   [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b])
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], self.columnCount() - 1))


def by_name(members: Iterable[Member]) -> list[Member]:
    """Members in Kyrgyz alphabetical order of their names (the same name: by id)."""
    return sorted(members, key=lambda m: (kyrgyz_sort_key(m.full_name), m.id))
