"""The Candidates tab as the secretariat uses it (Art. 14): the three deadlines of a term ending
14 January 2028 shown live in green, amber and red; announcing the competition; a candidate
added through the form, documents and requirements ticked, the state changing on the spot;
documents on the last day of the intake window and the day after; the Commission's choice
and its live preview; 8 men of 10 refused with the Art. 14 reason; a lawful composition
formed through the dialog; scans attached and opened through the overridable viewer; the
list for the Commission as a PDF without contacts; navigation; qtmodeltester."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from ui_driver import click_ok, open_dialog, type_text

from kenesh_desktop.rules.records import (
    REQUIREMENT_KEYS,
    Candidate,
    Competition,
    Council,
    Member,
    Term,
)
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import models as m
from kenesh_desktop.store import queries, writes
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.candidates import CandidatesTab
from kenesh_desktop.ui.candidates.candidate_dialog import CandidateDialog
from kenesh_desktop.ui.candidates.dialogs import (
    CandidateListDialog,
    CompetitionDialog,
    FormCompositionDialog,
)
from kenesh_desktop.ui.candidates.table import RECEIVED_COLUMN, SELECTED_COLUMN

TERM_START, TERM_END = dt.date(2026, 1, 15), dt.date(2028, 1, 14)
PUBLISHED = dt.date(2027, 11, 5)  # documents accepted until 5 December 2027
DOCS = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}
MET = {key: True for key in REQUIREMENT_KEYS}
WOMEN = ["Айгүл Токтогулова", "Гүлзат Үсөнова", "Чолпон Мамытова", "Жылдыз Абдыкадырова",
         "Нургүл Ибраимова"]
MEN = ["Нурлан Өмүрбеков", "Бакыт Жээнбеков", "Эрмек Сыдыков", "Талант Күлмырзаев",
       "Мирлан Төлөгөнов", "Улан Сүйүнбаев", "Азамат Жеңишбеков", "Канат Осмонов"]


def council_record(candidates: list[Candidate] | None = None) -> Council:
    members = [Member(f"m{i}", f"Мүчө{i} Мурунку", "female" if i % 2 else "male", f"Уюм {i}",
                      "member", TERM_START) for i in range(1, 10)]
    competitions = []
    if candidates is not None:
        competitions = [Competition("c1", announced=dt.date(2027, 11, 1), published=PUBLISHED,
                                    candidates=candidates)]
    return Council("minfin", "Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
                   terms=[Term(TERM_START, TERM_END)], members=members, competitions=competitions)


def eligible(people: list[tuple[str, str]], selected: bool = True) -> list[Candidate]:
    return [Candidate(f"k{i}", name, sex, f"«{name.split()[1]}» фонду", dt.date(2027, 11, 10),
                      dict(DOCS), dict(MET), selected=selected, phone=f"+996 555 00{i}")
            for i, (name, sex) in enumerate(people, start=1)]


def open_tab(make_window, council: Council) -> CandidatesTab:
    writes.import_councils([council])
    window = make_window()
    tab = window.findChild(CandidatesTab, "CandidatesTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (the middle of a stretched box is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def state(label) -> str:
    return label.property("state")


@pytest.fixture
def data_dir(tmp_path):
    """The data folder of this test (conftest's `fresh_settings` made it its own)."""
    return tmp_path / "userdata"


@pytest.fixture
def opened(monkeypatch) -> list:
    """Files handed to the system viewer (none is launched)."""
    shown: list = []
    monkeypatch.setattr(documents_export, "open_document", lambda path: shown.append(path) or True)
    return shown


# ---------------------------------------------------------------- deadlines


def test_the_three_deadlines_of_a_term_ending_14_january_2028(qtbot, make_window, session):
    tab = open_tab(make_window, council_record())
    panel = tab.panel
    assert "14 January 2028" in panel.term_label.text()
    assert panel.due_label("announce").text() == "14 November 2027"
    assert panel.due_label("formed").text() == "7 January 2028"
    assert panel.due_label("intake").text() == "—"  # nothing published yet
    assert panel.state_label("announce").text() == "258 days left"
    assert state(panel.state_label("announce")) == "ok"
    assert "Art. 14" in panel.due_label("announce").toolTip()

    session.set_today(dt.date(2027, 11, 1))  # 13 days before: amber
    assert panel.state_label("announce").text() == "13 days left"
    assert state(panel.state_label("announce")) == "warning"
    session.set_today(dt.date(2027, 11, 15))  # the day after: red
    assert panel.state_label("announce").text() == "Art. 14: 1 day overdue"
    assert state(panel.state_label("announce")) == "violation"
    session.set_today(dt.date(2027, 12, 24))  # 14 days before forming: amber
    assert panel.state_label("formed").text() == "14 days left"
    assert state(panel.state_label("formed")) == "warning"


def test_announcing_the_competition_through_its_dialog(qtbot, make_window, session, answers):
    tab = open_tab(make_window, council_record())
    session.set_today(dt.date(2027, 11, 20))
    assert tab.announce_button.isVisible() and not tab.add_button.isEnabled()
    qtbot.mouseClick(tab.announce_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CompetitionDialog)
    dialog.announced.setDate(dialog.announced.date().addDays(-3))  # 17 November
    dialog.has_published.setChecked(True)
    dialog.published.setDate(dialog.announced.date().addDays(-1))  # before: refused
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "before it is made" in dialog.error.text()
    assert m.Competition.select().count() == 0
    dialog.published.setDate(dialog.announced.date().addDays(1))  # 18 November
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    competition = queries.load_council("minfin").competitions[0]
    assert (competition.announced, competition.published) == (dt.date(2027, 11, 17),
                                                              dt.date(2027, 11, 18))
    panel = tab.panel
    # Announced 3 days late: done, but red (Art. 14).
    assert panel.state_label("announce").text() == "Art. 14: done on 17 November 2027, 3 days late"
    assert state(panel.state_label("announce")) == "violation"
    assert panel.due_label("intake").text() == "18 December 2027"
    assert panel.state_label("intake").text() == "open, 28 days left"
    assert tab.add_button.isEnabled() and not tab.announce_button.isVisible()


# ---------------------------------------------------------------- candidates


def test_a_candidate_added_through_the_form_changes_state_as_boxes_are_ticked(
        qtbot, make_window, session):
    tab = open_tab(make_window, council_record([]))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CandidateDialog)
    type_text(dialog.full_name, "Айжан Ысакова")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    type_text(dialog.organization, "«Жаңы муун» фонду")
    type_text(dialog.phone, "+996 700 111 222")
    dialog.received.setDate(dialog.received.date().addMonths(9))  # 1 December 2027
    fresh = "State: Incomplete" if cw.REQUIREMENTS_NULLABLE else "State: Not eligible"
    assert dialog.state_label.text() == fresh

    for box, _note in dialog.requirement_rows.values():
        tick(qtbot, box)
    assert dialog.state_label.text() == "State: Incomplete"  # no documents yet
    for box in (dialog.application, dialog.cv, dialog.vision):
        tick(qtbot, box)
    dialog.letters.setValue(1)
    assert dialog.state_label.text() == "State: Incomplete"  # Art. 14: at least 2 letters
    dialog.letters.setValue(2)
    assert dialog.state_label.text() == "State: Eligible"
    assert state(dialog.state_label) == "ok"
    box, note = dialog.requirement_rows["no_criminal_record"]
    type_text(note, "Справка ИИМ №145, 20.11.2027")
    tick(qtbot, box)  # now "no"
    assert dialog.state_label.text() == "State: Not eligible"
    assert state(dialog.state_label) == "violation"
    tick(qtbot, box)
    if cw.REQUIREMENTS_NULLABLE:  # the third state: not recorded
        tick(qtbot, box)
    assert dialog.state_label.text() == "State: Eligible"
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    stored = queries.load_council("minfin").competitions[0].candidates[0]
    assert stored.full_name == "Айжан Ысакова" and stored.received == dt.date(2027, 12, 1)
    assert stored.requirement_notes == {"no_criminal_record": "Справка ИИМ №145, 20.11.2027"}
    assert stored.phone == "+996 700 111 222"
    assert tab.model.rowCount() == 1
    assert tab.selected_record().id == stored.id
    row = tab.proxy.index(0, 6)
    assert row.data() == "Eligible"


def test_bad_input_is_refused_in_the_form_and_nothing_is_written(qtbot, make_window):
    tab = open_tab(make_window, council_record([]))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CandidateDialog)
    type_text(dialog.email, "not-an-address")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == ("Enter the candidate's full name.\nChoose the candidate's "
                                   "sex.\nThe e-mail address is not valid.")
    assert m.Candidate.select().count() == 0


def test_documents_on_the_last_day_of_the_window_and_the_day_after(qtbot, make_window):
    people = eligible([(WOMEN[0], "female"), (MEN[0], "male")], selected=False)
    people[0].received = dt.date(2027, 12, 5)  # publication + 1 month: the last day
    people[1].received = dt.date(2027, 12, 6)
    tab = open_tab(make_window, council_record(people))
    texts = {tab.model.record(r).id: tab.model.index(r, RECEIVED_COLUMN) for r in range(2)}
    assert texts["k1"].data() == "5 December 2027"
    assert texts["k2"].data() == "6 December 2027 ⚠"
    assert texts["k2"].data(Qt.ItemDataRole.ToolTipRole) == (
        "Art. 14: received after the intake window closed on 5 December 2027")
    assert texts["k1"].data(Qt.ItemDataRole.ToolTipRole) is None

    tab.select_record("k2")
    dialog = tab.edit_record()
    assert dialog.window_label.text() == (
        "Art. 14: after the intake window closed on 5 December 2027")
    assert state(dialog.window_label) == "violation"
    dialog.received.setDate(dialog.received.date().addDays(-1))
    assert dialog.window_label.text() == "Within the intake window (until 5 December 2027) ✓"
    dialog.reject()


# ---------------------------------------------------------------- selection and forming


def test_ticking_the_choice_updates_the_preview(qtbot, make_window):
    people = [(n, "female") for n in WOMEN] + [(n, "male") for n in MEN[:2]]
    tab = open_tab(make_window, council_record(eligible(people, selected=False)))
    size = tab.selection.size_label
    assert size.text() == "Art. 14: 0 selected — 7 to 15 needed"
    # A click on the check box in the table, as the Commission's secretary does.
    rect = tab.view.visualRect(tab.proxy.index(0, SELECTED_COLUMN))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    assert size.text() == "Art. 14: 1 selected — 7 to 15 needed"
    assert m.Candidate.select().where(m.Candidate.selected).count() == 1
    for row in range(1, 6):
        index = tab.proxy.index(row, SELECTED_COLUMN)
        assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert size.text() == "Art. 14: 6 selected — 7 to 15 needed"
    # The seventh by keyboard: Space on the selected row.
    tab.select_record(next(k.id for k in tab.model.records() if not k.selected))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert size.text() == "7 selected (7–15, Art. 14) ✓"
    assert state(size) == "ok"
    assert m.Candidate.select().where(m.Candidate.selected).count() == 7


def test_eight_men_of_ten_are_refused_naming_art_14(qtbot, make_window, answers):
    people = [(n, "female") for n in WOMEN[:2]] + [(n, "male") for n in MEN]
    tab = open_tab(make_window, council_record(eligible(people)))
    gender = tab.selection.gender_label
    assert gender.text() == "Art. 14: Women 2 (20%) · Men 8 (80%) — more than 70% of one sex"
    assert state(gender) == "violation"
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    (warning,) = answers.texts("warn")
    assert warning.startswith("The new composition cannot be formed (Art. 14):")
    assert "Art. 14: 8 of 10 selected candidates are men; at most 7" in warning
    assert not [d for d in tab.findChildren(FormCompositionDialog) if d.isVisible()]
    council = queries.load_council("minfin")
    assert council.terms == [Term(TERM_START, TERM_END)] and len(council.members) == 9
    assert council.competitions[0].formed is None


def test_forming_a_lawful_composition_through_the_dialog(qtbot, make_window, session):
    people = [(n, "female") for n in WOMEN] + [(n, "male") for n in MEN[:5]]
    tab = open_tab(make_window, council_record(eligible(people)))
    session.set_today(dt.date(2028, 1, 5))
    assert tab.selection.problems_label.text() == (
        "One per organisation, none in another council, all eligible ✓")
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, FormCompositionDialog)
    assert dialog.findChild(type(dialog.late_label), "FormingSummary").text() == (
        "10 selected candidates become members from 15 January 2028.\n"
        "The current composition stays in force until 14 January 2028: its 9 memberships "
        "end that day.\n"
        "The next term: 15 January 2028 – 14 January 2030.")
    dialog.set_formed(dt.date(2028, 1, 8))  # a day after the Art. 14 deadline: warned
    assert dialog.late_label.isVisibleTo(dialog)
    assert dialog.late_label.text().startswith("Art. 14: the new composition is formed by 7 Jan")
    dialog.set_formed(dt.date(2028, 1, 7))
    assert not dialog.late_label.isVisibleTo(dialog)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    council = queries.load_council("minfin")
    assert council.terms == [Term(TERM_START, TERM_END),
                             Term(dt.date(2028, 1, 15), dt.date(2030, 1, 14), dt.date(2028, 1, 7))]
    assert len(council.active_members(dt.date(2028, 1, 15))) == 10
    assert all(x.end == TERM_END for x in council.members if x.start == TERM_START)
    # Nothing about today changed: the term in force and its deadlines stay; the formed
    # competition is history (read-only) and the next one opens with the next term.
    assert not tab.announce_button.isVisible()
    assert not tab.add_button.isEnabled() and not tab.form_button.isEnabled()
    assert tab.competition_selector.currentText() == "Formed on 7 January 2028"
    panel = tab.panel
    assert panel.term_label.text() == (
        "The current composition's term ends on 14 January 2028; the next composition is "
        "formed, its term is 15 January 2028 – 14 January 2030.")
    assert panel.due_label("announce").text() == "14 November 2027"
    assert panel.state_label("formed").text() == "done on 7 January 2028 ✓"
    session.set_today(dt.date(2028, 1, 15))  # the first day of the new term
    assert tab.announce_button.isVisible()
    assert panel.due_label("announce").text() == "14 November 2029"
    assert "ends on 14 January 2030" in panel.term_label.text()


# ---------------------------------------------------------------- scans, PDF, navigation


def test_a_scan_is_attached_on_ok_and_opened_in_the_viewer(qtbot, make_window, answers,
                                                           data_dir, opened, tmp_path):
    tab = open_tab(make_window, council_record(eligible([(WOMEN[0], "female")])))
    scan = tmp_path / "арыз.pdf"
    scan.write_bytes(b"%PDF-1.4 a scan")
    answers.open_file = str(scan)
    tab.select_record("k1")
    dialog = tab.edit_record()
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.scans.count() == 1 and not (data_dir / "attachments").exists()
    click_ok(qtbot, dialog)
    (stored,) = cw.attachments("minfin", "k1")
    assert stored.path == data_dir / "attachments" / "minfin" / "k1" / "арыз.pdf"

    dialog = tab.edit_record()
    dialog.scans.setCurrentRow(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [stored.path]
    assert stored.sha256 in dialog.scans.item(0).toolTip()
    dialog.reject()


def test_the_list_for_the_commission_leaves_contacts_out(qtbot, make_window, answers, opened,
                                                         tmp_path):
    people = [(n, "female") for n in WOMEN] + [(n, "male") for n in MEN[:5]]
    tab = open_tab(make_window, council_record(eligible(people)))
    answers.save_file = str(tmp_path / "list")
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CandidateListDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.contacts.isChecked()
    click_ok(qtbot, dialog)
    written = tmp_path / "list.pdf"
    assert opened == [written]
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "LIST OF CANDIDATES" in text and WOMEN[0] in text
    assert "The selected candidates form a lawful composition (Art. 14)." in text
    assert "+996 555 001" not in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".list")] == []


def test_navigation_to_a_candidate_and_to_the_competition(qtbot, make_window):
    tab = open_tab(make_window, council_record(eligible([(WOMEN[0], "female"),
                                                         (MEN[0], "male")])))
    window = tab.window()
    window.tabs.setCurrentIndex(0)
    assert window.navigate("candidate", "k2")
    assert window.tabs.currentWidget() is tab
    assert tab.selected_record().id == "k2"
    window.tabs.setCurrentIndex(0)
    assert window.navigate("competition", "minfin")  # no competition: the council's
    assert window.tabs.currentWidget() is tab
    assert not tab.show_record("candidate", "k99")


def test_the_table_model_passes_qtmodeltester(qtbot, qtmodeltester, make_window):
    people = [(WOMEN[0], "female"), (MEN[0], "male"), (MEN[1], "male")]
    candidates = eligible(people)
    candidates[1].documents["vision"] = False
    candidates[2].requirements["reputation"] = False
    tab = open_tab(make_window, council_record(candidates))
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
