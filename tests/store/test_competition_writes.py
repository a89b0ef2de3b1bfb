"""competition_writes: the competition for a new composition (Art. 14) in the store.

Protects: one open competition at a time; dates and candidates validated before anything is
written; scans copied into the data folder with their SHA-256; forming the new composition
refused with the Art. 14 reasons (8 of 10 of one sex), and, when lawful, done in one
transaction: new memberships from the new term's start, the previous ones ended the day
before, the formed date and the new term recorded — and nothing at all when it fails half-way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import stat

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.records import REQUIREMENT_KEYS
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import forming, queries, writes
from kenesh_desktop.store import models as m
from kenesh_desktop.store.writes import WriteError

TERM_START, TERM_END = dt.date(2026, 1, 15), dt.date(2028, 1, 14)
DOCS = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}
MET = {key: True for key in REQUIREMENT_KEYS}
WOMEN = ["Айгүл Токтогулова", "Гүлзат Үсөнова", "Чолпон Мамытова", "Жылдыз Абдыкадырова",
         "Нургүл Ибраимова", "Асел Бөрүбаева", "Мээрим Сатыбалдиева", "Бермет Жуманова"]
MEN = ["Нурлан Өмүрбеков", "Бакыт Жээнбеков", "Эрмек Сыдыков", "Талант Күлмырзаев",
       "Мирлан Төлөгөнов", "Улан Сүйүнбаев", "Азамат Жеңишбеков", "Канат Осмонов"]


def candidate(code: str, name: str, sex: str, **changes) -> r.Candidate:
    fields = dict(id=code, full_name=name, sex=sex, organization=f"«{name.split()[1]}» фонду",
                  received=dt.date(2027, 11, 10), documents=dict(DOCS),
                  requirements=dict(MET), selected=True)
    fields.update(changes)
    return r.Candidate(**fields)


def people(women: int, men: int) -> list[tuple[str, str]]:
    return [(n, "female") for n in WOMEN[:women]] + [(n, "male") for n in MEN[:men]]


def make_council(selected: list[tuple[str, str]]) -> r.Council:
    members = [
        r.Member(f"m{i}", f"Мүчө{i} Мурунку", "female" if i % 2 else "male", f"Уюм {i}",
                 "chair" if i == 1 else "member", TERM_START)
        for i in range(1, 10)
    ]
    competition = r.Competition(
        "c1", announced=dt.date(2027, 11, 1), published=dt.date(2027, 11, 5),
        candidates=[candidate(f"k{i}", name, sex) for i, (name, sex) in enumerate(selected, 1)],
    )
    return r.Council("minfin", "Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
                     terms=[r.Term(TERM_START, TERM_END)], members=members,
                     competitions=[competition])


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    monkeypatch.setenv("KENESH_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def lawful(database):
    writes.import_councils([make_council(people(5, 5))])
    return "minfin"


@pytest.fixture
def lopsided(database):
    writes.import_councils([make_council(people(2, 8))])
    return "minfin"


def snapshot():
    """Everything forming may touch, as plain values."""
    council = queries.load_council("minfin")
    return ([(t.start, t.end, t.formed) for t in council.terms],
            [(x.id, x.full_name, x.start, x.end, x.role) for x in council.members],
            [(c.id, c.formed) for c in council.competitions])


def refused_forming() -> str:
    """Forming c1's composition on 7 January 2028 is refused and changes nothing: the message."""
    before = snapshot()
    with pytest.raises(WriteError) as refused:
        forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))
    assert snapshot() == before
    return str(refused.value)


# ---------------------------------------------------------------- the competition


def test_one_open_competition_at_a_time(lawful):
    with pytest.raises(WriteError, match="Art. 14: the competition 'c1'.*still open"):
        cw.create_competition("minfin", dt.date(2027, 11, 2))
    assert m.Competition.select().count() == 1


def test_a_new_competition_gets_the_next_code_once_the_last_one_formed(lawful):
    forming.form_composition("minfin", "c1", dt.date(2028, 1, 5))
    code = cw.create_competition("minfin", dt.date(2029, 11, 1), dt.date(2029, 11, 3))
    assert code == "c2"
    council = queries.load_council("minfin")
    assert [c.id for c in council.competitions] == ["c1", "c2"]


def test_publication_before_the_announcement_is_refused(lawful):
    with pytest.raises(WriteError, match="published in the media"):
        cw.update_competition("minfin", "c1", dt.date(2027, 11, 5), dt.date(2027, 11, 4))
    assert queries.load_council("minfin").competitions[0].published == dt.date(2027, 11, 5)
    cw.update_competition("minfin", "c1", dt.date(2027, 11, 5), dt.date(2027, 11, 5))
    assert queries.load_council("minfin").competitions[0].announced == dt.date(2027, 11, 5)


# ---------------------------------------------------------------- candidates


def test_add_update_select_and_delete_a_candidate(lawful):
    new = r.Candidate("", "  Айжан   Ысакова ", "female", "", dt.date(2027, 11, 20),
                      phone=" +996 555 000 111 ", email="",
                      requirement_notes={"no_criminal_record": " справка №12 "})
    code = cw.add_candidate("minfin", "c1", new)
    assert code == "k11"
    stored = next(c for c in queries.load_council("minfin").competitions[0].candidates
                  if c.id == code)
    assert stored.full_name == "Айжан Ысакова"
    assert stored.organization == ""  # self-nominated (Art. 14)
    assert stored.phone == "+996 555 000 111" and stored.email is None
    assert stored.requirement_notes == {"no_criminal_record": "справка №12"}
    assert stored.documents["recommendation_letters"] == 0 and not stored.selected

    stored.documents = {**DOCS, "recommendation_letters": 3}
    cw.update_candidate("minfin", stored)
    cw.set_selected("minfin", code, True)
    again = next(c for c in queries.load_council("minfin").competitions[0].candidates
                 if c.id == code)
    assert again.documents["recommendation_letters"] == 3 and again.selected

    cw.delete_candidate("minfin", code)
    assert not m.Candidate.select().where(m.Candidate.code == code).exists()


@pytest.mark.parametrize(
    "changes, needle",
    [
        ({"full_name": "  "}, "full name is required"),
        ({"sex": "other"}, "Sex must be one of"),
        ({"documents": {**DOCS, "recommendation_letters": -1}}, "whole number"),
        ({"received": "2027-11-10"}, "must be a date"),
    ],
)
def test_invalid_candidates_are_refused_and_nothing_is_written(lawful, changes, needle):
    k = candidate("", "Жаңы Талапкер", "male")
    for key, value in changes.items():
        setattr(k, key, value)
    with pytest.raises(WriteError, match=needle):
        cw.add_candidate("minfin", "c1", k)
    assert m.Candidate.select().count() == 10


def test_a_requirement_not_yet_recorded_is_not_stored_as_met(lawful):
    k = candidate("k1", WOMEN[0], "female",
                  requirements={**MET, "no_criminal_record": None})
    cw.update_candidate("minfin", k)
    stored = queries.load_council("minfin").competitions[0].candidates[0]
    # NULL where the schema can keep it; otherwise "no" — never "met".
    expected = None if cw.REQUIREMENTS_NULLABLE else False
    assert stored.requirements["no_criminal_record"] is expected


def test_scans_are_copied_with_their_sha256_and_removed_with_the_candidate(lawful, data_dir,
                                                                           tmp_path):
    scan = tmp_path / "паспорт.pdf"
    scan.write_bytes(b"%PDF-1.4 scan" * 100)
    first = cw.attach_file("minfin", "k1", scan)
    second = cw.attach_file("minfin", "k1", scan)
    assert first.path.parent == data_dir / "attachments" / "minfin" / "k1"
    assert first.path.read_bytes() == scan.read_bytes()
    assert first.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert second.path != first.path and second.path.exists()  # same name: a second copy
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert [a.file_name for a in cw.attachments("minfin", "k1")] == ["паспорт.pdf"] * 2

    cw.remove_attachment("minfin", "k1", second.id)
    assert not second.path.exists()
    assert [a.id for a in cw.attachments("minfin", "k1")] == [first.id]
    cw.delete_candidate("minfin", "k1")
    assert not first.path.exists()
    assert m.CandidateAttachment.select().count() == 0


def test_a_missing_file_is_refused(lawful, data_dir, tmp_path):
    with pytest.raises(WriteError, match="not a file"):
        cw.attach_file("minfin", "k1", tmp_path / "absent.pdf")
    assert m.CandidateAttachment.select().count() == 0


# ---------------------------------------------------------------- forming


def test_forming_a_lawful_composition_replaces_the_members(lawful):
    summary = forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))
    council = queries.load_council("minfin")
    # The next term beside the one in force: history, not an overwrite.
    assert council.terms == [r.Term(TERM_START, TERM_END),
                             r.Term(dt.date(2028, 1, 15), dt.date(2030, 1, 14),
                                    dt.date(2028, 1, 7))]
    assert summary.new_term_start == dt.date(2028, 1, 15)
    old = [x for x in council.members if x.start == TERM_START]
    new = [x for x in council.members if x.start == dt.date(2028, 1, 15)]
    assert len(old) == 9 and all(x.end == TERM_END for x in old)
    assert sorted(x.full_name for x in new) == sorted(n for n, _ in people(5, 5))
    assert all(x.end is None and x.role == "member" for x in new)
    assert council.competitions[0].formed == dt.date(2028, 1, 7)
    assert len(council.active_members(dt.date(2028, 1, 15))) == 10
    assert len(council.active_members(TERM_END)) == 9
    # The history is closed: a formed competition's candidates cannot change.
    with pytest.raises(WriteError, match="history"):
        cw.set_selected("minfin", "k1", False)


def test_eight_of_one_sex_out_of_ten_is_refused_naming_art_14(lopsided):
    message = refused_forming()
    assert message.startswith("The new composition cannot be formed (Art. 14):")
    assert "Art. 14: 8 of 10 selected candidates are men; at most 7" in message


def test_the_refusal_is_worded_in_the_users_language(lopsided):
    with pytest.raises(WriteError, match="14-берене"):
        forming.form_composition("minfin", "c1", dt.date(2028, 1, 7), lang="ky")


def test_a_size_below_seven_and_an_ineligible_candidate_are_refused(database):
    council = make_council(people(3, 3))
    council.competitions[0].candidates[0].requirements["no_criminal_record"] = False
    council.competitions[0].candidates[1].documents["recommendation_letters"] = 1
    writes.import_councils([council])
    message = refused_forming()
    assert "6 candidates" in message
    assert "does not meet: no criminal record" in message
    assert "incomplete: recommendation letters (1 of 2)" in message


def test_a_candidate_active_in_another_council_is_refused(database):
    other = r.Council("minjust", "Юстиция министрлигинин Коомдук кеңеши", "Юстиция",
                      terms=[r.Term(dt.date(2027, 6, 1), dt.date(2029, 5, 31))],
                      members=[r.Member("m1", WOMEN[0], "female", "Х", "member",
                                        dt.date(2027, 6, 1))])
    writes.import_councils([make_council(people(5, 5)), other])
    with pytest.raises(WriteError, match="Юстиция министрлигинин|minjust"):
        forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))


def test_a_failure_half_way_leaves_the_old_composition_whole(lawful, monkeypatch):
    before = snapshot()
    saves = {"new": 0}
    original = m.Member.save

    def failing_save(self, *args, **kwargs):
        if self.id is None:  # an insert: a new member
            saves["new"] += 1
            if saves["new"] == 5:
                raise OSError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(m.Member, "save", failing_save)
    with pytest.raises(OSError, match="disk full"):
        forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))
    assert saves["new"] == 5  # four new members were written before the failure
    assert snapshot() == before
    assert m.Member.select().count() == 9
    assert m.Member.select().where(m.Member.end.is_null(False)).count() == 0


def test_forming_twice_or_before_the_announcement_is_refused(lawful):
    with pytest.raises(WriteError, match="before the competition was announced"):
        forming.form_composition("minfin", "c1", dt.date(2027, 10, 31))
    forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))
    with pytest.raises(WriteError, match="formed a composition"):
        forming.form_composition("minfin", "c1", dt.date(2028, 1, 8))
    with pytest.raises(WriteError, match="formed a composition"):
        cw.delete_competition("minfin", "c1")


# ---------------------------------------------------------------- by the council's rulebook


def _own_rulebook(**changes):
    from dataclasses import replace
    from fractions import Fraction

    from kenesh_desktop.rules.rulebook import LAW_74

    return replace(LAW_74, key="own", name="Положение", short_name="Положение",
                   source="Положение", articles={"composition": 9, "sittings": 13,
                                                  "state_body": 5},
                   **{"max_same_sex_share": None, "quorum_share": Fraction(1, 2), **changes})


def test_a_rulebook_without_the_gender_rule_forms_eight_of_one_sex(lopsided):
    from kenesh_desktop.store.rulebook_writes import set_rulebook

    set_rulebook("minfin", _own_rulebook())
    forming.form_composition("minfin", "c1", dt.date(2028, 1, 7))
    council = queries.load_council("minfin")
    assert len(council.active_members(dt.date(2028, 1, 15))) == 10


def test_the_refusal_cites_the_councils_rulebook(lopsided):
    from kenesh_desktop.store.rulebook_writes import set_rulebook

    set_rulebook("minfin", _own_rulebook(min_members=11, max_members=20))
    message = refused_forming()
    assert message.startswith("The new composition cannot be formed (Art. 9):")
    assert "Art. 9 (Положение): the selection has 10 candidates" in message
    assert "sex" not in message  # the rulebook has no gender rule
