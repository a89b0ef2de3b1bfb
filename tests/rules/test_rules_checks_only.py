"""run_checks(..., only=...): the findings of the councils asked for and no others, exactly
those the full run gives them, with "one council per person" (Art. 14) still compared
against every council given, even councils that hold nothing but their members (the window
checks its council against the others' members alone)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from rules_factory import TODAY, D, council, everything_wrong

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.records import Council

DAY = D(2028, 1, 15)  # everything_wrong() breaks every rule on this day


def members_only(c: Council) -> Council:
    """The council as `queries.members_of_all_councils` gives it: its members and nothing else."""
    return Council(id=c.id, name=c.name, state_body=c.state_body,
                   terms=copy.deepcopy(c.terms), members=copy.deepcopy(c.members))


@pytest.mark.parametrize("chosen", ["c1", "c2"])
def test_only_gives_exactly_that_councils_share_of_the_full_run(chosen):
    councils = everything_wrong()
    full = run_checks(councils, DAY)
    assert {f.council for f in full} == {"c1", "c2"}
    mine = run_checks(councils, DAY, only={chosen})
    assert mine == [f for f in full if f.council == chosen]
    assert mine  # both councils break rules on DAY


def test_the_runs_of_each_council_together_are_the_full_run():
    councils = everything_wrong()
    full = run_checks(councils, DAY)
    parts = run_checks(councils, DAY, only=["c1"]) + run_checks(councils, DAY, only=["c2"])
    assert sorted(parts, key=repr) == sorted(full, key=repr)
    assert run_checks(councils, DAY, only={"c1", "c2"}) == full


def test_one_council_still_sees_the_councils_left_out_of_the_report():
    a, b, c = council("a"), council("b"), council("c")
    a.members[0].pin = b.members[6].pin = c.members[2].pin = "21204199000123"
    findings = [f for f in run_checks([a, b, c], TODAY, only={"a"})
                if f.rule == "composition.one_council"]
    assert [(f.council, f.subject) for f in findings] == [("a", "am1")]
    assert findings[0].details["other_councils"] == ["b", "c"]
    assert findings[0].details["other_council_names"] == ["Кеңеш b", "Кеңеш c"]


def test_one_council_ends_with_the_other_membership():
    a, b = council("a"), council("b")
    a.members[0].pin = b.members[0].pin = "21204199000123"
    b.members[0].end = TODAY - dt.timedelta(days=1)  # left b the day before
    assert run_checks([a, b], TODAY, only={"a"}) == []
    b.members[0].end = TODAY
    assert [f.subject for f in run_checks([a, b], TODAY, only={"a"})] == ["am1"]


def test_the_others_members_alone_give_the_same_findings():
    councils = everything_wrong()
    current, other = councils
    # the other council's sittings, requests, plans and competitions break rules of their own:
    # none of it may change what the current council is told
    assert any(f.council == "c2" and f.rule != "composition.one_council"
               for f in run_checks(councils, DAY))
    with_everything = run_checks(councils, DAY, only={"c1"})
    with_members = run_checks([current, members_only(other)], DAY, only={"c1"})
    assert with_members == with_everything
    assert "composition.one_council" in {f.rule for f in with_members}


def test_a_council_not_given_has_no_findings():
    assert run_checks(everything_wrong(), DAY, only={"nope"}) == []
    assert run_checks(everything_wrong(), DAY, only=set()) == []


def test_one_id_as_a_string_is_refused():
    # "c1" in "c12" is true: a bare string would quietly report the wrong councils
    with pytest.raises(TypeError):
        run_checks(everything_wrong(), DAY, only="c1")
