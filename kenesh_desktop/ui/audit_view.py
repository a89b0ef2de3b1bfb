"""The audit trail in the window (issue 9, point 7): the history of one record — when, who,
what changed from what to what — and the export of the whole trail, only when asked.

The trail is `store.audit`'s: one entry per changed row, with the database's own row ids
and column names. Here a record of the window (a member, a sitting, ...) is found by its
council and id, its entries (and, for a sitting, those of its attendance, agenda, votes,
guests and reopenings) are read, and each is worded in the window's language: the column's
name, dates in the official style, closed vocabularies (sex, role, vote) in words, a
member's row id as their name. A deleted record's values are erased from the trail by the
store (personal data); such an entry says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang import format_date
from kenesh_desktop.store import audit
from kenesh_desktop.store.history import member_names, record_changes
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.member import role_names, sex_names
from kenesh_desktop.ui.meetings.common import (
    guest_category_names,
    kind_names,
    proposer_names,
    vote_names,
)
from kenesh_desktop.ui.record_table import RecordTable
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import Column, RecordTableModel
from kenesh_desktop.ui.widgets import open_dialog

LINKS = frozenset({"council_id", "meeting_id", "item_id", "plan_id", "competition_id",
                   "candidate_id", "code", "stored_path", "sha256"})
"""Columns that only tie a row to the record whose history is shown, or are the program's
own keys (issue 17: no "id: s12" in the history): left out."""
MEMBER_COLUMNS = ("member_id", "called_by_id", "presiding_id", "minutes_by_id", "observer_id")
"""Columns that hold a member: the member's name is shown."""


def who(user: str) -> str:
    """The operating-system user as a person reads it: the account's full name where the
    system keeps one, "administrator" for root."""
    if user in ("root", "Administrator"):
        return translate("History", "administrator")
    if user == "unknown":
        return translate("History", "unknown")
    try:
        import pwd

        full = pwd.getpwnam(user).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return f"{full} ({user})" if full else user


translate = QCoreApplication.translate


def table_names() -> dict[str, str]:
    """What a row of each table is, as the history says it."""
    return {
        "member": translate("History", "member"),
        "meeting": translate("History", "sitting"),
        "attendance": translate("History", "attendance"),
        "agenda_item": translate("History", "agenda item"),
        "vote": translate("History", "vote"),
        "guest": translate("History", "guest"),
        "reopening": translate("History", "reopening"),
        "request": translate("History", "request"),
        "proposal": translate("History", "proposal"),
        "commission_notice": translate("History", "commission notice"),
        "competition": translate("History", "competition"),
        "candidate": translate("History", "candidate"),
    }


def action_names() -> dict[str, str]:
    return {"insert": translate("History", "added"),
            "update": translate("History", "changed"),
            "delete": translate("History", "deleted")}


def field_names() -> dict[str, str]:
    """The database's column names in words (a column not listed shows its own name)."""
    return {
        "code": translate("History", "id"),
        "full_name": translate("History", "full name"),
        "sex": translate("History", "sex"),
        "organization": translate("History", "organisation"),
        "role": translate("History", "role"),
        "start": translate("History", "member from"),
        "end": translate("History", "member until"),
        "pin": translate("History", "personal number"),
        "phone": translate("History", "phone"),
        "email": translate("History", "e-mail"),
        "number": translate("History", "number"),
        "date": translate("History", "date"),
        "time": translate("History", "time"),
        "kind": translate("History", "kind"),
        "place": translate("History", "place"),
        "agenda_sent": translate("History", "agenda sent"),
        "finalized": translate("History", "finalized"),
        "called_by_id": translate("History", "called by"),
        "state_body_representative": translate("History", "state body's representative"),
        "member_id": translate("History", "member"),
        "present": translate("History", "present"),
        "absence_reason": translate("History", "reason of absence"),
        "position": translate("History", "place in the list"),
        "title": translate("History", "title"),
        "proposed_by": translate("History", "proposed by"),
        "decision": translate("History", "decision"),
        "speaker": translate("History", "speaker"),
        "heard": translate("History", "heard"),
        "choice": translate("History", "vote"),
        "category": translate("History", "category"),
        "reopened_on": translate("History", "reopened on"),
        "reason": translate("History", "reason"),
        "subject": translate("History", "subject"),
        "addressee": translate("History", "addressee"),
        "registered": translate("History", "registered"),
        "answered": translate("History", "answered"),
        "text": translate("History", "text"),
        "answer_summary": translate("History", "answer summary"),
    }


def _vocabularies() -> dict[str, dict[str, str]]:
    """Columns whose values are closed vocabularies, and their words."""
    return {"sex": sex_names(), "role": role_names(), "kind": kind_names(),
            "category": guest_category_names(), "proposed_by": proposer_names(),
            "choice": vote_names()}


@dataclass(frozen=True)
class HistoryRow:
    """One change as the dialog shows it."""

    at: dt.datetime
    user: str
    what: str
    changes: list[str]


class ChangeWording:
    """Words a change of the trail in the window's language."""

    def __init__(self, lang: str, members: dict[int, str]) -> None:
        self.lang = lang
        self.members = members
        self.tables = table_names()
        self.actions = action_names()
        self.fields = field_names()
        self.vocabularies = _vocabularies()

    def row(self, change: audit.Change) -> HistoryRow:
        action = self.actions.get(change.action, change.action)
        what = f"{action}: {self.tables.get(change.table, change.table)}"
        if change.erased:
            lines = [translate("History", "(the values of a deleted record are not kept)")]
        else:
            lines = [self.line(column, old, new, change.action)
                     for column, (old, new) in sorted(change.changes.items())
                     if column not in LINKS]
        return HistoryRow(change.at, change.user, what, lines)

    def line(self, column: str, old: Any, new: Any, action: str) -> str:
        name = self.fields.get(column, column)
        if action == "insert":
            return f"{name}: {self.value(column, new)}"
        return f"{name}: {self.value(column, old)} → {self.value(column, new)}"

    def value(self, column: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool) or column in ("present", "finalized"):
            return translate("History", "yes") if value else translate("History", "no")
        if column in MEMBER_COLUMNS and isinstance(value, int):
            return self.members.get(value, str(value))
        words = self.vocabularies.get(column)
        if words is not None:
            return words.get(str(value), str(value))
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                return format_date(dt.date.fromisoformat(value), self.lang)
            except ValueError:
                return value
        return str(value)


class HistoryTableModel(RecordTableModel[HistoryRow]):
    """The changes, oldest first: when, who, what, the values (old → new)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__((), parent)
        self.set_columns([
            Column(self.tr("When"), lambda r: "{date} {time}".format(
                date=format_date(r.at.date(), lang), time=r.at.strftime("%H:%M")),
                sort_key=lambda r: r.at),
            Column(self.tr("Who"), lambda r: who(r.user)),
            Column(self.tr("What"), lambda r: r.what),
            Column(self.tr("Changes"), lambda r: "\n".join(r.changes)),
        ])


class HistoryDialog(QDialog):
    """The history of one record: every change the trail holds, when, who and what."""

    def __init__(self, session: AppSession, name: str, rows: list[HistoryRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.model = HistoryTableModel(session.language(), self)
        self.model.set_records(rows)
        self.view = RecordTable(self, "HistoryTable", self.model, row_padding=None)
        self.view.fit_columns(stretch=[3])
        # One change a line: a row is as high as its changes (a history is short).
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr(
            "No change of this record is recorded. Changes are recorded from the moment "
            "the program keeps an audit trail; records imported or entered earlier have none."),
            self)
        self.empty.setObjectName("HistoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)


def show_history(parent: QWidget, session: AppSession, kind: str, council_id: str,
                 record_id: str, name: str) -> HistoryDialog:
    """Open the history of a record (not blocking)."""
    wording = ChangeWording(session.language(), member_names(council_id))
    rows = [wording.row(change) for change in record_changes(kind, council_id, record_id)]
    return open_dialog(HistoryDialog(session, name, rows, parent))


def export_trail(parent: QWidget) -> Path | None:
    """File → Export audit trail…: the whole trail as CSV, where the user says (it holds
    personal data, so it leaves the database only when asked)."""
    title = QCoreApplication.translate("History", "Export the audit trail")
    path = documents_export.ask_path(parent, title, "kenesh-audit-trail.csv", ".csv")
    if path is None:
        return None
    counted: list[int] = []
    problem = documents_export.write_document(path, lambda p: counted.append(
        audit.export_audit(p)))
    if problem:
        ask.warn(parent, title, problem)
        return None
    ask.inform(parent, title, QCoreApplication.translate(
        "History", "{count} changes of the records written to {path}.").format(
        count=counted[0] if counted else 0, path=path))
    return path
