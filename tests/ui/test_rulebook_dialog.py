"""Council → Rules of the council, as a secretary uses it: Law No. 74 shown as repealed and
read-only; Kazakhstan's Law No. 383-V with its figures cited (Art. 9(3)...) and OK disabled,
naming what is not yet entered, until the rest is typed; the council's own regulation copied
from a preset and edited, with its validation messages; the choice saved through the store
(audited), the whole window following it (Overview, the members' indicators: no gender
indicator without the rule, the new-council form, About)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from rulebook_samples import BY_TWO_THIRDS_OF_MEMBERS, KZ_ARTICLES, kz_figures
from ui_driver import TODAY, click_ok, members_tab, open_dialog, type_text

from kenesh_desktop.rules.presets import KZ_383V_PRESET, OWN_KEY
from kenesh_desktop.rules.rulebook import LAW_74
from kenesh_desktop.store import audit, models, queries, writes
from kenesh_desktop.ui.dialogs.rulebook import RulebookDialog
from kenesh_desktop.ui.overview import OverviewTab

KZ_REST = {"max_same_sex_share": None, "term_years": "3", "intake_months_after_publication": "1",
           "formed_days_before_term_end": "7", "min_recommendation_letters": "2",
           "adoption": "1/2", "agenda_notice_days": "3", "commission_notice_days": "2",
           "plan_copy_days": "5", "answer_days": "10", "articles.state_body": "5"}


@pytest.fixture
def council(session):
    code = writes.create_council("", "Общественный совет при Министерстве финансов",
                                 "Министерство финансов", dt.date(2026, 3, 1),
                                 dt.date(2028, 2, 29))
    for i in range(7):
        writes.add_member(code, models_member(i))
    return code


def models_member(i: int):
    from kenesh_desktop.rules.records import Member

    return Member("", f"Член{i} Фамилия{i}", "female" if i < 6 else "male", f"Организация {i}",
                  "member", dt.date(2026, 3, 1))


@pytest.fixture
def window(council, make_window):
    return make_window()


def open_rules(qtbot, window) -> RulebookDialog:
    window.rulebook_action.trigger()
    return open_dialog(window, RulebookDialog)


def type_figure(dialog: RulebookDialog, name: str, value) -> None:
    editor = dialog.editors[name]
    if value is None:
        editor.off.setChecked(True)
        return
    field = editor.focus_widget()
    if name == "adoption":
        field = editor.share.edit
    field.clear()
    type_text(field, value)


def test_law_74_is_shown_as_repealed_and_read_only(qtbot, window):
    dialog = open_rules(qtbot, window)
    assert dialog.choice.currentData() == LAW_74.key
    assert "repealed in 2023" in dialog.choice.currentText()
    assert "not a law in force" in dialog.about.text()
    assert dialog.editors["min_members"].focus_widget().text() == "7"
    assert dialog.editors["min_members"].focus_widget().isReadOnly()
    assert dialog.groups["sittings"].title().endswith("Art. 17")
    assert dialog.ok_button().isEnabled()
    assert not dialog.copy_button.isVisible()


def test_kazakhstan_refuses_until_the_rest_is_entered_then_is_saved(qtbot, window):
    dialog = open_rules(qtbot, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(KZ_383V_PRESET.key))
    assert dialog.editors["min_members"].focus_widget().text() == "15"
    assert dialog.editors["max_members"].focus_widget().isReadOnly()
    assert dialog.notes["min_members"].text() == "Art. 9(3)"
    assert dialog.notes["quorum_share"].text() == "Art. 13(2)"
    assert "adilet.zan.kz" in dialog.source.text() or "zakonpravo" in dialog.notes[
        "quorum_share"].toolTip()
    assert dialog.notes["term_years"].text() == "not yet entered"
    assert not dialog.ok_button().isEnabled()
    assert dialog.error.text().startswith("11 figures are not yet entered: Members of one sex")
    for name, value in KZ_REST.items():
        type_figure(dialog, name, value)
    assert dialog.error.text() == "" and dialog.ok_button().isEnabled()
    entries = len(audit.history(models.Council, models.Council.get().id))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    kept = queries.rulebook_of(window.session.council_id)
    assert (kept.key, kept.min_members, kept.term_years, kept.answer_days) == (
        KZ_383V_PRESET.key, 15, 3, 10)
    assert kept.max_same_sex_share is None
    assert len(audit.history(models.Council, models.Council.get().id)) == entries + 1
    # the window follows: the Overview names the law and cites Art. 9 for 7 of 15-30 members
    overview = window.findChild(OverviewTab, "OverviewTab")
    assert "Kazakhstan's Law No. 383-V" in overview.summary.text()
    rows = [overview.model.record(i) for i in range(overview.model.rowCount())]
    assert [(f.rule, f.article) for f in rows if f.rule == "composition.size"] == [
        ("composition.size", 9)]
    indicators = members_tab(window).indicators
    assert indicators.size_label.text().startswith("Art. 9: 7 members — at least 15")
    assert indicators.gender_label.isHidden()  # 6 women of 7 and no gender rule


def test_the_councils_own_regulation_is_a_copy_with_messages(qtbot, window):
    dialog = open_rules(qtbot, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(OWN_KEY))
    assert dialog.copy_button.isVisible()
    assert dialog.editors["min_members"].focus_widget().text() == "7"  # a copy of Law No. 74
    assert not dialog.editors["min_members"].focus_widget().isReadOnly()
    assert dialog.error.text() == "Enter the name of the council's regulation."
    type_text(dialog.name, "Положение об Общественном совете")
    assert dialog.ok_button().isEnabled()
    type_figure(dialog, "min_members", "20")
    assert dialog.error.text() == "“Members, at least” is more than “Members, at most”."
    type_figure(dialog, "min_members", "5")
    type_figure(dialog, "quorum_share", "3/2")
    assert dialog.error.text().startswith("Quorum (share of the members): a share is written")
    assert not dialog.ok_button().isEnabled()
    type_figure(dialog, "quorum_share", "1/2")
    type_figure(dialog, "articles.sittings", "0")
    assert dialog.error.text() == "Article on the sittings: at least 1."
    type_figure(dialog, "articles.sittings", "4")
    type_figure(dialog, "max_same_sex_share", None)
    click_ok(qtbot, dialog)
    kept = queries.rulebook_of(window.session.council_id)
    assert (kept.key, kept.name, kept.min_members, kept.article("sittings")) == (
        OWN_KEY, "Положение об Общественном совете", 5, 4)
    assert window.session.rulebook == kept
    again = open_rules(qtbot, window)
    assert again.choice.currentData() == OWN_KEY and again.name.text() == kept.name
    again.reject()


def test_copy_from_kazakhstan_leaves_its_open_figures_empty(qtbot, window):
    dialog = open_rules(qtbot, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(OWN_KEY))
    dialog.copy_from.setCurrentIndex(dialog.copy_from.findData(KZ_383V_PRESET.key))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.editors["max_members"].focus_widget().text() == "30"
    assert dialog.editors["answer_days"].focus_widget().text() == ""
    assert dialog.notes["answer_days"].text() == "not yet entered"
    dialog.reject()
    assert queries.rulebook_of(window.session.council_id) is LAW_74  # Cancel wrote nothing


def test_every_figure_has_a_label_that_focuses_it(qtbot, window):
    dialog = open_rules(qtbot, window)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for editor in dialog.editors.values():
        assert editor.focus_widget() in buddies
    dialog.choice.setFocus()
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_new_council_is_created_with_the_rules_chosen(qtbot, window):
    form = window.new_council()
    assert "repealed in 2023" in form.rules.text()
    qtbot.mouseClick(form.change_rules, Qt.MouseButton.LeftButton)
    rules = open_dialog(form, RulebookDialog)
    rules.choice.setCurrentIndex(rules.choice.findData(KZ_383V_PRESET.key))
    for name, value in KZ_REST.items():
        type_figure(rules, name, value)
    click_ok(qtbot, rules)
    assert "383-V" in form.rules.text() and "Art. 9" in form.hint.text()
    assert form.term_end.date().toPython() == dt.date(2030, 2, 28)  # three years from today
    type_text(form.name, "Общественный совет при акимате")
    type_text(form.state_body, "Акимат")
    click_ok(qtbot, form)
    assert queries.rulebook_of(form.created_id).key == KZ_383V_PRESET.key


def test_about_names_the_rules_followed_and_the_repeal(qtbot, window):
    about = window.show_about()
    text = about.text.text()
    assert "follows Law of the Kyrgyz Republic" in text and "(repealed in 2023)" in text
    assert "never as a law in force" in text
    about.close()


def test_the_council_menu_holds_the_rules(qtbot, window):
    menus = [a.text() for a in window.menuBar().actions()]
    # Alt+C is the council selector's ("&Council:"), so the menu takes Alt+U
    assert "Co&uncil" in menus
    assert window.menus["council"].actions() == [window.rulebook_action]
    assert window.rulebook_action.isEnabled() and not window.rulebook_action.icon().isNull()
    assert TODAY == window.session.today()


def test_the_history_shows_who_chose_which_rules(qtbot, window):
    from kenesh_desktop.rules.presets import own_copy
    from kenesh_desktop.store.rulebook_writes import set_rulebook
    from kenesh_desktop.ui.audit_view import HistoryDialog

    own = own_copy(KZ_383V_PRESET.draft, "Положение").entered(
        kz_figures(min_recommendation_letters=2, adoption=BY_TWO_THIRDS_OF_MEMBERS),
        KZ_ARTICLES).to_rulebook()
    set_rulebook(window.session.council_id, own)
    window.session.notify_changed()
    dialog = open_rules(qtbot, window)
    assert dialog.history_button.isVisible()
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    history = open_dialog(dialog, HistoryDialog)
    rows = history.model.records()
    assert [row.changes[0] for row in rows[:1]] == [
        "from the start: Law No. 74, repealed in 2023"]
    changed = rows[-1].changes
    assert changed[0] == "Law No. 74, repealed in 2023 → Положение"
    assert "Members, at least: 7 → 15" in changed
    assert "Members of one sex, at most (share): 7/10 → no such rule" in changed
    assert ("A decision is adopted by: more than 1/2 of those present → "
            "at least 2/3 of all members") in changed
    history.close()
    dialog.reject()


def test_an_imported_own_regulation_keeps_its_key(qtbot, window):
    from dataclasses import replace

    from kenesh_desktop.store.rulebook_writes import set_rulebook

    set_rulebook(window.session.council_id, replace(
        LAW_74, key="own-2027", name="Жобо", short_name="Жобо", answer_days=10,
        articles={"composition": 3, "sittings": 4, "state_body": 5}))
    window.session.notify_changed()
    dialog = open_rules(qtbot, window)
    assert dialog.choice.currentData() == OWN_KEY and dialog.name.text() == "Жобо"
    type_figure(dialog, "answer_days", "12")
    click_ok(qtbot, dialog)
    kept = queries.rulebook_of(window.session.council_id)
    assert (kept.key, kept.answer_days, kept.article("sittings")) == ("own-2027", 12, 4)
