"""The schema as version 1 created it, frozen (migrations.py step 1).

One description per table (frozen.py says how to read it), as store/models.py was at schema
version 1, so the live models can change while step 1 keeps creating exactly version 1
(migrations.py, "Rules for a later step"; tests/safety/test_migrations.py compares what the
steps make with the fixture each version shipped with). Never edit them.
"""

from __future__ import annotations

from kenesh_desktop.store.frozen import shape

# The seven requirements of Art. 14 as versions 1 to 3 name their columns.
REQUIREMENT_KEYS_V1 = ("citizen_capable", "no_criminal_record", "not_civil_servant",
                       "reputation", "no_relatives_in_body", "independent", "civic_experience")


def candidate_columns(requirement: str) -> str:
    """`candidate` as versions 1 to 3 have it; they differ only in the type of the seven
    requirement columns (`requirement`: "bool" in version 1, "bool null" from version 3)."""
    return ", ".join([
        "council ->council cascade, competition ->competition cascade, code char, "
        "full_name text, sex char, organization text, received date null, doc_application bool, "
        "doc_cv_with_photo bool, doc_recommendation_letters int, doc_vision bool",
        *(f"req_{key} {requirement}" for key in REQUIREMENT_KEYS_V1),
        *(f"note_{key} text" for key in REQUIREMENT_KEYS_V1),
        "selected bool, phone char null, email char null"])


_CODE = ("council code",)  # a record's id, unique within its council

V1_MODELS = (
    shape("council", "code char unique, name text, state_body text, term_start date, "
                     "term_end date, rulebook char"),
    shape("member", "council ->council cascade, code char, full_name text, sex char, "
                    "organization text, role char, start date, end date null, pin char null, "
                    "phone char null, email char null", _CODE),
    shape("meeting", "council ->council cascade, code char, number int, date date, kind char, "
                     "place text, agenda_sent date null, finalized bool, time char null, "
                     "called_by ->member null, state_body_representative text",
          ("council code", "council number")),
    shape("attendance", "meeting ->meeting cascade, member ->member, present bool, "
                        "absence_reason text", ("meeting member",)),
    shape("guest", "meeting ->meeting cascade, position int, full_name text, organization text, "
                   "category char"),
    shape("agenda_item", "meeting ->meeting cascade, position int, title text, proposed_by char, "
                         "decision text, speaker text, heard text"),
    shape("vote", "item ->agenda_item cascade, member ->member, choice char", ("item member",)),
    shape("reopening", "meeting ->meeting cascade, position int, reopened_on date, reason text"),
    shape("request", "council ->council cascade, code char, number text, subject text, "
                     "addressee text, registered date, answered date null, text text, "
                     "answer_summary text", _CODE),
    shape("proposal", "council ->council cascade, code char, author text, received date, "
                      "summary text, considered_at ->meeting null, outcome text null, "
                      "reply_sent date null", _CODE),
    shape("commission_notice", "council ->council cascade, code char, commission text, "
                               "received date, sitting date, observer ->member null, place text, "
                               "agenda text, attended bool null, notes text", _CODE),
    shape("annual_plan", "council ->council cascade, year int, approved date null, "
                         "sent date null, approved_at ->meeting null, letter_number text",
          ("council year",)),
    shape("plan_item", "plan ->annual_plan cascade, position int, title text, due date null, "
                       "responsible text, form text, due_precision char, status char, note text"),
    shape("competition", "council ->council cascade, code char, announced date null, "
                         "published date null, formed date null", _CODE),
    shape("candidate", candidate_columns("bool"), _CODE),
    shape("candidate_attachment", "candidate ->candidate cascade, file_name text, "
                                  "stored_path text, sha256 char64"),
)
"""Every table of version 1, parents before children."""
