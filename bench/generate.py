"""The benchmark databases: a typical council, and the Coordination Council's view of fifty.

- typical: one council over three years (36 sittings, about 180 agenda items, 2,400 votes,
  150 requests);
- large: 50 councils over 10 years (6,000 sittings, 30,000 agenda items, about 400,000 votes,
  25,000 requests, and the attendance, guests, proposals, notices, plans and competitions
  that go with them).

The data is plausible rather than random noise: five compositions of 15 members (a 2-year
term, Art. 14), a monthly sitting with a quorum most of the time, agendas usually sent in
time, requests mostly answered within the 14 days of Art. 18, so `check` and the window do
the work they do on real records. The same seed gives the same database.

The schema is made by the store itself (`open_database`), then rows go in through peewee's
`insert_many` statements, in one transaction, on a plain connection (no write hooks, no exclusive
lock): the large database takes seconds, not minutes. Databases are cached in the temporary
folder under a name that changes whenever the generator or the store's models change.

    python -m bench.generate [typical|large ...] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/generate.py` from anywhere
    sys.path.insert(0, str(ROOT))

CACHE_DIR = Path(tempfile.gettempdir()) / "kenesh-bench"
END = dt.date(2026, 10, 31)
"""The last day of the generated history (fixed, so a cached database stays the same)."""
MEMBERS_PER_TERM = 15
ITEMS_PER_SITTING = 5
REQUESTS_PER_YEAR = 50


@dataclass(frozen=True)
class Shape:
    name: str
    councils: int
    years: int


SHAPES = {
    "typical": Shape("typical", councils=1, years=3),
    "large": Shape("large", councils=50, years=10),
    # The Coordination Council of a country with about 250 councils (Kazakhstan): two years.
    "many": Shape("many", councils=250, years=2),
}

_FIRST = {
    "female": ("Айгүл", "Гүлзат", "Чолпон", "Жылдыз", "Асел", "Нургүл", "Бермет", "Динара",
               "Эльвира", "Бурулай", "Айзада", "Мээрим", "Назгүл", "Айпери", "Жибек", "Каныкей",
               "Сезим", "Аида", "Элнура", "Төлгөнай"),
    "male": ("Нурлан", "Бакыт", "Эрмек", "Талант", "Мирлан", "Азамат", "Улан", "Канат",
             "Самат", "Эрлан", "Бекзат", "Темир", "Марат", "Алмаз", "Руслан", "Данияр", "Өмүр",
             "Нурбек", "Жоомарт", "Үсөн"),
}
_LAST = ("Токтогул", "Өмүрбек", "Үсөн", "Жээнбек", "Мамыт", "Сыдык", "Абдыкадыр", "Күлмырза",
         "Бөрүбай", "Төлөгөн", "Ибраим", "Жеңишбек", "Сүйүнбай", "Асан", "Бекбо", "Осмон",
         "Жумабай", "Ниязалы", "Садык", "Абылкасым", "Турдакун", "Бейшен", "Карабек", "Сапар",
         "Эсенгул", "Исак", "Шамшы", "Мукаш", "Чынгыз", "Аманбек")
_BODIES = ("Финансы министрлиги", "Саламаттык сактоо министрлиги", "Билим берүү жана илим "
           "министрлиги", "Экономика жана коммерция министрлиги", "Юстиция министрлиги",
           "Айыл чарба министрлиги", "Транспорт жана коммуникациялар министрлиги",
           "Эмгек, социалдык камсыздоо жана миграция министрлиги", "Маданият, маалымат, спорт "
           "жана жаштар саясаты министрлиги", "Энергетика министрлиги")
_ORG_KINDS = ("коомдук бирикмеси", "коомдук фонду", "университети", "палатасы", "ассоциациясы",
              "борбору", "жаштар кыймылы", "кесиптик бирлиги")
_ORG_NAMES = ("Ачык маалымат", "Жарандык демилге", "Аял жана коом", "Бюджеттик ачыктык",
              "Мыйзам жана укук", "Жаштар демилгеси", "Элдик көзөмөл", "Адилет", "Ынтымак",
              "Келечек", "Тунук", "Айкөл", "Мекен", "Нур", "Өнүгүү", "Ыйман", "Билим",
              "Ден соолук", "Жашыл Кыргызстан", "Ишкер")
_TOPICS = ("бюджеттин аткарылышы", "мамлекеттик сатып алуулардын ачыктыгы",
           "жарандардын кайрылууларын кароо", "коррупцияга каршы иш-аракеттер планы",
           "мамлекеттик кызмат көрсөтүүлөрдүн сапаты", "ички аудиттин жыйынтыктары",
           "тармактык программанын аткарылышы", "ченемдик укуктук актынын долбоору",
           "гендердик саясат", "жаштар саясатын каржылоо", "санариптик кызматтар",
           "жергиликтүү бюджеттерге трансферттер", "кадр саясаты", "ведомстволук статистика")
_ABSENCE = ("иш сапарында", "ооруп калды", "өргүүдө", "үй-бүлөлүк себептер менен")
_CHOICES = ("for",) * 17 + ("against",) * 2 + ("abstain",)


def _generator_key() -> str:
    """Changes when this file or the store's schema does: a cached database is then rebuilt."""
    digest = hashlib.sha256()
    for path in (Path(__file__), ROOT / "kenesh_desktop" / "store" / "models.py",
                 ROOT / "kenesh_desktop" / "store" / "migrations.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def database_path(name: str) -> Path:
    return CACHE_DIR / f"{name}-{_generator_key()}.sqlite3"


def ensure_database(name: str, force: bool = False, quiet: bool = False) -> Path:
    """The cached database `name` ("typical" or "large"), generated first if missing."""
    path = database_path(name)
    if path.exists() and not force:
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_DIR.glob(f"{name}-*.sqlite3*"):
        stale.unlink()
    started = time.perf_counter()
    counts = generate(path, SHAPES[name])
    if not quiet:
        summary = ", ".join(f"{count:,} {table}" for table, count in counts.items())
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s: {summary}",
              file=sys.stderr)
    return path


# ------------------------------------------------------------------ building the rows


def _add_months(day: dt.date, months: int) -> dt.date:
    from kenesh_desktop.rules.dates import add_months

    return add_months(day, months)


def _add_years(day: dt.date, years: int) -> dt.date:
    from kenesh_desktop.rules.dates import add_years

    return add_years(day, years)


class _Rows:
    """Rows per table with the primary keys handed out here, so children can refer to them."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {}
        self.next_id: dict[str, int] = {}

    def add(self, table: str, *values) -> int:
        pk = self.next_id.get(table, 1)
        self.next_id[table] = pk + 1
        self.tables.setdefault(table, []).append((pk, *values))
        return pk


def _person(rng: random.Random, sex: str, serial: int) -> tuple[str, str]:
    """A Kyrgyz name (the family name agrees with the sex) and a unique 14-digit PIN."""
    last = rng.choice(_LAST) + ("ова" if sex == "female" else "ов")
    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(12000))
    pin = f"{1 if sex == 'female' else 2}{born:%d%m%Y}{serial:05d}"
    return f"{rng.choice(_FIRST[sex])} {last}", pin


def _council_rows(rows: _Rows, rng: random.Random, index: int, shape: Shape,
                  serials: Iterator[int]) -> None:
    start = _add_years(END, -shape.years) + dt.timedelta(days=1)
    # The compositions: 2-year terms (Art. 14), the current one running past END.
    offset = rng.randrange(1, 22)
    term_start = _add_months(start, offset - 24)
    terms = []
    while term_start <= END:
        term_end = _add_years(term_start, 2) - dt.timedelta(days=1)
        terms.append((term_start, term_end))
        term_start = term_end + dt.timedelta(days=1)
    body = f"{_BODIES[index % len(_BODIES)]} ({index + 1})" if shape.councils > 1 \
        else _BODIES[0]
    code = f"c{index + 1:02d}" if shape.councils > 1 else "minfin"
    council = rows.add("council", code, f"{body} алдындагы Коомдук кеңеш", body, "kg-74-2014")
    for number, (t_start, t_end) in enumerate(terms):
        # Each composition after the first was formed by its competition, 10 days ahead.
        rows.add("composition", council, t_start, t_end,
                 t_start - dt.timedelta(days=10) if number else None)
    codes = iter(range(1, 10**7))

    def next_code(prefix: str) -> str:
        return f"{prefix}{next(codes)}"

    # Members: 15 per composition, from distinct organisations, 8 women and 7 men or the
    # reverse (the 70 % share of Art. 14 kept), chair, deputy and secretary first.
    members_by_term: list[list[tuple[int, str]]] = []
    for number, (t_start, t_end) in enumerate(terms):
        organisations = rng.sample(
            [f"«{name}» {kind}" for name in _ORG_NAMES for kind in _ORG_KINDS], MEMBERS_PER_TERM)
        composition = []
        for k in range(MEMBERS_PER_TERM):
            sex = ("female", "male")[(k + number) % 2]
            name, pin = _person(rng, sex, next(serials))
            role = ("chair", "deputy_chair", "secretary")[k] if k < 3 else "member"
            end = None if number == len(terms) - 1 else t_end
            phone = f"+996 555 {rng.randrange(100000, 999999)}" if rng.random() < 0.5 else None
            pk = rows.add("member", council, next_code("m"), name, sex, organisations[k], role,
                          t_start, end, pin, phone, None)
            composition.append((pk, name))
        members_by_term.append(composition)

    def composition_on(day: dt.date) -> list[tuple[int, str]]:
        for (t_start, t_end), composition in zip(terms, members_by_term, strict=True):
            if t_start <= day <= t_end:
                return composition
        return members_by_term[0]

    # Sittings: one a month, mid-month, the last one not yet finalized.
    months = shape.years * 12
    meetings: list[tuple[int, dt.date]] = []
    for number in range(1, months + 1):
        month_start = _add_months(start, number - 1)
        day = month_start.replace(day=rng.randrange(8, 22))
        extraordinary = rng.random() < 0.05
        composition = composition_on(day)
        roll = rng.random()
        agenda_sent = (None if roll < 0.02 else day - dt.timedelta(days=1) if roll < 0.07
                       else day - dt.timedelta(days=rng.randrange(3, 9)))
        meeting = rows.add(
            "meeting", council, next_code("s"), number, day,
            "extraordinary" if extraordinary else "regular", "Жыйындар залы", agenda_sent,
            number < months, "10:00", composition[0][0] if extraordinary else None,
            "министрдин орун басары")
        meetings.append((meeting, day))
        quorum_lost = rng.random() < 0.04
        present = []
        for pk, _name in composition:
            here = rng.random() < (0.5 if quorum_lost else 0.9)
            reason = "" if here or rng.random() < 0.5 else rng.choice(_ABSENCE)
            rows.add("attendance", meeting, pk, here, reason)
            if here:
                present.append(pk)
        rows.add("guest", meeting, 1, "Бурулай Ниязалиева", "министрликтин башкармалыгы",
                 "state_body")
        for position in range(1, ITEMS_PER_SITTING + 1):
            topic = rng.choice(_TOPICS)
            item = rows.add(
                "agenda_item", meeting, position, f"{topic.capitalize()} жөнүндө",
                rng.choice(("council", "state_body")),
                f"Маалымат эске алынсын; {topic} боюнча сунуштар министрликке жиберилсин.",
                composition[position % len(composition)][1], f"{topic.capitalize()} тууралуу "
                "баяндама угулду.")
            for pk in present:
                rows.add("vote", item, pk, rng.choice(_CHOICES))

    # Requests to the state body (Art. 18: a written answer within 14 days), most in time.
    for year_index in range(shape.years):
        year_start = _add_years(start, year_index)
        for n in range(1, REQUESTS_PER_YEAR + 1):
            registered = year_start + dt.timedelta(days=rng.randrange(365))
            if registered > END:
                continue
            answered = registered + dt.timedelta(days=rng.choice((3, 5, 7, 9, 10, 12, 13, 14,
                                                                   16, 21)))
            if answered > END or rng.random() < 0.03:
                answered = None
            topic = rng.choice(_TOPICS)
            rows.add("request", council, next_code("r"), f"КК-{registered.year}-{n:03d}",
                     f"{topic.capitalize()} боюнча маалымат суроо",
                     "министрдин орун басары", registered, answered,
                     f"Коомдук кеңеш {topic} боюнча маалымат берүүнү суранат.",
                     "Маалымат берилди." if answered else "")

    # Citizens' proposals, commission notices (Art. 18: 2 days ahead), yearly plans.
    for year_index in range(shape.years):
        year = start.year + year_index
        for _ in range(6):
            received = _add_years(start, year_index) + dt.timedelta(days=rng.randrange(365))
            if received > END:
                continue
            considered = next(((pk, day) for pk, day in meetings if day >= received), None)
            rows.add("proposal", council, next_code("p"), _person(rng, "male", 0)[0], received,
                     f"{rng.choice(_TOPICS).capitalize()} боюнча сунуш",
                     considered[0] if considered else None,
                     "колдоого алынды" if considered else None,
                     considered[1] + dt.timedelta(days=5) if considered else None)
            sitting = received + dt.timedelta(days=rng.choice((1, 3, 4, 5, 7)))
            composition = composition_on(sitting)
            rows.add("commission_notice", council, next_code("n"), "Тендердик комиссия",
                     received, sitting, composition[rng.randrange(len(composition))][0],
                     "министрлик", "Сатып алуунун жыйынтыктары", rng.random() < 0.8, "")
        approved_at = next((pk for pk, day in meetings if day.year == year - 1
                            and day.month == 12), None)
        plan = rows.add("annual_plan", council, year, dt.date(year - 1, 12, 20),
                        dt.date(year - 1, 12, 23), approved_at, f"{year}/01")
        for position in range(1, 16):
            due = dt.date(year, min(12, position), 28)
            rows.add("plan_item", plan, position,
                     f"{rng.choice(_TOPICS).capitalize()} жөнүндө маселени кароо", due,
                     "Коомдук кеңештин төрагасы", "отурум", "month",
                     "done" if due < END else "planned", "")

    # A competition before each composition after the first (Art. 14), with its candidates.
    for t_start, _t_end in terms[1:]:
        announced = _add_months(t_start, -4)
        competition = rows.add("competition", council, next_code("k"), announced,
                               announced + dt.timedelta(days=3), t_start - dt.timedelta(days=10))
        for k in range(20):
            sex = ("female", "male")[k % 2]
            name, _pin = _person(rng, sex, 0)
            ok = rng.random() < 0.9
            rows.add("candidate", council, competition, next_code("c"), name, sex,
                     f"«{rng.choice(_ORG_NAMES)}» {rng.choice(_ORG_KINDS)}",
                     announced + dt.timedelta(days=rng.randrange(5, 30)),
                     True, True, 2 if ok else 1, True, *([ok] * 7), *([""] * 7), k < 15,
                     None, None)


_COLUMNS = {
    "council": ("id", "code", "name", "state_body", "rulebook"),
    "composition": ("id", "council", "start", "end", "formed"),
    "member": ("id", "council", "code", "full_name", "sex", "organization", "role", "start",
               "end", "pin", "phone", "email"),
    "meeting": ("id", "council", "code", "number", "date", "kind", "place", "agenda_sent",
                "finalized", "time", "called_by", "state_body_representative"),
    "attendance": ("id", "meeting", "member", "present", "absence_reason"),
    "guest": ("id", "meeting", "position", "full_name", "organization", "category"),
    "agenda_item": ("id", "meeting", "position", "title", "proposed_by", "decision", "speaker",
                    "heard"),
    "vote": ("id", "item", "member", "choice"),
    "request": ("id", "council", "code", "number", "subject", "addressee", "registered",
                "answered", "text", "answer_summary"),
    "proposal": ("id", "council", "code", "author", "received", "summary", "considered_at",
                 "outcome", "reply_sent"),
    "commission_notice": ("id", "council", "code", "commission", "received", "sitting",
                          "observer", "place", "agenda", "attended", "notes"),
    "annual_plan": ("id", "council", "year", "approved", "sent", "approved_at",
                    "letter_number"),
    "plan_item": ("id", "plan", "position", "title", "due", "responsible", "form",
                  "due_precision", "status", "note"),
    "competition": ("id", "council", "code", "announced", "published", "formed"),
    "candidate": ("id", "council", "competition", "code", "full_name", "sex", "organization",
                  "received", "doc_application", "doc_cv_with_photo",
                  "doc_recommendation_letters", "doc_vision", "req_citizen_capable",
                  "req_no_criminal_record", "req_not_civil_servant", "req_reputation",
                  "req_no_relatives_in_body", "req_independent", "req_civic_experience",
                  "note_citizen_capable", "note_no_criminal_record", "note_not_civil_servant",
                  "note_reputation", "note_no_relatives_in_body", "note_independent",
                  "note_civic_experience", "selected", "phone", "email"),
}


def generate(path: Path, shape: Shape, seed: int = 74) -> dict[str, int]:
    """Write the database `shape` to `path` (replaced if it exists); returns rows per table."""
    import peewee

    from kenesh_desktop.store import models as m
    from kenesh_desktop.store.db import close_database, db, open_database

    rng = random.Random(seed)
    rows = _Rows()
    serials = iter(range(1, 10**5))
    for index in range(shape.councils):
        _council_rows(rows, rng, index, shape, serials)

    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    # The store makes the schema (and marks the file as a Kenesh database) ...
    previous_data_dir = os.environ.get("KENESH_DATA_DIR")
    os.environ["KENESH_DATA_DIR"] = str(CACHE_DIR / "data")  # its backups land here
    try:
        open_database(partial)
        close_database()
    finally:
        if previous_data_dir is None:
            os.environ.pop("KENESH_DATA_DIR", None)
        else:
            os.environ["KENESH_DATA_DIR"] = previous_data_dir
    # ... and the rows go in on a plain connection: no write hooks, no exclusive lock, and
    # no fsync per page (a half-written file is never renamed into place).
    bulk = peewee.SqliteDatabase(str(partial), pragmas={"foreign_keys": 1,
                                                        "synchronous": 0})
    models = {model._meta.table_name: model for model in m.ALL_MODELS}
    db.initialize(bulk)
    try:
        bulk.connect()
        with bulk.atomic():
            for table, columns in _COLUMNS.items():
                model = models[table]
                fields = [model._meta.fields[column] for column in columns]
                table_rows = rows.tables.get(table, [])
                if not table_rows:
                    continue
                # peewee converts the values (db_value); sqlite3's executemany runs one
                # statement for every row. Letting peewee render one statement per chunk of
                # rows took 90 % of the time.
                # (columns not named here, such as a row's version, take their defaults)
                names = ", ".join(f'"{field.column_name}"' for field in fields)
                sql = (f'INSERT INTO "{table}" ({names}) '
                       f'VALUES ({", ".join("?" * len(fields))})')
                convert = [field.db_value for field in fields]
                bulk.cursor().executemany(sql, (
                    [to_db(value) for to_db, value in zip(convert, row, strict=True)]
                    for row in table_rows
                ))
    finally:
        bulk.close()
        db.initialize(None)
    os.replace(partial, path)
    return {table: len(rows.tables.get(table, [])) for table in _COLUMNS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME", help="typical, large (default: both)")
    parser.add_argument("--force", action="store_true", help="generate even if cached")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(SHAPES))
    if unknown:
        parser.error(f"unknown database: {', '.join(unknown)} (choose from {', '.join(SHAPES)})")
    for name in args.names or SHAPES:
        print(ensure_database(name, force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
