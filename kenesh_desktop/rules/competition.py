"""Art. 14 of Law No. 74: the competition that forms a new composition.

A candidate's seven requirements and four documents are yes/no facts the secretariat records;
the selection preview shows what the selected candidates would form before the Commission
decides, against the same composition rules the council itself is checked by.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kenesh_desktop.rules.composition import (
    gender_status,
    later_from_same_organization,
    other_council_memberships,
    size_ok,
)
from kenesh_desktop.rules.deadlines import intake_last_day
from kenesh_desktop.rules.findings import Details
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Competition, Council
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.rules.terms import new_term_start, next_term

INCOMPLETE = "incomplete"
ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"

# Art. 14: the documents a candidate submits besides the recommendation letters.
REQUIRED_DOCUMENTS = ("application", "cv_with_photo", "vision")


def missing_documents(documents: Mapping[str, bool | int], rb: Rulebook = LAW_74) -> list[str]:
    """Art. 14: the document keys a candidate still lacks: any of the application, the CV with
    photo and the vision statement, and "recommendation_letters" when fewer than 2."""
    missing = [key for key in REQUIRED_DOCUMENTS if documents.get(key) is not True]
    letters = documents.get("recommendation_letters") or 0
    if int(letters) < rb.min_recommendation_letters:
        missing.append("recommendation_letters")
    return missing


def documents_complete(documents: Mapping[str, bool | int], rb: Rulebook = LAW_74) -> bool:
    """Art. 14: application, CV with photo, vision statement and at least 2 letters."""
    return not missing_documents(documents, rb)


def failed_requirements(requirements: Mapping[str, bool | None]) -> list[str]:
    """Art. 14: the requirement keys not recorded as met (false or not recorded at all)."""
    return [key for key in REQUIREMENT_KEYS if requirements.get(key) is not True]


def requirements_met(requirements: Mapping[str, bool | None]) -> bool:
    """Art. 14: all seven requirements are recorded as met."""
    return not failed_requirements(requirements)


def candidate_state(candidate: Candidate, rb: Rulebook = LAW_74) -> str:
    """Art. 14: "not_eligible", "incomplete" or "eligible".

    Precedence: a requirement recorded as false makes the candidate not eligible whatever
    the documents say (no document can cure a criminal record); otherwise a missing document,
    or a requirement not yet recorded (absent or None), leaves the file incomplete; otherwise
    the candidate is eligible.
    """
    if any(candidate.requirements.get(key) is False for key in REQUIREMENT_KEYS):
        return NOT_ELIGIBLE
    if not documents_complete(candidate.documents, rb) or not requirements_met(
        candidate.requirements
    ):
        return INCOMPLETE
    return ELIGIBLE


def received_in_window(received: dt.date, published: dt.date, rb: Rulebook = LAW_74) -> bool:
    """Art. 14: documents are accepted from the day of publication to publication + 1 month."""
    return published <= received <= intake_last_day(published, rb)


@dataclass(frozen=True)
class Problem:
    """One reason the selection breaks a rule: `key` is one of "size", "gender",
    "organization", "one_council", "not_eligible", "incomplete", "formed" (the next
    composition already has its term); `details` holds the values a message is worded from
    (for a candidate: "candidate", "name", "missing", "failed", "letters" and "min_letters";
    for "formed": "start")."""

    key: str
    article: int
    details: Details = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class SelectionPreview:
    """The composition the selected candidates would form, and what is wrong with it."""

    selected: list[Candidate]
    counts: dict[str, int]
    new_term_start: dt.date
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def selection_preview(
    competition: Competition,
    council: Council,
    other_councils: Iterable[Council] = (),
    rb: Rulebook = LAW_74,
    *,
    day: dt.date,
) -> SelectionPreview:
    """Art. 14: check the selected candidates of `competition` as the composition formed on
    `day` to follow the term in force: size, gender balance, one member per organisation,
    nobody already active in another council on the new term's first day (the day after the
    term in force ends: `terms.new_term_start`), every selected candidate eligible, and no
    next composition formed already."""
    article = rb.article("composition")
    selected = [c for c in competition.candidates if c.selected]
    start = new_term_start(council.terms, day)
    gender = gender_status(selected, rb)
    problems: list[Problem] = []
    # Terms never overlap (the store and the importer refuse it), so the first term starting
    # after `day` is the one formed after the term in force (or, in a gap, the last one).
    formed = next_term(council.terms, day)
    if formed is not None:
        problems.append(Problem("formed", article, {"start": formed.start}))
    n = len(selected)
    if not size_ok(n, rb):
        problems.append(
            Problem("size", article, {"count": n, "min": rb.min_members, "max": rb.max_members})
        )
    if not gender.ok:
        sex, count = gender.largest
        problems.append(
            Problem(
                "gender",
                article,
                {"sex": sex, "count": count, "total": n, "limit": gender.max_same_sex},
            )
        )
    for candidate, first in later_from_same_organization(selected, rb):
        problems.append(
            Problem(
                "organization",
                article,
                {
                    "candidate": candidate.id,
                    "name": candidate.full_name,
                    "organization": candidate.organization,
                    "first_name": first.full_name,
                },
            )
        )
    others = [c for c in other_councils if c is not council and c.id != council.id]
    for candidate, council_id in other_council_memberships(selected, start, others):
        problems.append(
            Problem(
                "one_council",
                article,
                {"candidate": candidate.id, "name": candidate.full_name, "council": council_id},
            )
        )
    for candidate in selected:
        state = candidate_state(candidate, rb)
        if state != ELIGIBLE:
            problems.append(
                Problem(
                    state,
                    article,
                    {
                        "candidate": candidate.id,
                        "name": candidate.full_name,
                        "missing": missing_documents(candidate.documents, rb),
                        "failed": failed_requirements(candidate.requirements),
                        # Art. 14: the letters the message counts, "(1 / 2)".
                        "letters": int(candidate.documents.get("recommendation_letters") or 0),
                        "min_letters": rb.min_recommendation_letters,
                    },
                )
            )
    return SelectionPreview(selected, gender.counts, start, problems)
