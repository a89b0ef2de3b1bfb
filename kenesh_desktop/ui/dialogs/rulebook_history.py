"""The history of the rules a council follows (Rules of the council → History…): who chose
which rules when, and which figures changed, read from the audit trail by
`store.rulebook_writes.rulebook_changes` and shown in the window's History dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kenesh_desktop.rules.presets import RulebookDraft, draft_of
from kenesh_desktop.rules.rulebook import ARTICLE_TOPICS, FIGURES, Rulebook
from kenesh_desktop.store import rulebook_writes
from kenesh_desktop.ui.audit_view import HistoryDialog, HistoryRow
from kenesh_desktop.ui.dialogs.rulebook_fields import MISSING, figure_labels
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.session import AppSession

translate = QCoreApplication.translate


def show_rulebook_history(parent: QWidget, session: AppSession,
                          council_id: str) -> HistoryDialog:
    """Open the history (not blocking), one row per change of the council's rules."""
    labels = figure_labels()
    rows = [HistoryRow(change.at, change.user,
                       translate("RulebookHistory", "Rules of the council"),
                       changed_lines(change.before, change.after, labels))
            for change in rulebook_writes.rulebook_changes(council_id)]
    dialog = HistoryDialog(session, translate("RulebookHistory", "the rules of the council"),
                           rows, parent)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def changed_lines(before: Rulebook | None, after: Rulebook, labels: dict[str, str]) -> list[str]:
    """The lines of one change: the rules' names, then each figure that changed."""
    name = rulebook_name(after)
    if before is None:
        return [translate("RulebookHistory", "from the start: {rules}").format(rules=name)]
    lines = [] if rulebook_name(before) == name else [f"{rulebook_name(before)} → {name}"]
    old, new = draft_of(before), draft_of(after)
    for figure in (*FIGURES, *(f"articles.{topic}" for topic in ARTICLE_TOPICS)):
        was, now = _value(old, figure), _value(new, figure)
        if was != now:
            lines.append(f"{labels[figure]}: {_shown(was)} → {_shown(now)}")
    return lines or [name]


def _value(draft: RulebookDraft, name: str) -> Any:
    if name.startswith("articles."):
        return draft.articles.get(name.removeprefix("articles."), MISSING)
    return draft.figures.get(name, MISSING)


def _shown(value: Any) -> str:
    if value is None:
        return translate("RulebookHistory", "no such rule")
    if isinstance(value, dict):  # the adoption rule
        bound = (translate("RulebookHistory", "more than") if value["more_than"]
                 else translate("RulebookHistory", "at least"))
        base = (translate("RulebookHistory", "of those present") if value["of"] == "present"
                else translate("RulebookHistory", "of all members"))
        return f"{bound} {value['share']} {base}"
    return str(value)
