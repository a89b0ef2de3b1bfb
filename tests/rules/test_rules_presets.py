"""The shipped rulebooks (rules/presets.py): Law No. 74 is the default and is always named as
repealed in 2023; Kazakhstan's Law No. 383-V holds only the figures of its Art. 9 and 13 (each
cited with the address its text was read at) and refuses to become a rulebook until the council
enters the rest; a figure not yet entered is not a rule switched off; the council's own
regulation is a copy with every figure editable."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kenesh_desktop.rules.presets import (
    KZ_383V_PRESET,
    LAW_74_PRESET,
    NOT_ENTERED,
    OWN_KEY,
    PRESETS,
    draft_of,
    is_repealed,
    own_copy,
    preset_of,
    rulebook_country,
    rulebook_title,
    same_figures,
)
from kenesh_desktop.rules.rulebook import (
    FIGURES,
    LAW_74,
    RulebookError,
    rulebook_from_mapping,
)

KZ = KZ_383V_PRESET.draft
REST = {
    "max_same_sex_share": None, "term_years": 3, "intake_months_after_publication": 1,
    "formed_days_before_term_end": 7, "min_recommendation_letters": 0,
    "adoption": {"share": "1/2", "of": "present", "more_than": True},
    "agenda_notice_days": 3, "commission_notice_days": 2, "plan_copy_days": 5,
    "answer_days": 10,
}


def test_law_74_is_the_default_and_complete():
    assert list(PRESETS)[0] == LAW_74.key
    assert LAW_74_PRESET.draft.complete
    assert LAW_74_PRESET.draft.to_rulebook() is LAW_74
    assert preset_of(LAW_74) is LAW_74_PRESET and is_repealed(LAW_74)


@pytest.mark.parametrize(("lang", "word"), [("en", "repealed in 2023"),
                                            ("ru", "утрати"), ("ky", "күчүн жоготкон")])
def test_law_74_is_never_named_without_its_repeal(lang, word):
    assert word in rulebook_title(LAW_74, lang)
    assert word in rulebook_title(LAW_74, lang, full=True)


def test_kazakhstan_holds_only_the_verified_figures_each_cited():
    assert dict(KZ.figures) == {"min_members": 15, "max_members": 30,
                                "max_members_per_organization": 1,
                                "announce_months_before_term_end": 2, "quorum_share": "2/3"}
    assert dict(KZ.articles) == {"composition": 9, "sittings": 13}
    cited = {name: (c.article, c.paragraph) for name, c in KZ.citations.items()}
    assert cited["min_members"] == cited["max_members"] == (9, 3)
    assert cited["max_members_per_organization"] == (9, 4)
    assert cited["announce_months_before_term_end"] == (9, 2)
    assert cited["quorum_share"] == (13, 2)
    assert all(c.address.startswith("https://") for c in KZ.citations.values())
    assert set(KZ.citations) == set(KZ.figures) | {"articles.composition", "articles.sittings"}
    assert "https://adilet.zan.kz/" in KZ.source
    assert not is_repealed(KZ.entered(REST, {"state_body": 5}).to_rulebook())


def test_kazakhstan_refuses_to_be_used_until_the_rest_is_entered():
    assert KZ.open_figures() == [name for name in FIGURES if name not in KZ.figures] + [
        "articles.state_body"]
    with pytest.raises(RulebookError) as refused:
        KZ.to_rulebook()
    assert (refused.value.field, refused.value.problem) == ("max_same_sex_share", NOT_ENTERED)
    almost = KZ.entered(REST)
    with pytest.raises(RulebookError, match="articles.state_body"):
        almost.to_rulebook()
    rulebook = almost.entered(articles={"state_body": 5}).to_rulebook()
    assert (rulebook.min_members, rulebook.max_members) == (15, 30)
    assert rulebook.quorum_share == Fraction(2, 3) and rulebook.max_same_sex_share is None
    assert rulebook.article("sittings") == 13 and rulebook.term_years == 3
    assert preset_of(rulebook) is KZ_383V_PRESET and rulebook_country(rulebook) == "kz"
    assert rulebook_title(rulebook, "ru") == "Закон РК № 383-V"


def test_not_entered_is_not_switched_off():
    # max_same_sex_share None entered: the rule is off; absent: the council has not said yet
    assert "max_same_sex_share" in KZ.open_figures()
    assert "max_same_sex_share" not in KZ.entered({"max_same_sex_share": None}).open_figures()


def test_a_figure_the_law_fixes_cannot_be_changed_under_its_name():
    with pytest.raises(RulebookError, match="min_members"):
        KZ.entered({"min_members": 10})
    with pytest.raises(RulebookError, match="articles.sittings"):
        KZ.entered(articles={"sittings": 14})
    with pytest.raises(RulebookError, match="answer_days"):
        LAW_74_PRESET.draft.entered({"answer_days": 10})


def test_the_councils_own_regulation_is_an_editable_copy():
    own = own_copy(KZ, "Положение о совете").entered({**REST, "min_members": 10},
                                                     {"state_body": 5})
    rulebook = own.to_rulebook()
    assert rulebook.key == OWN_KEY and rulebook.min_members == 10
    assert preset_of(rulebook) is None and rulebook_country(rulebook) is None
    assert rulebook_title(rulebook, "ky") == "Положение о совете"
    copy_of_law = own_copy(LAW_74_PRESET.draft, "Own").entered({"answer_days": 10})
    assert copy_of_law.to_rulebook().answer_days == 10


def test_a_law_with_other_figures_is_not_named_as_the_law():
    changed = rulebook_from_mapping({**KZ.entered(REST, {"state_body": 5}).mapping(),
                                     "min_members": 10})
    assert preset_of(changed) is None
    assert rulebook_title(changed, "en") == changed.name


def test_a_draft_of_a_rulebook_round_trips():
    rulebook = KZ.entered(REST, {"state_body": 5}).to_rulebook()
    again = draft_of(rulebook)
    assert again.complete and again.fixed == KZ.fixed
    assert same_figures(again.to_rulebook(), rulebook)
    assert draft_of(LAW_74).to_rulebook() is LAW_74


def test_a_draft_is_validated_as_the_exchange_file_is():
    with pytest.raises(RulebookError, match="min_members"):
        own_copy(KZ, "X").entered({**REST, "min_members": 31}, {"state_body": 5}).to_rulebook()
    with pytest.raises(RulebookError, match="quorum_share"):
        own_copy(KZ, "X").entered({**REST, "quorum_share": "0.5"},
                                  {"state_body": 5}).to_rulebook()
    with pytest.raises(RulebookError, match="answer_days"):
        own_copy(KZ, "X").entered({**REST, "answer_days": -1}, {"state_body": 5}).to_rulebook()
