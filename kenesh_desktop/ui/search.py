"""Edit → Find (Ctrl+F): one search over the current council's members, sittings, agenda
items, requests and proposals, as it is typed; Enter or a double-click shows the record in
its tab.

Matching ignores case, look-alike letters, and ө/о, ү/у, ң/н, ё/е (`lang.search_key`): a
keyboard without Kyrgyz letters finds "Өмүрбеков" with "омур".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.folding import search_key
from kenesh_desktop.rules.records import Council
from kenesh_desktop.ui.record_table import RecordTable
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import Column, RecordTableModel
from kenesh_desktop.ui.widgets import filter_field

MIN_LENGTH = 2
"""Letters typed before anything is searched (one letter matches nearly everything)."""
LIMIT = 500
"""Hits shown at most (the first ones, record kind by kind)."""


@dataclass(frozen=True)
class Hit:
    kind: str  # the navigation kind: member, meeting, request, proposal
    record_id: str
    what: str  # the record kind as shown
    title: str
    detail: str
    key: str  # everything searched, folded


def council_hits(council: Council, lang: str) -> list[Hit]:
    """Every searchable record of the council, folded once."""
    hits: list[Hit] = []
    kinds = {
        "member": QCoreApplication.translate("SearchDialog", "Member"),
        "meeting": QCoreApplication.translate("SearchDialog", "Sitting"),
        "item": QCoreApplication.translate("SearchDialog", "Agenda item"),
        "request": QCoreApplication.translate("SearchDialog", "Request"),
        "proposal": QCoreApplication.translate("SearchDialog", "Proposal"),
    }
    sitting = QCoreApplication.translate("SearchDialog", "Sitting No. {number}")
    item_of = QCoreApplication.translate("SearchDialog", "Sitting No. {number}, item {item}")
    request_title = QCoreApplication.translate("SearchDialog", "No. {number}: {subject}")

    def add(kind: str, record_id: str, what: str, title: str, detail: str, *more: str) -> None:
        hits.append(Hit(kind, record_id, kinds[what], title, detail,
                        search_key(" ".join((title, detail, *more)))))

    for m in council.members:
        add("member", m.id, "member", m.full_name, m.organization, m.phone or "", m.email or "")
    for s in council.meetings:
        day = format_date(s.date, lang)
        add("meeting", s.id, "meeting", sitting.format(number=s.number),
            f"{day} · {s.place}" if s.place else day)
        for number, item in enumerate(s.items, start=1):
            add("meeting", s.id, "item", item.title,
                item_of.format(number=s.number, item=number), item.decision, item.speaker,
                item.heard)
    for q in council.requests:
        add("request", q.id, "request", request_title.format(number=q.number, subject=q.subject),
            q.addressee, q.text, q.answer_summary)
    for p in council.proposals:
        add("proposal", p.id, "proposal", p.summary, p.author, p.outcome or "")
    return hits


class HitTableModel(RecordTableModel[Hit]):
    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.set_columns([
            Column(self.tr("Kind"), lambda h: h.what),
            Column(self.tr("Found"), lambda h: h.title, tooltip=lambda h: h.title),
            Column(self.tr("Where"), lambda h: h.detail, tooltip=lambda h: h.detail),
        ])


class SearchDialog(QDialog):
    """The search field over the list of what it finds."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Find"))
        self.session = session
        council = session.council()
        self._hits = council_hits(council, session.language()) if council else []
        self.field = filter_field(self, "SearchField", self.tr(
            "Name, subject, title or text: members, sittings, agenda items, requests, "
            "proposals"))
        self.model = HitTableModel(self)
        self.view = RecordTable(self, "SearchResults", self.model, row_padding=8)
        self.view.fit_columns(stretch=[1, 2])
        self.count = QLabel(self)
        self.count.setObjectName("SearchCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self._open_first)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.resize(760, 480)
        self.search("")

    def search(self, text: str) -> list[Hit]:
        needle = search_key(text.strip())
        found = [h for h in self._hits if needle in h.key] if len(needle) >= MIN_LENGTH else []
        self.model.set_records(found[:LIMIT])
        if len(needle) < MIN_LENGTH:
            self.count.setText(self.tr("Type at least {count} letters.").format(
                count=MIN_LENGTH))
        else:
            self.count.setText(self.tr("Found: {count}").format(count=len(found)))
        if found:
            self.view.selectRow(0)
        return found

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.open_selected()

    def open_selected(self) -> bool:
        hit = self.view.selected_record()
        if hit is None:
            return False
        self.accept()
        self.session.navigate(hit.kind, hit.record_id)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Down from the field goes to the list, as in a browser's address bar.
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.model.rowCount():
            self.view.setFocus()
            return
        super().keyPressEvent(event)
