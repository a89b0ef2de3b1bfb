"""Council → Rules of the council: which rulebook a council follows, and its figures.

The rules to start from are the shipped ones (`rules.presets`): Law No. 74 (the default,
repealed in 2023: shown as such, never as in force), Kazakhstan's Law No. 383-V (the figures
its text sets, each with its article and where it was read, the others for the council to
enter) and the council's own regulation (a copy of whatever is shown, every figure editable,
with the articles of that regulation). A figure the law fixes is shown read-only; a figure
not yet entered is an empty field, and OK stays disabled, saying which, until every figure is
entered and valid. The rulebook is built and validated by `RulebookDraft` (rules/), written by
`store.rulebook_writes.set_rulebook` (one audited write), or, for a council not yet created,
handed back as `chosen`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.presets import (
    OWN_KEY,
    PRESETS,
    Citation,
    RulebookDraft,
    draft_of,
    own_copy,
    preset_of,
    preset_title,
)
from kenesh_desktop.rules.rulebook import (
    ARTICLE_TOPICS,
    FIGURE_TOPICS,
    FIGURES,
    LAW_74,
    Rulebook,
    RulebookError,
)
from kenesh_desktop.store import rulebook_writes
from kenesh_desktop.ui.dialogs.forms import FormDialog, wide_label
from kenesh_desktop.ui.dialogs.rulebook_fields import (
    MISSING,
    FigureEditor,
    figure_labels,
    make_editor,
)
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import open_dialog

_NOTE_STYLE = {"open": "color: #8a5300;", "fixed": "color: #5f6368;", "": ""}


class RulebookDialog(FormDialog):
    """The rules of the council `council_id` (saved on OK), or of a council not yet created
    (`council_id` None: `chosen` holds the rulebook after OK, nothing is written)."""

    def __init__(self, session: AppSession, parent=None, *, council_id: str | None = None,
                 initial: Rulebook | None = None) -> None:
        super().__init__(session, "RulebookDialog", self.tr("Rules of the council"), parent)
        self.council_id = council_id
        self.notify_on_save = council_id is not None
        self.needs = self.needs if council_id is not None else None  # a new council's: kept
        self.chosen: Rulebook | None = None
        if council_id is not None and initial is None:
            # issue 19: saved only over the rules shown, read after their version
            self.watch("council", council_id, council_id)
            start = _rulebook_now(council_id)
        else:
            start = initial if initial is not None else LAW_74
        self.started_from = start
        # A council's own regulation keeps the key it came with (an exchange file's "own-2027").
        # (A shipped law's key under other figures is not kept: that is no longer the law.)
        self.own_key = OWN_KEY if start.key in PRESETS else start.key
        self.draft: RulebookDraft = draft_of(start)
        self.labels = figure_labels()

        self.choice = QComboBox(self)
        self.choice.setObjectName("RulebookChoice")
        lang = current_language()
        for key, preset in PRESETS.items():
            self.choice.addItem(preset_title(preset, lang), key)
        self.choice.addItem(self.tr("The council's own regulation"), OWN_KEY)
        self.about = wide_label(self, "RulebookAbout")
        self.name = QLineEdit(self)
        self.name.setObjectName("RulebookName")
        self.name.setPlaceholderText(self.tr("e.g. Regulation on the Public Council, order "
                                             "of the ministry No. 12 of 1 March 2024"))
        self.source = QLineEdit(self)
        self.source.setObjectName("RulebookSource")
        self.copy_from = QComboBox(self)
        self.copy_from.setObjectName("RulebookCopyFrom")
        for key, preset in PRESETS.items():
            self.copy_from.addItem(preset_title(preset, lang), key)
        self.copy_button = QPushButton(self.tr("Co&py its figures"), self)
        self.copy_button.setObjectName("RulebookCopyButton")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_from, 1)
        copy_row.addWidget(self.copy_button)
        self.copy_label = QLabel(self.tr("Start &from:"), self)
        self.copy_label.setBuddy(self.copy_from)

        self.fields.addRow(self.tr("&Rules:"), self.choice)
        self.fields.addRow(self.about)
        self.fields.addRow(self.tr("&Name:"), self.name)
        self.fields.addRow(self.tr("&Source:"), self.source)
        self.fields.addRow(self.copy_label, copy_row)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.setObjectName("RulebookHistoryButton")
        self.history_button.setVisible(council_id is not None)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ResetRole)

        self.group_titles = {"composition": self.tr("Composition and its forming"),
                             "sittings": self.tr("Sittings"),
                             "state_body": self.tr("The state body's duties")}
        self.editors: dict[str, FigureEditor] = {}
        self.notes: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        figures = QWidget(self)
        column = QVBoxLayout(figures)
        column.setContentsMargins(0, 0, 0, 0)
        for topic in ARTICLE_TOPICS:
            column.addWidget(self._group(topic, figures))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("RulebookFigures")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(figures)
        self.add(scroll, stretch=1)
        self.resize(760, 640)

        self.choice.setCurrentIndex(self.choice.findData(
            OWN_KEY if preset_of(start) is None else start.key))
        self._show_draft()
        self.choice.currentIndexChanged.connect(self._chosen)
        self.copy_button.clicked.connect(self.copy_preset)
        self.history_button.clicked.connect(self.show_history)
        self.name.textChanged.connect(self.validate)
        self.source.textChanged.connect(self.validate)
        for editor in self.editors.values():
            editor.changed.connect(self.validate)
        self.validate()

    def reload(self) -> None:
        """The council's rules as they now are, after someone else changed them (issue 19)."""
        if self.council_id is None:
            return
        start = self.started_from = _rulebook_now(self.council_id)
        self.own_key = OWN_KEY if start.key in PRESETS else start.key
        self.draft = draft_of(start)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(
            OWN_KEY if preset_of(start) is None else start.key))
        self.choice.blockSignals(False)
        self._show_draft()
        self.validate()

    # -- building -------------------------------------------------------------------------
    def _group(self, topic: str, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.group_titles[topic], parent)
        box.setObjectName(f"RulebookGroup_{topic}")
        # A grid, not a form: the labels are long (a figure and its unit) and wrap in a
        # column of their own, the editors line up, the notes (articles) stay on the right.
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        # The same editor and note columns in every group, so they line up down the list;
        # the labels take what is left and wrap.
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(0, 240)
        grid.setColumnMinimumWidth(1, 260)
        grid.setColumnMinimumWidth(2, 150)
        self.groups[topic] = box
        names = [f"articles.{topic}"] + [f for f in FIGURES if FIGURE_TOPICS[f] == topic]
        row = 0
        for name in names:
            editor = make_editor(name, box)
            note = QLabel(box)
            note.setObjectName(f"{editor.objectName()}_note")
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(self.labels[name] + ":", box)
            label.setBuddy(editor.focus_widget())
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(note, row, 2)
            if name == "adoption":  # a sentence of its own: on the line below its label
                grid.addWidget(editor, row + 1, 0, 1, 2)
                row += 1
            else:
                grid.addWidget(editor, row, 1)
            row += 1
            self.editors[name], self.notes[name] = editor, note
        return box

    # -- the rules chosen -------------------------------------------------------------------
    def is_own(self) -> bool:
        return self.choice.currentData() == OWN_KEY

    def _chosen(self, _index: int) -> None:
        key = self.choice.currentData()
        if key == OWN_KEY:
            # A copy of what is shown: the council's own regulation starts from those figures.
            self.draft = own_copy(self.entered_draft(), "", "")
        elif preset_of(self.started_from) is not None and self.started_from.key == key:
            self.draft = draft_of(self.started_from)  # the figures this council entered
        else:
            self.draft = PRESETS[key].draft
        self._show_draft()
        self.validate()

    def copy_preset(self) -> None:
        """The council's own regulation: take the figures of the preset chosen in "Start
        from" (its open figures stay empty), keeping the name and source typed."""
        if not self.is_own():
            return
        preset = PRESETS[self.copy_from.currentData()]
        self.draft = own_copy(preset.draft, self.name.text(), self.source.text())
        self._show_draft()
        self.validate()

    def _show_draft(self) -> None:
        own, lang, draft = self.is_own(), current_language(), self.draft
        for widget in (self.name, self.source):
            widget.setReadOnly(not own)
        for widget in (self.copy_label, self.copy_from, self.copy_button):
            widget.setVisible(own)
        if own:
            self.name.setText(draft.name)
            self.source.setText(draft.source if draft.source != draft.name else "")
        else:
            preset = PRESETS[draft.key]
            self.name.setText(preset_title(preset, lang, full=True))
            self.source.setText(draft.source)
        for widget in (self.name, self.source):
            widget.setCursorPosition(0)
            widget.setToolTip(widget.text())
        self.about.setText(self._about(draft.key))
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_entry(self._value(draft, name))
            editor.blockSignals(False)
            editor.set_locked(name in draft.fixed)

    def _about(self, key: str) -> str:
        if key == LAW_74.key:
            return self.tr(
                "Law No. 74 of the Kyrgyz Republic was repealed in 2023: it is not a law in "
                "force. The program offers its figures as the default. A council that carries "
                "on follows its own regulation: choose “The council's own regulation” to copy "
                "these figures and change them.")
        if key == OWN_KEY:
            return self.tr(
                "The council's own regulation (a ministry's order, a local government's "
                "decision, a donor programme): every figure and article is the council's to "
                "enter, as that regulation says.")
        return self.tr(
            "In force in Kazakhstan. The figures its text sets are shown with their articles; "
            "the others are set by the Model Regulation or the council's decisions: enter "
            "them. These rules cannot be used until every figure is entered.")

    @staticmethod
    def _value(draft: RulebookDraft, name: str) -> Any:
        if name.startswith("articles."):
            return draft.articles.get(name.removeprefix("articles."), MISSING)
        return draft.figures.get(name, MISSING)

    # -- validation -------------------------------------------------------------------------
    def entered_draft(self) -> RulebookDraft:
        """The draft as the fields stand: what is typed over the chosen rules (the law's
        fixed figures as the law has them)."""
        figures, articles = {}, {}
        for name, editor in self.editors.items():
            value = editor.entry()
            if value is MISSING or editor.problem():
                continue
            if name.startswith("articles."):
                articles[name.removeprefix("articles.")] = value
            else:
                figures[name] = value
        name = one_line(self.name.text())
        source = one_line(self.source.text()) or name
        if self.is_own():
            return RulebookDraft(self.own_key, name, source, figures, articles)
        draft = self.draft
        return RulebookDraft(draft.key, draft.name, draft.source,
                             {**figures, **{k: v for k, v in draft.figures.items()
                                           if k in draft.fixed}},
                             {**articles, **{k: v for k, v in draft.articles.items()
                                            if f"articles.{k}" in draft.fixed}},
                             draft.fixed, draft.citations)

    def problem(self) -> str:
        """What must be put right before the rules can be used ("" when nothing)."""
        if self.is_own() and not self.name.text().strip():
            return self.tr("Enter the name of the council's regulation.")
        for name, editor in self.editors.items():
            wrong = editor.problem()
            if wrong:
                return self.tr("{figure}: {problem}.").format(figure=self.labels[name],
                                                             problem=wrong)
        draft = self.entered_draft()
        missing = draft.open_figures()
        if missing:
            shown = "; ".join(self.labels[name] for name in missing[:3])
            if len(missing) > 3:
                return self.tr("{n} figures are not yet entered: {figures}…").format(
                    n=len(missing), figures=shown)
            return self.tr("Not yet entered: {figures}.").format(figures=shown)
        try:
            draft.to_rulebook()
        except RulebookError as exc:
            if exc.field == "min_members":
                return self.tr("“{least}” is more than “{most}”.").format(
                    least=self.labels["min_members"], most=self.labels["max_members"])
            return f"{self.labels.get(exc.field, exc.field)}: {exc.problem}"
        return ""

    def validate(self) -> bool:
        draft = self.entered_draft()
        open_now = set(draft.open_figures())
        for name, note in self.notes.items():
            citation = draft.citations.get(name)
            if citation is not None:
                text, style = self._cite(citation), "fixed"
                note.setToolTip(citation.address)
            elif name in draft.fixed:
                text, style = self.tr("set by the law"), "fixed"
            elif name in open_now:
                text, style = self.tr("not yet entered"), "open"
            else:
                text, style = "", ""
            note.setText(text)
            note.setStyleSheet(_NOTE_STYLE[style])
        for topic, box in self.groups.items():
            number, title = draft.articles.get(topic), self.group_titles[topic]
            box.setTitle(title if number is None else self.tr("{title} — Art. {article}").format(
                title=title, article=number))
        problem = self.problem()
        self.ok_button().setEnabled(not problem)
        self.show_error(problem)
        return not problem

    def _cite(self, citation: Citation) -> str:
        if citation.paragraph is None:
            return self.tr("Art. {article}").format(article=citation.article)
        return self.tr("Art. {article}({paragraph})").format(article=citation.article,
                                                              paragraph=citation.paragraph)

    # -- history ----------------------------------------------------------------------------
    def show_history(self) -> QDialog | None:
        """Every change of the council's rules the audit trail holds (rulebook_history)."""
        if self.council_id is None:
            return None
        from kenesh_desktop.ui.dialogs.rulebook_history import show_rulebook_history

        return show_rulebook_history(self, self.session, self.council_id)

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> str | None:
        if not self.validate():
            return self.problem()
        rulebook = self.entered_draft().to_rulebook()
        if self.council_id is None:
            self.chosen = rulebook
        else:
            rulebook_writes.set_rulebook(self.council_id, rulebook)
        return None


def _rulebook_now(council_id: str) -> Rulebook:
    from kenesh_desktop.store import queries

    return queries.rulebook_of(council_id)


def edit_rulebook(session: AppSession, parent: QWidget | None = None) -> RulebookDialog | None:
    """Council → Rules of the council: the current council's rulebook, saved on OK (None
    when no council is open)."""
    if session.council_id is None:
        return None
    # open_dialog holds the Python dialog until it is closed: the menu's action drops what
    # this returns, and Qt's parent alone would keep only the C++ half of it.
    return open_dialog(RulebookDialog(session, parent, council_id=session.council_id))
