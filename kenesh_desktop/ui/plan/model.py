"""The plan's activities as a Qt table, and the plan's closed vocabularies as the window words
them (statuses, due precisions). Rows keep the plan's own order: the order is the plan's
content (reordered with Up/Down), so the table does not sort."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from kenesh_desktop.lang.dates import format_due
from kenesh_desktop.rules.records import PlanItem
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RIGHT, Column, RecordTableModel

_STATUS_COLOURS = {"done": "#1b6e20", "moved": "#8a5300", "dropped": "#6b6b6b"}


def status_names() -> dict[str, str]:
    """records.PLAN_ITEM_STATUSES as the window shows them."""
    return {
        "planned": QCoreApplication.translate("Plan", "planned"),
        "done": QCoreApplication.translate("Plan", "done"),
        "moved": QCoreApplication.translate("Plan", "moved"),
        "dropped": QCoreApplication.translate("Plan", "dropped"),
    }


def precision_names() -> dict[str, str]:
    """How precisely an activity is due; "" is an activity without a due date."""
    return {
        "": QCoreApplication.translate("Plan", "no date"),
        "day": QCoreApplication.translate("Plan", "a day"),
        "month": QCoreApplication.translate("Plan", "a month"),
        "quarter": QCoreApplication.translate("Plan", "a quarter"),
    }


@dataclass(frozen=True)
class PlanRow:
    """One activity and its place in the plan (0-based index; the table shows index + 1)."""

    index: int
    item: PlanItem


def plan_rows(items: list[PlanItem]) -> list[PlanRow]:
    return [PlanRow(index, item) for index, item in enumerate(items)]


class PlanItemTableModel(RecordTableModel[PlanRow]):
    """No., activity, due, responsible, form of completion, status, note."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        statuses = status_names()
        self.set_columns([
            Column(self.tr("No."), lambda r: str(r.index + 1), alignment=RIGHT),
            Column(self.tr("Activity"), lambda r: r.item.title,
                   tooltip=lambda r: r.item.title),
            Column(self.tr("Due"), lambda r: format_due(r.item.due, r.item.due_precision,
                                                        session.language())),
            Column(self.tr("Responsible"), lambda r: r.item.responsible,
                   tooltip=lambda r: r.item.responsible),
            Column(self.tr("Form of completion"), lambda r: r.item.form),
            Column(self.tr("Status"), lambda r: statuses.get(r.item.status, r.item.status)),
            Column(self.tr("Note"), lambda r: r.item.note, tooltip=lambda r: r.item.note),
        ])

    def set_items(self, items: list[PlanItem]) -> None:
        self.set_records(plan_rows(items))

    def foreground(self, record: PlanRow, column: int) -> QBrush | None:
        colour = _STATUS_COLOURS.get(record.item.status)
        return QBrush(QColor(colour)) if colour and column == 5 else None
