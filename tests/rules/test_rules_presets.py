"""The shipped rulebooks (rules/presets.py): Law No. 74 is the default and is always named as
repealed in 2023; Kazakhstan's Law No. 383-V holds only the figures of its Art. 9 and 13 (each
cited with the address its text was read at) and refuses to become a rulebook until the council
enters the rest; a figure not yet entered is not a rule switched off; the council's own
regulation is a copy with every figure editable."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from rulebook_samples import KZ_OPEN_FIGURES

from kenesh_desktop.rules.presets import (
    KZ_383V_PRESET,
    LAW_74_PRESET,
    NOT_ENTERED,
    OWN_KEY,
    PRESETS,
    RulebookDraft,
    draft_of,
    is_repealed,
    own_copy,
    preset_of,
    preset_title,
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
REST = KZ_OPEN_FIGURES


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


def refused(call, *args, **kwargs):
    with pytest.raises(RulebookError) as caught:
        call(*args, **kwargs)
    return caught.value.field, caught.value.problem


def test_entering_what_is_no_figure_or_topic_or_changes_the_law_is_refused_saying_why():
    assert refused(KZ.entered, {"quorum": "1/2"}) == ("quorum", "not a figure of a rulebook")
    assert refused(KZ.entered, articles={"goals": 4}) == ("articles.goals",
                                                          "not a topic of a rulebook")
    assert refused(KZ.entered, {"min_members": 10}) == (
        "min_members", "set by the law; a council with another figure follows its own "
                       "regulation")
    assert refused(KZ.entered, articles={"sittings": 14}) == ("articles.sittings",
                                                              "set by the law")


def test_entering_the_laws_own_figure_again_is_no_change():
    again = KZ.entered({"min_members": 15, "quorum_share": "2/3"}, {"sittings": 13})
    assert again.figures == KZ.figures and again.articles == KZ.articles


def test_a_figure_a_law_fixes_but_has_not_given_is_entered_freely():
    draft = RulebookDraft("law", "A law", "Its text", figures={}, articles={},
                          fixed=frozenset({"answer_days", "articles.sittings"}))
    entered = draft.entered({"answer_days": 10}, {"sittings": 3})
    assert entered.figures == {"answer_days": 10} and entered.articles == {"sittings": 3}


def test_law_74s_figures_under_another_key_are_the_councils_own():
    own = own_copy(LAW_74_PRESET.draft, "Own").to_rulebook()
    assert own.key == OWN_KEY and own is not LAW_74 and same_figures(own, LAW_74)
    assert preset_of(own) is None and not LAW_74_PRESET.matches(own)


def test_same_figures_looks_past_names_and_sources_only():
    assert same_figures(LAW_74, replace(LAW_74, key="x", name="y", source="z"))
    assert not same_figures(LAW_74, replace(LAW_74, answer_days=10))
    assert not same_figures(LAW_74, replace(LAW_74, articles={**LAW_74.articles,
                                                                "sittings": 7}))


def test_the_law_with_another_article_number_is_not_the_law():
    renumbered = replace(LAW_74, articles={**LAW_74.articles, "sittings": 7})
    assert not LAW_74_PRESET.matches(renumbered) and preset_of(renumbered) is None
    kz = KZ.entered(REST, {"state_body": 5}).to_rulebook()
    assert KZ_383V_PRESET.matches(kz)
    assert not KZ_383V_PRESET.matches(replace(kz, articles={**kz.articles, "composition": 8}))


def test_a_draft_of_a_shipped_rulebook_keeps_its_citations_and_an_own_one_has_none():
    kz = KZ.entered(REST, {"state_body": 5}).to_rulebook()
    assert draft_of(kz).citations == KZ.citations
    own = own_copy(KZ, "Положение").entered(REST, {"state_body": 5}).to_rulebook()
    draft = draft_of(own)
    assert draft.fixed == frozenset() and dict(draft.citations) == {}
    assert draft.key == OWN_KEY and draft.to_rulebook() == own


def test_an_own_copy_is_its_own_source_unless_given_one():
    assert own_copy(KZ, "Положение").source == "Положение"
    assert own_copy(KZ, "Положение", "Приказ № 7").source == "Приказ № 7"


def test_titles_short_by_default_full_on_request_and_english_for_another_language():
    assert rulebook_title(LAW_74, "en") == LAW_74_PRESET.short_names["en"]
    assert rulebook_title(LAW_74, "en", full=True) == LAW_74_PRESET.names["en"]
    assert preset_title(KZ_383V_PRESET, "ru") == "Закон РК № 383-V"
    assert preset_title(KZ_383V_PRESET, "ru", full=True) == KZ_383V_PRESET.names["ru"]
    assert preset_title(KZ_383V_PRESET, "de") == "Kazakhstan's Law No. 383-V"
    assert preset_title(KZ_383V_PRESET, "de", full=True) == KZ_383V_PRESET.names["en"]
