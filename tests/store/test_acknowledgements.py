"""Protects store/acknowledgements.py (issue 17): a finding acknowledged is kept with its day
and note, once per council, rule and subject, audited like every write, and can be taken
back; an unknown rule is refused and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.store import acknowledgements as ack
from kenesh_desktop.store import audit, writes
from kenesh_desktop.store import models as m


@pytest.fixture
def council_id(database, rich_council) -> str:
    writes.import_councils([rich_council])
    return rich_council.id


def test_acknowledge_keep_replace_and_withdraw(council_id):
    assert ack.acknowledgements(council_id) == {}
    ack.acknowledge(council_id, "request.answer_due", "r1", dt.date(2026, 4, 1), "Кечиккен")
    (kept,) = ack.acknowledgements(council_id).values()
    assert (kept.rule, kept.subject, kept.on, kept.note) == (
        "request.answer_due", "r1", dt.date(2026, 4, 1), "Кечиккен")
    ack.acknowledge(council_id, "request.answer_due", "r1", dt.date(2026, 4, 2), "Экинчи")
    (kept,) = ack.acknowledgements(council_id).values()
    assert (kept.on, kept.note) == (dt.date(2026, 4, 2), "Экинчи")
    assert ack.withdraw(council_id, "request.answer_due", "r1")
    assert not ack.withdraw(council_id, "request.answer_due", "r1")
    assert ack.acknowledgements(council_id) == {}


def test_acknowledging_is_audited(council_id):
    ack.acknowledge(council_id, "notice.late", "n2", dt.date(2026, 4, 20))
    row = m.Acknowledgement.get()
    (entry,) = audit.history(m.Acknowledgement, row.id)
    assert entry.action == "insert" and entry.changes["rule"] == (None, "notice.late")


def test_an_unknown_rule_is_refused(council_id):
    with pytest.raises(writes.WriteError, match="Unknown rule"):
        ack.acknowledge(council_id, "no.such.rule", "r1", dt.date(2026, 4, 1))
    assert not m.Acknowledgement.select().exists()


def test_they_go_with_their_council(council_id):
    ack.acknowledge(council_id, "notice.late", "n2", dt.date(2026, 4, 20))
    writes.delete_council(council_id)
    assert not m.Acknowledgement.select().exists()
