"""The pack's open data: every public record as a table, written as `data/NAME.csv` and
`data/NAME.json` with the same columns, plus `data/council.json`, each column described in
`data/README.md` (and on the pack's "Open data" page) in the pack's language.

The rows are made from the public records of `view.py` only, so nothing that is never
published can reach a file. Values are the records' own: dates ISO `YYYY-MM-DD`, the closed
vocabularies as the exchange file writes them (`chair`, `regular`, `adopted`...), so a
program reading the data needs no translation; the README words each in the language.
CSV: UTF-8 with a byte-order mark (Excel), `csv` module quoting, a formula-like cell made
inert (documents.csv_export); an empty cell is null. JSON: the same rows as a list of objects,
text exactly as recorded, null where the CSV is empty.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kenesh_desktop.documents.csv_export import write_csv
from kenesh_desktop.documents.public_pack.view import FINALIZED, PublicCouncil

Value = str | int | bool | None


@dataclass(frozen=True)
class DataTable:
    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def records(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


COLUMNS: dict[str, tuple[str, ...]] = {
    "members": ("full_name", "role", "organization", "sex", "start", "end"),
    "terms": ("start", "end", "formed", "in_force"),
    "sittings": ("number", "date", "time", "kind", "place", "status", "agenda_sent",
                 "called_by", "members", "present", "quorum_needed", "quorum_reached",
                 "items", "adopted"),
    "agenda_items": ("sitting", "item", "title", "proposed_by", "speaker", "decision",
                     "votes_for", "votes_against", "votes_abstain", "outcome"),
    "votes": ("sitting", "item", "member", "vote"),
    "attendance": ("sitting", "member", "present"),
    "plans": ("year", "approved", "approved_at", "sent", "item", "title", "due",
              "due_precision", "responsible", "form", "status"),
    "requests": ("number", "subject", "addressee", "registered", "answer_due", "answered"),
    "proposals": ("received", "summary", "considered_at", "outcome"),
}
"""Every table of the pack's data, its columns in order (data_words describes each)."""

COUNCIL_FIELDS = ("id", "name", "state_body", "rulebook", "as_of", "language", "term_start",
                  "term_end")
"""The fields of data/council.json."""


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _rows(name: str, public: PublicCouncil) -> Iterator[tuple[Value, ...]]:
    sittings = public.sittings
    if name == "members":
        for m in public.members:
            yield m.name, m.role, m.organization, m.sex, _day(m.start), _day(m.end)
    elif name == "terms":
        for term in public.terms:
            yield (_day(term.start), _day(term.end), _day(term.formed),
                   term == public.term)
    elif name == "sittings":
        for s in sittings:
            q = s.quorum
            yield (s.number, _day(s.date), s.time, s.kind, s.place, s.status,
                   _day(s.agenda_sent), s.called_by or None,
                   q.members if q else None, q.present if q else None,
                   q.needed if q else None, q.reached if q else None, len(s.items),
                   s.adopted_count() if s.status == FINALIZED else None)
    elif name == "agenda_items":
        for s in sittings:
            for i in s.items:
                yield (s.number, i.number, i.title, i.proposed_by, i.speaker or None,
                       i.decision or None, i.votes_for,
                       i.votes_against, i.votes_abstain, i.outcome)
    elif name == "votes":
        for s in sittings:
            for i in s.items:
                for vote in i.votes:
                    yield s.number, i.number, vote.name, vote.choice
    elif name == "attendance":
        for s in sittings:
            yield from ((s.number, person, True) for person in s.present)
            yield from ((s.number, person, False) for person in s.absent)
    elif name == "plans":
        for p in public.plans:
            for i in p.items:
                yield (p.year, _day(p.approved), p.approved_at, _day(p.sent), i.number,
                       i.title, _day(i.due), i.due_precision if i.due else None,
                       i.responsible or None, i.form or None, i.status)
    elif name == "requests":
        for r in public.requests:
            yield (r.number, r.subject, r.addressee, _day(r.registered), _day(r.due),
                   _day(r.answered))
    elif name == "proposals":
        for p in public.proposals:
            yield _day(p.received), p.summary, p.considered_at, p.outcome or None


def data_tables(public: PublicCouncil) -> list[DataTable]:
    """Every table of the pack, in the order of COLUMNS."""
    return [DataTable(name, columns, tuple(_rows(name, public)))
            for name, columns in COLUMNS.items()]


def council_record(public: PublicCouncil, lang: str) -> dict[str, Value]:
    term = public.term
    return {"id": public.id, "name": public.name, "state_body": public.state_body,
            "rulebook": public.rulebook.name, "as_of": public.as_of.isoformat(),
            "language": lang, "term_start": _day(term.start) if term else None,
            "term_end": _day(term.end) if term else None}


def _csv_cell(value: Value) -> Value:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_data(folder: Path, public: PublicCouncil, lang: str) -> list[DataTable]:
    """Write every table as CSV and JSON, and council.json, into `folder` (made here)."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = data_tables(public)
    for table in tables:
        write_csv(folder / f"{table.name}.csv", table.columns,
                  ([_csv_cell(v) for v in row] for row in table.rows))
        _json(folder / f"{table.name}.json", table.records())
    _json(folder / "council.json", council_record(public, lang))
    return tables
