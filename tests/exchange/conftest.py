"""Fixtures of the exchange-file tests: the sample of EXCHANGE.md with its "..." filled in."""

from __future__ import annotations

import copy
import json

import pytest
from exchange_sample import SAMPLE


@pytest.fixture
def sample() -> dict:
    """The EXCHANGE.md sample as written there, except that `considered_at` names "s2" which
    the sample does not define; a second sitting "s2" is added so that reference holds."""
    document = json.loads(SAMPLE)
    second = copy.deepcopy(document["councils"][0]["meetings"][0])
    second.update(id="s2", number=2, date="2026-03-20", agenda_sent=None, present=[],
                  guests=[], items=[], kind="extraordinary")
    document["councils"][0]["meetings"].append(second)
    return document
