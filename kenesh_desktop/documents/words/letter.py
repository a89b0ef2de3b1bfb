"""The fixed texts of the sitting's letter (documents.agenda_letter). The words the minutes
share with the letter (the agenda heading, who proposed an item, who called the sitting, the
chair) are the minutes' own, borrowed from documents.wording: written and translated once."""

from __future__ import annotations

from kenesh_desktop.documents.wording import DOCUMENTS
from kenesh_desktop.lang.catalogue import Texts

BORROWED = ("agenda_heading", "proposed_council", "proposed_state_body", "chair", "no_items",
            "called_by")
"""Texts the minutes already word, taken from documents.wording."""

LETTER = Texts("letter", """
letter_title: On the agenda of sitting No. {number} of the Public Council
letter_short: Agenda of sitting No. {number}
letter_to: To:
letter_copy: Copy: the members of the Public Council
letter_ref: {date}  No. ________
letter_basis: Under {article} of {law}, the agenda of a sitting of the Public Council reaches the
    state body at least {days} before the sitting (due: {due}). We inform you of the council's
    sitting and send its agenda.
label_sitting: Sitting:
label_date: Date:
label_time: Time:
label_place: Place:
sitting_regular: regular sitting No. {number}
sitting_extraordinary: extraordinary sitting No. {number}
to_be_announced: to be announced
invitation: We invite the state body's representative to take part in the sitting ({article}). This
    letter is also sent to the members of the council as their invitation to the sitting.
respect: Yours faithfully,
speaker: Speaker: {name}
""", borrowed={key: DOCUMENTS for key in BORROWED})

text = LETTER.text
