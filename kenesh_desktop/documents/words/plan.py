"""The annual work plan's texts (ИШ ПЛАНЫ)."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

PLAN = Texts("plan", """
plan_title: WORK PLAN of the Public Council for {year}
plan_short: Work plan {year}
col_no: No.
col_activity: Activity
col_due: Due
col_responsible: Responsible
col_form: Form of completion
col_status: Status
col_note: Note
status_planned: planned
status_done: done
status_moved: moved
status_dropped: dropped
approved_at: APPROVED at sitting No. {number} {date}
approved_on: APPROVED on {date}
plan_sent: Copy sent to the state body: {date} ({article})
plan_letter: letter No. {number}
no_activities: No activities in the plan.
""")
