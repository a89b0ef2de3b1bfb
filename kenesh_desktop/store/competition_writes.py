"""Writes of the competition for a new composition (Art. 14): the competition, its candidates
and their scanned documents (forming the composition itself: store/forming.py).

Every function runs in one transaction and validates before it writes, like writes.py. The
rule checks themselves live in rules/competition.py; this module refuses what would make a
record contradictory (a publication before the announcement, a second open competition).

Personal data: a candidate's record (criminal record, relatives, contacts) is never logged;
refusal messages name the candidate only where the user must know whom to correct. Scans are
copied into the user's data folder (not left where they were picked from) with their SHA-256
and private file permissions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kenesh_desktop import paths
from kenesh_desktop.files import open_replacing
from kenesh_desktop.lang.text import one_line, optional_text
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.competition import Problem
from kenesh_desktop.rules.messages import problem_message
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.rules.terms import succession
from kenesh_desktop.store import models as m
from kenesh_desktop.store import queries
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.council_rows import requirement_value
from kenesh_desktop.store.field_checks import one_of
from kenesh_desktop.store.labels import (
    ANNOUNCEMENT,
    CANDIDATE,
    CANDIDATE_ID,
    COMPETITION,
    PUBLICATION,
)
from kenesh_desktop.store.writes import (
    WriteError,
    _coded_row,
    _council_row,
    _new_code,
    council_rulebook,
    next_code,
)

ATTACHMENTS_FOLDER = "attachments"
_CHUNK = 1 << 16
_UNSAFE = re.compile(r"[^\w.\- ]+")

REQUIREMENTS_NULLABLE = all(
    getattr(m.Candidate, column).null for column in m.REQUIREMENT_COLUMNS.values()
)
"""Whether the schema keeps a requirement "not yet recorded" (NULL) apart from "no": true
since schema version 3 (migrations.py); the candidate form offers the third state then."""


# ---------------------------------------------------------------- the competition


def create_competition(council_id: str, announced: dt.date | None = None,
                       published: dt.date | None = None, today: dt.date | None = None) -> str:
    """Open the competition for the council's next composition; returns its id ("c<N>").

    The next composition is the one that follows the term in force on the day of the
    announcement (on `today`, by default the computer's, while it is not announced yet).
    Refused while another competition for it is open (not yet formed): there is one
    competition at a time; earlier ones stay as history. Refused too once that composition
    is formed: the competition for the one after opens when its term is in force.
    """
    _check_dates(announced, published)
    with db.atomic():
        council_row = _council_row(council_id)
        council = queries.load_council(council_id)
        following = succession(council, announced or today or dt.date.today())
        current = following.competition
        if current is not None and current.formed is None:
            raise WriteError.keyed(
                "Art. {article}: the competition {code!r} for the next composition is still "
                "open; there is one competition at a time.",
                article=_article(council_row), code=current.id,
            )
        if following.next_term is not None:
            raise WriteError.keyed(
                "Art. {article}: the next composition is already formed (its term begins on "
                "{start}); the competition for the one after it opens once that term is in "
                "force.", article=_article(council_row), start=following.next_term.start,
            )
        code = next_code(council_id, "c")
        m.Competition.create(council=council_row, code=code, announced=announced,
                             published=published)
    return code


def update_competition(council_id: str, competition_id: str, announced: dt.date | None,
                       published: dt.date | None) -> None:
    """Record the announcement and media-publication dates (None: not yet)."""
    _check_dates(announced, published)
    with db.atomic():
        row = _competition_row(council_id, competition_id)
        if row.formed is not None:
            raise WriteError.keyed(
                "The competition {code!r} formed a composition on {date}; its dates are "
                "history and stay as recorded.", code=row.code, date=row.formed,
            )
        # Candidates' dates outside the new intake window are not refused: the checks report
        # them (Art. 14, competition.intake), and the tab flags them.
        m.Competition.update(announced=announced, published=published).where(
            m.Competition.id == row.id).execute()


def delete_competition(council_id: str, competition_id: str) -> None:
    """Delete a competition entered by mistake, with its candidates and their scans.

    Refused once it has formed a composition: that is the council's history.
    """
    with db.atomic():
        row = _competition_row(council_id, competition_id)
        if row.formed is not None:
            raise WriteError.keyed(
                "The competition {code!r} formed a composition; it stays in the history and "
                "cannot be deleted.", code=row.code,
            )
        files = [a.stored_path for c in row.candidates for a in c.attachments]
        row.delete_instance()
    _remove_files(files)


def _check_dates(announced, published) -> None:
    for value, label in ((announced, ANNOUNCEMENT), (published, PUBLICATION)):
        if value is not None and not isinstance(value, dt.date):
            raise WriteError.keyed("The date of the {label} must be a date or empty.",
                                   label=label)
    if announced is not None and published is not None and published < announced:
        raise WriteError.keyed(
            "The announcement cannot be published in the media ({published}) before it is "
            "made ({announced}).", published=published, announced=announced,
        )


# ---------------------------------------------------------------- candidates


def add_candidate(council_id: str, competition_id: str, candidate: r.Candidate) -> str:
    """Add a candidate to an open competition; the id is the next "k<N>" when candidate.id is
    empty. Returns the id."""
    fields = _candidate_fields(candidate)
    with db.atomic():
        council = _council_row(council_id)
        competition = _competition_row(council_id, competition_id)
        _check_open(competition)
        code = _new_code(council, candidate.id, "k", CANDIDATE_ID)
        m.Candidate.create(council=council, competition=competition, code=code, **fields)
    return code


def update_candidate(council_id: str, candidate: r.Candidate) -> None:
    """Save every field of the candidate with id `candidate.id` (its competition stays)."""
    fields = _candidate_fields(candidate)
    with db.atomic():
        row = _candidate_row(council_id, candidate.id)
        _check_open(row.competition)
        m.Candidate.update(**fields).where(m.Candidate.id == row.id).execute()


def set_selected(council_id: str, candidate_id: str, selected: bool) -> None:
    """The Commission's choice for one candidate (Art. 14)."""
    with db.atomic():
        row = _candidate_row(council_id, candidate_id)
        _check_open(row.competition)
        m.Candidate.update(selected=bool(selected)).where(m.Candidate.id == row.id).execute()


def delete_candidate(council_id: str, candidate_id: str) -> None:
    """Delete a candidate entered by mistake, and the copies of their scans."""
    with db.atomic():
        row = _candidate_row(council_id, candidate_id)
        _check_open(row.competition)
        files = [a.stored_path for a in row.attachments]
        row.delete_instance()
    _remove_files(files)


def _candidate_fields(k: r.Candidate) -> dict:
    """The validated column values of a candidate (raises WriteError)."""
    if not isinstance(k.full_name, str) or not one_line(k.full_name):
        raise WriteError.keyed("The candidate's full name is required.")
    one_of(k.sex, r.SEXES,
           "Sex must be one of: {choices} (got {value!r}).")
    if k.received is not None and not isinstance(k.received, dt.date):
        raise WriteError.keyed("The date the documents arrived must be a date or empty.")
    letters = k.documents.get("recommendation_letters") or 0
    if not isinstance(letters, int) or isinstance(letters, bool) or letters < 0:
        raise WriteError.keyed(
            "The number of recommendation letters must be a whole number, 0 or more.")
    fields = {
        "full_name": one_line(k.full_name),
        "sex": k.sex,
        # Art. 14: a self-nominated citizen has no organisation; the text may be empty.
        "organization": (k.organization or "").strip(),
        "received": k.received,
        "selected": bool(k.selected),
        "phone": optional_text(k.phone),
        "email": optional_text(k.email),
    }
    for key, column in m.DOCUMENT_COLUMNS.items():
        value = k.documents.get(key)
        fields[column] = letters if key == "recommendation_letters" else value is True
    for key, column in m.REQUIREMENT_COLUMNS.items():
        fields[column] = requirement_value(k.requirements.get(key))
    for key, column in m.NOTE_COLUMNS.items():
        note = k.requirement_notes.get(key) or ""
        if not isinstance(note, str):
            raise WriteError.keyed("A requirement's note must be text.")
        fields[column] = note.strip()
    return fields


def _check_open(competition: m.Competition) -> None:
    if competition.formed is not None:
        raise WriteError.keyed(
            "The competition {code!r} formed a composition on {date}; its candidates are "
            "history and stay as recorded.", code=competition.code, date=competition.formed,
        )


# ---------------------------------------------------------------- scanned documents


@dataclass(frozen=True)
class Attachment:
    """A scan kept for a candidate: `path` is the copy in the user's data folder."""

    id: int
    file_name: str
    path: Path
    sha256: str


def attachments(council_id: str, candidate_id: str) -> list[Attachment]:
    """The candidate's scans, in the order they were attached."""
    row = _candidate_row(council_id, candidate_id)
    base = paths.user_data_dir()
    return [Attachment(a.id, a.file_name, base / a.stored_path, a.sha256)
            for a in row.attachments.order_by(m.CandidateAttachment.id)]


def attach_file(council_id: str, candidate_id: str, source: Path | str) -> Attachment:
    """Copy `source` into <data folder>/attachments/<council>/<candidate>/ and record it with
    its SHA-256. The copy is readable by its owner only (a scan is personal data)."""
    source = Path(source)
    if not source.is_file():
        raise WriteError.keyed("{path} is not a file that can be attached.", path=str(source))
    base = paths.user_data_dir()
    with db.atomic():
        row = _candidate_row(council_id, candidate_id)
        folder = base / ATTACHMENTS_FOLDER / _safe(council_id) / _safe(candidate_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, _safe(source.name) or "scan")
        digest = hashlib.sha256()
        try:
            # private: a scan of a candidate's documents is personal data
            with source.open("rb") as src, open_replacing(target, "wb", private=True) as dst:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
        except OSError as exc:
            raise WriteError.keyed("{name} could not be copied: {problem}", name=source.name,
                                   problem=str(exc.strerror or exc)) from None
        try:
            record = m.CandidateAttachment.create(
                candidate=row, file_name=source.name,
                stored_path=target.relative_to(base).as_posix(), sha256=digest.hexdigest())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return Attachment(record.id, source.name, target, digest.hexdigest())


def remove_attachment(council_id: str, candidate_id: str, attachment_id: int) -> None:
    """Forget a scan and delete its copy."""
    with db.atomic():
        row = _candidate_row(council_id, candidate_id)
        record = m.CandidateAttachment.get_or_none(
            (m.CandidateAttachment.id == attachment_id)
            & (m.CandidateAttachment.candidate == row.id))
        if record is None:
            raise WriteError.keyed("unknown attachment {id} of candidate {code!r}",
                                   id=attachment_id, code=candidate_id)
        stored = record.stored_path
        record.delete_instance()
    _remove_files([stored])


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name).strip(" .")


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def _remove_files(stored_paths: list[str]) -> None:
    base = paths.user_data_dir()
    for stored in stored_paths:
        (base / stored).unlink(missing_ok=True)


# ---------------------------------------------------------------- selection problems


def problem_text(problem: Problem, competition: r.Competition, lang: str,
                 rb: Rulebook) -> str:
    """`rules.messages.problem_message` by the council's rulebook `rb` (its name beside the
    article when it is not the default); `competition` is kept for the callers (ui/candidates)
    and no longer needed."""
    return problem_message(problem, lang, rb)


# ---------------------------------------------------------------- rows


def _competition_row(council_id: str, code: str) -> m.Competition:
    return _coded_row(m.Competition, _council_row(council_id), code, COMPETITION)


def _candidate_row(council_id: str, code: str) -> m.Candidate:
    return _coded_row(m.Candidate, _council_row(council_id), code, CANDIDATE)


def _article(council: m.Council) -> int:
    """The article of the council's rulebook on the competition (Art. 14 of Law No. 74)."""
    return council_rulebook(council).article("composition")
