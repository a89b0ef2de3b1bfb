"""The Art. 18 line of a sitting's agenda words its number of days with the right noun: in
Russian «за 1 день», «за 2 дня», «за 5 дней» (not «за 5 дня»), in Kyrgyz «2 күн мурун», for
whatever number of days the rulebook sets."""

from __future__ import annotations

import dataclasses

import pytest

from kenesh_desktop.store.rulebook_writes import set_rulebook
from kenesh_desktop.ui.meetings import MeetingsTab


@pytest.mark.parametrize(("lang", "days", "words"), [
    ("ru", 1, "за 1 день до заседания"),
    ("ru", 2, "за 2 дня до заседания"),
    ("ru", 5, "за 5 дней до заседания"),
    ("ru", 21, "за 21 день до заседания"),
    ("ky", 2, "отурумдан 2 күн мурун"),
    ("en", 5, "due 5 days before"),
    ("en", 1, "due 1 day before"),
])
def test_the_days_before_a_sitting_are_worded_with_their_noun(window_in, lang, days, words):
    window = window_in(lang)
    session = window.session
    set_rulebook(session.council_id, dataclasses.replace(
        session.rulebook, key="own", name="Own", agenda_notice_days=days))
    session.notify_changed()
    tab = window.findChild(MeetingsTab, "MeetingsTab")
    notice = tab.detail.agenda.notice
    assert notice.ctx is not None, "the demo's latest sitting is shown"
    notice.show_state()
    assert words in notice.indicator.text()
