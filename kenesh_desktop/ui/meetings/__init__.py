"""The Meetings tab (Art. 17 and 18): sittings, attendance with the live quorum, the agenda,
votes, the minutes (PDF, viewer, printer) and finalizing.

Modules: `tab` (the tab: list above, detail below), `sittings` (the list's model), `detail`
(one sitting), `attendance`, `agenda`, `votes` (its pages), `dialogs` (its forms), `output`
(the PDF and printing), `common` (what they share).
"""

from kenesh_desktop.ui.meetings.tab import MeetingsTab

__all__ = ["MeetingsTab"]
