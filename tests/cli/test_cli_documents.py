"""Documents on the command line (EXCHANGE.md version 2): `minutes` and `plan` write a Word
copy when --out ends in .docx, `extract` writes one agenda item (K from 1, agenda order)
certified by whoever took the minutes, as PDF or Word; any other suffix, an item the agenda
does not have, or a sitting that does not exist is bad input: exit 2, one line on stderr,
and no file written."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_driver import DAY, run
from docx import Document as open_docx
from pypdf import PdfReader

from kenesh_desktop.demo import DEMO_COUNCIL_ID, demo_council
from kenesh_desktop.rules.meetings import meeting_quorum


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return squash(" ".join(page.extract_text() for page in PdfReader(path).pages))


def docx_text(path: Path) -> str:
    document = open_docx(path)
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for t in document.tables for row in t.rows for cell in row.cells
              for p in cell.paragraphs]
    return squash(" ".join(texts))


@pytest.fixture(scope="module")
def no_quorum() -> int:
    """The number of the demo's sitting without a quorum."""
    import datetime as dt

    council = demo_council(dt.date.fromisoformat(DAY))
    return next(m.number for m in council.meetings
                if m.present and not meeting_quorum(council, m).reached)


def test_minutes_as_word(demo_db, capsys, tmp_path, no_quorum):
    target = tmp_path / "protokol.docx"
    code, out, err = run(capsys, "minutes", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                         "--meeting", no_quorum, "--out", target, "--lang", "ru")
    assert code == 0, err
    assert f"wrote the minutes of sitting {no_quorum}" in out
    text = docx_text(target)
    assert f"ПРОТОКОЛ №{no_quorum} заседания Общественного совета" in text
    assert "Решение не принято: заседание неправомочно, кворума нет (ст. 17)." in text
    assert "Решение принято" not in text
    assert "Председательствующий Н. Өмүрбеков" in text  # the deputy: the chair was absent


def test_plan_as_word(demo_db, capsys, tmp_path):
    target = tmp_path / "plan.docx"
    code, _, err = run(capsys, "plan", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                       "--year", "2027", "--out", target)
    assert code == 0, err
    text = docx_text(target)
    assert "Коомдук кеңештин 2027-жылга карата ИШ ПЛАНЫ" in text
    assert "Төрага А. Токтогулова" in text


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_extract_of_one_item(demo_db, capsys, tmp_path, suffix):
    import datetime as dt

    council = demo_council(dt.date.fromisoformat(DAY))
    sitting = next(m for m in council.meetings if len(m.items) >= 3 and m.finalized)
    target = tmp_path / f"kochurmo.{suffix}"
    code, out, err = run(capsys, "extract", "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                         "--meeting", sitting.number, "--item", 2, "--out", target,
                         "--lang", "en")
    assert code == 0, err
    assert f"wrote the extract of item 2 of sitting {sitting.number}" in out
    text = pdf_text(target) if suffix == "pdf" else docx_text(target)
    assert f"EXTRACT FROM MINUTES No. {sitting.number}" in text
    assert f"Agenda item 2: {sitting.items[1].title}" in text
    for other in (sitting.items[0], sitting.items[2]):
        assert other.title not in text  # item K alone
    assert "Present: " in text and ("; quorum: 2/3 of members (Law No. 74, repealed in 2023, "
                                       "Art. 17)") in text
    assert "A true extract." in text and "Minutes taken by Г. Үсөнова" in text
    if suffix == "pdf":
        assert "Fingerprint:" in text  # a finalized record's


@pytest.mark.parametrize(("argv", "named"), [
    (["minutes", "--meeting", "1", "--out", "{tmp}/m.txt"], "must end in .pdf or .docx"),
    (["plan", "--year", "2027", "--out", "{tmp}/p.odt"], "must end in .pdf or .docx"),
    (["extract", "--meeting", "1", "--item", "1", "--out", "{tmp}/e"], "must end in .pdf"),
    (["extract", "--meeting", "1", "--item", "0", "--out", "{tmp}/e.pdf"], "no agenda item 0"),
    (["extract", "--meeting", "1", "--item", "9", "--out", "{tmp}/e.pdf"], "no agenda item 9"),
    (["extract", "--meeting", "99", "--item", "1", "--out", "{tmp}/e.pdf"],
     "no sitting number 99"),
    (["extract", "--meeting", "1", "--item", "x", "--out", "{tmp}/e.pdf"], "invalid int"),
])
def test_bad_input_exits_2_on_one_line_and_writes_nothing(argv, named, demo_db, capsys,
                                                          tmp_path):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, argv[0], "--db", demo_db, "--council", DEMO_COUNCIL_ID,
                       *argv[1:])
    assert code == 2
    assert err.startswith("kenesh-desktop") and err.count("\n") == 1, err
    assert named in err and "Traceback" not in err
    written = {p.name for p in tmp_path.iterdir()} - {demo_db.name}
    assert not {name for name in written if not name.startswith(demo_db.name)}, written
