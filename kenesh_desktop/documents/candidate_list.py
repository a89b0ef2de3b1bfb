"""The list of candidates for the Commission that forms a new composition (Art. 14), landscape A4.

One row per candidate: name, sex, organisation, the day the documents arrived (marked when
outside the intake window), whether the four documents are complete, whether the seven
requirements are met (or not yet recorded), and the Commission's choice; then a check of the
selection against the composition rules, worded by rules/messages.py.

Personal data: the candidates' contacts are printed only when asked for (`include_contacts`),
and the requirements column says only yes / no / not recorded — never which requirement
failed (a criminal record is nobody's business beyond the Commission's file).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from kenesh_desktop.documents.common import (
    Output,
    PageSetup,
    build_document,
    esc,
    frame_width,
    grid_table,
    markup,
    para,
    signature_block,
)
from kenesh_desktop.documents.wording import article, text
from kenesh_desktop.lang import format_date
from kenesh_desktop.rules.competition import (
    ELIGIBLE,
    Problem,
    candidate_state,
    documents_complete,
    missing_documents,
    received_in_window,
    selection_preview,
)
from kenesh_desktop.rules.deadlines import formed_due, intake_last_day
from kenesh_desktop.rules.messages import problem_message
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Competition, Council
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.rules.terms import succession

# Shares of the frame's width without and with the contacts column.
_COLUMNS = (
    ("col_no", 0.04), ("cand_col_name", 0.19), ("cand_col_sex", 0.06),
    ("cand_col_organization", 0.23), ("cand_col_received", 0.11),
    ("cand_col_documents", 0.17), ("cand_col_requirements", 0.11), ("cand_col_selected", 0.09),
)
_WITH_CONTACTS = (
    ("col_no", 0.035), ("cand_col_name", 0.15), ("cand_col_sex", 0.05),
    ("cand_col_organization", 0.17), ("cand_col_received", 0.095),
    ("cand_col_documents", 0.14), ("cand_col_requirements", 0.115), ("cand_col_selected", 0.085),
    ("cand_col_contacts", 0.16),
)


def build_candidate_list(council: Council, competition_id: str, out: Output, lang: str = "ky",
                         include_contacts: bool = False, rulebook: Rulebook | None = None,
                         other_councils: list[Council] | None = None,
                         today: dt.date | None = None) -> None:
    """Write the list of candidates of `competition_id` as a PDF to `out` in `lang`, as of
    `today` (default: the computer's day): the term in force that day is the one the new
    composition follows.

    `other_councils` lets the selection check see members of other councils (Art. 14: one
    council per person). Raises LookupError for an unknown competition.
    """
    rulebook = rulebook or council.followed_rulebook
    competition = next((c for c in council.competitions if c.id == competition_id), None)
    if competition is None:
        raise LookupError(f"council {council.id!r} has no competition {competition_id!r}")
    short = text("cand_short", lang)
    setup = PageSetup(lang=lang, header_left=f"{council.name} — {council.state_body}",
                      header_right=short, landscape=True)
    story = candidate_list_story(council, competition, lang, include_contacts, rulebook,
                                 other_councils or [], today or dt.date.today())
    build_document(out, story, setup, title=f"{short} — {council.name}", subject=council.name)


def candidate_list_story(council: Council, competition: Competition, lang: str,
                         include_contacts: bool, rulebook: Rulebook,
                         other_councils: list[Council], today: dt.date) -> list[Flowable]:
    width = frame_width(landscape_page=True)
    art = article(rulebook.article("composition"), lang)
    not_yet = text("cand_not_yet", lang)
    story: list[Flowable] = [
        para(esc(council.name), "council"),
        para(esc(council.state_body), "state_body"),
        para(markup("cand_title", lang), "title"),
        para(_sentence(markup(
            "cand_announced", lang, announced=format_date(competition.announced, lang) or not_yet,
            published=format_date(competition.published, lang) or not_yet)), "body"),
    ]
    if competition.published is not None:
        story.append(para(markup("cand_intake", lang, article=art, last_day=format_date(
            intake_last_day(competition.published, rulebook), lang)), "body"))
    if competition.formed is not None:
        story.append(para(_sentence(markup(
            "cand_formed", lang, formed=format_date(competition.formed, lang))), "body"))
    elif (term := succession(council, today).term) is not None:
        # The term in force (in a gap, the one that ended last) is what the new one follows.
        story.append(para(markup(
            "cand_term", lang, article=art, term_end=format_date(term.end, lang),
            formed_due=format_date(formed_due(term.end, rulebook), lang)), "body"))
    if include_contacts:
        story.append(para(f"<b>{markup('cand_personal_data', lang)}</b>", "small"))
    story.append(Spacer(1, 6))
    candidates = competition.candidates
    if not candidates:
        story.append(para(markup("cand_none", lang), "body"))
    else:
        story.append(_table(candidates, competition, lang, include_contacts, rulebook, width))
        story += [Spacer(1, 6), para(_summary(candidates, lang, rulebook), "body")]
    if any(c.selected for c in candidates) and competition.formed is None:
        story.append(para(markup("cand_selection_heading", lang), "heading"))
        preview = selection_preview(competition, council, other_councils, rulebook, day=today)
        if preview.ok:
            story.append(para(markup("cand_selection_ok", lang, article=art), "body"))
        for problem in preview.problems:
            story.append(para("• " + esc(_problem_text(problem, competition, lang, rulebook)),
                              "list_item"))
    story.append(signature_block([(text("cand_commission_secretary", lang), "")], lang,
                                 width * 0.7))
    return story


def _sentence(text: str) -> str:
    """One full stop at the end: a Russian date ends with "г." already."""
    return text[:-1] if text.endswith("..") else text


def _problem_text(problem: Problem, competition: Competition, lang: str,
                  rulebook: Rulebook) -> str:
    """The reason worded by rules/messages.py, with the candidate's count of letters."""
    details = dict(problem.details)
    if problem.key == "incomplete":
        k = next((c for c in competition.candidates if c.id == details.get("candidate")), None)
        details["letters"] = int(k.documents.get("recommendation_letters") or 0) if k else 0
        details["min_letters"] = rulebook.min_recommendation_letters
    return problem_message(Problem(problem.key, problem.article, details), lang, rulebook)


def _summary(candidates: list[Candidate], lang: str, rulebook: Rulebook) -> str:
    return markup(
        "cand_summary", lang, total=len(candidates),
        complete=sum(documents_complete(c.documents, rulebook) for c in candidates),
        eligible=sum(candidate_state(c, rulebook) == ELIGIBLE for c in candidates),
        selected=sum(c.selected for c in candidates),
    )


def _documents_text(candidate: Candidate, lang: str, rulebook: Rulebook) -> str:
    missing = missing_documents(candidate.documents, rulebook)
    if not missing:
        return markup("cand_yes", lang)
    letters = int(candidate.documents.get("recommendation_letters") or 0)
    names = [text(f"cand_doc_{key}", lang, letters=letters,
                  min=rulebook.min_recommendation_letters) for key in missing]
    return markup("cand_missing", lang, missing=", ".join(names))


def _requirements_text(candidate: Candidate, lang: str) -> str:
    values = [candidate.requirements.get(key) for key in REQUIREMENT_KEYS]
    if any(value is False for value in values):
        return markup("cand_no", lang)
    if all(value is True for value in values):
        return markup("cand_yes", lang)
    return markup("cand_not_recorded", lang)


def _received_text(candidate: Candidate, competition: Competition, lang: str,
                   rulebook: Rulebook) -> str:
    if candidate.received is None:
        return ""
    shown = esc(format_date(candidate.received, lang))
    published = competition.published
    if published is not None and not received_in_window(candidate.received, published, rulebook):
        shown += f"<br/><b>{markup('cand_outside_window', lang)}</b>"
    return shown


def _table(candidates: list[Candidate], competition: Competition, lang: str,
           include_contacts: bool, rulebook: Rulebook, width: float) -> Table:
    columns = _WITH_CONTACTS if include_contacts else _COLUMNS
    rows: list[list[Any]] = [[para(markup(key, lang), "cell_head") for key, _ in columns]]
    for number, candidate in enumerate(candidates, start=1):
        row = [
            para(str(number), "cell_number"),
            para(esc(candidate.full_name), "cell"),
            para(markup(f"cand_sex_{candidate.sex}", lang), "cell"),
            para(esc(candidate.organization), "cell"),
            para(_received_text(candidate, competition, lang, rulebook), "cell"),
            para(_documents_text(candidate, lang, rulebook), "cell"),
            para(_requirements_text(candidate, lang), "cell"),
            para(markup("cand_yes" if candidate.selected else "cand_no", lang), "cell"),
        ]
        if include_contacts:
            contacts = [c for c in (candidate.phone, candidate.email) if c]
            row.append(para("<br/>".join(esc(c) for c in contacts), "cell"))
        rows.append(row)
    return grid_table(rows, [width * share for _key, share in columns])
