"""The register of requests (Art. 18) as PDF and CSV: each request's state at the 14-day
boundary (answered on day 14 on time, on day 15 late, unanswered on day 15 overdue), the
period with both ends included, the PDF read back with pypdf in Kyrgyz, Russian and English,
and the CSV read back with csv: UTF-8 with a BOM, formula cells neutralised, replaced whole."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from documents_factory import pdf_text
from pypdf import PdfReader

from kenesh_desktop.documents.csv_export import neutralise, write_csv
from kenesh_desktop.documents.request_register import (
    build_request_register,
    register_rows,
    write_request_register_csv,
)
from kenesh_desktop.rules.deadlines import (
    ANSWERED_LATE,
    ANSWERED_ON_TIME,
    DUE_SOON,
    OVERDUE,
    WAITING,
)
from kenesh_desktop.rules.records import Request

D = dt.date
REGISTERED = D(2027, 3, 1)  # the answer is due on 2027-03-15 (day 14)
TODAY = D(2027, 3, 16)  # day 15
FIRST_QUARTER = (D(2027, 1, 1), D(2027, 3, 31))


def requests() -> list[Request]:
    return [
        Request("r1", "КК-1", "Бюджеттин аткарылышы", "Министр", REGISTERED, D(2027, 3, 15)),
        Request("r2", "КК-2", "Сатып алуулар", "Директор", REGISTERED, D(2027, 3, 16)),
        Request("r3", "КК-3", "Гранттар өздөштүрүлүшү", "Башчы", REGISTERED),
        Request("r4", "КК-4", "Мөөнөттөр", "Жетекчи", D(2027, 3, 5)),  # due 03-19: 3 days left
        Request("r5", "КК-5", "=HYPERLINK(\"http://x\")", "Жетекчи", D(2027, 3, 10)),
        Request("r6", "КК-6", "Мурунку жыл", "Министр", D(2026, 12, 31), D(2027, 1, 5)),
    ]


def test_states_at_the_fourteen_day_boundary():
    rows = register_rows(requests(), D(2027, 1, 1), D(2027, 3, 31), TODAY)
    states = {row.number: (row.state.status, row.due) for row in rows}
    assert states["КК-1"] == (ANSWERED_ON_TIME, D(2027, 3, 15))  # answered on day 14
    assert states["КК-2"] == (ANSWERED_LATE, D(2027, 3, 15))  # answered on day 15
    assert states["КК-3"] == (OVERDUE, D(2027, 3, 15))  # not answered on day 15
    assert states["КК-4"] == (DUE_SOON, D(2027, 3, 19))
    assert states["КК-5"] == (WAITING, D(2027, 3, 24))
    assert "КК-6" not in states  # registered before the period


def test_the_period_includes_both_ends_and_orders_by_registration():
    rows = register_rows(requests(), D(2026, 12, 31), D(2027, 3, 5), TODAY)
    assert [row.number for row in rows] == ["КК-6", "КК-1", "КК-2", "КК-3", "КК-4"]


def register_pdf(lang: str, period: tuple[dt.date, dt.date] = FIRST_QUARTER) -> bytes:
    start, end = period
    out = io.BytesIO()
    build_request_register("Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
                           requests(), out, start, end, TODAY, lang)
    return out.getvalue()


def test_pdf_in_kyrgyz():
    text = pdf_text(register_pdf("ky"))
    assert "Коомдук кеңештин мамлекеттик органга жиберген суроо-талаптарынын РЕЕСТРИ" in text
    assert "Мезгили: 2027-жылдын 1-январы – 2027-жылдын 31-марты" in text
    assert "18-берене" in text and "14 күн" in text
    for number in ("КК-1", "КК-2", "КК-3", "КК-4", "КК-5"):
        assert number in text
    assert "КК-6" not in text
    assert "Гранттар өздөштүрүлүшү" in text  # Ө Ү read back, not the seed's broken letters
    assert "өз убагында жооп берилди" in text
    assert "1 күн кечигип жооп берилди" in text
    assert "мөөнөтү өттү, 1 күн кечикти" in text
    assert "01.03.2027" in text and "15.03.2027" in text
    assert "Бардыгы: 5; өз убагында жооп берилди: 1; кечигип жооп берилди: 1; мөөнөтү өттү: 1;" \
           " жооп күтүлүүдө: 2." in text


def test_pdf_in_russian_and_english():
    ru = pdf_text(register_pdf("ru"))
    assert "РЕЕСТР запросов Общественного совета в государственный орган" in ru
    assert "ст. 18" in ru and "ответ дан с опозданием на 1 день" in ru
    assert "просрочено на 1 день" in ru and "осталось 3 дня" in ru
    en = pdf_text(register_pdf("en"))
    assert "REGISTER of the Public Council's requests to the state body" in en
    assert "Art. 18" in en and "answered 1 day late" in en and "overdue by 1 day" in en
    assert "due soon, 3 days left" in en and "answered on time" in en
    reader = PdfReader(io.BytesIO(register_pdf("en")))
    assert reader.metadata.title.startswith("Register of requests")


def test_an_empty_period_says_so():
    text = pdf_text(register_pdf("en", (D(2020, 1, 1), D(2020, 12, 31))))
    assert "No requests were registered in this period." in text


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_reads_back_with_the_same_rows(tmp_path):
    path = write_request_register_csv(requests(), tmp_path / "register.csv", D(2027, 1, 1),
                                      D(2027, 3, 31), TODAY, "ky")
    rows = read_csv(path)
    assert rows[0] == ["Номери", "Темасы", "Катталган күнү", "Жооп берүү мөөнөтү",
                       "Жооп берилген күнү", "Абалы"]
    assert rows[1] == ["КК-1", "Бюджеттин аткарылышы", "2027-03-01", "2027-03-15",
                       "2027-03-15", "өз убагында жооп берилди"]
    assert rows[3] == ["КК-3", "Гранттар өздөштүрүлүшү", "2027-03-01", "2027-03-15", "",
                       "мөөнөтү өттү, 1 күн кечикти"]
    # A subject typed as a formula stays text in a spreadsheet.
    assert rows[5][1] == "'=HYPERLINK(\"http://x\")"
    assert len(rows) == 6
    english = read_csv(write_request_register_csv(requests(), tmp_path / "en.csv",
                                                  D(2027, 1, 1), D(2027, 3, 31), TODAY, "en"))
    assert english[0][-1] == "State" and english[2][-1] == "answered 1 day late"


@pytest.mark.parametrize("cell", ["=1+1", "+7", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["КК-1", "12", "a=b", "", "'quoted"])
def test_other_cells_are_kept(cell):
    assert neutralise(cell) == cell


def test_csv_replaces_the_old_file_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "register.csv"
    target.write_text("old contents", encoding="utf-8")
    write_csv(target, ["a", "b"], [["1", "=2"], ["Ң", None]])
    assert read_csv(target) == [["a", "b"], ["1", "'=2"], ["Ң", ""]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.csv"]


def test_a_failed_csv_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "register.csv"
    target.write_text("old contents", encoding="utf-8")

    def rows():
        yield ["1", "2"]
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        write_csv(target, ["a", "b"], rows())
    assert target.read_text(encoding="utf-8") == "old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.csv"]
