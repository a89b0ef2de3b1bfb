"""The new-council form: name, state body, the rules it follows and the term of the
composition.

The rules are Law No. 74 (named as repealed in 2023) until "Change…" chooses others
(dialogs/rulebook.py). The term defaults to today until the longest term those rules allow
(Law No. 74, Art. 14: today + 2 years − 1 day). OK stays disabled, with a message naming the
article, until the form is valid; the council is then created through
`store.writes.create_council` (its id made from the name by the store).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.composition import term_last_day, term_ok
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.store import writes
from kenesh_desktop.ui.access_gate import CREATE
from kenesh_desktop.ui.dialogs.forms import (
    DATE_FORMAT,
    Cancelled,
    FormDialog,
    date_edit,
    from_qdate,
    line_edit,
    to_qdate,
)
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.session import AppSession


class CouncilDialog(FormDialog):
    """Creates a council on OK; `created_id` then holds its id."""

    notify_on_save = False  # the window reads the councils again and shows the new one
    needs = CREATE

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(session, "CouncilDialog", self.tr("New council"), parent)
        self.created_id: str | None = None
        self.setMinimumWidth(560)
        # A new council follows the default until the user chooses other rules.
        self.rulebook: Rulebook = LAW_74
        rb = self.rulebook
        today = session.today()

        self.name = line_edit(self, "CouncilName",
                              self.tr("e.g. Public Council of the Ministry of Finance"))
        self.state_body = line_edit(self, "StateBody",
                                    self.tr("The ministry, state committee or agency"))
        self.term_start = date_edit(self, "TermStart", today)
        self.term_end = date_edit(self, "TermEnd", term_last_day(today, rb))
        self.hint = hint = QLabel(self)
        hint.setObjectName("TermHint")
        hint.setWordWrap(True)
        self.rules = QLabel(self)
        self.rules.setObjectName("CouncilRulebook")
        self.rules.setWordWrap(True)
        self.change_rules = QPushButton(self.tr("&Change…"), self)
        self.change_rules.setObjectName("ChangeRulebookButton")
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules, 1)
        rules_row.addWidget(self.change_rules)

        self.fields.addRow(self.tr("Council &name:"), self.name)
        self.fields.addRow(self.tr("&State body:"), self.state_body)
        self.fields.addRow(self.tr("Rules:"), rules_row)
        self.fields.addRow(self.tr("Term &from:"), self.term_start)
        self.fields.addRow(self.tr("Term &until:"), self.term_end)
        self.add(hint)

        self._start_was = today
        self._show_rules()
        self.change_rules.clicked.connect(self.choose_rules)
        self.term_start.dateChanged.connect(self._start_changed)
        for signal in (
            self.name.textChanged,
            self.state_body.textChanged,
            self.term_start.dateChanged,
            self.term_end.dateChanged,
        ):
            signal.connect(self.validate)
        self.validate()

    def _show_rules(self) -> None:
        rb = self.rulebook
        self.rules.setText(rulebook_name(rb))
        self.hint.setText(self.tr("Art. {article}: a composition serves up to {years} "
                                  "years.").format(article=rb.article("composition"),
                                                   years=rb.term_years))

    def choose_rules(self):
        """The rules the new council will follow (nothing is written until OK here)."""
        from kenesh_desktop.ui.dialogs.rulebook import RulebookDialog

        dialog = RulebookDialog(self.session, self, initial=self.rulebook)
        dialog.accepted.connect(lambda: self.rules_chosen(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def rules_chosen(self, rulebook: Rulebook | None) -> None:
        if rulebook is None:
            return
        start = from_qdate(self.term_start.date())
        longest = from_qdate(self.term_end.date()) == term_last_day(start, self.rulebook)
        self.rulebook = rulebook
        if longest:  # the end was the longest term: it stays the longest of the new rules
            self.term_end.setDate(to_qdate(term_last_day(start, rulebook)))
        self._show_rules()
        self.validate()

    def _start_changed(self, _date) -> None:
        """Keep the end at the longest term while the user has not chosen another end."""
        rb = self.rulebook
        start = from_qdate(self.term_start.date())
        if from_qdate(self.term_end.date()) == term_last_day(self._start_was, rb):
            self.term_end.setDate(to_qdate(term_last_day(start, rb)))
        self._start_was = start

    def problem(self) -> str:
        """Why the form cannot be saved yet ("" when it can)."""
        if not self.name.text().strip():
            return self.tr("Enter the council's name.")
        if not self.state_body.text().strip():
            return self.tr("Enter the state body the council is attached to.")
        return self.term_problem()

    def term_problem(self) -> str:
        rb = self.rulebook
        start, end = from_qdate(self.term_start.date()), from_qdate(self.term_end.date())
        if end <= start:
            return self.tr("The term must end after it starts.")
        # Art. 14: a composition's term is up to 2 years: the last day is start + 2 years - 1.
        if not term_ok(start, end, rb):
            return self.tr(
                "Art. {article}: a composition serves at most {years} years; a term from "
                "{start} ends on {last} at the latest."
            ).format(
                article=rb.article("composition"),
                years=rb.term_years,
                start=self.term_start.date().toString(DATE_FORMAT),
                last=to_qdate(term_last_day(start, rb)).toString(DATE_FORMAT),
            )
        return ""

    def validate(self) -> bool:
        problem = self.problem()
        self.ok_button().setEnabled(not problem)
        # A field not filled in yet is not an error to shout about while the form is being
        # filled: the disabled OK says enough. A wrong term is said at once.
        shown = self.term_problem()
        self.error.setText(shown)
        self.error.setVisible(bool(shown))
        return not problem

    def save(self) -> str | None:
        if not self.validate():
            raise Cancelled  # OK is disabled then: the form says what is missing
        self.created_id = writes.create_council(
            "",
            one_line(self.name.text()),
            one_line(self.state_body.text()),
            from_qdate(self.term_start.date()),
            from_qdate(self.term_end.date()),
            rulebook=None if self.rulebook is LAW_74 else self.rulebook,
        )
        return None
