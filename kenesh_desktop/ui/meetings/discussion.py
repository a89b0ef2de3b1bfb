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

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules import signers
from kenesh_desktop.rules.records import Member, Speaker
from kenesh_desktop.store import minutes_writes as nw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui.dialogs.forms import FormDialog, plain_text_edit
from kenesh_desktop.ui.dialogs.member import role_names
from kenesh_desktop.ui.meetings.agenda import TITLE_COLUMN, AgendaTableModel
from kenesh_desktop.ui.meetings.common import InPlaceRecordModel, MeetingContext
from kenesh_desktop.ui.meetings.votes import NumberedTitles
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RIGHT, Column
from kenesh_desktop.ui.widgets import (
    TABLE_ONLY,
    RecordTable,
    button_row,
    confirm_and_write,
    open_dialog,
    push_button,
    shortcut,
    write_or_warn,
)


class SpeakerTableModel(InPlaceRecordModel[Speaker]):
    """The speakers of one item, in order: No., name, what they said."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.set_columns([
            Column(self.tr("No."), lambda s: str(self._number(s)), alignment=RIGHT),
            Column(self.tr("Speaker"), lambda s: s.name, tooltip=lambda s: s.name),
            Column(self.tr("What they said"), lambda s: " ".join(s.summary.split()),
                   tooltip=lambda s: s.summary),
        ])

    def _number(self, speaker: Speaker) -> int:
        return next((n for n, x in enumerate(self._records, start=1) if x is speaker), 0)


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
        self.name.setEditText(speaker.name if speaker else "")
        editor = self.name.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("A member present, or type any name"))
        self.summary = plain_text_edit(self, "SpeakerSummary", lines=5)
        self.summary.setPlainText(speaker.summary if speaker else "")
        self.fields.addRow(self.tr("&Name:"), self.name)
        self.fields.addRow(self.tr("&What they said:"), self.summary)
        self.name.setFocus()

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
    return sorted(signers.present_members(ctx.council, ctx.meeting),
                  key=lambda m: (kyrgyz_sort_key(m.full_name), m.id))


class DiscussionPage(QWidget):
    """The items on the left, the speakers of the chosen one on the right."""

    def __init__(self, session: AppSession, agenda: AgendaTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DiscussionPage")
        self.session = session
        self.ctx: MeetingContext | None = None
        self.items = QListView(self)
        self.items.setObjectName("DiscussionItemList")
        self.numbered = NumberedTitles(self)
        self.numbered.setSourceModel(agenda)
        self.items.setModel(self.numbered)
        self.items.setModelColumn(TITLE_COLUMN)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setSpacing(2)

        self.model = SpeakerTableModel(self)
        self.view = RecordTable(self, "SpeakerTable", self.model, row_padding=8)
        self.view.fit_columns(stretch=[2])
        self.add_button = push_button(self, self.tr("Add speaker…"), "AddSpeakerButton",
                                      self.tr("Add a speaker (Ins)"))
        self.edit_button = push_button(self, self.tr("Edit…"), "EditSpeakerButton")
        self.up_button = push_button(self, self.tr("Up"), "SpeakerUpButton",
                                     self.tr("Move the speaker up (Ctrl+Up)"))
        self.down_button = push_button(self, self.tr("Down"), "SpeakerDownButton",
                                       self.tr("Move the speaker down (Ctrl+Down)"))
        self.remove_button = push_button(self, self.tr("Remove"), "RemoveSpeakerButton",
                                         self.tr("Remove the speaker (Del)"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(button_row(self.add_button, self.edit_button, self.up_button,
                                          self.down_button, self.remove_button))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.items)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for text, key, slot in ((self.tr("Remove speaker"), Qt.Key.Key_Delete,
                                 self.remove_speaker),
                                (self.tr("Move up"), "Ctrl+Up", lambda: self.move_speaker(-1)),
                                (self.tr("Move down"), "Ctrl+Down", lambda: self.move_speaker(1))):
            shortcut(self.view, text, key, slot, TABLE_ONLY)
        # Ins is the tab's "New sitting" everywhere else; in this list it adds a speaker.
        self.view.installEventFilter(self)
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        self.numbered.modelReset.connect(self._after_agenda_reset)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.activated.connect(lambda _index: self.edit_speaker())
        self.add_button.clicked.connect(self.add_speaker)
        self.edit_button.clicked.connect(self.edit_speaker)
        self.up_button.clicked.connect(lambda: self.move_speaker(-1))
        self.down_button.clicked.connect(lambda: self.move_speaker(1))
        self.remove_button.clicked.connect(self.remove_speaker)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.view and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Insert
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes here as a key press, not as the tab's shortcut
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.add_speaker()
                return True
        return super().eventFilter(watched, event)

    def current_item(self) -> int | None:
        index = self.items.currentIndex()
        return index.row() if index.isValid() else None

    def select_item(self, row: int) -> None:
        if 0 <= row < self.numbered.rowCount():
            self.items.setCurrentIndex(self.numbered.index(row, TITLE_COLUMN))

    def _after_agenda_reset(self) -> None:
        self.select_item(0)
        self._show_item()

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        if ctx is not None and self.current_item() is None and ctx.meeting.items:
            self.select_item(0)
        self._show_item()

    def _show_item(self) -> None:
        item = self.current_item()
        selected = self.selected_speaker()
        speakers = (self.ctx.meeting.items[item].speakers
                    if self.ctx and item is not None and item < len(self.ctx.meeting.items)
                    else [])
        self.model.set_records(speakers)
        if selected is not None and selected < len(speakers):
            self.view.select_source_row(selected)
        self._update_buttons()

    def selected_speaker(self) -> int | None:
        return self.view.selected_row()

    def _editable(self) -> bool:
        return self.ctx is not None and not self.ctx.read_only and self.current_item() is not None

    def _update_buttons(self, *_args) -> None:
        editable, index = self._editable(), self.selected_speaker()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and index is not None)
        self.remove_button.setEnabled(editable and index is not None)
        self.up_button.setEnabled(editable and bool(index))
        self.down_button.setEnabled(editable and index is not None
                                    and index < self.model.rowCount() - 1)

    def add_speaker(self) -> SpeakerDialog | None:
        return self._dialog(None) if self._editable() else None

    def edit_speaker(self) -> SpeakerDialog | None:
        index = self.selected_speaker()
        return self._dialog(index) if self._editable() and index is not None else None

    def _dialog(self, index: int | None) -> SpeakerDialog:
        assert self.ctx is not None
        item = self.current_item()
        assert item is not None
        speaker = self.model.record(index) if index is not None else None
        dialog = SpeakerDialog(self.session, self.ctx, item, index, speaker, self)
        dialog.accepted.connect(lambda: self.view.select_source_row(dialog.saved_index or 0))
        return open_dialog(dialog)

    def move_speaker(self, offset: int) -> bool:
        ctx, item, index = self.ctx, self.current_item(), self.selected_speaker()
        if not self._editable() or ctx is None or item is None or index is None:
            return False
        target = index + offset
        if not 0 <= target < self.model.rowCount():
            return False
        done, new_index = write_or_warn(
            self, self.session, self.tr("Discussion"),
            lambda: nw.move_speaker(ctx.council_id, ctx.meeting_id, item, index, target))
        if done and new_index is not None:
            self.view.select_source_row(new_index)
        return done

    def remove_speaker(self) -> bool:
        ctx, item, index = self.ctx, self.current_item(), self.selected_speaker()
        if not self._editable() or ctx is None or item is None or index is None:
            return False
        question = self.tr("Remove {name} from the discussion of this item?").format(
            name=self.model.record(index).name)
        return confirm_and_write(
            self, self.session, self.tr("Remove speaker"), question,
            lambda: nw.remove_speaker(ctx.council_id, ctx.meeting_id, item, index))


class SignersPanel(QWidget):
    """Who presided and who took the minutes: a member present, or nobody recorded (the
    minutes then name the default of rules/signers.py, shown in the first choice)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignersPanel")
        self.session = session
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
