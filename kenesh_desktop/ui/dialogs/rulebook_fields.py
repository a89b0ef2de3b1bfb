"""The editors of a rulebook's figures, for the rulebook dialog (dialogs/rulebook.py).

Each editor shows one figure in the exchange object's form (a whole number, a share "p/q",
the adoption rule) and says what it holds: `entry()` is MISSING while the field is empty (the
figure is *not yet entered*), None for a rule the council switches off ("No such rule"), or
the value; `problem()` is what is wrong with what was typed, in the window's language. The
editors compute no rule: the dialog builds a `rules.presets.RulebookDraft` from their entries
and the draft validates it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from kenesh_desktop.rules.rulebook import SWITCHABLE, RulebookError, parse_share

MISSING = object()
"""The entry of a figure not yet entered (an empty field)."""

_MAX = 10_000  # the largest whole number a rulebook object holds (rules/rulebook.py)


translate = QCoreApplication.translate  # lupdate reads translate("Rulebook", "...")


def figure_labels() -> dict[str, str]:
    """The figures of a rulebook and its articles as the dialog names them."""
    return {
        "min_members":
            translate("Rulebook", "Members, at least"),
        "max_members":
            translate("Rulebook", "Members, at most"),
        "max_same_sex_share":
            translate("Rulebook", "Members of one sex, at most (share)"),
        "max_members_per_organization":
            translate("Rulebook", "Members from one organisation, at most"),
        "term_years":
            translate("Rulebook", "Term of a composition (years)"),
        "announce_months_before_term_end":
            translate("Rulebook", "Competition announced before the term ends (months)"),
        "intake_months_after_publication":
            translate("Rulebook", "Documents accepted after the publication (months)"),
        "formed_days_before_term_end":
            translate("Rulebook", "New composition formed before the term ends (days)"),
        "min_recommendation_letters":
            translate("Rulebook", "Recommendation letters, at least"),
        "quorum_share":
            translate("Rulebook", "Quorum (share of the members)"),
        "adoption":
            translate("Rulebook", "A decision is adopted by"),
        "agenda_notice_days":
            translate("Rulebook", "Agenda to the state body before a sitting (days)"),
        "commission_notice_days":
            translate("Rulebook", "Notice of a commission's sitting before it (days)"),
        "plan_copy_days":
            translate("Rulebook", "Copy of the annual plan after its approval (days)"),
        "answer_days":
            translate("Rulebook", "Written answer to a request (days)"),
        "articles.composition":
            translate("Rulebook", "Article on the composition and its forming"),
        "articles.sittings":
            translate("Rulebook", "Article on the sittings"),
        "articles.state_body":
            translate("Rulebook", "Article on the duties of the state body"),
    }


class FigureEditor(QWidget):
    """The editor of one figure; `changed` on every edit."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"Figure_{name.replace('.', '_')}")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def focus_widget(self) -> QWidget:
        """The widget a label's mnemonic gives the focus to."""
        return self

    def entry(self) -> Any:
        raise NotImplementedError

    def set_entry(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        """What is wrong with what was typed ("" when nothing is, or nothing was typed)."""
        return ""

    def set_locked(self, locked: bool) -> None:
        """A figure the law fixes is shown, not edited (the council's own regulation edits)."""
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                child.setReadOnly(locked)
            else:
                child.setEnabled(not locked)


class LineFigureEditor(FigureEditor):
    """A figure typed in a short line, as `validator` lets it be typed."""

    def __init__(self, name: str, validator: QValidator, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{self.objectName()}_value")
        validator.setParent(self.edit)
        self.edit.setValidator(validator)
        self.edit.setFixedWidth(90)
        self.edit.textChanged.connect(self.changed)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_entry(self, value: Any) -> None:
        self.edit.setText("" if value is MISSING or value is None else str(value))


class CountEditor(LineFigureEditor):
    """A whole number (members, years, months, days, an article's number)."""

    def __init__(self, name: str, least: int, parent: QWidget | None = None) -> None:
        super().__init__(name, QIntValidator(0, _MAX), parent)
        self.least = least

    def entry(self) -> Any:
        text = self.edit.text().strip()
        return int(text) if text.isdigit() else MISSING

    def problem(self) -> str:
        value = self.entry()
        if value is not MISSING and value < self.least:
            return translate("Rulebook", "at least {least}").format(least=self.least)
        return ""


class ShareEditor(LineFigureEditor):
    """A share written "p/q" (2/3), exact."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, QRegularExpressionValidator(
            QRegularExpression(r"[0-9]{0,6}(/[0-9]{0,6})?")), parent)
        self.edit.setPlaceholderText(translate("Rulebook", "e.g. 2/3"))

    def entry(self) -> Any:
        text = self.edit.text().strip()
        return text or MISSING

    def problem(self) -> str:
        value = self.entry()
        if value is MISSING:
            return ""
        try:
            parse_share(value)
        except RulebookError:
            return translate("Rulebook", "a share is written as two whole numbers, p/q, "
                                         "more than 0 and at most 1 (e.g. 2/3)")
        return ""


class SwitchableEditor(FigureEditor):
    """A figure a rulebook may switch off (SWITCHABLE): its editor and "No such rule"."""

    def __init__(self, inner: CountEditor | ShareEditor, parent: QWidget | None = None) -> None:
        super().__init__(inner.name, parent)
        assert inner.name in SWITCHABLE
        self.inner = inner
        inner.setParent(self)
        self.off = QCheckBox(translate("Rulebook", "No such rule"), self)
        self.off.setObjectName(f"{self.objectName()}_off")
        self.off.toggled.connect(self._off_toggled)
        inner.changed.connect(self.changed)
        self.row.addWidget(inner)
        self.row.addWidget(self.off)
        self.row.addStretch(1)

    def _off_toggled(self, off: bool) -> None:
        self.inner.setEnabled(not off)
        self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.inner.focus_widget()

    def entry(self) -> Any:
        return None if self.off.isChecked() else self.inner.entry()

    def set_entry(self, value: Any) -> None:
        self.off.setChecked(value is None)
        self.inner.set_entry(MISSING if value is None else value)

    def problem(self) -> str:
        return "" if self.off.isChecked() else self.inner.problem()


class AdoptionEditor(FigureEditor):
    """How a decision is adopted: votes for more than (or at least) a share of those present
    (or of all members)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("adoption", parent)
        self.bound = QComboBox(self)
        self.bound.setObjectName("AdoptionBound")
        self.bound.addItem(translate("Rulebook", "more than"), True)
        self.bound.addItem(translate("Rulebook", "at least"), False)
        self.share = ShareEditor("adoption.share", self)
        self.base = QComboBox(self)
        self.base.setObjectName("AdoptionBase")
        self.base.addItem(translate("Rulebook", "of the members present"), "present")
        self.base.addItem(translate("Rulebook", "of all members"), "members")
        for signal in (self.bound.currentIndexChanged, self.base.currentIndexChanged):
            signal.connect(self.changed)
        self.share.changed.connect(self.changed)
        self.row.addWidget(QLabel(translate("Rulebook", "votes for"), self))
        self.row.addWidget(self.bound)
        self.row.addWidget(self.share)
        self.row.addWidget(self.base)
        self.row.addStretch(1)

    def focus_widget(self) -> QWidget:
        return self.bound

    def entry(self) -> Any:
        share = self.share.entry()
        if share is MISSING:
            return MISSING
        return {"share": share, "of": self.base.currentData(),
                "more_than": self.bound.currentData()}

    def set_entry(self, value: Any) -> None:
        if value is MISSING or value is None:
            self.share.set_entry(MISSING)
            return
        self.share.set_entry(value["share"])
        self.base.setCurrentIndex(self.base.findData(value["of"]))
        self.bound.setCurrentIndex(self.bound.findData(value["more_than"]))

    def problem(self) -> str:
        return self.share.problem()


def make_editor(name: str, parent: QWidget | None = None) -> FigureEditor:
    """The editor of figure `name` (a figure of rules.rulebook.FIGURES or "articles.<topic>")."""
    if name == "adoption":
        return AdoptionEditor(parent)
    if name in ("quorum_share", "max_same_sex_share"):
        editor: CountEditor | ShareEditor = ShareEditor(name, parent)
    else:
        least = 1 if name in ("min_members", "max_members", "term_years",
                              "max_members_per_organization") or name.startswith("articles.")\
            else 0
        editor = CountEditor(name, least, parent)
    return SwitchableEditor(editor, parent) if name in SWITCHABLE else editor
