"""The votes on each agenda item: every present member for, against or abstained.

An absent member cannot vote: their cells are disabled (and the store refuses such a vote).
The totals and the item's outcome (rules/outcome.py: the rulebook's adoption rule, and
nothing adopted at a sitting without a quorum, Art. 17) are updated from the vote model's
`dataChanged`. A sitting without a quorum can record its votes, as what happened; the
outcome says nothing was adopted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.rules.meetings import vote_totals
from kenesh_desktop.rules.outcome import ADOPTED, NO_QUORUM, NOT_VOTED
from kenesh_desktop.rules.records import VOTE_CHOICES, Member
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.meetings.agenda import AgendaTableModel
from kenesh_desktop.ui.meetings.common import (
    ABSENT,
    OK,
    STATE_STYLE,
    VIOLATION,
    WARNING,
    MeetingContext,
    MemberRowsModel,
    by_name,
    outcome_at,
    vote_names,
)
from kenesh_desktop.ui.meetings.item_list import AgendaItemList, beside_items
from kenesh_desktop.ui.record_table import keyboard_table
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart
from kenesh_desktop.ui.table_models import Index
from kenesh_desktop.ui.widgets import set_state, write_or_warn


@dataclass(frozen=True)
class VoteRow:
    member: Member
    present: bool
    choice: str | None


class VoteTableModel(MemberRowsModel):
    """Members on the sitting's date for one item: name, then one check box per choice
    (checking one replaces the others; unchecking takes the vote back)."""

    NAME = 0
    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(session, parent)
        self.item_index: int | None = None
        names = vote_names()
        self._titles = [self.tr("Member")] + [names[c] for c in VOTE_CHOICES]

    def set_context(self, ctx: MeetingContext | None, item_index: int | None) -> None:
        if ctx is None or item_index is None or not 0 <= item_index < len(ctx.meeting.items):
            ctx, item_index = (ctx, None)
        before, self.ctx = self.ctx, ctx
        same = (before is not None and ctx is not None and item_index is not None
                and before.meeting_id == ctx.meeting_id and self.item_index == item_index)
        self.item_index = item_index
        self.show_rows(self._rows_for(ctx, item_index), same,
                       same and before.read_only != ctx.read_only)  # type: ignore[union-attr]

    @staticmethod
    def _rows_for(ctx: MeetingContext | None, item_index: int | None) -> list[VoteRow]:
        if ctx is None or item_index is None:
            return []
        meeting = ctx.meeting
        votes = meeting.items[item_index].votes
        present = set(meeting.present)
        members = by_name(ctx.council.active_members(meeting.date))
        return [VoteRow(m, m.id in present, votes.get(m.id)) for m in members]

    def votes(self) -> dict[str, str]:
        return {r.member.id: r.choice for r in self._records if r.choice is not None}

    # -- Qt's interface -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        row, column = self._records[index.row()], index.column()
        if column == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.member.full_name if row.present else self.tr(
                    "{name} (absent)").format(name=row.member.full_name)
            if role == Qt.ItemDataRole.ForegroundRole and not row.present:
                return ABSENT
            return None
        choice = VOTE_CHOICES[column - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.choice == choice else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and not row.present:
            return self.tr("An absent member cannot vote")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._records[index.row()]
        if index.column() == self.NAME:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not row.present:
            return Qt.ItemFlag.ItemIsSelectable  # disabled: an absent member cannot vote
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.ctx is not None and not self.ctx.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() == self.NAME or self.ctx is None
                or self.item_index is None or role != Qt.ItemDataRole.CheckStateRole
                or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        choice = VOTE_CHOICES[index.column() - 1]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.set_vote(self._records[index.row()].member.id, choice if checked else None)

    def set_vote(self, member_id: str, choice: str | None) -> bool:
        """Record a vote as a click does (refused for an absent member by the store)."""
        ctx, number = self.ctx, self.row_of(member_id)
        if ctx is None or self.item_index is None or number < 0:
            return False
        try:
            title = self.tr("Vote of {name}").format(name=self._records[number].member.full_name)
            with self.session.history.step(title):
                mw.set_vote(ctx.council_id, ctx.meeting_id, self.item_index, member_id, choice)
        except WriteError as exc:
            self.refused.emit(store_messages.message(exc))
            return False
        row = self._records[number]
        self._records[number] = VoteRow(row.member, row.present, choice)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(VOTE_CHOICES)))
        self.session.notify_changed()
        return True


class VoteResult(QLabel):
    """"For 8 · against 2 · abstained 1 — adopted: more than 1/2 of the 11 present voted for ✓",
    the outcome from rules.outcome, live: never "adopted" without a quorum (Art. 17)."""

    def __init__(self, session: AppSession, model: VoteTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VoteResult")
        self.setStyleSheet(STATE_STYLE)
        self.setWordWrap(True)
        self.session = session
        self.model = model
        model.dataChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def _rule_texts(self) -> tuple[str, str]:
        """What "adopted" and "not adopted" say of the rulebook's adoption rule."""
        rule = self.session.rulebook.adoption
        if rule.of == "members":
            if rule.more_than:
                return (self.tr("{counts} — adopted: more than {share} of the {members} "
                                "members voted for ✓"),
                        self.tr("{counts} — not adopted: {share} of the {members} members or "
                                "fewer voted for"))
            return (self.tr("{counts} — adopted: at least {share} of the {members} members "
                            "voted for ✓"),
                    self.tr("{counts} — not adopted: fewer than {share} of the {members} "
                            "members voted for"))
        if rule.more_than:
            return (self.tr("{counts} — adopted: more than {share} of the {present} present "
                            "voted for ✓"),
                    self.tr("{counts} — not adopted: {share} of the {present} present or "
                            "fewer voted for"))
        return (self.tr("{counts} — adopted: at least {share} of the {present} present voted "
                        "for ✓"),
                self.tr("{counts} — not adopted: fewer than {share} of the {present} present "
                        "voted for"))

    def refresh(self, *_args) -> None:
        ctx = self.model.ctx
        if ctx is None or self.model.item_index is None:
            self.setText(self.tr("Choose an agenda item to record its vote."))
            set_state(self, "")
            return
        rb = self.session.rulebook
        votes = self.model.votes()
        outcome, quorum = outcome_at(ctx, votes, rb)
        totals = vote_totals(votes)
        share = rb.adoption.share
        values = dict(for_=totals.for_, against=totals.against, abstain=totals.abstain,
                      present=quorum.present, members=quorum.members,
                      share=f"{share.numerator}/{share.denominator}", article=quorum.article)
        counts = self.tr("For {for_} · against {against} · abstained {abstain}").format(**values)
        if outcome is None or outcome == NOT_VOTED:
            text, state = self.tr("{counts} — no vote recorded"), ""
        elif outcome == NO_QUORUM:
            # Art. 17: the votes are recorded as what happened, but nothing is adopted.
            text, state = self.tr("{counts} — not adopted: the sitting has no quorum "
                                  "(Art. {article}) ✗"), VIOLATION
        elif outcome == ADOPTED:
            text, state = self._rule_texts()[0], OK
        else:
            text, state = self._rule_texts()[1], WARNING
        self.setText(text.format(counts=counts, **values))
        set_state(self, state)


class VotesPage(SessionPart):
    """The items on the left, the votes of the chosen one on the right."""

    def __init__(self, session: AppSession, agenda: AgendaTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "VotesPage")
        self.ctx: MeetingContext | None = None
        self.items = AgendaItemList(self, "VoteItemList", agenda)
        self.model = VoteTableModel(session, self)
        self.model.refused.connect(lambda text: ask.warn(self, self.tr("Vote"), text))
        self.view = QTableView(self)
        self.view.setObjectName("VoteTable")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        keyboard_table(self.view)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VoteTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.all_for_button = QPushButton(self.tr("All present for"), self)
        self.all_for_button.setObjectName("AllPresentForButton")
        self.result = VoteResult(session, self.model, self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.all_for_button)
        tools.addWidget(self.result, 1)
        right_layout.addLayout(tools)
        beside_items(self, self.items, right)

        self.items.item_changed.connect(self._show_item)
        self.all_for_button.clicked.connect(self.all_present_for)

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        self.items.sitting_changed(ctx is not None)

    def _show_item(self) -> None:
        self.model.set_context(self.ctx, self.items.current_item())
        editable = (self.ctx is not None and not self.ctx.read_only
                    and self.model.item_index is not None)
        self.all_for_button.setEnabled(editable)

    def all_present_for(self) -> bool:
        ctx, index = self.ctx, self.model.item_index
        if ctx is None or index is None or ctx.read_only:
            return False
        return write_or_warn(self, self.session, self.tr("Vote"), lambda: mw.all_present_for(
            ctx.council_id, ctx.meeting_id, index))[0]
