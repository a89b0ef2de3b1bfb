"""Every change to the database: one function per action, validated, in one transaction.

Each function runs in `db.atomic()` and checks everything before it writes, so a refused
write (a `WriteError`, whose message is shown to the user as it is) leaves nothing behind.
Councils and members are named by their exchange ids ("minfin", "m3").

What is refused here is what makes a record wrong or contradictory (an end before a start,
two chairs at once, a term longer than Art. 14 allows when the council is created). What the
law asks of a council as a whole (seven to fifteen members, gender balance, one member per
organisation) is reported by the checks, not refused: a council can be out of line for a
while, and the secretariat must be able to record that.
"""

from __future__ import annotations

import datetime as dt
import re

import peewee

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.composition import term_last_day, term_ok
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.store import access, field_checks
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.council_rows import insert_council, rulebook_columns
from kenesh_desktop.store.errors import WriteError
from kenesh_desktop.store.exchange import ExchangeError, parse_exchange, to_exchange
from kenesh_desktop.store.labels import (
    COUNCIL_ID,
    COUNCIL_NAME,
    MEMBER,
    MEMBER_EMAIL,
    MEMBER_ID,
    MEMBER_NAME,
    MEMBER_ORGANIZATION,
    MEMBER_PHONE,
    MEMBER_PIN,
    NOW,
    STATE_BODY,
    USED_IN_ATTENDANCE,
    USED_IN_CALLS,
    USED_IN_NOTICES,
    USED_IN_VOTES,
)
from kenesh_desktop.store.queries import followed_rulebook

_CODE_MAX = 40


def council_rulebook(row: m.Council) -> Rulebook:
    """The rulebook a council row follows (queries.rulebook_of, for a row already read)."""
    return followed_rulebook(row.rulebook, row.rulebook_data)


# ---------------------------------------------------------------- councils


def import_councils(councils: list[r.Council]) -> list[str]:
    """Add whole councils (from an exchange file or the demo); all or nothing.

    Refuses a council whose id is already in the database, naming it. The records are
    validated as an exchange file would be (references, duplicates, vocabularies) first.
    Returns the ids added.
    """
    try:
        parse_exchange(to_exchange(councils))
    except ExchangeError as exc:
        raise WriteError.keyed("The council records are not valid: {problem}",
                               problem=str(exc)) from None
    granted = access.current()
    for index, council in enumerate(councils):
        # On a shared server the login must hold the secretary's grant on every council it
        # adds (row-level security would refuse the rows anyway, half way through).
        if not granted.may_write(council.id):
            raise WriteError.keyed(
                "The login {login} may not write the council {code!r} on this server; "
                "nothing was imported.", login=granted.login, code=council.id,
                where=_council_id_path(index))
    with db.atomic():
        existing = {
            code for (code,) in m.Council.select(m.Council.code)
            .where(m.Council.code.in_([c.id for c in councils])).tuples()
        }
        for index, council in enumerate(councils):
            if council.id in existing:
                raise WriteError.keyed(
                    "A council with the id {code!r} is already in this database; "
                    "nothing was imported.", code=council.id, where=_council_id_path(index))
        try:
            for council in councils:
                insert_council(council)
        except peewee.IntegrityError as exc:
            # On a server, a council this login cannot see may hold the id already.
            raise WriteError.keyed(
                "The councils could not be added ({detail}); nothing was imported.",
                detail=" ".join(str(exc).split())) from None
    return [council.id for council in councils]


def _council_id_path(index: int) -> str:
    """Where an exchange file holds the id of its council `index` (the command line names it,
    EXCHANGE.md: "naming the file, the JSON path and what is wrong")."""
    return f"$.councils[{index}].id"


def create_council(code: str, name: str, state_body: str, term_start: dt.date,
                   term_end: dt.date, rulebook: Rulebook | None = None) -> str:
    """Add an empty council following `rulebook` (None: Law No. 74, the default); returns
    its id (made from the name when `code` is empty). The term is checked by that rulebook."""
    name, state_body = _required(name, COUNCIL_NAME), _required(state_body, STATE_BODY)
    rulebook = field_checks.checked_rulebook(rulebook)
    _check_term(term_start, term_end, rulebook or LAW_74)
    with db.atomic():
        code = (code or "").strip()
        if code:
            _check_code_form(code, COUNCIL_ID)
            if m.Council.select().where(m.Council.code == code).exists():
                raise WriteError.keyed("A council with the id {code!r} already exists.",
                                       code=code)
        else:
            code = _free_council_code(_code_from_name(name))
        row = m.Council.create(code=code, name=name, state_body=state_body,
                               **rulebook_columns(rulebook))
        m.Composition.create(council=row, start=term_start, end=term_end)
    return code


def update_council(code: str, **fields) -> None:
    """Change a council's name or state_body, or its latest term's term_start and term_end
    (checked by the council's rulebook). Its rulebook changes by
    `rulebook_writes.set_rulebook`."""
    _only_fields("update_council", fields, {"name", "state_body", "term_start", "term_end"})
    with db.atomic():
        row = _council_row(code)
        for key in ("name", "state_body"):
            if key in fields:
                label = COUNCIL_NAME if key == "name" else STATE_BODY
                fields[key] = _required(fields[key], label)
        term = (m.Composition.select().where(m.Composition.council == row.id)
                .order_by(m.Composition.start.desc()).first())
        if {"term_start", "term_end"} & set(fields):
            _check_term(fields.get("term_start", term.start),
                        fields.get("term_end", term.end), council_rulebook(row))
        dates = {key: fields.pop(key) for key in ("term_start", "term_end") if key in fields}
        if dates:
            m.Composition.update(start=dates.get("term_start", term.start),
                                 end=dates.get("term_end", term.end)).where(
                m.Composition.id == term.id).execute()
        if fields:
            m.Council.update(**fields).where(m.Council.id == row.id).execute()


def delete_council(code: str) -> None:
    """Delete a council and everything recorded for it (the foreign keys cascade)."""
    with db.atomic():
        _council_row(code).delete_instance()


# ---------------------------------------------------------------- members


def next_code(council_id: str, prefix: str) -> str:
    """The next free id "<prefix><N>" in the council's one id space (N above every used one)."""
    if not prefix:
        raise ValueError("next_code() needs a prefix")
    council = _council_row(council_id)
    pattern = re.compile(re.escape(prefix) + r"([0-9]+)")
    highest = 0
    for code in _codes(council):
        match = pattern.fullmatch(code)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1}"


def add_member(council_id: str, member: r.Member) -> str:
    """Add a member; their id is the next "m<N>" when member.id is empty. Returns the id."""
    with db.atomic():
        council = _council_row(council_id)
        fields = _member_fields(member)
        code = _new_code(council, member.id, "m", MEMBER_ID)
        _check_one_chair(council, code, fields)
        m.Member.create(council=council, code=code, **fields)
    return code


def update_member(council_id: str, member: r.Member) -> None:
    """Save the changed fields of the member with id `member.id`."""
    with db.atomic():
        council = _council_row(council_id)
        row = _member_row(council, member.id)
        fields = _member_fields(member)
        _check_one_chair(council, member.id, fields)
        m.Member.update(**fields).where(m.Member.id == row.id).execute()


def end_membership(council_id: str, member_id: str, end: dt.date) -> None:
    """Record the last day of a membership; the member stays in the history."""
    with db.atomic():
        row = _member_row(_council_row(council_id), member_id)
        if not isinstance(end, dt.date):
            raise WriteError.keyed("The end of the membership must be a date.")
        if end < row.start:
            raise WriteError.keyed(
                "The membership of {name} cannot end ({end}) before it starts ({start}).",
                name=row.full_name, end=end, start=row.start,
            )
        m.Member.update(end=end).where(m.Member.id == row.id).execute()


def delete_member(council_id: str, member_id: str) -> None:
    """Delete a member entered by mistake.

    Refused when the member appears in any record (attendance or an absence reason, a vote,
    an observed commission, a sitting they called): deleting them would rewrite history, so
    the message says to end the membership instead.
    """
    with db.atomic():
        row = _member_row(_council_row(council_id), member_id)
        uses = [label for label, query in (
            (USED_IN_ATTENDANCE, m.Attendance.select().where(m.Attendance.member == row.id)),
            (USED_IN_VOTES, m.Vote.select().where(m.Vote.member == row.id)),
            (USED_IN_NOTICES,
             m.CommissionNotice.select().where(m.CommissionNotice.observer == row.id)),
            (USED_IN_CALLS, m.Meeting.select().where(m.Meeting.called_by == row.id)),
        ) if query.exists()]
        if uses:
            raise WriteError.keyed(
                "{name} cannot be deleted: the records hold their {uses}. "
                "End the membership instead; the history stays.",
                name=row.full_name, uses=uses,
            )
        row.delete_instance()


# ---------------------------------------------------------------- helpers
# Shared by every *_writes module: finding a record by its id or refusing, a new record's id,
# and the checks of a single value (each refusal keyed, so the window translates it).


def _only_fields(function: str, fields: dict, allowed: set[str]) -> None:
    """A programming error, not a refusal: `function` was called with a field it cannot set."""
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"{function}() got unknown fields: {', '.join(sorted(unknown))}")


def _council_row(code: str) -> m.Council:
    row = m.Council.get_or_none(m.Council.code == code)
    if row is None:
        raise WriteError.keyed("unknown council: {code}", code=code)
    return row


def _coded_row(model: type[m.BaseModel], council: m.Council, code: str, noun: str):
    """The council's record of `model` with the id `code`; refused (naming `noun`) when
    there is none."""
    row = model.get_or_none((model.council == council.id) & (model.code == code))
    if row is None:
        raise WriteError.keyed("unknown {noun} {code!r} in council {council!r}", noun=noun,
                               code=code, council=council.code)
    return row


def _member_row(council: m.Council, code: str) -> m.Member:
    return _coded_row(m.Member, council, code, MEMBER)


def _codes(council: m.Council) -> set[str]:
    """Every id used in the council: EXCHANGE.md makes them one namespace."""
    codes: set[str] = set()
    for model in m.CODED_MODELS:
        codes.update(c for (c,) in model.select(model.code)
                     .where(model.council == council.id).tuples())
    return codes


def _new_code(council: m.Council, code: str | None, prefix: str, label: str) -> str:
    """The id of a new record: `code` when given (its form checked, unused in the council),
    else the council's next "<prefix><N>"."""
    code = (code or "").strip()
    if not code:
        return next_code(council.code, prefix)
    _check_code_form(code, label)
    if code in _codes(council):
        raise WriteError.keyed("The id {code!r} is already used in this council.", code=code)
    return code


# The checks of one value live in field_checks.py (limits in one place, issue 16); the
# *_writes modules import them from here under these names.
_required = field_checks.required
_text = field_checks.text
_day = field_checks.day
one_of = field_checks.one_of
_optional_day = field_checks.optional_day


def _check_term(start, end, rulebook: Rulebook) -> None:
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise WriteError.keyed("The term's start and end must both be dates.")
    if end <= start:
        raise WriteError.keyed("The term must end after it starts ({start} to {end}).",
                               start=start, end=end)
    # Art. 14: a composition serves up to two years: the last day is start + 2 years - 1 day.
    if not term_ok(start, end, rulebook):
        raise WriteError.keyed(
            "Art. {article}: a composition serves at most {years} years; a term from "
            "{start} ends on {last} at the latest (given: {end}).",
            article=rulebook.article("composition"), years=rulebook.term_years, start=start,
            last=term_last_day(start, rulebook), end=end,
        )


_check_code_form = field_checks.code_form


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def _code_from_name(name: str) -> str:
    """A short Latin id from a (Kyrgyz or Russian) name, for the command line's --council."""
    latin = name.casefold().translate(_LATIN)
    words = re.findall(r"[a-z0-9]+", latin)
    code = ""
    for word in words:
        candidate = f"{code}-{word}" if code else word
        if len(candidate) > _CODE_MAX:
            break
        code = candidate
    return code or (words[0][:_CODE_MAX] if words else "council")


def _free_council_code(base: str) -> str:
    taken = {c for (c,) in m.Council.select(m.Council.code)
             .where(m.Council.code.startswith(base)).tuples()}
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def _member_fields(member: r.Member) -> dict:
    """The validated column values of a member (raises WriteError)."""
    full_name = _required(member.full_name, MEMBER_NAME)
    organization = _required(member.organization, MEMBER_ORGANIZATION)
    one_of(member.sex, r.SEXES,
           "Sex must be one of: {choices} (got {value!r}).")
    one_of(member.role, r.ROLES,
           "Role must be one of: {choices} (got {value!r}).")
    if not isinstance(member.start, dt.date):
        raise WriteError.keyed("The start of the membership must be a date.")
    if member.end is not None:
        if not isinstance(member.end, dt.date):
            raise WriteError.keyed("The end of the membership must be a date or empty.")
        if member.end < member.start:
            raise WriteError.keyed(
                "The membership cannot end ({end}) before it starts ({start}).",
                end=member.end, start=member.start,
            )
    optional = {}
    for key, word in (("pin", MEMBER_PIN), ("phone", MEMBER_PHONE), ("email", MEMBER_EMAIL)):
        value = getattr(member, key)
        if value is not None and not isinstance(value, str):
            raise WriteError.keyed("The member's {field} must be text.", field=word)
        optional[key] = (value.strip() or None) if isinstance(value, str) else None
    return dict(full_name=full_name, sex=member.sex, organization=organization,
                role=member.role, start=member.start, end=member.end, **optional)


def _check_one_chair(council: m.Council, code: str, fields: dict) -> None:
    """A council has one chair at a time: two chairs' periods may not overlap."""
    if fields["role"] != "chair":
        return
    far = dt.date.max
    start, end = fields["start"], fields["end"] or far
    chairs = m.Member.select().where(
        (m.Member.council == council.id) & (m.Member.role == "chair") & (m.Member.code != code)
    )
    for other in chairs:
        if other.start <= end and start <= (other.end or far):
            raise WriteError.keyed(
                "{name} is the chair from {start} to {until}; a council has one chair at a "
                "time. End that membership or change the role first.",
                name=other.full_name, start=other.start, until=other.end or NOW,
            )
