"""Art. 14 competition: a candidate's documents and requirements, the precedence of a
candidate's state, the one-month intake window, and the selection preview of the next
composition (size, gender, organisations, other councils, eligibility)."""

from __future__ import annotations

import pytest
from rules_factory import TERM_END, TODAY, D, candidate, competition, council, member

from kenesh_desktop.rules.competition import (
    candidate_state,
    documents_complete,
    received_in_window,
    requirements_met,
    selection_preview,
)
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Term
from kenesh_desktop.rules.rulebook import LAW_74


def preview(competition, others=()):
    """The selection preview of `competition` for the factory's council on TODAY."""
    return selection_preview(competition, council(), list(others), LAW_74, day=TODAY)


FULL = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}


@pytest.mark.parametrize(
    ("change", "complete"),
    [
        ({}, True),
        ({"recommendation_letters": 3}, True),
        ({"recommendation_letters": 1}, False),
        ({"application": False}, False),
        ({"cv_with_photo": False}, False),
        ({"vision": False}, False),
    ],
)
def test_documents_complete(change, complete):
    assert documents_complete({**FULL, **change}, LAW_74) is complete


def test_requirements_met_needs_all_seven():
    all_true = dict.fromkeys(REQUIREMENT_KEYS, True)
    assert requirements_met(all_true)
    for key in REQUIREMENT_KEYS:
        assert not requirements_met({**all_true, key: False})
        assert not requirements_met({k: v for k, v in all_true.items() if k != key})


def test_candidate_state_precedence():
    assert candidate_state(candidate("k"), LAW_74) == "eligible"
    assert candidate_state(candidate("k", letters=1), LAW_74) == "incomplete"
    # a requirement not yet recorded leaves the file incomplete, not ineligible
    assert candidate_state(candidate("k", reputation=None), LAW_74) == "incomplete"
    # a requirement recorded false wins over missing documents
    failed = candidate("k", letters=0, application=False, no_criminal_record=False)
    assert candidate_state(failed, LAW_74) == "not_eligible"


@pytest.mark.parametrize(
    ("received", "ok"),
    [
        (D(2027, 1, 30), False),
        (D(2027, 1, 31), True),
        (D(2027, 2, 28), True),
        (D(2027, 3, 1), False),
    ],
)
def test_intake_window_from_31_january(received, ok):
    assert received_in_window(received, D(2027, 1, 31), LAW_74) is ok


def _seven(**first_changes):
    people = [candidate("k1", "female", **first_changes)]
    people += [candidate(f"k{i}", "female") for i in range(2, 5)]
    people += [candidate(f"k{i}", "male") for i in range(5, 8)]
    return people


def test_preview_of_a_lawful_selection():
    preview = selection_preview(competition(candidates=_seven()), council(), [], LAW_74, day=TODAY)
    assert preview.ok and preview.problems == []
    assert preview.counts == {"female": 4, "male": 3}
    assert preview.new_term_start == D(2028, 1, 15)


def test_preview_counts_only_selected_candidates():
    people = _seven() + [candidate("k8", "female", selected=False, letters=0)]
    assert preview(competition(candidates=people)).ok


def test_preview_size():
    problems = preview(competition(candidates=_seven()[:6])).problems
    assert [(p.key, p.article, p.details["count"]) for p in problems] == [("size", 14, 6)]


def test_preview_gender():
    people = _seven()
    people[5].sex = "female"  # 5 women of 7: 50 > 49
    problems = preview(competition(candidates=people)).problems
    assert [(p.key, p.details["count"], p.details["limit"]) for p in problems] == [("gender", 5, 4)]


def test_preview_one_per_organisation():
    people = _seven()
    people[3].organization = " «" + people[0].organization.strip("«»").upper() + "» "
    problems = preview(competition(candidates=people)).problems
    assert [(p.key, p.details["candidate"]) for p in problems] == [("organization", "k4")]


def test_preview_someone_still_active_in_another_council_on_the_new_terms_start():
    people = _seven()
    other = council("c2")
    other.members.append(member("x", name=people[2].full_name.upper(), end=TERM_END))
    other.members.append(member("y", name=people[4].full_name, end=None))
    problems = preview(competition(candidates=people), [other]).problems
    # x leaves the other council on the day before the new term starts: no problem
    assert [(p.key, p.details["candidate"], p.details["council"]) for p in problems] == [
        ("one_council", "k5", "c2")
    ]


def test_preview_lists_candidates_not_eligible():
    people = _seven(letters=1)
    people[6].requirements["independent"] = False
    problems = preview(competition(candidates=people)).problems
    assert [(p.key, p.details["candidate"]) for p in problems] == [
        ("incomplete", "k1"),
        ("not_eligible", "k7"),
    ]
    assert problems[0].details["missing"] == ["recommendation_letters"]
    assert problems[1].details["failed"] == ["independent"]
    # the counts the message words "(1 / 2)" from travel with the problem
    assert (problems[0].details["letters"], problems[0].details["min_letters"]) == (1, 2)


def test_a_new_candidate_with_nothing_recorded_is_incomplete_not_ineligible():
    """records.Candidate's defaults: no document, no requirement recorded (None)."""
    fresh = Candidate("k1", "Жаңы Талапкер", "female", "Уюм", None)
    assert set(fresh.requirements.values()) == {None}
    assert candidate_state(fresh, LAW_74) == "incomplete"
    fresh.requirements = dict.fromkeys(REQUIREMENT_KEYS, True)
    fresh.documents = dict(FULL)
    assert candidate_state(fresh, LAW_74) == "eligible"
    fresh.requirements["reputation"] = None
    assert candidate_state(fresh, LAW_74) == "incomplete"


def test_preview_when_the_next_composition_is_formed_already():
    c = council()
    c.terms.append(Term(D(2028, 1, 15), D(2030, 1, 14), formed=D(2027, 12, 1)))
    k = competition(candidates=_seven())
    problems = selection_preview(k, c, [], LAW_74, day=TODAY).problems
    assert [(p.key, p.article, p.details) for p in problems] == [
        ("formed", 14, {"start": D(2028, 1, 15)})]
    # on the new term's first day the preview is for ITS successor: none formed yet
    assert selection_preview(k, c, [], LAW_74, day=D(2028, 1, 15)).ok


def test_preview_in_a_gap_sees_the_composition_formed_to_follow():
    c = council()
    c.terms.append(Term(D(2028, 2, 1), D(2030, 1, 31)))
    k = competition(candidates=_seven())
    problems = selection_preview(k, c, [], LAW_74, day=D(2028, 1, 20)).problems
    assert [(p.key, p.details) for p in problems] == [("formed", {"start": D(2028, 2, 1)})]


def test_preview_for_a_council_with_no_term_yet_starts_on_the_day():
    c = council()
    c.terms.clear()
    preview = selection_preview(competition(candidates=_seven()), c, [], LAW_74, day=TODAY)
    assert preview.ok and preview.new_term_start == TODAY
    assert preview.selected == _seven() and preview.counts == {"female": 4, "male": 3}


def test_preview_does_not_take_the_council_read_again_for_another():
    people = _seven()
    again = council("c1")
    again.members[0].full_name = people[0].full_name
    assert preview(competition(candidates=people), [again]).ok


def test_a_preview_counts_letters_never_recorded_as_none():
    people = _seven()
    del people[0].documents["recommendation_letters"]
    (problem,) = preview(competition(candidates=people)).problems
    assert (problem.key, problem.details["letters"], problem.details["missing"]) == (
        "incomplete", 0, ["recommendation_letters"])
