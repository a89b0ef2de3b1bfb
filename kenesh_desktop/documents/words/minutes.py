"""The fixed texts of the minutes and of the extract from them.

The Kyrgyz and Russian (translations/ky.po, ru.po) keep the record's terms of the project's
glossary: the headings УГУЛДУ – ЧЫГЫП СҮЙЛӨДҮ – ТОКТОМ КЫЛЫНДЫ (СЛУШАЛИ – ВЫСТУПИЛИ – РЕШИЛИ),
the neutral decision heading followed by the outcome in words (кабыл алынды / кабыл алынган
жок / добушка коюлган жок), төрагалык кылган, протоколду жүргүзгөн, протоколдон көчүрмө.
Templates are `str.format` strings whose values are plain text.
"""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

MINUTES = Texts("minutes", """
minutes_title_regular: MINUTES No. {number} of the sitting of the Public Council
minutes_title_extraordinary: MINUTES No. {number} of the extraordinary sitting of the Public
    Council
minutes_short: Minutes No. {number}
date_line: Date: {date}
date_time_line: Date: {date}, {time}
place_line: Place: {place}
kind_regular: Kind: regular sitting
kind_extraordinary: Kind: extraordinary sitting
called_by: called by {name}
agenda_sent_line: Agenda sent to the state body: {date}
present_heading: PRESENT
absent_heading: ABSENT
present_count: Present: {present} of {members} {members_noun}.
no_reason: no reason given
quorum_competent: Quorum: {share} of members ({law}, {article}) — {needed} needed, {present}
    present: the sitting is competent.
quorum_not_competent: Quorum: {share} of members ({law}, {article}) — {needed} needed, {present}
    present: the sitting is not competent.
quorum_needed: Quorum: {share} of members ({law}, {article}) — {needed} needed.
state_body_rep_heading: STATE BODY REPRESENTATIVE
guests_heading: INVITED
guest_state_body: state body
guest_expert: expert
guest_media: media
guest_citizen: citizen
guest_other: other
agenda_heading: AGENDA
proposed_council: proposed by the council
proposed_state_body: proposed by the state body, {article}
no_items: No items on the agenda.
heard: HEARD
nothing_recorded: not recorded
vote_counts: Voting: for — {for_}, against — {against}, abstained — {abstain}.
voted_for: For
voted_against: Against
voted_abstain: Abstained
did_not_vote: Did not vote
# --- who presided and who took the minutes (header and signatures) -------------------
presiding_line: Presiding: {name}
minutes_by_line: Minutes taken by: {name}
presiding_role: Presiding
minutes_by_role: Minutes taken by
attendance_not_recorded_line: Attendance is not recorded yet.
# --- an item: heard, spoke, resolved, the vote, the outcome --------------------------
spoke: SPOKE
resolved: RESOLVED
outcome_adopted_more: Adopted: more than {share_abl} {base} voted for.
outcome_adopted_least: Adopted: at least {share_nom} {base} voted for.
outcome_rejected_more: Not adopted: not more than {share_abl} {base} voted for.
outcome_rejected_least: Not adopted: fewer than {share_dat} {base} voted for.
outcome_not_voted: Not put to the vote.
outcome_no_quorum: Not adopted: the sitting had no quorum ({article}).
# The share of the adoption rule ("more than half of those present") in each grammatical
# slot: Kyrgyz ablative (жарымынан көбү), nominative (кеминде жарымы), dative (жарымына).
share_half: half
share_half_abl: half
share_half_dat: half
share_part: {share}
share_part_abl: {share}
share_part_dat: {share}
base_present: of those present
base_members: of the members
# --- the extract (протоколдон көчүрмө) --------------------------------------------------
extract_title_regular: EXTRACT FROM MINUTES No. {number} of the sitting of the Public Council
extract_title_extraordinary: EXTRACT FROM MINUTES No. {number} of the extraordinary sitting of the
    Public Council
extract_short: Extract from minutes No. {number}
extract_attendance: Present: {present} of {members} {members_noun}; {quorum}
extract_item: Agenda item {number}: {title}
extract_certified: A true extract.
""")
