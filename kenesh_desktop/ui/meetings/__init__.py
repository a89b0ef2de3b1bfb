"""The Meetings tab (Art. 17 and 18): sittings, attendance with the live quorum, who presided
and who took the minutes, the agenda, the discussion of each item, votes, the minutes (PDF,
Word copy, viewer, printer), extracts of an item, and finalizing.

Modules: `tab` (the tab: list above, detail below), `sittings` (the list's model), `detail`
(one sitting), `attendance`, `agenda`, `discussion` (speakers, and the signers' choice),
`votes` (its pages), `dialogs` (its forms), `output` (the documents and printing), `common`
(what they share).
"""

from kenesh_desktop.ui.meetings.tab import MeetingsTab

__all__ = ["MeetingsTab"]
