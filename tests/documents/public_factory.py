"""A council for the public pack's tests: the documents' council (documents_factory) with
every kind of record that must never be published planted with a unique value, a member whose
name is markup, a finalized sitting with absences, a draft sitting with a decision, and a
sitting ahead with no time yet; plus the helpers that read a pack back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from documents_factory import make_council

from kenesh_desktop.rules.records import (
    REQUIREMENT_KEYS,
    AgendaItem,
    Candidate,
    Competition,
    Council,
    Guest,
    Meeting,
    Member,
    Proposal,
    Request,
    Speaker,
)

D = dt.date
DAY = D(2027, 5, 10)
"""The day the pack is made for: after sittings 1-5, before sitting 6."""
SCRIPT = "<script>alert(1)</script>"
DRAFT_DECISION = "DRAFT-DECISION-q7x"
DRAFT_HEARD = "DRAFT-HEARD-k2m"


def secrets() -> dict[str, str]:
    """Every planted value that must appear nowhere in the pack, by what it is."""
    values = {}
    for i in range(1, 15):
        values[f"pin m{i:02d}"] = f"2{i:02d}0319870{i:04d}"
        values[f"phone m{i:02d}"] = f"+996700{i:06d}"
        values[f"email m{i:02d}"] = f"member{i:02d}.private@example.kg"
    values |= {
        "absence reason": "ABSENCE-REASON-u5t",
        "absence reason 2": "ABSENCE-REASON-v6w",
        "draft decision": DRAFT_DECISION,
        "draft heard": DRAFT_HEARD,
        "draft speaker summary": "DRAFT-SPOKE-z1p",
        "candidate phone": "+996555123987",
        "candidate email": "candidate.private@example.kg",
        "candidate note": "CANDIDATE-NOTE-j8d",
        "candidate name": "CANDIDATE-NAME-b4n",
        "guest name": "GUEST-NAME-h3r",
        "proposal author": "PROPOSAL-AUTHOR-w9c",
        "request text": "REQUEST-TEXT-e5y",
        "plan note": "PLAN-NOTE-c2v",
        "unapproved plan item": "Жылдык отчетту даярдоо",
    }
    return values


def public_test_council() -> Council:
    council = make_council()
    planted = secrets()
    members = []
    for i, member in enumerate(council.members, start=1):
        members.append(dataclasses.replace(
            member, pin=planted[f"pin m{i:02d}"], phone=planted[f"phone m{i:02d}"],
            email=planted[f"email m{i:02d}"]))
    # A fourteenth person: the markup name, in the composition from the start.
    members.append(Member(id="m14", full_name=SCRIPT, sex="male", organization="«A & B»",
                          role="member", start=D(2026, 2, 1), pin=planted["pin m14"],
                          phone=planted["phone m14"], email=planted["email m14"]))
    council.members = members
    first, third, fourth = council.meetings
    third.finalized = True
    third.absence_reasons = {"m10": planted["absence reason"],
                             "m11": planted["absence reason 2"]}
    third.guests.append(Guest(planted["guest name"], "", "citizen"))
    third.items[0].speakers = [Speaker("Асанова А. Б.", "Сунуштар колдоого алынды.")]
    draft = Meeting(
        id="s5", number=5, date=D(2027, 5, 5), time="11:00", place="Чоң зал",
        present=[m.id for m in members[:10]],
        absence_reasons={"m12": planted["absence reason"]},
        items=[AgendaItem(title="Долбоордогу маселе", decision=DRAFT_DECISION,
                          heard=DRAFT_HEARD, speaker="Асанова А. Б.",
                          speakers=[Speaker("Өмүрбеков Н. Т.", planted["draft speaker summary"])],
                          votes={m.id: "for" for m in members[:10]})])
    ahead = Meeting(id="s6", number=6, date=D(2027, 6, 3), place="",
                    items=[AgendaItem(title="Кийинки маселе", proposed_by="state_body")])
    council.meetings = [first, third, fourth, draft, ahead]
    council.plans[0].items[1].note = planted["plan note"]
    council.requests = [
        Request(id="r1", number="КК-01", subject="Бюджет жөнүндө маалымат",
                addressee="Финансы бөлүмү", registered=D(2027, 2, 1),
                answered=D(2027, 2, 10), text=planted["request text"]),
        Request(id="r2", number="КК-02", subject="Сатып алуулар", addressee="Министр",
                registered=D(2027, 3, 1)),
    ]
    council.proposals = [Proposal(id="p1", author=planted["proposal author"],
                                  received=D(2027, 3, 2), summary="Ачык маалымат сунушу",
                                  considered_at="s3", outcome="колдоого алынды")]
    council.competitions = [Competition(
        id="c1", announced=D(2027, 10, 1), published=D(2027, 10, 5),
        candidates=[Candidate(
            id="k1", full_name=planted["candidate name"], sex="female", organization="Уюм",
            received=D(2027, 10, 20), phone=planted["candidate phone"],
            email=planted["candidate email"],
            requirements={key: True for key in REQUIREMENT_KEYS},
            requirement_notes={"reputation": planted["candidate note"]})])]
    return council


class Page(HTMLParser):
    """A page read back: its links, ids, text and tags (stdlib, no validation)."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.texts: list[str] = []
        self.tags: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())
