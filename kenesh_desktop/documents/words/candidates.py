"""The texts of the list of candidates for the Commission (the competition for the new
composition)."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

CANDIDATES = Texts("candidates", """
cand_title: LIST OF CANDIDATES in the competition for the new composition of the Public Council
cand_short: List of candidates
cand_announced: Competition announced: {announced}; published in the media: {published}.
cand_intake: Documents are accepted until {last_day} ({article}).
cand_term: The current composition's term ends on {term_end}; the new composition is formed by
    {formed_due} ({article}).
cand_formed: New composition formed on {formed}.
cand_not_yet: not yet
cand_col_name: Full name
cand_col_sex: Sex
cand_col_organization: Organisation
cand_col_received: Documents received
cand_col_documents: Documents complete
cand_col_requirements: Requirements met
cand_col_selected: Selected
cand_col_contacts: Contacts
cand_sex_female: woman
cand_sex_male: man
cand_yes: yes
cand_no: no
cand_not_recorded: not recorded
cand_missing: missing: {missing}
cand_outside_window: outside the intake window
cand_doc_application: application
cand_doc_cv_with_photo: CV with photo
cand_doc_recommendation_letters: recommendation letters ({letters} of {min})
cand_doc_vision: vision statement
cand_summary: Candidates: {total}; documents complete: {complete}; eligible: {eligible}; selected:
    {selected}.
cand_selection_heading: Check of the selection
cand_selection_ok: The selected candidates form a lawful composition ({article}).
cand_none: No candidates recorded.
cand_personal_data: Personal data: this list contains the candidates' contacts.
cand_commission_secretary: Secretary of the Commission
""")
