"""Fuzzed import: Hypothesis mutates a valid exchange file (drops, retypes, duplicates and
truncates fields, or garbles its bytes); every run ends in a clear refusal (ExchangeError or
WriteError) or a valid import, never another exception, and a refusal writes nothing."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_helpers import DEMO_DAY, full_dump

from kenesh_desktop.demo import demo_council
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.store.exchange import ExchangeError, load_exchange_file, to_exchange


def _small_council():
    """The demo council cut to a few records of each kind (quick to import 200 times)."""
    council = demo_council(DEMO_DAY)
    council.meetings = council.meetings[:2]
    kept = {m.id for m in council.meetings}
    council.requests = council.requests[:2]
    council.proposals = [p for p in council.proposals
                         if p.considered_at is None or p.considered_at in kept][:2]
    council.notices = council.notices[:2]
    council.plans = council.plans[:1]
    for plan in council.plans:
        plan.items = plan.items[:3]
        if plan.approved_at not in kept:
            plan.approved_at = None
    council.competitions = council.competitions[:1]
    for competition in council.competitions:
        competition.candidates = competition.candidates[:3]
    return council


BASE = to_exchange([_small_council()])
NEW_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                       st.floats(allow_nan=True), st.text(max_size=12),
                       st.sampled_from(["2026-02-30", "9999-12-31", "m1", "s1", "", "chair"]),
                       st.lists(st.integers(), max_size=2), st.just({}))


def _containers(node, found):
    """Every dict and list of the document (the places a mutation can hit)."""
    if isinstance(node, dict | list):
        found.append(node)
        for child in (node.values() if isinstance(node, dict) else node):
            _containers(child, found)
    return found


@st.composite
def mutated_files(draw) -> bytes:
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        places = _containers(document, [])
        place = places[draw(st.integers(0, len(places) - 1))]
        if not place:
            continue
        if isinstance(place, dict):
            key = draw(st.sampled_from(sorted(place)))
        else:
            key = draw(st.integers(0, len(place) - 1))
        operation = draw(st.sampled_from(["drop", "retype", "duplicate", "truncate"]))
        value = place[key]
        if operation == "drop":
            del place[key]
        elif operation == "retype":
            place[key] = draw(NEW_VALUES)
        elif operation == "duplicate":
            if isinstance(place, list):
                place.insert(key, copy.deepcopy(value))
            else:
                place[key + "_"] = copy.deepcopy(value)  # an unknown field
                place[key] = copy.deepcopy(value)
        elif isinstance(value, str | list):
            place[key] = value[: draw(st.integers(0, max(len(value) - 1, 0)))]
    text = json.dumps(document, ensure_ascii=False).encode()
    garble = draw(st.sampled_from(["none", "none", "cut", "bytes"]))
    if garble == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif garble == "bytes":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.binary(min_size=1, max_size=8)) + text[at:]
    return text


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=mutated_files())
def test_a_mutated_file_is_refused_cleanly_or_imported_whole(tmp_path, data):
    database = tmp_path / "kenesh.sqlite3"
    exchange_file = tmp_path / "mutated.kenesh.json"
    exchange_file.write_bytes(data)
    open_database(database, daily_backup=False)
    try:
        before_ids = {c.id for c in queries.list_councils()}
        close_database()
        before = full_dump(database)
        open_database(database, daily_backup=False)
        try:
            councils = load_exchange_file(exchange_file)
            added = writes.import_councils(councils)
        except (ExchangeError, writes.WriteError) as refusal:
            assert str(refusal).strip()
            close_database()
            assert full_dump(database) == before
            return
        assert set(added) == {c.id for c in councils}
        assert {c.id for c in queries.list_councils()} == before_ids | set(added)
        for council in councils:
            assert queries.load_council(council.id).members.__len__() == len(council.members)
            writes.delete_council(council.id)  # ready for the next example
    finally:
        close_database()
