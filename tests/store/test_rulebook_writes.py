"""The rulebook a council follows, kept in the database (store/rulebook_writes.py): chosen and
edited in one audited write, validated first (1 <= min <= max, shares as exact fractions, days
>= 0, a shipped law only as the law has it), nothing written when refused; every place that
asks for a council's rulebook gets the one kept (queries.rulebook_of, load_council, the
writes' refusals, forming a composition)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

import pytest
from rulebook_samples import BY_TWO_THIRDS_OF_MEMBERS, kz_figures, kz_rulebook

from kenesh_desktop.rules.presets import KZ_383V_PRESET, own_copy
from kenesh_desktop.rules.rulebook import LAW_74
from kenesh_desktop.store import audit, models, queries, writes
from kenesh_desktop.store.meeting_writes import create_meeting
from kenesh_desktop.store.request_writes import add_request
from kenesh_desktop.store.rulebook_writes import set_rulebook
from kenesh_desktop.store.writes import WriteError

D = dt.date
REST = kz_figures(adoption=BY_TWO_THIRDS_OF_MEMBERS)
KZ = kz_rulebook(adoption=BY_TWO_THIRDS_OF_MEMBERS)


@pytest.fixture
def council(database):
    return writes.create_council("minfin", "Коомдук кеңеш", "Министрлик", D(2026, 1, 15),
                                 D(2028, 1, 14))


def _row():
    return models.Council.get(models.Council.code == "minfin")


def test_a_new_council_follows_law_74_kept_as_the_default(council):
    assert queries.rulebook_of(council) is LAW_74
    assert (_row().rulebook, _row().rulebook_data) == (LAW_74.key, None)
    assert queries.load_council(council).rulebook is None


def test_choosing_kazakhstan_keeps_every_figure_and_is_audited_once(council):
    before = len(audit.history(models.Council, _row().id))
    set_rulebook(council, KZ)
    kept = queries.rulebook_of(council)
    assert (kept.key, kept.min_members, kept.max_members) == (KZ.key, 15, 30)
    assert kept.quorum_share == Fraction(2, 3) and kept.max_same_sex_share is None
    assert kept.article("sittings") == 13 and kept.answer_days == 10
    assert queries.load_council(council).rulebook == kept
    changes = audit.history(models.Council, _row().id)
    assert len(changes) == before + 1
    assert changes[-1].action == "update"
    assert set(changes[-1].changes) == {"rulebook", "rulebook_data"}
    assert changes[-1].changes["rulebook"] == (LAW_74.key, KZ.key)


def test_back_to_law_74_is_the_default_again(council):
    set_rulebook(council, KZ)
    set_rulebook(council, LAW_74)
    assert (_row().rulebook, _row().rulebook_data) == (LAW_74.key, None)
    set_rulebook(council, KZ)
    set_rulebook(council, None)
    assert queries.rulebook_of(council) is LAW_74


@pytest.mark.parametrize(("change", "field"), [
    ({"min_members": 0}, "min_members"),
    ({"min_members": 31}, "min_members"),
    ({"quorum_share": Fraction(3, 2)}, "quorum_share"),
    ({"quorum_share": Fraction(0)}, "quorum_share"),
    ({"answer_days": -1}, "answer_days"),
    ({"max_members_per_organization": 0}, "max_members_per_organization"),
])
def test_a_bad_figure_is_refused_naming_it_and_nothing_is_written(council, change, field):
    own = own_copy(KZ_383V_PRESET.draft, "Положение").entered(
        REST, {"state_body": 5}).to_rulebook()
    set_rulebook(council, own)
    entries = audit.AuditEntry.select().count()
    with pytest.raises(WriteError, match=field):
        set_rulebook(council, dataclasses.replace(own, **change))
    assert queries.rulebook_of(council) == own
    assert audit.AuditEntry.select().count() == entries


def test_a_law_with_another_figure_is_refused_under_its_name(council):
    with pytest.raises(WriteError, match="min_members.*own regulation"):
        set_rulebook(council, dataclasses.replace(KZ, min_members=10))
    with pytest.raises(WriteError, match="answer_days"):
        set_rulebook(council, dataclasses.replace(LAW_74, answer_days=10))
    assert queries.rulebook_of(council) is LAW_74


def test_an_unknown_council_is_refused(database):
    with pytest.raises(WriteError, match="unknown council: nope"):
        set_rulebook("nope", KZ)
    with pytest.raises(LookupError):
        queries.rulebook_of("nope")


def test_the_writes_refuse_by_the_councils_own_articles(council):
    set_rulebook(council, KZ)
    with pytest.raises(WriteError, match="Art. 13: an extraordinary sitting"):
        create_meeting(council, D(2026, 3, 1), kind="extraordinary")
    from kenesh_desktop.rules.records import Request
    with pytest.raises(WriteError, match="Art. 5: the answer"):
        add_request(council, Request("", "1", "Бюджет", "Министр", D(2026, 3, 2),
                                     answered=D(2026, 3, 1)))


def test_a_term_is_checked_by_the_councils_rulebook(council):
    with pytest.raises(WriteError, match="Art. 14: a composition serves at most 2 years"):
        writes.update_council(council, term_end=D(2029, 1, 14))
    set_rulebook(council, KZ)  # three years, Art. 9
    writes.update_council(council, term_end=D(2029, 1, 14))
    with pytest.raises(WriteError, match="Art. 9: a composition serves at most 3 years"):
        writes.update_council(council, term_end=D(2029, 1, 15))


def test_a_council_is_created_with_its_rulebook(database):
    code = writes.create_council("kz", "Общественный совет", "Министерство", D(2026, 1, 1),
                                 D(2028, 12, 31), rulebook=KZ)
    assert queries.rulebook_of(code) == KZ
    with pytest.raises(WriteError, match="Art. 14"):  # Law No. 74: two years at most
        writes.create_council("kg", "Коомдук кеңеш", "Министрлик", D(2026, 1, 1),
                              D(2028, 12, 31))


def test_the_history_of_the_rules_reads_back_from_the_audit_trail(council):
    from kenesh_desktop.store.rulebook_writes import rulebook_changes

    set_rulebook(council, KZ)
    writes.update_council(council, name="Другое название")  # not a change of the rules
    set_rulebook(council, None)
    changes = rulebook_changes(council)
    assert [(c.before, c.after) for c in changes] == [(None, LAW_74), (LAW_74, KZ), (KZ, LAW_74)]
    assert all(c.user and c.at for c in changes)
