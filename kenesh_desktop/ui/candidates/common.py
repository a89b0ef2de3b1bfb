"""What the Candidates tab's widgets share: the names of the four documents, the seven
requirements and the three states (Art. 14), and the colours of a deadline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kenesh_desktop.rules.competition import ELIGIBLE, INCOMPLETE, NOT_ELIGIBLE
from kenesh_desktop.rules.presets import rulebook_country
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

OK, WARNING, VIOLATION, NEUTRAL = "ok", "warning", "violation", "neutral"

STYLE = """
QFrame#CompetitionPanel, QFrame#SelectionPanel {
    border: 1px solid palette(mid); border-radius: 4px;
}
QLabel[state="ok"] { color: #1b6e20; }
QLabel[state="warning"] { color: #8a5300; font-weight: bold; }
QLabel[state="violation"] { color: #b3261e; font-weight: bold; }
QLabel[state="neutral"] { color: palette(text); }
"""

STATE_COLOURS = {
    ELIGIBLE: (QColor("#1b5e20"), QColor("#e3f1e4")),
    INCOMPLETE: (QColor("#6d4200"), QColor("#fff1d6")),
    NOT_ELIGIBLE: (QColor("#8c1d18"), QColor("#fbe4e2")),
}
"""A candidate's state: (text colour, background) in the table."""


def document_names() -> dict[str, str]:
    """Art. 14: the documents a candidate submits (records.DOCUMENT_KEYS)."""
    return {
        "application": QCoreApplication.translate("Candidates", "Application"),
        "cv_with_photo": QCoreApplication.translate("Candidates", "CV with photo"),
        "recommendation_letters": QCoreApplication.translate(
            "Candidates", "Recommendation letters"
        ),
        "vision": QCoreApplication.translate("Candidates", "Vision of the work in the council"),
    }


def citizen_requirement(rulebook: Rulebook = LAW_74) -> str:
    """Whose citizen a candidate is, by the council's rulebook (a council's own regulation
    names no country)."""
    country = rulebook_country(rulebook)
    if country == "kg":
        return QCoreApplication.translate(
            "Candidates", "Citizen of the Kyrgyz Republic with full legal capacity")
    if country == "kz":
        return QCoreApplication.translate(
            "Candidates", "Citizen of the Republic of Kazakhstan with full legal capacity")
    return QCoreApplication.translate("Candidates", "Citizen with full legal capacity")


def requirement_names(rulebook: Rulebook = LAW_74) -> dict[str, str]:
    """Art. 14: the seven requirements for a candidate (records.REQUIREMENT_KEYS), as the
    council's rulebook words the first (whose citizen)."""
    return {
        "citizen_capable": citizen_requirement(rulebook),
        "no_criminal_record": QCoreApplication.translate("Candidates", "No criminal record"),
        "not_civil_servant": QCoreApplication.translate(
            "Candidates", "Not a state or municipal employee"
        ),
        "reputation": QCoreApplication.translate("Candidates", "Impeccable reputation"),
        "no_relatives_in_body": QCoreApplication.translate(
            "Candidates", "No relatives working in the state body"
        ),
        "independent": QCoreApplication.translate("Candidates", "Not dependent on the state body"),
        "civic_experience": QCoreApplication.translate(
            "Candidates", "Experience of civic activity"
        ),
    }


def state_names() -> dict[str, str]:
    """The overall state rules.competition.candidate_state computes."""
    return {
        ELIGIBLE: QCoreApplication.translate("Candidates", "Eligible"),
        INCOMPLETE: QCoreApplication.translate("Candidates", "Incomplete"),
        NOT_ELIGIBLE: QCoreApplication.translate("Candidates", "Not eligible"),
    }
