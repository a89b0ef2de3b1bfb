"""What the public pack holds: nothing that is never published (EXCHANGE.md v2: pin, phone,
e-mail, absence reasons, candidates' documents and requirements, draft sittings' decisions;
and, by the pack's own caution, guests' and proposal authors' names), planted with unique
values and looked for in every file; the open data loads with `csv` and `json`, matches the
records and is described column by column; the calendar parses with icalendar."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from public_factory import DAY, DRAFT_DECISION, Page, public_test_council, secrets

from kenesh_desktop.documents.public_pack import data_files, publish_pack
from kenesh_desktop.files import spreadsheet_safe


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pack") / "site"
    publish_pack(public_test_council(), folder, "ky", DAY)
    return folder


def every_file_text(folder: Path) -> dict[str, str]:
    """Every file of the folder as text; iCalendar lines unfolded (RFC 5545 folds at 75
    octets, which could split a value)."""
    out = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes().decode("utf-8-sig")
        if path.suffix == ".ics":
            content = content.replace("\r\n ", "").replace("\\,", ",")
        out[str(path.relative_to(folder))] = content
    return out


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_nothing_that_is_never_published_is_anywhere(tmp_path, lang):
    folder = tmp_path / "site"
    publish_pack(public_test_council(), folder, lang, DAY)
    files = every_file_text(folder)
    assert len(files) >= 40
    for what, value in secrets().items():
        for name, content in files.items():
            assert value not in content, f"{what} ({value!r}) found in {name}"


def test_a_draft_sitting_shows_its_announcement_and_no_decision(pack):
    page = Page(pack / "sitting-5.html")
    assert "Долбоордогу маселе" in page.text  # the agenda is public
    assert "Асанова А. Б." in page.text  # who will report
    assert DRAFT_DECISION not in page.text
    for word in ("Токтом кылынды", "Кабыл алынды", "Добуш берүү", "Катышкандар"):
        assert word not in page.text, word
    assert 'class="outcome' not in (pack / "sitting-5.html").read_text(encoding="utf-8")
    rows = read_csv(pack / "data" / "agenda_items.csv")
    draft = [row for row in rows if row["sitting"] == "5"]
    assert len(draft) == 1
    for column in ("decision", "votes_for", "votes_against", "votes_abstain", "outcome"):
        assert draft[0][column] == "", column
    assert not [row for row in read_csv(pack / "data" / "votes.csv") if row["sitting"] == "5"]
    assert not [row for row in read_csv(pack / "data" / "attendance.csv")
                if row["sitting"] == "5"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_table_loads_as_csv_and_json_with_the_same_rows(pack):
    for name, columns in data_files.COLUMNS.items():
        rows = read_csv(pack / "data" / f"{name}.csv")
        with (pack / "data" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            assert tuple(next(csv.reader(handle))) == columns
        records = json.loads((pack / "data" / f"{name}.json").read_text(encoding="utf-8"))
        assert len(records) == len(rows), name
        for record, row in zip(records, rows, strict=True):
            assert tuple(record) == columns
            for column in columns:
                value = record[column]
                expected = ("" if value is None else "true" if value is True
                            else "false" if value is False else spreadsheet_safe(value))
                assert row[column] == expected, (name, column)


def test_the_tables_match_the_records(pack):
    council = public_test_council()
    members = read_csv(pack / "data" / "members.csv")
    assert [(m["full_name"], m["role"], m["start"]) for m in members][:2] == [
        ("Асанова Айгүл Бакытовна", "chair", "2026-02-01"),
        ("Жеңишбеков Эрлан Асанович", "deputy_chair", "2026-02-01")]
    assert {m["full_name"] for m in members} == {m.full_name for m in council.members}
    assert set(members[0]) == {"full_name", "role", "organization", "sex", "start", "end"}

    sittings = read_csv(pack / "data" / "sittings.csv")
    assert [(s["number"], s["date"], s["time"], s["status"]) for s in sittings] == [
        ("1", "2027-01-20", "15:00", "finalized"), ("3", "2027-03-15", "10:00", "finalized"),
        ("4", "2027-04-02", "14:30", "in_preparation"),
        ("5", "2027-05-05", "11:00", "in_preparation"), ("6", "2027-06-03", "", "upcoming")]
    third = sittings[1]
    assert (third["members"], third["present"], third["quorum_needed"],
            third["quorum_reached"], third["adopted"]) == ("14", "9", "10", "false", "0")
    assert sittings[2]["present"] == "" and sittings[2]["adopted"] == ""

    items = read_csv(pack / "data" / "agenda_items.csv")
    first = council.meetings[0].items[0]
    assert items[0] == {"sitting": "1", "item": "1", "title": first.title,
                        "proposed_by": "council", "speaker": "", "decision": first.decision,
                        "votes_for": "11", "votes_against": "0", "votes_abstain": "0",
                        "outcome": "adopted"}
    assert [i["outcome"] for i in items if i["sitting"] == "3"] == ["no_quorum"] * 3
    assert items[3]["title"] == "Ар кандай маселелер: «A & B» <тест>"

    votes = read_csv(pack / "data" / "votes.csv")
    expected = sum(len(i.votes) for m in council.meetings[:2] for i in m.items)
    assert len(votes) == expected
    attendance = read_csv(pack / "data" / "attendance.csv")
    third_rows = [a for a in attendance if a["sitting"] == "3"]
    assert len(third_rows) == 14 and sum(a["present"] == "true" for a in third_rows) == 9

    plans = read_csv(pack / "data" / "plans.csv")
    assert {p["year"] for p in plans} == {"2027"}  # 2028 is not approved
    assert plans[0]["due"] == "2027-03-31" and plans[0]["due_precision"] == "month"
    requests = read_csv(pack / "data" / "requests.csv")
    assert [(r["number"], r["answer_due"], r["answered"]) for r in requests] == [
        ("КК-01", "2027-02-15", "2027-02-10"), ("КК-02", "2027-03-15", "")]
    proposals = read_csv(pack / "data" / "proposals.csv")
    assert proposals == [{"received": "2027-03-02", "summary": "Ачык маалымат сунушу",
                          "considered_at": "3", "outcome": "колдоого алынды"}]
    council_json = json.loads((pack / "data" / "council.json").read_text(encoding="utf-8"))
    assert council_json["id"] == "kk-health" and council_json["as_of"] == DAY.isoformat()
    assert tuple(council_json) == data_files.COUNCIL_FIELDS


def test_the_readme_describes_every_column(pack):
    readme = (pack / "data" / "README.md").read_text(encoding="utf-8")
    for name, columns in data_files.COLUMNS.items():
        section = readme.split(f"## {name}.csv", 1)[1].split("\n## ", 1)[0]
        for column in columns:
            line = next(x for x in section.splitlines() if x.startswith(f"| `{column}` |"))
            assert len(line.split("|")[2].strip()) > 3, (name, column)
    for field in data_files.COUNCIL_FIELDS:
        assert f"| `{field}` |" in readme
    data_page = Page(pack / "data.html").text
    assert "agenda_items.csv" in data_page and "UTF-8" in data_page


def test_the_calendar_has_one_event_per_sitting_at_its_date_and_time(pack):
    council = public_test_council()
    calendar = icalendar.Calendar.from_ical((pack / "sittings.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(council.meetings)
    bishkek = dt.timedelta(hours=6)
    for event, meeting in zip(events, sorted(council.meetings, key=lambda m: m.number),
                              strict=True):
        start = event.decoded("dtstart")
        if meeting.time:
            hour, minute = map(int, meeting.time.split(":"))
            assert start.replace(tzinfo=None) == dt.datetime.combine(
                meeting.date, dt.time(hour, minute))
            assert start.utcoffset() == bishkek
            assert event.decoded("duration") == dt.timedelta(hours=2)
        else:  # no time yet: an all-day event
            assert start == meeting.date and not isinstance(start, dt.datetime)
            assert event.decoded("dtend") == meeting.date + dt.timedelta(days=1)
        assert str(event["uid"]) == f"kk-health.{meeting.id}@kenesh-desktop"
        assert f"№{meeting.number}" in str(event["summary"])
    assert len({str(e["uid"]) for e in events}) == len(events)
    one = icalendar.Calendar.from_ical((pack / "calendar" / "sitting-3.ics").read_bytes())
    (event,) = one.walk("VEVENT")
    assert str(event["location"]) == council.meetings[1].place
    assert "Тендердик комиссияга байкоочу дайындоо жөнүндө" in str(event["description"])
