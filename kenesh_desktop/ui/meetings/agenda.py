"""The agenda of a sitting: the day it went to the state body with the Art. 18 check shown
live, and the ordered items (add, edit, Up/Down or Ctrl+Up/Down, remove).

The Art. 18 line comes from `rules.deadlines` (agenda_due, deadline_state); each item's
outcome from `rules.outcome` with the quorum of the attendance (Art. 17). The preview shows
the item as the minutes state it: heard, spoke, resolved, the vote and the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.quoting import quoted
from kenesh_desktop.rules.deadlines import LATE, MET, OVERDUE, agenda_due, deadline_state
from kenesh_desktop.rules.meetings import vote_totals
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import AgendaItem
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui.dialogs.forms import date_edit, from_qdate, to_qdate
from kenesh_desktop.ui.meetings.common import (
    OK,
    STATE_STYLE,
    VIOLATION,
    WARNING,
    InPlaceRecordModel,
    MeetingContext,
    outcome_at,
    outcome_names,
    proposer_names,
)
from kenesh_desktop.ui.meetings.dialogs import AgendaItemDialog
from kenesh_desktop.ui.record_tab import Deletion, OrderedRecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import CENTER, RIGHT, Column
from kenesh_desktop.ui.widgets import (
    TABLE_ONLY,
    button_row,
    push_button,
    set_state,
    shortcut,
    write_or_warn,
)

TITLE_COLUMN = 1


class AgendaTableModel(InPlaceRecordModel[AgendaItem]):
    """The items in order: No., title, speaker, who proposed it, the vote, the result."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        self.ctx: MeetingContext | None = None
        proposers = proposer_names()
        self.set_columns([
            Column(self.tr("No."), lambda i: str(self.number(i)), alignment=RIGHT,
                   sort_key=self.number),
            Column(self.tr("Title"), lambda i: i.title, tooltip=lambda i: i.title),
            Column(self.tr("Speaker"), lambda i: i.speaker),
            Column(self.tr("Proposed by"), lambda i: proposers.get(i.proposed_by, i.proposed_by)),
            Column(self.tr("For · against · abstained"), self._counts, alignment=CENTER),
            Column(self.tr("Result"), self.result_text),
        ])

    @staticmethod
    def _counts(item: AgendaItem) -> str:
        if not item.votes:
            return ""
        totals = vote_totals(item.votes)
        return f"{totals.for_} · {totals.against} · {totals.abstain}"

    def result_text(self, item: AgendaItem) -> str:
        """The item's outcome (rules/outcome.py): never "adopted" without a quorum."""
        if self.ctx is None:
            return ""
        outcome, quorum = outcome_at(self.ctx, item.votes, self.session.rulebook)
        return outcome_names()[outcome].format(article=quorum.article)

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        before = self.rowCount()
        self.set_records(ctx.meeting.items if ctx else [])
        if before and before == self.rowCount():
            # The result depends on the attendance too, which is not part of the items.
            self.dataChanged.emit(self.index(0, 4), self.index(before - 1, 5))


class AgendaNotice(QWidget):
    """Art. 18: the day the agenda went to the state body, and whether that was at least
    2 days before the sitting, e.g. "due 2 days before: 8 March 2027 — sent 7 March 2027 ✓"."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx: MeetingContext | None = None
        self.sent = QCheckBox(self.tr("Agenda sent to the state body on"), self)
        self.sent.setObjectName("AgendaSent")
        self.sent_on = date_edit(self, "AgendaSentDate", session.today())
        self.indicator = QLabel(self)
        self.indicator.setObjectName("AgendaNoticeIndicator")
        self.indicator.setStyleSheet(STATE_STYLE)
        self.indicator.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sent)
        layout.addWidget(self.sent_on)
        layout.addWidget(self.indicator, 1)
        self.sent.toggled.connect(self._save)
        self.sent_on.dateChanged.connect(self._save)

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        sent = ctx.meeting.agenda_sent if ctx else None
        for widget in (self.sent, self.sent_on):
            widget.blockSignals(True)
        self.sent.setChecked(sent is not None)
        today = self.session.today()
        # Not sent yet: ticking the box proposes today (never after the sitting).
        default = min(today, ctx.meeting.date) if ctx else today
        self.sent_on.setDate(to_qdate(sent or default))
        for widget in (self.sent, self.sent_on):
            widget.blockSignals(False)
        editable = ctx is not None and not ctx.read_only
        self.sent.setEnabled(editable)
        self.sent_on.setEnabled(editable and sent is not None)
        self.show_state()

    def show_state(self) -> None:
        ctx = self.ctx
        if ctx is None:
            self.indicator.clear()
            return
        rb, lang = self.session.rulebook, self.session.language()
        sent = from_qdate(self.sent_on.date()) if self.sent.isChecked() else None
        state = deadline_state(agenda_due(ctx.meeting.date, rb), sent, self.session.today(), rb)
        # "за {days} дня" is Russian for 2–4 days only: the number is worded with its noun.
        values = dict(article=rb.article("state_body"),
                      days=format_days(rb.agenda_notice_days, lang),
                      due=format_date(state.due, lang),
                      sent=format_date(sent, lang) if sent else "",
                      late=format_days(state.days_overdue, lang),
                      left=format_days(state.days_left, lang))
        if state.status == MET:
            text = self.tr("Art. {article}: due {days} before: {due} — sent {sent} ✓")
            mark = OK
        elif state.status == LATE:
            text = self.tr("Art. {article}: due {days} before: {due} — sent {sent}, "
                           "{late} late ✗")
            mark = VIOLATION
        elif state.status == OVERDUE:
            text = self.tr("Art. {article}: due {days} before: {due} — not sent, "
                           "{late} overdue ✗")
            mark = VIOLATION
        else:
            text = self.tr("Art. {article}: due {days} before: {due} — not sent yet, "
                           "{left} left")
            mark = WARNING
        self.indicator.setText(text.format(**values))
        set_state(self.indicator, mark)

    def _save(self, *_args) -> None:
        ctx = self.ctx
        self.sent_on.setEnabled(self.sent.isChecked())
        self.show_state()
        if ctx is None or ctx.read_only:
            return
        day = from_qdate(self.sent_on.date()) if self.sent.isChecked() else None
        if day == ctx.meeting.agenda_sent:
            return
        write_or_warn(self, self.session, self.tr("Agenda"),
                      lambda: mw.set_agenda_sent(ctx.council_id, ctx.meeting_id, day))


class AgendaPage(OrderedRecordTab):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, parent, kind="Item", model=AgendaTableModel(session), row_padding=8,
            names={"delete": "RemoveItemButton", "table": "AgendaTable"},
            follow_session=False, ins_in_table=True, up_name="ItemUpButton",
            down_name="ItemDownButton", words=RecordWords(
                add=self.tr("Add item…"), add_key=self.tr("Add agenda item"),
                edit_key=self.tr("Edit agenda item"), delete=self.tr("Remove"),
                delete_key=self.tr("Remove agenda item")),
            move_words=(self.tr("Move the item up (Ctrl+Up)"),
                        self.tr("Move the item down (Ctrl+Down)")))
        self.setObjectName("AgendaPage")
        self.model.setParent(self)
        self.remove_button = self.delete_button
        self.ctx: MeetingContext | None = None
        self.notice = AgendaNotice(session, self)
        self.view.fit_columns(stretch=[TITLE_COLUMN])

        # An extract from the minutes of the selected item: the detail of the sitting writes it.
        self.extract_button = push_button(
            self, self.tr("Extract…"), "ExtractButton",
            self.tr("An extract from the minutes: the selected item, certified by whoever took "
                    "the minutes (Ctrl+E: PDF)"))
        extract_menu = QMenu(self.extract_button)
        self.extract_pdf = extract_menu.addAction(self.tr("PDF…"))
        self.extract_pdf.setObjectName("ExtractPdf")
        self.extract_docx = extract_menu.addAction(self.tr("Word (.docx)…"))
        self.extract_docx.setObjectName("ExtractDocx")
        self.extract_preview = extract_menu.addAction(self.tr("Print preview…"))
        self.extract_preview.setObjectName("ExtractPreview")
        self.extract_button.setMenu(extract_menu)
        tools = button_row(self.add_button, self.edit_button, self.up_button, self.down_button,
                           self.delete_button)
        tools.addWidget(self.extract_button)
        # What was heard and decided on the selected item, as the minutes will say it.
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("ItemPreview")
        self.preview.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(tools)

        self.extract_action = shortcut(self.view, self.tr("Extract of the item (PDF)…"),
                                       "Ctrl+E", self.extract_pdf.trigger, TABLE_ONLY)

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        self.notice.set_context(ctx)
        self.keep_place(lambda: self.model.set_context(ctx))

    def editable(self, record: AgendaItem | None = None) -> bool:
        return self.ctx is not None and not self.ctx.read_only

    def _show_preview(self, index: int | None) -> None:
        if index is None or index >= self.model.rowCount():
            self.preview.setPlainText(self.tr("Choose an item to see what was heard, said and "
                                              "resolved."))
            return
        item = self.model.record(index)
        heard, spoke, resolved, outcome = (self.tr("Heard:"), self.tr("Spoke:"),
                                           self.tr("Resolved:"), self.tr("Outcome:"))
        empty = "<i>" + escape(self.tr("not recorded")) + "</i>"
        parts = [f"<b>{escape(item.title)}</b>"]
        report = " — ".join(escape(x) for x in (item.speaker.strip(), item.heard.strip()) if x)
        parts.append(f"<b>{escape(heard)}</b> " + (report or empty))
        if item.speakers:
            said = "".join(f"<br/>{n}. {escape(s.name)}"
                           + (f" — {escape(s.summary)}" if s.summary else "")
                           for n, s in enumerate(item.speakers, start=1))
            parts.append(f"<b>{escape(spoke)}</b>{said}")
        parts.append(f"<b>{escape(resolved)}</b> " + (escape(item.decision) or empty))
        if item.votes:
            totals = vote_totals(item.votes)
            counts = self.tr("For {for_} · against {against} · abstained {abstain}")
            parts.append(escape(counts.format(for_=totals.for_, against=totals.against,
                                              abstain=totals.abstain)))
        parts.append(f"<b>{escape(outcome)}</b> " + escape(self.model.result_text(item)))
        self.preview.setHtml("<br/>".join(p.replace("\n", "<br/>") for p in parts))

    def update_buttons(self) -> None:
        super().update_buttons()
        index = self.selected_index()
        self._show_preview(index)
        for widget in (self.extract_button, self.extract_pdf, self.extract_docx,
                       self.extract_preview, self.extract_action):
            widget.setEnabled(self.ctx is not None and index is not None)

    def dialog(self, item: AgendaItem | None) -> AgendaItemDialog | None:
        if self.ctx is None:
            return None
        index = None if item is None else self.selected_index()
        return AgendaItemDialog(self.session, self.ctx, index, item, self)

    def move_write(self, council_id: str, index: int, target: int) -> tuple[str, Callable]:
        ctx = self.ctx
        assert ctx is not None  # editable
        return self.tr("Agenda"), lambda: mw.move_agenda_item(council_id, ctx.meeting_id,
                                                              index, target)

    def deletion(self, item: AgendaItem, council_id: str) -> Deletion:
        ctx, index = self.ctx, self.selected_index()
        assert ctx is not None and index is not None  # editable
        question = self.tr("Remove item {number} {title} and its votes from the agenda?").format(
            number=index + 1, title=quoted(item.title, self.session.language()))
        return Deletion(self.tr("Remove agenda item"), question,
                        lambda: mw.remove_agenda_item(council_id, ctx.meeting_id, index))
