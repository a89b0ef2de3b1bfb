"""store/forming.py and store/term_writes.py: the next composition beside the one in force.

Protects (the issue's story: a term to 31 August 2027, the next composition formed on
2 December 2026): forming adds the next term and its members from the day after the term in
force ends, and nothing about today changes (the old composition stays active to its last
day, `check` of today is what it was); forming on the last allowed day and the day after
(recorded; the later one is a finding); forming in a gap (the term starts that day);
a second forming while the next composition exists is refused, as is a competition for the
one after it; a council taken through three terms; the composition on a day; correcting a
term names it and refuses an overlap; the refusal cites the rulebook's article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.records import REQUIREMENT_KEYS
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import forming, queries, term_writes, writes
from kenesh_desktop.store.writes import WriteError

D = dt.date
START, END = D(2025, 9, 1), D(2027, 8, 31)
EARLY, DUE = D(2026, 12, 2), D(2027, 8, 24)
DOCS = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}
NAMES = ["Айгүл Токтогулова", "Нурлан Өмүрбеков", "Гүлзат Үсөнова", "Бакыт Жээнбеков",
         "Чолпон Мамытова", "Эрмек Сыдыков", "Жылдыз Абдыкадырова", "Талант Күлмырзаев",
         "Нургүл Ибраимова", "Мирлан Төлөгөнов"]


def candidates(prefix: str) -> list[r.Candidate]:
    return [r.Candidate(f"{prefix}{i}", f"{name} {prefix}", "female" if i % 2 else "male",
                        f"«{prefix} уюм {i}»", D(2026, 10, 10), dict(DOCS),
                        dict.fromkeys(REQUIREMENT_KEYS, True), selected=True)
            for i, name in enumerate(NAMES, start=1)]


@pytest.fixture
def council(database) -> str:
    """7 members in force from 1 September 2025; the competition announced in October 2026."""
    people = [r.Member(f"m{i}", f"Мүчө{i} Мурунку", "female" if i % 2 else "male", f"Уюм {i}",
                       "chair" if i == 1 else "member", START) for i in range(1, 8)]
    writes.import_councils([r.Council(
        "kk", "Коомдук кеңеш", "Министрлик", members=people, terms=[r.Term(START, END)],
        competitions=[r.Competition("c1", announced=D(2026, 10, 1), published=D(2026, 10, 2),
                                    candidates=candidates("k"))])])
    return "kk"


def findings(day: dt.date) -> list[tuple[str, str, dt.date | None]]:
    return [(f.rule, f.severity, f.due) for f in run_checks(queries.load_for_checks(), day)]


def test_forming_early_adds_the_next_term_and_changes_nothing_about_today(council):
    before = findings(EARLY)
    summary = forming.form_composition(council, "c1", EARLY)
    assert (summary.new_term_start, summary.new_term_end) == (D(2027, 9, 1), D(2029, 8, 31))
    assert summary.term_in_force == r.Term(START, END) and summary.ending_on == END
    loaded = queries.load_council(council)
    assert loaded.terms == [r.Term(START, END), r.Term(D(2027, 9, 1), D(2029, 8, 31), EARLY)]
    assert findings(EARLY) == before == []
    today = queries.composition_on(council, EARLY)
    assert today.term == r.Term(START, END)
    assert [m.id for m in today.members] == [f"m{i}" for i in range(1, 8)]
    # The day before the new term and its first day.
    assert len(queries.composition_on(council, END).members) == 7
    first_day = queries.composition_on(council, D(2027, 9, 1))
    assert first_day.term.start == D(2027, 9, 1) and len(first_day.members) == 10
    assert {m.full_name.split()[-1] for m in first_day.members} == {"k"}


def test_forming_on_the_last_allowed_day(council):
    forming.form_composition(council, "c1", DUE)
    assert findings(DUE) == []
    assert queries.council_terms(council)[1] == r.Term(D(2027, 9, 1), D(2029, 8, 31), DUE)


def test_forming_a_day_late_is_recorded_and_reported(council):
    late = D(2027, 8, 25)
    forming.form_composition(council, "c1", late)  # what happened is the record
    assert findings(late) == [("competition.formed", "violation", DUE)]
    assert findings(D(2027, 9, 1)) == []  # the new term: its own deadlines are far off


def test_forming_in_a_gap_starts_the_term_that_day(council):
    formed = D(2027, 9, 10)
    summary = forming.form_composition(council, "c1", formed)
    assert summary.new_term_start == formed and summary.new_term_end == D(2029, 9, 9)
    terms = queries.council_terms(council)
    assert [(t.start, t.end) for t in terms] == [(START, END), (formed, D(2029, 9, 9))]
    gap = queries.composition_on(council, D(2027, 9, 5))
    assert gap.term is None and gap.members == []  # the old memberships ended with the term
    assert findings(D(2027, 9, 5)) == [("competition.formed", "violation", DUE)]


def test_a_second_forming_or_competition_is_refused_while_the_next_composition_exists(
        council):
    forming.form_composition(council, "c1", EARLY)
    with pytest.raises(WriteError, match="already formed .*2027-09-01"):
        cw.create_competition(council, D(2027, 1, 10))
    with pytest.raises(WriteError, match="already formed"):
        cw.create_competition(council, None, today=D(2027, 1, 10))
    assert [c.id for c in queries.load_council(council).competitions] == ["c1"]


def test_a_council_through_three_terms(council):
    forming.form_composition(council, "c1", EARLY)
    # In the second term the competition for the third opens, and forms it on time.
    code = cw.create_competition(council, D(2029, 5, 2), D(2029, 5, 3))
    for candidate in candidates("z"):
        candidate.received = D(2029, 5, 10)
        cw.add_candidate(council, code, candidate)
    forming.form_composition(council, code, D(2029, 8, 1))
    terms = queries.council_terms(council)
    assert [(t.start, t.end, t.formed) for t in terms] == [
        (START, END, None),
        (D(2027, 9, 1), D(2029, 8, 31), EARLY),
        (D(2029, 9, 1), D(2031, 8, 31), D(2029, 8, 1)),
    ]
    counts = [len(queries.composition_on(council, t.start).members) for t in terms]
    assert counts == [7, 10, 10]
    assert findings(D(2029, 8, 1)) == [] and findings(D(2030, 1, 1)) == []


def test_the_refusal_cites_the_rulebooks_article_in_each_language(council):
    cw.set_selected(council, "k1", False)
    cw.set_selected(council, "k2", False)
    cw.set_selected(council, "k3", False)
    cw.set_selected(council, "k4", False)  # 6 selected: too few
    for lang, start in (("en", "The new composition cannot be formed (Art. 14):"),
                        ("ru", "Новый состав не может быть сформирован (ст. 14):"),
                        ("ky", "Жаңы курам түзүлө албайт (14-берене):")):
        with pytest.raises(WriteError) as refused:
            forming.form_composition(council, "c1", EARLY, lang=lang)
        assert str(refused.value).startswith(start)
    assert len(queries.council_terms(council)) == 1


# ---------------------------------------------------------------- correcting a term


def test_a_term_is_corrected_by_naming_it(council):
    forming.form_composition(council, "c1", EARLY)
    term_writes.update_term(council, D(2027, 9, 1), end=D(2029, 6, 30))
    assert queries.council_terms(council)[1] == r.Term(D(2027, 9, 1), D(2029, 6, 30), EARLY)
    with pytest.raises(WriteError, match="no term beginning on 2027-09-02"):
        term_writes.update_term(council, D(2027, 9, 2), end=D(2029, 6, 30))
    with pytest.raises(WriteError, match="overlap the term 2025-09-01 – 2027-08-31"):
        term_writes.update_term(council, D(2027, 9, 1), start=D(2027, 8, 31))
    with pytest.raises(WriteError, match="Art. 14: .*at most 2 years"):
        term_writes.update_term(council, START, end=D(2027, 9, 1))
    term_writes.update_term(council, START, formed=D(2025, 8, 20))
    assert queries.council_terms(council)[0] == r.Term(START, END, D(2025, 8, 20))
