"""The Members tab: the composition indicators, the members table, and the actions on it.

Names sort in Kyrgyz alphabetical order and the filter folds look-alike letters
(`RecordFilterProxy`); by default former members are hidden. The composition in force shows
as usual, the next one (formed ahead, `rules.terms.standing` "future") in blue and marked
"next, from <its first day>", former members in grey. Every change goes through a
store write (inside the dialogs, or `delete_member` here) followed by
`session.notify_changed()`, which refreshes the table and the indicators.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.records import Member
from kenesh_desktop.rules.terms import CURRENT, FORMER, FUTURE, standing
from kenesh_desktop.store import writes
from kenesh_desktop.ui import audit_view
from kenesh_desktop.ui.dialogs.member import (
    EndMembershipDialog,
    MemberDialog,
    role_names,
    sex_names,
)
from kenesh_desktop.ui.indicators import CompositionIndicators
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    date_sort_key,
    text_sort_key,
)
from kenesh_desktop.ui.widgets import (
    FILTER_KEY,
    TABLE_ONLY,
    RecordTable,
    confirm_and_write,
    filter_field,
    open_dialog,
    push_button,
    shortcut,
    tool_row,
)

ORGANIZATION_COLUMN = 2
COMPOSITION_COLUMN = 6
_ROLE_ORDER = {"chair": 0, "deputy_chair": 1, "secretary": 2, "member": 3}
_INACTIVE = QBrush(QColor("#6b6b6b"))
_NEXT = QBrush(QColor("#1f4e8c"))
_STANDING_ORDER = {CURRENT: 0, FUTURE: 1, FORMER: 2}


class MemberTableModel(RecordTableModel[Member]):
    """The council's members, one row each: name, sex, organisation, role, start, end, their
    composition (in force, next or former), phone, e-mail. Members of the next composition
    are blue, former members grey."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        sexes, roles = sex_names(), role_names()

        def day(value) -> str:
            return format_date(value, session.language())

        def composition(member: Member) -> str:
            where = standing(member, session.today())
            if where == FUTURE:
                return self.tr("next")
            return self.tr("former") if where == FORMER else self.tr("in force")

        def composition_tip(member: Member) -> str:
            if standing(member, session.today()) == FUTURE:
                return self.tr("The next composition, from {date}").format(
                    date=day(member.start))
            return ""

        self.set_columns(
            [
                Column(self.tr("Full name"), lambda m: m.full_name,
                       tooltip=lambda m: m.full_name),
                Column(self.tr("Sex"), lambda m: sexes.get(m.sex, m.sex)),
                Column(self.tr("Organisation"), lambda m: m.organization,
                       tooltip=lambda m: m.organization),
                Column(
                    self.tr("Role"),
                    lambda m: roles.get(m.role, m.role),
                    sort_key=lambda m: (_ROLE_ORDER.get(m.role, 9), text_sort_key(m.full_name)),
                ),
                Column(self.tr("From"), lambda m: day(m.start),
                       sort_key=lambda m: date_sort_key(m.start)),
                Column(self.tr("Until"), lambda m: day(m.end),
                       sort_key=lambda m: date_sort_key(m.end)),
                Column(self.tr("Composition"), composition, tooltip=composition_tip,
                       sort_key=lambda m: (_STANDING_ORDER[standing(m, session.today())],
                                           text_sort_key(m.full_name))),
                Column(self.tr("Phone"), lambda m: m.phone or ""),
                Column(self.tr("E-mail"), lambda m: m.email or ""),
            ]
        )

    def foreground(self, record: Member, column: int) -> QBrush | None:
        where = standing(record, self.session.today())
        return None if where == CURRENT else _NEXT if where == FUTURE else _INACTIVE


class MemberFilterProxy(RecordFilterProxy):
    """Hides former members (end before today) unless asked to show them."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._show_former = False

    def set_show_former(self, show: bool) -> None:
        self.refilter(lambda: setattr(self, "_show_former", show))

    def accepts(self, record: Member) -> bool:
        return self._show_former or standing(record, self.session.today()) != FORMER


class MembersTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MembersTab")
        self.session = session

        self.indicators = CompositionIndicators(session, self)

        self.filter = filter_field(self, "MemberFilter",
                                   self.tr("Find a member by name, organisation, phone…"))
        self.show_former = QCheckBox(self.tr("Show former members"), self)
        self.show_former.setObjectName("ShowFormer")

        self.add_button = push_button(self, self.tr("Add member…"), "AddMemberButton",
                                      self.tr("Add a member (Ins)"))
        self.edit_button = push_button(self, self.tr("Edit…"), "EditMemberButton")
        self.end_button = push_button(self, self.tr("End membership…"), "EndMembershipButton")
        self.delete_button = push_button(
            self, self.tr("Delete"), "DeleteMemberButton",
            self.tr("Delete a record entered by mistake (Del). When a member leaves, "
                    "use End membership instead."))

        self.model = MemberTableModel(session, self)
        self.proxy = MemberFilterProxy(session, self)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = RecordTable(self, "MemberTable", self.model, self.proxy)
        # The composition in force first, then the next one, then former members; each by name.
        self.view.sort_by(COMPOSITION_COLUMN)
        # Every column as wide as its text; the organisation (long names) takes the rest.
        self.view.fit_columns(stretch=[ORGANIZATION_COLUMN])

        layout = QVBoxLayout(self)
        layout.addWidget(self.indicators)
        layout.addLayout(tool_row((self.filter, 2), self.show_former, buttons=(
            self.add_button, self.edit_button, self.end_button, self.delete_button)))
        layout.addWidget(self.view, 1)

        self._actions()
        # issue 19: off where the login may only read the council
        session.gate.add(self.add_button, self.end_button, self.delete_button, self.add_action,
                         self.delete_action)
        self.filter.textChanged.connect(self.proxy.set_needle)
        self.show_former.toggled.connect(self.proxy.set_show_former)
        self.view.activated.connect(lambda _index: self.edit_member())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_membership)
        self.delete_button.clicked.connect(self.delete_member)
        session.changed.connect(self.refresh)
        self.setTabOrder(self.filter, self.show_former)
        self.setTabOrder(self.show_former, self.view)
        self.setTabOrder(self.view, self.add_button)
        self.refresh()

    def _actions(self) -> None:
        """Keyboard: Ins adds, Enter/F2 edits, Del deletes, Ctrl+Shift+F filters. Window-wide keys
        belong to this tab only while it is shown (a hidden widget's shortcuts are off)."""
        self.add_action = shortcut(self, self.tr("Add member"), Qt.Key.Key_Insert,
                                   self.add_member)
        # Ctrl+F is the window's search of every record (Edit → Find).
        self.find_action = shortcut(self, self.tr("Filter the list"), FILTER_KEY,
                                    self.focus_filter)
        # Del and F2 only from the table: in the filter field they edit the text.
        self.edit_action = shortcut(self.view, self.tr("Edit member"), Qt.Key.Key_F2,
                                    self.edit_member, TABLE_ONLY)
        self.delete_action = shortcut(self.view, self.tr("Delete member"),
                                      QKeySequence.StandardKey.Delete, self.delete_member,
                                      TABLE_ONLY)
        # Issue 9: the record's history, from the table's menu (right click) or Ctrl+H; the
        # row of buttons is full on a small screen.
        self.history_action = shortcut(self.view, self.tr("History…"), "Ctrl+H",
                                       self.show_history, TABLE_ONLY)
        self.history_action.setObjectName("MemberHistoryAction")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- refresh and selection ---------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_member()
        council = self.session.council()
        self.model.set_records(council.members if council else [])
        self.setEnabled(council is not None)
        if selected is not None:
            self.select_member(selected.id, reveal=False)
        self._update_buttons()

    def selected_member(self) -> Member | None:
        return self.view.selected_record()

    def select_member(self, member_id: str, reveal: bool = True) -> bool:
        """Select (and scroll to) a member; with `reveal`, clear the filter and show former
        members if that is what hides them."""
        return self.view.select_source_row(self.model.row_where(lambda m: m.id == member_id),
                                           self._reveal if reveal else None)

    def _reveal(self) -> None:
        self.filter.clear()
        self.show_former.setChecked(True)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation from the Overview: a member, or the council's composition."""
        if kind == "member":
            found = self.select_member(record_id)
            self.view.setFocus()
            return found
        if kind == "council":
            self.view.clearSelection()
            self.indicators.setFocus()
            return True
        return False

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_buttons(self) -> None:
        member = self.selected_member()
        for widget in (self.edit_button, self.delete_button, self.history_action):
            widget.setEnabled(member is not None)
        self.end_button.setEnabled(
            member is not None and standing(member, self.session.today()) != FORMER
        )

    # -- actions ------------------------------------------------------------------------------
    def add_member(self) -> MemberDialog | None:
        if self.session.council_id is None:
            return None
        dialog = MemberDialog(self.session, None, self)
        dialog.accepted.connect(lambda: self.select_member(dialog.saved_id or ""))
        return open_dialog(dialog)

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        return None if member is None else open_dialog(MemberDialog(self.session, member, self))

    def end_membership(self) -> EndMembershipDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        return open_dialog(EndMembershipDialog(self.session, member, self))

    def show_history(self) -> audit_view.HistoryDialog | None:
        """Issue 9: every change of the selected member's record, when and by whom."""
        member, council_id = self.selected_member(), self.session.council_id
        if member is None or council_id is None:
            return None
        return audit_view.show_history(self, self.session, "member", council_id, member.id,
                            member.full_name)

    def delete_member(self) -> bool:
        """Delete a record entered by mistake, after a confirmation naming the person."""
        member = self.selected_member()
        council_id = self.session.council_id
        if member is None or council_id is None:
            return False
        question = self.tr(
            "Delete {name} from the records?\n\nDelete only a record entered by mistake. "
            "When a member leaves the council, use “End membership…” instead: the history "
            "of the council stays complete."
        ).format(name=member.full_name)
        return confirm_and_write(self, self.session, self.tr("Delete member"), question,
                                 lambda: writes.delete_member(council_id, member.id))
