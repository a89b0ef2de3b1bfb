"""The two live panels of the Candidates tab.

`CompetitionPanel`: the end of the term in force (rules/terms.py `succession`) and the three
Art. 14 deadlines — announce by (term end − 2 months), documents accepted until
(publication + 1 month), new composition formed by (term end − 7 days) — each green, amber
(within 14 days) or red, with days left or overdue, computed by rules/deadlines.py for the
session's day.

`SelectionPanel`: what the selected candidates would form (rules.competition.selection_preview):
size against 7–15, gender against 70%, one member per organisation, anyone active in another
council; each reason worded by rules/messages.py, naming Art. 14.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.competition import SelectionPreview
from kenesh_desktop.rules.composition import (
    gender_rule_applies,
    limit_percent,
    organization_rule_applies,
    percent_half_up,
)
from kenesh_desktop.rules.deadlines import (
    LATE,
    MET,
    OVERDUE,
    UPCOMING,
    DeadlineState,
    announce_due,
    deadline_state,
    formed_due,
    intake_last_day,
)
from kenesh_desktop.rules.messages import format_days, rule_explanation
from kenesh_desktop.rules.records import Competition, Council
from kenesh_desktop.rules.terms import Succession, new_term_start, succession
from kenesh_desktop.store.competition_writes import problem_text
from kenesh_desktop.ui.candidates.common import NEUTRAL, OK, STYLE, VIOLATION, WARNING
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import join_session
from kenesh_desktop.ui.widgets import heading_label, show_state, state_label


def _label(parent: QWidget, name: str, bold: bool = False) -> QLabel:
    label = heading_label(parent, name) if bold else state_label(parent, name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class CompetitionPanel(QFrame):
    """The term's end and the three deadlines of the competition for the next composition."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        join_session(self, session, "CompetitionPanel", STYLE)
        self.term_label = _label(self, "TermEnd", bold=True)
        self.dates_label = _label(self, "CompetitionDates")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.term_label, 0, 0, 1, 3)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        titles = (
            ("announce", self.tr("Announce the competition by")),
            ("intake", self.tr("Documents accepted until")),
            ("formed", self.tr("Form the new composition by")),
        )
        for row, (key, title) in enumerate(titles, start=1):
            name = _label(self, f"{key.capitalize()}Title")
            name.setText(title)
            name.setWordWrap(False)
            due = _label(self, f"{key.capitalize()}Due")
            due.setWordWrap(False)
            status = _label(self, f"{key.capitalize()}State")
            grid.addWidget(name, row, 0)
            grid.addWidget(due, row, 1)
            grid.addWidget(status, row, 2)
            self.rows[key] = (name, due, status)
        grid.addWidget(self.dates_label, 4, 0, 1, 3)
        grid.setColumnStretch(2, 1)

    def due_label(self, key: str) -> QLabel:
        return self.rows[key][1]

    def state_label(self, key: str) -> QLabel:
        return self.rows[key][2]

    def show_competition(self, council: Council, competition: Competition | None) -> None:
        """Show the deadlines counted from the end of the term in force (in a gap, the term
        that ended last); `competition` is the one for the next composition (None when none
        has been announced)."""
        rb, lang, today = self.session.rulebook, self.session.language(), self.session.today()
        following = succession(council, today)
        self.term_label.setText(self._term_text(council, following, lang))
        announced = competition.announced if competition else None
        published = competition.published if competition else None
        term = following.term
        for key in ("announce", "formed"):
            for label in self.rows[key]:
                label.setVisible(term is not None)
        if term is not None:
            tip = rule_explanation("competition.announcement", lang, rb)
            state = deadline_state(announce_due(term.end, rb), announced, today, rb)
            self._show_deadline("announce", state, tip)
            tip = rule_explanation("competition.formed", lang, rb)
            if following.formed is None and following.is_formed:
                # A next term recorded without its day of forming: formed, day unknown.
                _name, due, status = self.rows["formed"]
                due.setText(format_date(formed_due(term.end, rb), lang))
                show_state(status, self.tr("formed (the day is not recorded)"), OK, tip)
            else:
                state = deadline_state(formed_due(term.end, rb), following.formed, today, rb)
                self._show_deadline("formed", state, tip)
        self._show_intake(published, today, rule_explanation("competition.intake", lang, rb))

        not_yet = self.tr("not yet")
        self.dates_label.setText(self.tr(
            "Announced: {announced} · Published in the media: {published}"
        ).format(announced=format_date(announced, lang) or not_yet,
                 published=format_date(published, lang) or not_yet))

    def _term_text(self, council: Council, following: Succession, lang: str) -> str:
        """The term the deadlines count from, and the next composition when it is formed."""
        term, nxt = following.term, following.next_term
        if term is None:
            first = min((t.start for t in council.terms), default=None)
            return self.tr("The first composition's term begins on {start}.").format(
                start=format_date(first, lang)) if first else ""
        end = format_date(term.end, lang)
        if nxt is not None:
            template = self.tr(
                "The current composition's term ends on {end}; the next composition is "
                "formed, its term is {start} – {next_end}."
            ) if following.in_force else self.tr(
                "The last composition's term ended on {end}; the next composition is formed, "
                "its term is {start} – {next_end}.")
            return template.format(end=end, start=format_date(nxt.start, lang),
                                   next_end=format_date(nxt.end, lang))
        if not following.in_force:
            return self.tr(
                "The last composition's term ended on {end}; no composition is in force."
            ).format(end=end)
        return self.tr(
            "The current composition's term ends on {end}; the new one starts on {start}."
        ).format(end=end, start=format_date(new_term_start(council.terms, following.day),
                                            lang))

    def _show_deadline(self, key: str, state: DeadlineState, tip: str) -> None:
        """Green when met or far off, amber within 14 days, red when late or overdue."""
        lang = self.session.language()
        _name, due, status = self.rows[key]
        due.setText(format_date(state.due, lang))
        due.setToolTip(tip)
        if state.status == MET:
            text = self.tr("done on {date} ✓").format(date=format_date(state.done_on, lang))
            colour = OK
        elif state.status == LATE:
            text = self.tr("Art. {article}: done on {date}, {days} late").format(
                article=self.session.rulebook.article("composition"),
                date=format_date(state.done_on, lang), days=format_days(state.days_overdue, lang))
            colour = VIOLATION
        elif state.status == OVERDUE:
            text = self.tr("Art. {article}: {days} overdue").format(
                article=self.session.rulebook.article("composition"),
                days=format_days(state.days_overdue, lang))
            colour = VIOLATION
        elif state.days_left == 0:
            text = self.tr("due today")
            colour = WARNING
        else:
            text = self.tr("{days} left").format(days=format_days(state.days_left, lang))
            colour = WARNING if state.status == UPCOMING else OK
        show_state(status, text, colour, tip)

    def _show_intake(self, published: dt.date | None, today: dt.date, tip: str) -> None:
        """Art. 14: a window, not a duty: open (days left), or closed."""
        lang, rb = self.session.language(), self.session.rulebook
        _name, due, status = self.rows["intake"]
        due.setToolTip(tip)
        if published is None:
            due.setText(self.tr("—"))
            show_state(status, self.tr("{months} month from the publication in the media").format(
                months=rb.intake_months_after_publication), NEUTRAL, tip)
            return
        last = intake_last_day(published, rb)
        due.setText(format_date(last, lang))
        left = (last - today).days
        if today < published:
            text, colour = self.tr("opens on {date}").format(date=format_date(published, lang)), OK
        elif left > 0:
            text = self.tr("open, {days} left").format(days=format_days(left, lang))
            colour = WARNING if left <= rb.upcoming_days else OK
        elif left == 0:
            text, colour = self.tr("open, last day today"), WARNING
        else:
            text, colour = self.tr("closed"), NEUTRAL
        show_state(status, text, colour, tip)


class SelectionPanel(QFrame):
    """The new composition the selected candidates would form, and what stops it (Art. 14)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        join_session(self, session, "SelectionPanel", STYLE)
        self.title = _label(self, "SelectionTitle", bold=True)
        self.size_label = _label(self, "SelectionSize")
        self.gender_label = _label(self, "SelectionGender")
        self.problems_label = _label(self, "SelectionProblems")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for widget in (self.title, self.size_label, self.gender_label, self.problems_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.preview: SelectionPreview | None = None
        self.competition: Competition | None = None

    def show_preview(self, preview: SelectionPreview | None,
                     competition: Competition | None) -> None:
        """`preview` of the open `competition`; None for a competition already formed."""
        self.preview = preview
        self.competition = competition
        lang, rb = self.session.language(), self.session.rulebook
        if preview is None:
            self.title.setText(self.tr("Selection"))
            self.size_label.setText(
                self.tr("Formed on {date}.").format(date=format_date(competition.formed, lang))
                if competition is not None and competition.formed else "")
            show_state(self.size_label, self.size_label.text(), NEUTRAL)
            self.gender_label.setText("")
            self.problems_label.setText("")
            return
        self.title.setText(self.tr("Selection: the new composition from {date}").format(
            date=format_date(preview.new_term_start, lang)))
        n = len(preview.selected)
        keys = {p.key for p in preview.problems}
        article = rb.article("composition")
        if "size" in keys:
            text = self.tr("Art. {article}: {n} selected — {min} to {max} needed").format(
                article=article, n=n, min=rb.min_members, max=rb.max_members)
        else:
            text = self.tr("{n} selected ({min}–{max}, Art. {article}) ✓").format(
                article=article, n=n, min=rb.min_members, max=rb.max_members)
        show_state(self.size_label, text, VIOLATION if "size" in keys else OK,
                   rule_explanation("composition.size", lang, rb))
        women, men = preview.counts.get("female", 0), preview.counts.get("male", 0)
        counts = self.tr("Women {women} ({women_pct}%) · Men {men} ({men_pct}%)").format(
            women=women, men=men, women_pct=percent_half_up(women, n) if n else 0,
            men_pct=percent_half_up(men, n) if n else 0)
        # A rulebook without the gender rule (max_same_sex_share None): no indicator at all.
        self.gender_label.setVisible(gender_rule_applies(rb))
        if "gender" in keys:
            text = self.tr("Art. {article}: {counts} — more than {limit}% of one sex").format(
                article=article, counts=counts, limit=limit_percent(rb))
        else:
            text = self.tr("{counts} — limit {limit}%").format(counts=counts,
                                                                limit=limit_percent(rb))
        show_state(self.gender_label, text, VIOLATION if "gender" in keys else OK,
                   rule_explanation("composition.gender", lang, rb))
        others = [p for p in preview.problems if p.key not in ("size", "gender")]
        if others:
            text = "\n".join(problem_text(p, self.competition, lang, rb) for p in others)
            show_state(self.problems_label, text, VIOLATION)
        elif organization_rule_applies(rb):
            show_state(self.problems_label, self.tr(
                "One per organisation, none in another council, all eligible ✓"), OK)
        else:
            show_state(self.problems_label, self.tr(
                "None in another council, all eligible ✓"), OK)

    def add_button(self, button: QPushButton) -> None:
        """A button at the panel's bottom right (the tab's "Form the new composition…")."""
        self.buttons.addWidget(button)

    def reasons(self) -> list[str]:
        """Every reason the selection cannot form a composition, in the user's language."""
        if self.preview is None:
            return []
        lang = self.session.language()
        return [problem_text(p, self.competition, lang, self.session.rulebook)
                for p in self.preview.problems]
