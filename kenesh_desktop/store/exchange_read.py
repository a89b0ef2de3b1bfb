"""Reading the council exchange file of EXCHANGE.md (versions 1 and 2), strictly.

`parse_exchange` turns the decoded JSON into records.Council values and refuses, with the
JSON path of the first offending value, everything EXCHANGE.md lists as refused: a wrong
`format` or unknown `version`, a missing required field, a wrong type, a value outside its
vocabulary, a bad date, a reference to an unknown id, a vote by a member who was not present,
a duplicate id (all ids of one council are one namespace), a duplicate council id, plan year
or meeting number, and a key given twice in one JSON object.

Every version-1 field is required (lists may be empty). The fields EXCHANGE.md lets be null
(`end`, `agenda_sent`, `answered`, `sent`, `approved`, `formed`, `considered_at`, `observer`,
`outcome`, `pin`, `phone`, `email`) may also be left out, meaning null. Beyond that list, null
is accepted for a plan item's `due`, a competition's `announced`/`published` and a candidate's
`received`: the program records a competition being prepared and an item without a date, and
must read back every file it writes. A candidate requirement "not yet recorded" is written as
false (version 1 has only booleans). The program's extension fields may be left out.
Keys this program does not know are ignored, so a file written by a later program that only
adds fields still reads (forward compatibility). The program's extension fields are read
back when present.

Version 2 (the current one) replaces `term_start`/`term_end` with `terms` and adds the
council's `rulebook`, a sitting's `presiding` and `minutes_by` (present members) and an item's
`speakers` and computed `outcome` (checked against its vocabulary, then recomputed, never
trusted). A version-1 file reads as one term with `formed` null, the default rulebook, and
nobody recorded as presiding or taking the minutes.

Reading folds the look-alike letters of old Kyrgyz fonts and keyboards (ӊ for ң, Є Ї for Ө Ү,
lang.fold_lookalikes) in names, organisations and the other free text, so that a person typed
with ӊ in one file and ң in another is one person in the lists, the search and the documents;
ids, numbers, times, PINs, phones and e-mails are codes and are kept exactly as written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kenesh_desktop.lang.folding import fold_lookalikes
from kenesh_desktop.rules import limits
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.outcome import OUTCOMES
from kenesh_desktop.rules.rulebook import RulebookError, rulebook_from_mapping
from kenesh_desktop.store.exchange_values import (
    FORMAT,
    READ_VERSIONS,
    ExchangeError,
    ValueReader,
    _key_path,
    _show,
)

# ---------------------------------------------------------------- reading


def load_exchange_file(path: Path | str) -> list[r.Council]:
    """Read and parse an exchange file; every failure is an ExchangeError naming the file."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ExchangeError("no such file", file=name) from None
    except IsADirectoryError:
        raise ExchangeError("is a folder, not a file", file=name) from None
    except OSError as exc:
        raise ExchangeError(f"cannot be read ({exc.strerror or exc})", file=name) from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from Windows editors is harmless
    except UnicodeDecodeError as exc:
        raise ExchangeError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", file=name
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_object_without_repeated_keys)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", file=name
        ) from None
    except ExchangeError as exc:
        exc.file = name
        raise
    except RecursionError:  # issue 16: a file nested thousands deep is bad input, not a crash
        raise ExchangeError("not valid JSON: nested too deeply", file=name) from None
    except ValueError as exc:  # a number of thousands of digits (Python's int limit)
        raise ExchangeError(f"not valid JSON: {exc}", file=name) from None
    return parse_exchange(data, file=name)


def _object_without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ExchangeError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def parse_exchange(data: Any, file: str | None = None) -> list[r.Council]:
    """The councils of a decoded exchange file, validated; raises ExchangeError."""
    return _Parser(file).document(data)


class _Parser(ValueReader):
    """One pass over the document, record by record."""

    # -- the document
    def document(self, data: Any) -> list[r.Council]:
        top = self.as_object(data, "$")
        fmt = self.field(top, "format", "$", self.as_text)
        if fmt != FORMAT:
            self.fail("$.format", f"expected {FORMAT!r}, got {_show(fmt)}")
        version = self.field(top, "version", "$", lambda v, p: v)
        if type(version) is not int or version not in READ_VERSIONS:
            self.fail("$.version", f"unknown version {_show(version)} (this program reads "
                                   f"versions {' and '.join(map(str, READ_VERSIONS))})")
        self.version = version
        councils = self.field(top, "councils", "$", self.as_list)
        result: list[r.Council] = []
        seen: dict[str, int] = {}
        for index, value in enumerate(councils):
            path = f"$.councils[{index}]"
            council = self.council(self.as_object(value, path), path)
            if council.id in seen:
                self.fail(f"{path}.id", f"duplicate council id {council.id!r} "
                                        f"(also at $.councils[{seen[council.id]}].id)")
            seen[council.id] = index
            result.append(council)
        return result

    def council(self, obj: dict, path: str) -> r.Council:
        self.ids = {}
        council = r.Council(
            id=self.field(obj, "id", path, self.as_id),
            name=self.field(obj, "name", path, self.as_words),
            state_body=self.field(obj, "state_body", path, self.as_words),
        )
        if self.version == 1:
            council.terms = [r.Term(self.field(obj, "term_start", path, self.as_date),
                                    self.field(obj, "term_end", path, self.as_date))]
        else:
            council.terms = self.terms(obj, path)
            council.rulebook = self.field(obj, "rulebook", path, self.rulebook, None,
                                          nullable=True)
        # Members and meetings first: every reference points at one of them.
        council.members = self.items(obj, "members", path, self.member)
        council.meetings = self.items(obj, "meetings", path, self.meeting)
        numbers: dict[int, str] = {}
        for index, meeting in enumerate(council.meetings):
            where = f"{path}.meetings[{index}].number"
            if meeting.number in numbers:
                self.fail(where, f"duplicate meeting number {meeting.number} "
                                 f"(also at {numbers[meeting.number]})")
            numbers[meeting.number] = where
        council.requests = self.items(obj, "requests", path, self.request)
        council.proposals = self.items(obj, "proposals", path, self.proposal)
        council.notices = self.items(obj, "notices", path, self.notice)
        council.plans = self.items(obj, "plans", path, self.plan)
        years: dict[int, str] = {}
        for index, plan in enumerate(council.plans):
            where = f"{path}.plans[{index}].year"
            if plan.year in years:
                self.fail(where, f"duplicate plan year {plan.year} (also at {years[plan.year]})")
            years[plan.year] = where
        council.competitions = self.items(obj, "competitions", path, self.competition)
        return council

    def terms(self, obj: dict, path: str) -> list[r.Term]:
        """Version 2: at least one term, ordered by start, none overlapping the next."""
        terms = self.items(obj, "terms", path, self.term)
        where = _key_path(path, "terms")
        if not terms:
            self.fail(where, "a council has at least one term")
        for index, (before, after) in enumerate(zip(terms, terms[1:], strict=False), start=1):
            if after.start <= before.end:
                self.fail(f"{where}[{index}].start",
                          f"terms are ordered by start and do not overlap: {after.start} is "
                          f"not after the previous term's end {before.end}")
        return terms

    def term(self, obj: dict, path: str) -> r.Term:
        term = r.Term(
            start=self.field(obj, "start", path, self.as_date),
            end=self.field(obj, "end", path, self.as_date),
            formed=self.field(obj, "formed", path, self.as_date, None, nullable=True),
        )
        if term.end < term.start:
            self.fail(f"{path}.end", f"a term ends on or after its start ({term.start}), "
                                     f"not {term.end}")
        return term

    def rulebook(self, value: Any, path: str):
        try:
            return rulebook_from_mapping(self.as_object(value, path))
        except RulebookError as exc:
            self.fail(f"{path}.{exc.field}", exc.problem)

    def member(self, obj: dict, path: str) -> r.Member:
        text = self.as_text
        return r.Member(
            id=self.new_id(obj, path, "member"),
            full_name=self.field(obj, "full_name", path, self.as_words),
            sex=self.field(obj, "sex", path, self.one_of(r.SEXES)),
            organization=self.field(obj, "organization", path, self.as_words),
            role=self.field(obj, "role", path, self.one_of(r.ROLES)),
            start=self.field(obj, "start", path, self.as_date),
            end=self.field(obj, "end", path, self.as_date, None, nullable=True),
            pin=self.field(obj, "pin", path, text, None, nullable=True),
            phone=self.field(obj, "phone", path, text, None, nullable=True),
            email=self.field(obj, "email", path, text, None, nullable=True),
        )

    def meeting(self, obj: dict, path: str) -> r.Meeting:
        meeting = r.Meeting(
            id=self.new_id(obj, path, "meeting"),
            number=self.field(obj, "number", path, self.as_int),
            date=self.field(obj, "date", path, self.as_date),
            kind=self.field(obj, "kind", path, self.one_of(r.MEETING_KINDS)),
            place=self.field(obj, "place", path, self.as_words),
            agenda_sent=self.field(obj, "agenda_sent", path, self.as_date, None, nullable=True),
            finalized=self.field(obj, "finalized", path, self.as_bool),
            time=self.field(obj, "time", path, self.as_time, None, nullable=True),
            called_by=self.ref_field(obj, "called_by", path, "member"),
            state_body_representative=self.field(obj, "state_body_representative", path,
                                                 self.as_words, ""),
        )
        if meeting.number < 1:
            self.fail(f"{path}.number", f"a meeting number is 1 or more, got {meeting.number}")
        present = self.field(obj, "present", path, self.as_list)
        for index, code in enumerate(present):
            where = f"{path}.present[{index}]"
            self.reference(code, where, "member")
            if code in meeting.present:
                self.fail(where, f"member {code!r} is listed as present twice")
            meeting.present.append(code)
        reasons = self.field(obj, "absence_reasons", path, self.as_object, {})
        for code, reason in reasons.items():
            where = _key_path(f"{path}.absence_reasons", code)
            self.reference(code, where, "member")
            if code in meeting.present:
                self.fail(where, f"member {code!r} is present; a reason is for an absence")
            if self.as_text(reason, where):  # an empty reason is no reason
                meeting.absence_reasons[code] = fold_lookalikes(reason)
        for key in ("presiding", "minutes_by"):
            code = self.ref_field(obj, key, path, "member")
            if code is not None and code not in meeting.present:
                self.fail(_key_path(path, key),
                          f"member {code!r} is not in the sitting's present list")
            setattr(meeting, key, code)
        meeting.guests = self.items(obj, "guests", path, self.guest)
        meeting.items = self.items(
            obj, "items", path, lambda o, p: self.agenda_item(o, p, meeting.present)
        )
        meeting.reopenings = self.items(obj, "reopenings", path, self.reopening,
                                        required=False)
        return meeting

    def guest(self, obj: dict, path: str) -> r.Guest:
        return r.Guest(
            full_name=self.field(obj, "full_name", path, self.as_words),
            organization=self.field(obj, "organization", path, self.as_words),
            category=self.field(obj, "category", path, self.one_of(r.GUEST_CATEGORIES)),
        )

    def agenda_item(self, obj: dict, path: str, present: list[str]) -> r.AgendaItem:
        item = r.AgendaItem(
            title=self.field(obj, "title", path, self.as_words),
            proposed_by=self.field(obj, "proposed_by", path, self.one_of(r.PROPOSERS)),
            decision=self.field(obj, "decision", path, self.as_words),
            speaker=self.field(obj, "speaker", path, self.as_words, ""),
            heard=self.field(obj, "heard", path, self.as_words, ""),
        )
        item.speakers = self.items(obj, "speakers", path, self.speaker, required=False)
        # Written by export, recomputed on import: only its vocabulary is checked.
        self.field(obj, "outcome", path, self.one_of(OUTCOMES), None, nullable=True)
        votes = self.field(obj, "votes", path, self.as_object)
        choice = self.one_of(r.VOTE_CHOICES)
        for code, value in votes.items():
            where = _key_path(f"{path}.votes", code)
            self.reference(code, where, "member")
            if code not in present:
                self.fail(where, f"member {code!r} voted but is not in the sitting's present list")
            item.votes[code] = choice(value, where)
        return item

    def speaker(self, obj: dict, path: str) -> r.Speaker:
        return r.Speaker(name=self.field(obj, "name", path, self.as_words),
                         summary=self.field(obj, "summary", path, self.as_words))

    def reopening(self, obj: dict, path: str) -> r.Reopening:
        return r.Reopening(
            on=self.field(obj, "on", path, self.as_date),
            reason=self.field(obj, "reason", path, self.as_words),
        )

    def request(self, obj: dict, path: str) -> r.Request:
        text = self.as_text
        return r.Request(
            id=self.new_id(obj, path, "request"),
            number=self.field(obj, "number", path, text),
            subject=self.field(obj, "subject", path, self.as_words),
            addressee=self.field(obj, "addressee", path, self.as_words),
            registered=self.field(obj, "registered", path, self.as_date),
            answered=self.field(obj, "answered", path, self.as_date, None, nullable=True),
            text=self.field(obj, "text", path, self.as_words, ""),
            answer_summary=self.field(obj, "answer_summary", path, self.as_words, ""),
        )

    def proposal(self, obj: dict, path: str) -> r.Proposal:
        return r.Proposal(
            id=self.new_id(obj, path, "proposal"),
            author=self.field(obj, "author", path, self.as_words),
            received=self.field(obj, "received", path, self.as_date),
            summary=self.field(obj, "summary", path, self.as_words),
            considered_at=self.ref_field(obj, "considered_at", path, "meeting"),
            outcome=self.field(obj, "outcome", path, self.as_words, None, nullable=True),
            reply_sent=self.field(obj, "reply_sent", path, self.as_date, None, nullable=True),
        )

    def notice(self, obj: dict, path: str) -> r.CommissionNotice:
        return r.CommissionNotice(
            id=self.new_id(obj, path, "notice"),
            commission=self.field(obj, "commission", path, self.as_words),
            received=self.field(obj, "received", path, self.as_date),
            sitting=self.field(obj, "sitting", path, self.as_date),
            observer=self.ref_field(obj, "observer", path, "member"),
            place=self.field(obj, "place", path, self.as_words, ""),
            agenda=self.field(obj, "agenda", path, self.as_words, ""),
            attended=self.field(obj, "attended", path, self.as_bool, None, nullable=True),
            notes=self.field(obj, "notes", path, self.as_words, ""),
        )

    def plan(self, obj: dict, path: str) -> r.AnnualPlan:
        plan = r.AnnualPlan(
            year=self.field(obj, "year", path, self.as_int),
            approved=self.field(obj, "approved", path, self.as_date, None, nullable=True),
            sent=self.field(obj, "sent", path, self.as_date, None, nullable=True),
            approved_at=self.ref_field(obj, "approved_at", path, "meeting"),
            letter_number=self.field(obj, "letter_number", path, self.as_text, ""),
        )
        self.limit(limits.year_problem(plan.year), f"{path}.year")
        plan.items = self.items(obj, "items", path, self.plan_item)
        return plan

    def plan_item(self, obj: dict, path: str) -> r.PlanItem:
        return r.PlanItem(
            title=self.field(obj, "title", path, self.as_words),
            due=self.field(obj, "due", path, self.as_date, None, nullable=True),
            responsible=self.field(obj, "responsible", path, self.as_words),
            form=self.field(obj, "form", path, self.as_words),
            due_precision=self.field(obj, "due_precision", path,
                                     self.one_of(r.DUE_PRECISIONS), "day"),
            status=self.field(obj, "status", path, self.one_of(r.PLAN_ITEM_STATUSES), "planned"),
            note=self.field(obj, "note", path, self.as_words, ""),
        )

    def competition(self, obj: dict, path: str) -> r.Competition:
        date = self.as_date
        competition = r.Competition(
            id=self.new_id(obj, path, "competition"),
            announced=self.field(obj, "announced", path, date, None, nullable=True),
            published=self.field(obj, "published", path, date, None, nullable=True),
            formed=self.field(obj, "formed", path, date, None, nullable=True),
        )
        competition.candidates = self.items(obj, "candidates", path, self.candidate)
        return competition

    def candidate(self, obj: dict, path: str) -> r.Candidate:
        text = self.as_text
        candidate = r.Candidate(
            id=self.new_id(obj, path, "candidate"),
            full_name=self.field(obj, "full_name", path, self.as_words),
            sex=self.field(obj, "sex", path, self.one_of(r.SEXES)),
            organization=self.field(obj, "organization", path, self.as_words),
            received=self.field(obj, "received", path, self.as_date, None, nullable=True),
            selected=self.field(obj, "selected", path, self.as_bool),
            phone=self.field(obj, "phone", path, text, None, nullable=True),
            email=self.field(obj, "email", path, text, None, nullable=True),
        )
        documents = self.field(obj, "documents", path, self.as_object)
        where = f"{path}.documents"
        for key in r.DOCUMENT_KEYS:
            if key == "recommendation_letters":
                count = self.field(documents, key, where, self.as_int)
                if count < 0:
                    self.fail(f"{where}.{key}", f"a count cannot be negative, got {count}")
                candidate.documents[key] = count
            else:
                candidate.documents[key] = self.field(documents, key, where, self.as_bool)
        requirements = self.field(obj, "requirements", path, self.as_object)
        for key in r.REQUIREMENT_KEYS:
            candidate.requirements[key] = self.field(
                requirements, key, f"{path}.requirements", self.as_bool
            )
        notes = self.field(obj, "requirement_notes", path, self.as_object, {})
        for key, note in notes.items():
            where = _key_path(f"{path}.requirement_notes", key)
            self.one_of(r.REQUIREMENT_KEYS)(key, where)
            if self.as_text(note, where):
                candidate.requirement_notes[key] = fold_lookalikes(note)
        return candidate
