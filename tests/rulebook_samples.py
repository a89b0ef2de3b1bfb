"""The figures Kazakhstan's Law No. 383-V leaves to each council (rules/presets.py holds only
those of its Art. 9 and 13), entered the same way by every test that needs the Kazakh preset
made into a whole rulebook: rules, store and window tests alike (hence here, at the top of
`tests/`, under a name no other folder's helper uses)."""

from __future__ import annotations

from typing import Any

from kenesh_desktop.rules.presets import KZ_383V_PRESET
from kenesh_desktop.rules.rulebook import Rulebook

KZ_OPEN_FIGURES: dict[str, Any] = {
    "max_same_sex_share": None, "term_years": 3, "intake_months_after_publication": 1,
    "formed_days_before_term_end": 7, "min_recommendation_letters": 0,
    "adoption": {"share": "1/2", "of": "present", "more_than": True},
    "agenda_notice_days": 3, "commission_notice_days": 2, "plan_copy_days": 5,
    "answer_days": 10,
}
"""Every figure the preset leaves open, as a council would enter them."""

KZ_ARTICLES = {"state_body": 5}
"""The one article the preset leaves open: the state body's duties."""

BY_TWO_THIRDS_OF_MEMBERS = {"share": "2/3", "of": "members", "more_than": False}
"""An adoption rule other than the preset's usual one: two thirds of all members, at least."""


def kz_figures(**changes: Any) -> dict[str, Any]:
    """The open figures with `changes` made (a fresh dict: the tests may change it)."""
    return {**KZ_OPEN_FIGURES, **changes}


def kz_rulebook(**changes: Any) -> Rulebook:
    """The Kazakh preset entered with the open figures (with `changes`) and its article."""
    return KZ_383V_PRESET.draft.entered(kz_figures(**changes), KZ_ARTICLES).to_rulebook()
