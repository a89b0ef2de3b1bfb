"""Notices of the state body's tender and other commissions (Art. 18: the council is told the
date, place and agenda at least 2 days before a commission sits, and may send an observer).

Whether the 2-day notice was kept is asked of `rules.deadlines.notice_due` for every row and,
in the form, live as the dates are changed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.quoting import quoted
from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.deadlines import notice_due
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import CommissionNotice
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.store import request_queries, request_writes
from kenesh_desktop.store.request_queries import NoticeRow
from kenesh_desktop.ui.dialogs.forms import (
    date_edit,
    from_qdate,
    line_edit,
    missing,
    plain_text_edit,
    to_qdate,
    wide_label,
)
from kenesh_desktop.ui.dialogs.record_form import RecordForm
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.record_tab import Deletion, RecordWords
from kenesh_desktop.ui.requests.record_list import RecordListView
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    CENTER,
    Column,
    RecordTableModel,
    date_column,
)
from kenesh_desktop.ui.widgets import date_column_width

KEPT_COLUMN = 5
_LATE_TEXT, _LATE_BACK = QBrush(QColor("#8c1d18")), QBrush(QColor("#fbe4e2"))
_KEPT_TEXT = QBrush(QColor("#1b6e20"))


def notice_kept(received: dt.date, sitting: dt.date, rulebook: Rulebook) -> bool:
    """Art. 18: the notice reached the council at least 2 days before the commission sat."""
    return received <= notice_due(sitting, rulebook)


class NoticeTableModel(RecordTableModel[NoticeRow]):
    """Notices, one row each: commission, received, sitting, place, agenda, notice kept,
    observer, attended, notes. A late notice is marked red."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session

        self.set_columns([
            Column(self.tr("Commission"), lambda x: x.notice.commission,
                   tooltip=lambda x: x.notice.commission),
            date_column(self.tr("Received"), lambda x: x.notice.received, alignment=CENTER,
                        tooltip=True),
            date_column(self.tr("Sits on"), lambda x: x.notice.sitting, alignment=CENTER,
                        tooltip=True),
            Column(self.tr("Place"), lambda x: x.notice.place),
            Column(self.tr("Agenda"), lambda x: x.notice.agenda,
                   tooltip=lambda x: x.notice.agenda),
            Column(self.tr("2-day notice"), self._kept_text,
                   sort_key=lambda x: self._kept(x), alignment=CENTER,
                   tooltip=self._kept_tooltip),
            Column(self.tr("Observer"), lambda x: x.observer_name),
            Column(self.tr("Attended"), self._attended_text, alignment=CENTER),
            Column(self.tr("Notes"), lambda x: x.notice.notes, tooltip=lambda x: x.notice.notes),
        ])

    def _kept(self, row: NoticeRow) -> bool:
        return notice_kept(row.notice.received, row.notice.sitting, self.session.rulebook)

    def _kept_text(self, row: NoticeRow) -> str:
        return self.tr("kept") if self._kept(row) else self.tr("late")

    def _kept_tooltip(self, row: NoticeRow) -> str:
        rb = self.session.rulebook
        return self.tr("Art. {article}: the notice was due by {date} ({days} before the "
                       "sitting).").format(
            article=rb.article("state_body"),
            date=format_date(notice_due(row.notice.sitting, rb), self.session.language()),
            days=format_days(rb.commission_notice_days, self.session.language()))

    def _attended_text(self, row: NoticeRow) -> str:
        if row.notice.attended is None:
            return ""
        return self.tr("yes") if row.notice.attended else self.tr("no")

    def foreground(self, record: NoticeRow, column: int) -> QBrush | None:
        if column != KEPT_COLUMN:
            return None
        return _KEPT_TEXT if self._kept(record) else _LATE_TEXT

    def background(self, record: NoticeRow, column: int) -> QBrush | None:
        return None if column != KEPT_COLUMN or self._kept(record) else _LATE_BACK


class NoticesView(RecordListView):
    navigation_kind = "notice"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, kind="Notice", model=NoticeTableModel(session),
                         words=RecordWords(
                             add=self.tr("Add notice…"), add_key=self.tr("Add notice"),
                             edit_key=self.tr("Edit notice"), delete_key=self.tr("Delete notice"),
                             find=self.tr("Find by commission, place, observer…")),
                         sort=(2, Qt.SortOrder.DescendingOrder),
                         load=request_queries.council_notices, record="notice", form=NoticeDialog)
        day = date_column_width(self)
        self.view.set_widths({0: 240, 1: day, 2: day, 3: 120, 4: 180, 5: 95, 6: 170, 7: 80})
        self.view.horizontalHeader().setStretchLastSection(True)
        self.refresh()

    def deletion(self, row: NoticeRow, council_id: str) -> Deletion:
        question = self.tr("Delete the notice of {commission}?").format(
            commission=quoted(row.notice.commission, current_language()))
        return Deletion(self.tr("Delete notice"), question,
                        lambda: request_writes.delete_notice(council_id, row.notice.id))


class NoticeDialog(RecordForm[CommissionNotice]):
    """Record a commission notice or edit one. The observer is chosen among the members active
    on the commission's sitting day; whether the 2-day notice was kept is shown live."""

    kind = "notice"
    adds = staticmethod(request_writes.add_notice)
    updates = staticmethod(request_writes.update_notice)

    def __init__(self, session: AppSession, notice: CommissionNotice | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, "NoticeDialog",
                         self.tr("Edit notice") if notice else self.tr("Add notice"), parent)
        self.setMinimumWidth(580)
        council_id = session.council_id
        self.members = request_queries.council_member_choices(council_id) if council_id else []

        self.commission = line_edit(self, "NoticeCommission",
                                    self.tr("e.g. the tender commission"))
        self.received = date_edit(self, "NoticeReceived", session.today())
        self.sitting = date_edit(self, "NoticeSitting", session.today() + dt.timedelta(days=3))
        self.kept_label = wide_label(self, "NoticeKeptLabel")
        self.place = line_edit(self, "NoticePlace")
        self.agenda = plain_text_edit(self, "NoticeAgenda", 2)
        self.observer = QComboBox(self)
        self.observer.setObjectName("NoticeObserver")
        self.attended = QComboBox(self)
        self.attended.setObjectName("NoticeAttended")
        self.attended.addItem(self.tr("not known yet"), None)
        self.attended.addItem(self.tr("yes"), True)
        self.attended.addItem(self.tr("no"), False)
        self.notes = plain_text_edit(self, "NoticeNotes", 2)
        form = self.fields
        form.addRow(self.tr("&Commission:"), self.commission)
        form.addRow(self.tr("Notice &received:"), self.received)
        form.addRow(self.tr("Commission &sits on:"), self.sitting)
        form.addRow("", self.kept_label)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("A&genda:"), self.agenda)
        form.addRow(self.tr("&Observer:"), self.observer)
        form.addRow(self.tr("Observer a&ttended:"), self.attended)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.received.dateChanged.connect(self._update_kept)
        self.sitting.dateChanged.connect(self._update_kept)
        self.sitting.dateChanged.connect(self._fill_observers)
        self.show_record(notice)
        self._fill_observers()
        self._update_kept()
        self.commission.setFocus()

    def fresh(self, notice: CommissionNotice) -> CommissionNotice:
        rows = request_queries.council_notices(self.session.council_id or "", notice.id)
        return rows[0].notice if rows else notice

    def reload(self) -> None:
        super().reload()
        if self.record is not None:  # the observer too, once the sitting's members are listed
            self.observer.setCurrentIndex(max(0, self.observer.findData(self.record.observer)))

    def fill(self, notice: CommissionNotice) -> None:
        self.commission.setText(notice.commission)
        self.received.setDate(to_qdate(notice.received))
        self.sitting.setDate(to_qdate(notice.sitting))
        self.place.setText(notice.place)
        self.agenda.setPlainText(notice.agenda)
        self.attended.setCurrentIndex(max(0, self.attended.findData(notice.attended)))
        self.notes.setPlainText(notice.notes)
        for edit in (self.commission, self.place):  # show a long name from its start
            edit.setCursorPosition(0)

    def _fill_observers(self, *_args) -> None:
        """Only a member of the council on the sitting's day can observe for it."""
        keep = self.observer.currentData() if self.observer.count() else (
            self.record.observer if self.record else None)
        day = from_qdate(self.sitting.date())
        self.observer.blockSignals(True)
        self.observer.clear()
        self.observer.addItem(self.tr("nobody sent"), None)
        for member in self.members:
            if member.active_on(day):
                self.observer.addItem(member.full_name, member.id)
        self.observer.setCurrentIndex(max(0, self.observer.findData(keep)))
        self.observer.blockSignals(False)

    def _update_kept(self, *_args) -> None:
        rb = self.session.rulebook
        lang = self.session.language()
        received, sitting = from_qdate(self.received.date()), from_qdate(self.sitting.date())
        due = format_date(notice_due(sitting, rb), lang)
        article, days = rb.article("state_body"), format_days(rb.commission_notice_days, lang)
        if notice_kept(received, sitting, rb):
            text = self.tr("Art. {article}: notice kept — it was due by {date}, {days} before "
                           "the sitting.")
            state = "ok"
        else:
            text = self.tr("Art. {article}: notice late — it was due by {date}, {days} before "
                           "the sitting.")
            state = "violation"
        self.kept_label.setText(text.format(article=article, date=due, days=days))
        self.kept_label.setProperty("state", state)
        self.kept_label.setStyleSheet("color: #1b6e20;" if state == "ok"
                                      else "color: #b3261e; font-weight: bold;")

    def entered(self) -> CommissionNotice:
        return CommissionNotice(
            id=self.record.id if self.record else "",
            commission=one_line(self.commission.text()),
            received=from_qdate(self.received.date()),
            sitting=from_qdate(self.sitting.date()),
            observer=self.observer.currentData(),
            place=self.place.text().strip(),
            agenda=self.agenda.toPlainText().strip(),
            attended=self.attended.currentData(),
            notes=self.notes.toPlainText().strip(),
        )

    def problems(self, notice: CommissionNotice) -> list[str]:
        return missing((notice.commission, self.tr("Enter the commission's name.")))
