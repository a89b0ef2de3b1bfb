"""The discussion of each agenda item (ВЫСТУПИЛИ / ЧЫГЫП СҮЙЛӨДҮ) and who signs the minutes.

`DiscussionPage`: the items on the left (as on the Votes page), the speakers of the chosen one
on the right, in order, each a member or anyone else with a summary of what they said. Keys
in the list of speakers: Ins adds, Enter edits, Del removes, Ctrl+Up/Down move.

`SignersPanel` (on the Attendance page): who presided and who took the minutes, chosen among
the members present; "by default" names whom the minutes name when nobody is recorded
(rules/signers.py: the chair if present, else a deputy chair present...).

Every change goes through store/minutes_writes.py; a finalized sitting is read-only here as
the store makes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules import signers
from kenesh_desktop.rules.records import Member, Speaker
from kenesh_desktop.store import minutes_writes as nw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui.dialogs.forms import FormDialog, plain_text_edit
from kenesh_desktop.ui.dialogs.member import role_names
from kenesh_desktop.ui.meetings.agenda import AgendaTableModel
from kenesh_desktop.ui.meetings.common import InPlaceRecordModel, MeetingContext, by_name
from kenesh_desktop.ui.meetings.dialogs import placed
from kenesh_desktop.ui.meetings.item_list import AgendaItemList, beside_items
from kenesh_desktop.ui.record_tab import Deletion, OrderedRecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart
from kenesh_desktop.ui.table_models import RIGHT, Column
from kenesh_desktop.ui.widgets import button_row, write_or_warn


class SpeakerTableModel(InPlaceRecordModel[Speaker]):
    """The speakers of one item, in order: No., name, what they said."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.set_columns([
            Column(self.tr("No."), lambda s: str(self.number(s)), alignment=RIGHT),
            Column(self.tr("Speaker"), lambda s: s.name, tooltip=lambda s: s.name),
            Column(self.tr("What they said"), lambda s: one_line(s.summary),
                   tooltip=lambda s: s.summary),
        ])


class SpeakerDialog(FormDialog):
    """A speaker: a member present (chosen) or anyone else (typed), and a summary."""

    def __init__(self, session: AppSession, ctx: MeetingContext, item: int,
                 index: int | None, speaker: Speaker | None, parent=None) -> None:
        super().__init__(session, "SpeakerDialog",
                         self.tr("Edit speaker") if speaker else self.tr("Add speaker"), parent)
        self.setMinimumWidth(560)
        self.ctx, self.item, self.index = ctx, item, index
        self.saved_index: int | None = None
        self.name = QComboBox(self)
        self.name.setObjectName("SpeakerName")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for member in _present(ctx):
            self.name.addItem(member.full_name)
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        editor = self.name.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("A member present, or type any name"))
        self.summary = plain_text_edit(self, "SpeakerSummary", lines=5)
        self.fields.addRow(self.tr("&Name:"), self.name)
        self.fields.addRow(self.tr("&What they said:"), self.summary)
        if index is not None:
            self.watch_if_there("speaker", ctx.council_id, (ctx.meeting_id, item, index))
        self.fill(self.fresh() or speaker)
        self.name.setFocus()

    def fresh(self) -> Speaker | None:
        item = self.item
        return placed(self, lambda m: m.items[item].speakers if 0 <= item < len(m.items)
                      else [], self.index)

    def fill(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.name.setEditText(speaker.name)
            self.summary.setPlainText(speaker.summary)

    def reload(self) -> None:
        self.fill(self.fresh())

    def save(self) -> None:
        speaker = Speaker(self.name.currentText(), self.summary.toPlainText())
        if not speaker.name.strip():
            raise WriteError(self.tr("Enter the speaker's name."))
        council, meeting = self.ctx.council_id, self.ctx.meeting_id
        if self.index is None:
            self.saved_index = nw.add_speaker(council, meeting, self.item, speaker)
        else:
            nw.update_speaker(council, meeting, self.item, self.index, speaker)
            self.saved_index = self.index


def _present(ctx: MeetingContext) -> list[Member]:
    return by_name(signers.present_members(ctx.council, ctx.meeting))


class DiscussionPage(OrderedRecordTab):
    """The items on the left, the speakers of the chosen one on the right."""

    def __init__(self, session: AppSession, agenda: AgendaTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            session, parent, kind="Speaker", model=SpeakerTableModel(), row_padding=8,
            follow_session=False, ins_in_table=True,
            names={"delete": "RemoveSpeakerButton"}, up_name="SpeakerUpButton",
            down_name="SpeakerDownButton", words=RecordWords(
                add=self.tr("Add speaker…"), add_tip=self.tr("Add a speaker (Ins)"),
                add_key=self.tr("Add speaker"), edit_key=self.tr("Edit speaker"),
                delete=self.tr("Remove"), delete_key=self.tr("Remove speaker"),
                delete_tip=self.tr("Remove the speaker (Del)")),
            move_words=(self.tr("Move the speaker up (Ctrl+Up)"),
                        self.tr("Move the speaker down (Ctrl+Down)")))
        self.setObjectName("DiscussionPage")
        self.model.setParent(self)
        self.ctx: MeetingContext | None = None
        self.items = AgendaItemList(self, "DiscussionItemList", agenda)
        self.view.fit_columns(stretch=[2])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(button_row(self.add_button, self.edit_button, self.up_button,
                                          self.down_button, self.delete_button))
        beside_items(self, self.items, right)
        self.items.item_changed.connect(self._show_item)

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        self.items.sitting_changed(ctx is not None)

    def _show_item(self) -> None:
        item, ctx = self.items.current_item(), self.ctx
        self.show_records(ctx.meeting.items[item].speakers
                          if ctx and item is not None and item < len(ctx.meeting.items)
                          else [])

    def editable(self, record: Speaker | None = None) -> bool:
        return (self.ctx is not None and not self.ctx.read_only
                and self.items.current_item() is not None)

    def dialog(self, speaker: Speaker | None) -> SpeakerDialog | None:
        item = self.items.current_item()
        if self.ctx is None or item is None:
            return None
        index = None if speaker is None else self.selected_index()
        return SpeakerDialog(self.session, self.ctx, item, index, speaker, self)

    def move_write(self, council_id: str, index: int, target: int) -> tuple[str, Callable]:
        ctx, item = self.ctx, self.items.current_item()
        assert ctx is not None and item is not None  # editable
        return self.tr("Discussion"), lambda: nw.move_speaker(
            council_id, ctx.meeting_id, item, index, target)

    def deletion(self, speaker: Speaker, council_id: str) -> Deletion:
        ctx, item, index = self.ctx, self.items.current_item(), self.selected_index()
        assert ctx is not None and item is not None and index is not None  # editable
        question = self.tr("Remove {name} from the discussion of this item?").format(
            name=speaker.name)
        return Deletion(self.tr("Remove speaker"), question, lambda: nw.remove_speaker(
            council_id, ctx.meeting_id, item, index))


class SignersPanel(SessionPart):
    """Who presided and who took the minutes: a member present, or nobody recorded (the
    minutes then name the default of rules/signers.py, shown in the first choice)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "SignersPanel")
        self.ctx: MeetingContext | None = None
        self.presiding = QComboBox(self)
        self.presiding.setObjectName("Presiding")
        self.minutes_by = QComboBox(self)
        self.minutes_by.setObjectName("MinutesBy")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each label above its choice: a long name stays whole in the narrow column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Pre&sided:"), self.presiding)
        form.addRow(self.tr("&Minutes taken by:"), self.minutes_by)
        self.presiding.activated.connect(lambda _i: self._save("presiding"))
        self.minutes_by.activated.connect(lambda _i: self._save("minutes_by"))

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        roles = role_names()
        present = _present(ctx) if ctx else []
        defaults = {"presiding": signers.default_presiding,
                    "minutes_by": signers.default_minutes_by}
        for field, box in (("presiding", self.presiding), ("minutes_by", self.minutes_by)):
            box.blockSignals(True)
            box.clear()
            if ctx is not None:
                default = defaults[field](ctx.council, ctx.meeting)
                box.addItem(self.tr("By default: {name}").format(name=default.full_name)
                            if default else self.tr("Nobody: a line to sign by hand"), None)
                for member in present:
                    role = "" if member.role == "member" else f" ({roles.get(member.role, '')})"
                    box.addItem(member.full_name + role, member.id)
                box.setCurrentIndex(max(0, box.findData(getattr(ctx.meeting, field))))
            box.setEnabled(ctx is not None and not ctx.read_only)
            box.blockSignals(False)

    def _save(self, field: str) -> None:
        ctx = self.ctx
        if ctx is None or ctx.read_only:
            return
        box = self.presiding if field == "presiding" else self.minutes_by
        member = box.currentData()
        if member == getattr(ctx.meeting, field):
            return
        write = nw.set_presiding if field == "presiding" else nw.set_minutes_by
        write_or_warn(self, self.session, self.tr("Minutes"),
                      lambda: write(ctx.council_id, ctx.meeting_id, member))
