"""The live composition indicators above the members table (Art. 14).

Every value comes from `rules.composition.composition_status`; this widget only words and
colours it. Each label carries a dynamic property "state" ("ok", "warning" or "violation")
that the style sheet colours and tests read, and a tooltip stating the rule with the
rulebook's figures. The indicators are recomputed on `session.changed`, i.e. the moment a
member is added, edited or ended.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.quoting import quoted
from kenesh_desktop.rules.composition import CompositionStatus, composition_status
from kenesh_desktop.rules.messages import format_days, rule_explanation
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import join_session
from kenesh_desktop.ui.widgets import open_dialog, show_state, state_label

OK, WARNING, VIOLATION = "ok", "warning", "violation"

STYLE = """
QFrame#CompositionIndicators { border: 1px solid palette(mid); border-radius: 4px; }
QLabel[state="ok"] { color: #1b6e20; }
QLabel[state="warning"] { color: #8a5300; }
QLabel[state="violation"] { color: #b3261e; font-weight: bold; }
"""


class CompositionIndicators(QFrame):
    """Size, gender balance, organisations, other councils and the term of the current
    council, each lawful (green) or not (red, naming the article)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        join_session(self, session, "CompositionIndicators", STYLE)
        self.status: CompositionStatus | None = None
        self.size_label = state_label(self, "SizeIndicator")
        self.gender_label = state_label(self, "GenderIndicator")
        self.term_label = state_label(self, "TermIndicator")
        self.organization_label = state_label(self, "OrganizationIndicator")
        self.other_council_label = state_label(self, "OtherCouncilIndicator")
        self.history_button = QPushButton(self.tr("Compositions…"), self)
        self.history_button.setObjectName("CompositionHistoryButton")
        self.history_button.setToolTip(self.tr("Every composition of the council: its term "
                                               "and how many served in it"))
        self.history_button.clicked.connect(self.show_history)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.size_label, 0, 0)
        grid.addWidget(self.gender_label, 1, 0)
        grid.addWidget(self.term_label, 2, 0)
        grid.addWidget(self.organization_label, 0, 1)
        grid.addWidget(self.other_council_label, 1, 1)
        grid.addWidget(self.history_button, 2, 1, Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        session.changed.connect(self.refresh)
        self.refresh()

    # -- refresh --------------------------------------------------------------------------
    def refresh(self) -> None:
        council = self.session.council()
        self.setVisible(council is not None)
        if council is None:
            self.status = None
            return
        rb = self.session.rulebook
        others = self.session.other_councils()
        status = composition_status(council, self.session.today(), rb, others)
        self.status = status
        lang = self.session.language()
        self._show_size(status, rule_explanation("composition.size", lang, rb))
        self._show_gender(status, rule_explanation("composition.gender", lang, rb))
        self._show_organizations(status, rule_explanation("composition.organization", lang, rb))
        names = {c.id: c.name for c in others}
        self._show_other_councils(
            status, names, rule_explanation("composition.one_council", lang, rb)
        )
        self._show_term(status, lang, rule_explanation("composition.term", lang, rb))

    def show_history(self) -> QWidget:
        """The council's compositions, one row per term (ui/compositions.py)."""
        from kenesh_desktop.ui.compositions import CompositionHistoryDialog

        return open_dialog(CompositionHistoryDialog(self.session, self))

    def _show_size(self, status: CompositionStatus, tooltip: str) -> None:
        size = status.size
        if size.ok:
            text = self.tr("{n} members ({min}–{max}, Art. {article}) ✓").format(
                n=size.active, min=size.minimum, max=size.maximum, article=size.article
            )
        elif size.active == 1:  # issue 17: never "1 members"
            text = self.tr("Art. {article}: 1 member — at least {min}").format(
                min=size.minimum, article=size.article)
        elif size.active < size.minimum:
            text = self.tr("Art. {article}: {n} members — at least {min}").format(
                n=size.active, min=size.minimum, article=size.article
            )
        else:
            text = self.tr("Art. {article}: {n} members — at most {max}").format(
                n=size.active, max=size.maximum, article=size.article
            )
        show_state(self.size_label, text, OK if size.ok else VIOLATION, tooltip)

    def _show_gender(self, status: CompositionStatus, tooltip: str) -> None:
        gender = status.gender
        # A rulebook without the gender rule: no indicator (nothing to keep, nothing to say).
        self.gender_label.setVisible(gender.applies)
        if not gender.applies:
            return
        counts = self.tr("Women {women} ({women_pct}%) · Men {men} ({men_pct}%)").format(
            women=gender.counts.get("female", 0),
            women_pct=gender.percents.get("female", 0),
            men=gender.counts.get("male", 0),
            men_pct=gender.percents.get("male", 0),
        )
        if gender.ok:
            text = self.tr("{counts} — limit {limit}%").format(
                counts=counts, limit=gender.limit_percent
            )
        else:
            text = self.tr("Art. {article}: {counts} — more than {limit}% of one sex").format(
                article=gender.article, counts=counts, limit=gender.limit_percent
            )
        show_state(self.gender_label, text, OK if gender.ok else VIOLATION, tooltip)

    def _show_organizations(self, status: CompositionStatus, tooltip: str) -> None:
        organization = status.organization
        self.organization_label.setVisible(organization.applies)
        if not organization.applies:
            return
        if organization.ok:
            text = self.tr("One member per organisation ✓")
        else:
            text = "\n".join(
                self.tr("Art. {article}: {name} is a second member from {organization}").format(
                    article=organization.article,
                    name=member.full_name,
                    organization=quoted(member.organization, current_language()),
                )
                for member in organization.duplicates
            )
        show_state(
            self.organization_label, text, OK if organization.ok else VIOLATION, tooltip
        )

    def _show_other_councils(
        self, status: CompositionStatus, names: dict[str, str], tooltip: str
    ) -> None:
        one_council = status.one_council
        if one_council.ok:
            text = self.tr("No member sits on another council ✓")
        else:
            text = "\n".join(
                self.tr("Art. {article}: {name} is also a member of {council}").format(
                    article=one_council.article,
                    name=member.full_name,
                    council=quoted(names.get(council_id, council_id), current_language()),
                )
                for member, council_id in one_council.conflicts
            )
        show_state(
            self.other_council_label, text, OK if one_council.ok else VIOLATION, tooltip
        )

    def _show_term(self, status: CompositionStatus, lang: str, tooltip: str) -> None:
        """The term in force (or, with none in force, the one that ended last, else the first
        to come) and the composition formed ahead, when there is one."""
        term = status.term
        if term is None:
            show_state(self.term_label, self.tr("No term of office is recorded"), WARNING,
                       tooltip)
            return
        start, end = format_date(term.term_start, lang), format_date(term.term_end, lang)
        if not term.ok:
            text = self.tr(
                "Art. {article}: the term {start} – {end} is longer than allowed; "
                "it may end on {last} at the latest"
            ).format(
                article=term.article,
                start=start,
                end=end,
                last=format_date(term.last_allowed_end, lang),
            )
            state = VIOLATION
        elif term.days_left < 0:
            text = self.tr("The term ended on {end}, {days} ago; no composition is in "
                           "force").format(end=end, days=format_days(term.days_left, lang))
            state = WARNING
        elif not term.in_force:
            text = self.tr("The first term begins on {start}").format(start=start)
            state = WARNING
        else:
            text = self.tr("Term {start} – {end}: {days} left").format(
                start=start, end=end, days=format_days(term.days_left, lang)
            )
            state = OK
        if term.next_start is not None:
            text += "\n" + self.tr("Next composition formed: {n} members from {start}").format(
                n=term.next_members, start=format_date(term.next_start, lang))
        show_state(self.term_label, text, state, tooltip)
