"""The Members tab: the composition indicators, the members table, and the actions on it.

Names sort in Kyrgyz alphabetical order and the filter folds look-alike letters
(`RecordFilterProxy`); by default former members are hidden. The composition in force shows
as usual, the next one (formed ahead, `rules.terms.standing` "future") in blue and marked
"next, from <its first day>", former members in grey. Every change goes through a
store write (inside the dialogs, or the base's delete (ui/record_tab.py)) followed by
`session.notify_changed()`, which refreshes the table and the indicators.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.records import Member
from kenesh_desktop.rules.terms import CURRENT, FORMER, FUTURE, standing
from kenesh_desktop.store import writes
from kenesh_desktop.ui.dialogs.member import (
    EndMembershipDialog,
    MemberDialog,
    role_names,
    sex_names,
)
from kenesh_desktop.ui.indicators import CompositionIndicators
from kenesh_desktop.ui.record_tab import Deletion, RecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    date_column,
    text_sort_key,
)
from kenesh_desktop.ui.widgets import open_dialog, push_button

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
                date_column(self.tr("From"), lambda m: m.start),
                date_column(self.tr("Until"), lambda m: m.end),
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


class MembersTab(RecordTab):
    navigation_kind = "member"
    history_kind = "member"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        proxy = MemberFilterProxy(session)
        super().__init__(session, parent, kind="Member", model=MemberTableModel(session),
                         proxy=proxy, words=RecordWords(
            add=self.tr("Add member…"), add_tip=self.tr("Add a member (Ins)"),
            add_key=self.tr("Add member"), edit_key=self.tr("Edit member"),
            delete_key=self.tr("Delete member"),
            delete_tip=self.tr("Delete a record entered by mistake (Del). When a member "
                               "leaves, use End membership instead."),
            find=self.tr("Find a member by name, organisation, phone…")))
        self.setObjectName("MembersTab")
        self.model.setParent(self)
        proxy.setParent(self)
        self.indicators = CompositionIndicators(session, self)
        self.show_former = QCheckBox(self.tr("Show former members"), self)
        self.show_former.setObjectName("ShowFormer")
        self.end_button = push_button(self, self.tr("End membership…"), "EndMembershipButton")

        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The composition in force first, then the next one, then former members; each by name.
        self.view.sort_by(COMPOSITION_COLUMN)
        # Every column as wide as its text; the organisation (long names) takes the rest.
        self.view.fit_columns(stretch=[ORGANIZATION_COLUMN])

        layout = QVBoxLayout(self)
        layout.addWidget(self.indicators)
        layout.addLayout(self.tools(self.show_former, extra=(self.end_button,)))
        layout.addWidget(self.view, 1)

        self.show_former.toggled.connect(proxy.set_show_former)
        self.end_button.clicked.connect(self.end_membership)
        session.gate.add(self.end_button)  # issue 19: off where the login may only read
        self.setTabOrder(self.filter, self.show_former)
        self.setTabOrder(self.show_former, self.view)
        self.setTabOrder(self.view, self.add_button)
        self.refresh()

    def records(self) -> list[Member]:
        council = self.session.council()
        return council.members if council else []

    def reveal(self) -> None:
        """Clear the find field, and show former members if that is what hides one."""
        super().reveal()
        self.show_former.setChecked(True)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation from the Overview: a member, or the council's composition."""
        if kind == "council":
            self.view.clearSelection()
            self.indicators.setFocus()
            return True
        return super().show_record(kind, record_id)

    def update_buttons(self) -> None:
        super().update_buttons()
        member = self.selected_record()
        self.end_button.setEnabled(
            member is not None and standing(member, self.session.today()) != FORMER)

    # -- what a member's record is --------------------------------------------------------
    def dialog(self, member: Member | None) -> MemberDialog:
        return MemberDialog(self.session, member, self)

    def history_subject(self, member: Member) -> str:
        return member.full_name

    def deletion(self, member: Member, council_id: str) -> Deletion:
        """Delete a record entered by mistake, after a confirmation naming the person."""
        question = self.tr(
            "Delete {name} from the records?\n\nDelete only a record entered by mistake. "
            "When a member leaves the council, use “End membership…” instead: the history "
            "of the council stays complete."
        ).format(name=member.full_name)
        return Deletion(self.tr("Delete member"), question,
                        lambda: writes.delete_member(council_id, member.id))

    def end_membership(self) -> EndMembershipDialog | None:
        member = self.selected_record()
        if member is None:
            return None
        return open_dialog(EndMembershipDialog(self.session, member, self))
