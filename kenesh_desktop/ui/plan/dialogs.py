"""The plan's dialogs: a new plan for a year and an activity (add or edit); the approval and
the copy are in `approval.py`.

Each is a `dialogs.forms.FormDialog`: it writes through the store when OK is pressed; a
refusal is shown inside the dialog, which stays open with what was typed, and nothing is
written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from kenesh_desktop.lang.dates import format_month, format_quarter
from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.records import PlanItem
from kenesh_desktop.store import plan_writes
from kenesh_desktop.ui.dialogs.forms import (
    FormDialog,
    choice_box,
    date_edit,
    from_qdate,
    line_edit,
    to_qdate,
)
from kenesh_desktop.ui.plan.model import precision_names, status_names
from kenesh_desktop.ui.session import AppSession

# ---------------------------------------------------------------- a new plan


class NewPlanDialog(FormDialog):
    """Asks the year of a new, empty plan; `created_year` holds it after OK."""

    def __init__(self, session: AppSession, taken: set[int], parent=None) -> None:
        super().__init__(session, "NewPlanDialog", self.tr("New work plan"), parent)
        self.created_year: int | None = None
        self.year = QSpinBox(self)
        self.year.setObjectName("PlanYear")
        self.year.setRange(plan_writes.MIN_YEAR, plan_writes.MAX_YEAR)
        year = session.today().year
        while year in taken:
            year += 1
        self.year.setValue(year)
        self.fields.addRow(self.tr("Work plan for the &year:"), self.year)

    def save(self) -> str:
        if self.session.council_id is None:
            return self.tr("Choose a council first.")
        plan_writes.create_plan(self.session.council_id, self.year.value())
        self.created_year = self.year.value()
        return ""


# ---------------------------------------------------------------- an activity


class NameListCompleter(QCompleter):
    """Completes the name after the last comma, so several responsible members can be typed
    into one field ("Айгүл Токтогулова, Нурлан Өмүрбеков")."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        if "," not in typed:
            return chosen
        return f"{typed.rsplit(',', 1)[0]}, {chosen}"


def _completer(parent: QWidget, words: list[str], names: bool = False) -> QCompleter:
    completer = (NameListCompleter if names else QCompleter)(parent)
    completer.setModel(QStringListModel(words, completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class PlanItemDialog(FormDialog):
    """Add an activity to the plan for `year` (`index` None) or edit the one at `index`.

    The due date is a day, a month or a quarter of the plan's year (or none); the responsible
    field offers the names of the members active today.
    """

    def __init__(self, session: AppSession, year: int, index: int | None = None,
                 item: PlanItem | None = None, parent=None) -> None:
        super().__init__(session, "PlanItemDialog",
                         self.tr("Edit activity") if item else self.tr("Add activity"), parent)
        self.year_value = year
        self.index = index
        self.saved_index: int | None = None
        self.setMinimumWidth(560)
        lang = session.language()
        council = session.council()

        self.title = line_edit(self, "Activity", self.tr("What the council will do"))
        self.precision = choice_box(self, "DuePrecision", precision_names())
        self.day = date_edit(self, "DueDay", self._default_day())
        self.day.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.month = QComboBox(self)
        self.month.setObjectName("DueMonth")
        for month in range(1, 13):
            self.month.addItem(format_month(year, month, lang), month)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("DueQuarter")
        for quarter in range(1, 5):
            self.quarter.addItem(format_quarter(year, quarter, lang), quarter)
        self.due_stack = QStackedWidget(self)
        self.due_stack.addWidget(QWidget(self.due_stack))
        for widget in (self.day, self.month, self.quarter):
            self.due_stack.addWidget(widget)
        self.due_stack.setSizePolicy(self.day.sizePolicy())
        self.precision.currentIndexChanged.connect(self.due_stack.setCurrentIndex)
        due_row = QHBoxLayout()
        due_row.addWidget(self.precision)
        due_row.addWidget(self.due_stack, 1)

        self.responsible = line_edit(self, "Responsible", self.tr(
            "Members or a working group; separate names with commas"))
        today = session.today()
        names = sorted({m.full_name for m in council.active_members(today)}) if council else []
        self.responsible.setCompleter(_completer(self.responsible, names, names=True))
        self.form = line_edit(self, "Form",
                              self.tr("Sitting, public hearing, report, monitoring…"))
        forms = sorted({i.form for p in (council.plans if council else []) for i in p.items
                        if i.form})
        self.form.setCompleter(_completer(self.form, forms))
        self.status = choice_box(self, "Status", status_names())
        self.note = line_edit(self, "Note")

        form = self.fields
        form.addRow(self.tr("&Activity:"), self.title)
        due_label = QLabel(self.tr("&Due:"), self)
        due_label.setBuddy(self.precision)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(self.tr("&Form of completion:"), self.form)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        self.precision.setCurrentIndex(self.precision.findData("month"))
        default = self._default_day()
        self.month.setCurrentIndex(default.month - 1)
        self.quarter.setCurrentIndex((default.month - 1) // 3)
        if item is not None and index is not None:
            item = self._watched_item(index) or item  # issue 19: the activity as it is now
        if item is not None:
            self._fill(item)
        self.title.setFocus()

    def _watched_item(self, index: int) -> PlanItem | None:
        """Save only over the plan's version (it moves with every activity: they are
        addressed by their place), then read the activity at `index` as it now is."""
        council_id = self.session.council_id
        if council_id is None:
            return None
        self.watch("plan", council_id, self.year_value)
        council = self.fresh_council()
        plan = council.plan(self.year_value) if council else None
        return plan.items[index] if plan and 0 <= index < len(plan.items) else None

    def reload(self) -> None:
        """The activity as it now is, after someone else changed the plan (issue 19)."""
        if self.index is not None:
            item = self._watched_item(self.index)
            if item is not None:
                self._fill(item)

    def _default_day(self) -> dt.date:
        today = self.session.today()
        return today if today.year == self.year_value else dt.date(self.year_value, 1, 1)

    def _fill(self, item: PlanItem) -> None:
        self.title.setText(item.title)
        precision = item.due_precision if item.due is not None else ""
        self.precision.setCurrentIndex(self.precision.findData(precision))
        if item.due is not None:
            self.day.setDate(to_qdate(item.due))
            self.month.setCurrentIndex(item.due.month - 1)
            self.quarter.setCurrentIndex((item.due.month - 1) // 3)
        self.responsible.setText(item.responsible)
        self.form.setText(item.form)
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.note.setText(item.note)

    def entered_item(self) -> PlanItem:
        """The activity as the form holds it (the store validates and normalises it)."""
        precision = self.precision.currentData() or ""
        due: dt.date | None = None
        if precision == "day":
            due = from_qdate(self.day.date())
        elif precision == "month":
            due = dt.date(self.year_value, self.month.currentData(), 1)
        elif precision == "quarter":
            due = dt.date(self.year_value, 3 * self.quarter.currentData(), 1)
        return PlanItem(
            title=one_line(self.title.text()),
            due=due,
            responsible=self.responsible.text().strip().strip(",").strip(),
            form=self.form.text().strip(),
            due_precision=precision or "day",
            status=self.status.currentData() or "planned",
            note=self.note.text().strip(),
        )

    def save(self) -> str:
        item = self.entered_item()
        if not item.title:
            return self.tr("Enter the activity.")
        council_id = self.session.council_id
        if council_id is None:
            return self.tr("Choose a council first.")
        if self.index is None:
            self.saved_index = plan_writes.add_plan_item(council_id, self.year_value, item)
        else:
            plan_writes.update_plan_item(council_id, self.year_value, self.index, item)
            self.saved_index = self.index
        return ""
