"""The plan tab's documents and its place in the window: the plan PDF and the annual report
chosen in a language at export, saved where the file dialog says and opened in the viewer
(through the replaceable helper), nothing written when the dialog is cancelled, a message when
the file cannot be written, and the Overview's plan.copy_due row leading to the plan."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from ui_driver import shown_tab

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import plan_writes, writes
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.overview import OverviewTab
from kenesh_desktop.ui.plan import PlanTab

D = dt.date


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def opened(monkeypatch) -> list:
    """The files the tab asked the system viewer to open (none is really opened)."""
    paths: list = []
    monkeypatch.setattr(documents_export, "open_document", lambda path: paths.append(path) or True)
    return paths


@pytest.fixture
def council(session) -> str:
    members = [r.Member(f"m{i}", f"Мүчө Үсөнова {i}", "female", f"Уюм {i}",
                        "chair" if i == 1 else "member", D(2026, 1, 15)) for i in range(1, 8)]
    meeting = r.Meeting("s4", 4, D(2027, 1, 20), present=[m.id for m in members],
                        items=[r.AgendaItem("Иш планын бекитүү", decision="Бекитилсин.",
                                            votes={m.id: "for" for m in members})])
    writes.import_councils([r.Council(
        "minfin", "Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
        terms=[r.Term(D(2026, 1, 15), D(2028, 1, 14))], members=members, meetings=[meeting],
        requests=[r.Request("r1", "КК-7", "Бюджет", "Министр", D(2027, 1, 25),
                            D(2027, 2, 10))])])
    plan_writes.create_plan("minfin", 2027)
    for title, status in (("Коомдук угуу өткөрүү", "done"), ("Жылдык отчетту жарыялоо",
                                                              "planned")):
        plan_writes.add_plan_item("minfin", 2027, r.PlanItem(title, D(2027, 12, 31), "Катчы",
                                                             "Отчет", "quarter", status))
    plan_writes.approve_plan("minfin", 2027, "s4")
    plan_writes.record_copy_sent("minfin", 2027, D(2027, 1, 24), "01-12/45")
    session.select_council("minfin")
    return "minfin"


@pytest.fixture
def tab(qtbot, session, council) -> PlanTab:
    return shown_tab(qtbot, PlanTab, session)


def trigger(button, name: str) -> None:
    """Choose a language in the document button's menu."""
    action = next(a for a in button.menu().actions() if a.objectName() == name)
    action.trigger()


def test_the_plan_pdf_in_english_is_saved_and_opened(tab, answers, opened, tmp_path):
    answers.save_file = str(tmp_path / "plan-2027")
    trigger(tab.pdf_button, "PlanPdf_en")
    path = tmp_path / "plan-2027.pdf"
    assert opened == [path] and path.is_file()
    text = pdf_text(path)
    assert "WORK PLAN of the Public Council for 2027" in text
    assert "APPROVED at sitting No. 4 of 20 January 2027" in text
    assert "Copy sent to the state body: 24 January 2027 (Art. 18), letter No. 01-12/45" in text
    assert "Коомдук угуу өткөрүү" in text and "Жылдык отчетту жарыялоо" in text


def test_the_plan_as_a_word_copy(tab, answers, opened, tmp_path):
    from docx import Document as open_docx

    answers.save_file = str(tmp_path / "plan-2027")
    trigger(tab.word_button, "PlanWord_ru")
    path = tmp_path / "plan-2027.docx"
    assert opened == [path]
    word = open_docx(path)
    text = " ".join(p.text for p in word.paragraphs)
    assert "ПЛАН РАБОТЫ Общественного совета на 2027 год" in text
    assert [c.text for c in word.tables[0].rows[1].cells][1] == "Коомдук угуу өткөрүү"


def test_the_annual_report_in_kyrgyz(tab, answers, opened, tmp_path):
    answers.save_file = str(tmp_path / "report.pdf")
    trigger(tab.report_button, "AnnualReport_ky")
    assert opened == [tmp_path / "report.pdf"]
    text = pdf_text(tmp_path / "report.pdf")
    assert "Коомдук кеңештин 2027-жылдагы ишмердүүлүгү тууралуу ОТЧЕТУ" in text
    # As of the session's today (1 March 2027): one sitting, one request answered in time.
    assert "Маалыматтар 2027-жылдын 1-марты абалы боюнча." in text
    assert "2027-жылы 1 отурум өткөрүлдү" in text
    assert "КК-7" in text and "мөөнөтүндө жооп берилди" in text
    assert "3 иш-чаранын" not in text and "2 иш-чаранын 1 аткарылды" in text


def test_a_cancelled_file_dialog_writes_nothing(tab, answers, opened, tmp_path):
    answers.save_file = ""
    trigger(tab.pdf_button, "PlanPdf_ru")
    trigger(tab.report_button, "AnnualReport_ru")
    assert opened == [] and list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_cannot_be_written_is_reported(tab, answers, opened, tmp_path):
    answers.save_file = str(tmp_path / "no such folder" / "plan.pdf")
    trigger(tab.pdf_button, "PlanPdf_ky")
    assert opened == []
    assert len(answers.texts("warn")) == 1
    assert answers.texts("warn")[0].startswith("The PDF could not be written.")


def test_the_overview_leads_to_the_plan(qtbot, make_window, council, session):
    plan_writes.record_copy_sent("minfin", 2027, None)
    plan_writes.create_plan("minfin", 2026)
    session.notify_changed()
    window = make_window()
    overview = window.findChild(OverviewTab, "OverviewTab")
    row = next(i for i in range(overview.model.rowCount())
               if overview.model.record(i).rule == "plan.copy_due")
    tab = window.findChild(PlanTab, "PlanTab")
    assert tab.year == 2027
    tab.select_year(2026)
    overview.view.activated.emit(overview.model.index(row, 0))
    assert window.tabs.currentWidget() is tab
    assert tab.year == 2027
    assert tab.status.copy_label.property("state") == "violation"
