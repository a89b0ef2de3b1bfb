"""The live quorum indicator of a sitting (Art. 17) above its pages: recomputed from the
attendance model's signals in the same event-loop turn as a click (attendance.py). Its
figures come from `rules.meetings.meeting_quorum`, its article from the council's rulebook;
the widget only words and colours them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from kenesh_desktop.rules.meetings import QuorumStatus
from kenesh_desktop.ui.meetings.common import OK, STATE_STYLE, VIOLATION
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import set_state

if TYPE_CHECKING:
    from kenesh_desktop.ui.meetings.attendance import AttendanceTableModel


class QuorumIndicator(QLabel):
    """Art. 17: "Present 9 of 13 — quorum 9 (2/3, Art. 17) ✓", red and saying how many are
    missing when short. Recomputed from the attendance model's signals."""

    def __init__(self, session: AppSession, model: AttendanceTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuorumIndicator")
        self.setWordWrap(True)  # the buttons beside it keep the window within 1024 px
        self.setStyleSheet(STATE_STYLE)
        self.session = session
        self.model = model
        self.status: QuorumStatus | None = None
        model.dataChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        status = self.model.quorum()
        self.status = status
        if status is None:
            self.clear()
            return
        share = self.session.rulebook.quorum_share
        values = dict(present=status.present, members=status.members, needed=status.needed,
                      share=f"{share.numerator}/{share.denominator}", article=status.article,
                      missing=status.missing)
        if status.reached:
            text = self.tr("Present {present} of {members} — quorum {needed} "
                           "({share}, Art. {article}) ✓").format(**values)
        else:
            text = self.tr("Present {present} of {members} — quorum {needed} "
                           "({share}, Art. {article}): {missing} missing ✗").format(**values)
        self.setText(text)
        self.setToolTip(self.tr("Art. {article}: a sitting is competent when at least {share} "
                                "of the members on its date attend.").format(**values))
        set_state(self, OK if status.reached else VIOLATION)
