"""The fixed texts of the minutes and of the extract from them, in Kyrgyz, Russian and English.

Terms follow /work/shared/GLOSSARY.md: the headings УГУЛДУ – ЧЫГЫП СҮЙЛӨДҮ – ТОКТОМ КЫЛЫНДЫ
(СЛУШАЛИ – ВЫСТУПИЛИ – РЕШИЛИ), the neutral decision heading followed by the outcome in
words (кабыл алынды / кабыл алынган жок / добушка коюлган жок), төрагалык кылган,
протоколду жүргүзгөн, протоколдон көчүрмө. `documents.wording.text` finds these keys as its
own; templates are `str.format` strings whose values are plain text.
"""

from __future__ import annotations

MINUTES_WORDS: dict[str, dict[str, str]] = {
    "minutes_title_regular": {
        "ky": "Коомдук кеңештин отурумунун №{number} ПРОТОКОЛУ",
        "ru": "ПРОТОКОЛ №{number} заседания Общественного совета",
        "en": "MINUTES No. {number} of the sitting of the Public Council",
    },
    "minutes_title_extraordinary": {
        "ky": "Коомдук кеңештин кезексиз отурумунун №{number} ПРОТОКОЛУ",
        "ru": "ПРОТОКОЛ №{number} внеочередного заседания Общественного совета",
        "en": "MINUTES No. {number} of the extraordinary sitting of the Public Council",
    },
    "minutes_short": {
        "ky": "№{number} протокол",
        "ru": "Протокол №{number}",
        "en": "Minutes No. {number}",
    },
    "date_line": {"ky": "Күнү: {date}", "ru": "Дата: {date}", "en": "Date: {date}"},
    "date_time_line": {
        "ky": "Күнү: {date}, саат {time}",
        "ru": "Дата: {date}, {time}",
        "en": "Date: {date}, {time}",
    },
    "place_line": {
        "ky": "Өткөрүлгөн жери: {place}",
        "ru": "Место проведения: {place}",
        "en": "Place: {place}",
    },
    "kind_regular": {
        "ky": "Отурумдун түрү: кезектеги",
        "ru": "Вид заседания: очередное",
        "en": "Kind: regular sitting",
    },
    "kind_extraordinary": {
        "ky": "Отурумдун түрү: кезексиз",
        "ru": "Вид заседания: внеочередное",
        "en": "Kind: extraordinary sitting",
    },
    "called_by": {
        "ky": "чакырган: {name}",
        "ru": "созвано по инициативе: {name}",
        "en": "called by {name}",
    },
    "agenda_sent_line": {
        "ky": "Күн тартиби маморганга жөнөтүлгөн күнү: {date}",
        "ru": "Повестка дня направлена в госорган: {date}",
        "en": "Agenda sent to the state body: {date}",
    },
    "present_heading": {"ky": "КАТЫШКАНДАР", "ru": "ПРИСУТСТВОВАЛИ", "en": "PRESENT"},
    "absent_heading": {"ky": "КАТЫШПАГАНДАР", "ru": "ОТСУТСТВОВАЛИ", "en": "ABSENT"},
    "present_count": {
        "ky": "Коомдук кеңештин {members} мүчөсүнөн {present} мүчө катышты.",
        "ru": "Присутствовали {present} из {members} {members_noun} совета.",
        "en": "Present: {present} of {members} {members_noun}.",
    },
    "no_reason": {
        "ky": "себеби көрсөтүлгөн эмес",
        "ru": "причина не указана",
        "en": "no reason given",
    },
    "quorum_competent": {
        "ky": (
            "Кворум: мүчөлөрдүн {share} бөлүгү ({law}, {article}) — {needed} керек, "
            "{present} катышты: отурум укук ченемдүү."
        ),
        "ru": (
            "Кворум: {share} членов совета ({law}, {article}) — необходимо {needed}, "
            "присутствуют {present}: заседание правомочно."
        ),
        "en": (
            "Quorum: {share} of members ({law}, {article}) — {needed} needed, "
            "{present} present: the sitting is competent."
        ),
    },
    "quorum_not_competent": {
        "ky": (
            "Кворум: мүчөлөрдүн {share} бөлүгү ({law}, {article}) — {needed} керек, "
            "{present} катышты: отурум укук ченемдүү эмес."
        ),
        "ru": (
            "Кворум: {share} членов совета ({law}, {article}) — необходимо {needed}, "
            "присутствуют {present}: заседание неправомочно."
        ),
        "en": (
            "Quorum: {share} of members ({law}, {article}) — {needed} needed, "
            "{present} present: the sitting is not competent."
        ),
    },
    "quorum_needed": {
        "ky": "Кворум: мүчөлөрдүн {share} бөлүгү ({law}, {article}) — {needed} мүчө керек.",
        "ru": "Кворум: {share} членов совета ({law}, {article}) — необходимо {needed}.",
        "en": "Quorum: {share} of members ({law}, {article}) — {needed} needed.",
    },
    "state_body_rep_heading": {
        "ky": "МАМОРГАНДЫН ӨКҮЛҮ",
        "ru": "ПРЕДСТАВИТЕЛЬ ГОСОРГАНА",
        "en": "STATE BODY REPRESENTATIVE",
    },
    "guests_heading": {"ky": "ЧАКЫРЫЛГАНДАР", "ru": "ПРИГЛАШЁННЫЕ", "en": "INVITED"},
    "guest_state_body": {"ky": "маморган", "ru": "госорган", "en": "state body"},
    "guest_expert": {"ky": "эксперт", "ru": "эксперт", "en": "expert"},
    "guest_media": {"ky": "ЖМК", "ru": "СМИ", "en": "media"},
    "guest_citizen": {"ky": "жаран", "ru": "гражданин", "en": "citizen"},
    "guest_other": {"ky": "башка", "ru": "другое", "en": "other"},
    "agenda_heading": {"ky": "КҮН ТАРТИБИ", "ru": "ПОВЕСТКА ДНЯ", "en": "AGENDA"},
    "proposed_council": {
        "ky": "сунуштаган: Коомдук кеңеш",
        "ru": "внесён Общественным советом",
        "en": "proposed by the council",
    },
    "proposed_state_body": {
        "ky": "сунуштаган: мамлекеттик орган, {article}",
        "ru": "внесён государственным органом, {article}",
        "en": "proposed by the state body, {article}",
    },
    "no_items": {
        "ky": "Күн тартибине маселе киргизилген эмес.",
        "ru": "Вопросы в повестку дня не внесены.",
        "en": "No items on the agenda.",
    },
    "heard": {"ky": "УГУЛДУ", "ru": "СЛУШАЛИ", "en": "HEARD"},
    "nothing_recorded": {"ky": "жазылган эмес", "ru": "не записано", "en": "not recorded"},
    "vote_counts": {
        "ky": "Добуш берүү: макул — {for_}, каршы — {against}, калыс калды — {abstain}.",
        "ru": "Голосовали: за — {for_}, против — {against}, воздержались — {abstain}.",
        "en": "Voting: for — {for_}, against — {against}, abstained — {abstain}.",
    },
    "voted_for": {"ky": "Макул", "ru": "За", "en": "For"},
    "voted_against": {"ky": "Каршы", "ru": "Против", "en": "Against"},
    "voted_abstain": {"ky": "Калыс калды", "ru": "Воздержались", "en": "Abstained"},
    "did_not_vote": {"ky": "Добуш берген жок", "ru": "Не голосовали", "en": "Did not vote"},
    # --- who presided and who took the minutes (header and signatures) -------------------
    "presiding_line": {
        "ky": "Төрагалык кылган: {name}",
        "ru": "Председательствующий: {name}",
        "en": "Presiding: {name}",
    },
    "minutes_by_line": {
        "ky": "Протоколду жүргүзгөн: {name}",
        "ru": "Протокол вёл(а): {name}",
        "en": "Minutes taken by: {name}",
    },
    "presiding_role": {"ky": "Төрагалык кылган", "ru": "Председательствующий",
                       "en": "Presiding"},
    "minutes_by_role": {"ky": "Протоколду жүргүзгөн", "ru": "Протокол вёл(а)",
                        "en": "Minutes taken by"},
    "attendance_not_recorded_line": {
        "ky": "Катышуу али белгилене элек.",
        "ru": "Присутствие ещё не отмечено.",
        "en": "Attendance is not recorded yet.",
    },
    # --- an item: heard, spoke, resolved, the vote, the outcome --------------------------
    "spoke": {"ky": "ЧЫГЫП СҮЙЛӨДҮ", "ru": "ВЫСТУПИЛИ", "en": "SPOKE"},
    "resolved": {"ky": "ТОКТОМ КЫЛЫНДЫ", "ru": "РЕШИЛИ", "en": "RESOLVED"},
    "outcome_adopted_more": {
        "ky": "Чечим кабыл алынды: {base} {share_abl} көбү макул болду.",
        "ru": "Решение принято: за проголосовали более {share_abl} {base}.",
        "en": "Adopted: more than {share_abl} {base} voted for.",
    },
    "outcome_adopted_least": {
        "ky": "Чечим кабыл алынды: {base} кеминде {share_nom} макул болду.",
        "ru": "Решение принято: за проголосовали не менее {share_nom} {base}.",
        "en": "Adopted: at least {share_nom} {base} voted for.",
    },
    "outcome_rejected_more": {
        "ky": "Чечим кабыл алынган жок: макул болгондор {base} {share_abl} ашкан жок.",
        "ru": "Решение не принято: за проголосовали не более {share_abl} {base}.",
        "en": "Not adopted: not more than {share_abl} {base} voted for.",
    },
    "outcome_rejected_least": {
        "ky": "Чечим кабыл алынган жок: макул болгондор {base} {share_dat} жеткен жок.",
        "ru": "Решение не принято: за проголосовали менее {share_dat} {base}.",
        "en": "Not adopted: fewer than {share_dat} {base} voted for.",
    },
    "outcome_not_voted": {
        "ky": "Добушка коюлган жок.",
        "ru": "На голосование не ставилось.",
        "en": "Not put to the vote.",
    },
    "outcome_no_quorum": {
        "ky": "Чечим кабыл алынган жок: отурумда кворум болгон жок ({article}).",
        "ru": "Решение не принято: заседание неправомочно, кворума нет ({article}).",
        "en": "Not adopted: the sitting had no quorum ({article}).",
    },
    # The share of the adoption rule ("more than half of those present") in each grammatical
    # slot: Kyrgyz ablative (жарымынан көбү), nominative (кеминде жарымы), dative (жарымына).
    "share_half": {"ky": "жарымы", "ru": "половины", "en": "half"},
    "share_half_abl": {"ky": "жарымынан", "ru": "половины", "en": "half"},
    "share_half_dat": {"ky": "жарымына", "ru": "половины", "en": "half"},
    "share_part": {"ky": "{share} бөлүгү", "ru": "{share}", "en": "{share}"},
    "share_part_abl": {"ky": "{share} бөлүгүнөн", "ru": "{share}", "en": "{share}"},
    "share_part_dat": {"ky": "{share} бөлүгүнө", "ru": "{share}", "en": "{share}"},
    "base_present": {"ky": "катышкандардын", "ru": "присутствующих",
                     "en": "of those present"},
    "base_members": {"ky": "мүчөлөрдүн", "ru": "членов совета", "en": "of the members"},
    # --- the extract (протоколдон көчүрмө) --------------------------------------------------
    "extract_title_regular": {
        "ky": "Коомдук кеңештин отурумунун №{number} протоколунан КӨЧҮРМӨ",
        "ru": "ВЫПИСКА ИЗ ПРОТОКОЛА №{number} заседания Общественного совета",
        "en": "EXTRACT FROM MINUTES No. {number} of the sitting of the Public Council",
    },
    "extract_title_extraordinary": {
        "ky": "Коомдук кеңештин кезексиз отурумунун №{number} протоколунан КӨЧҮРМӨ",
        "ru": "ВЫПИСКА ИЗ ПРОТОКОЛА №{number} внеочередного заседания Общественного совета",
        "en": "EXTRACT FROM MINUTES No. {number} of the extraordinary sitting of the Public "
              "Council",
    },
    "extract_short": {
        "ky": "№{number} протоколдон көчүрмө",
        "ru": "Выписка из протокола №{number}",
        "en": "Extract from minutes No. {number}",
    },
    "extract_attendance": {
        "ky": "Коомдук кеңештин {members} мүчөсүнөн {present} мүчө катышты; {quorum}",
        "ru": "Присутствовали {present} из {members} {members_noun} совета; {quorum}",
        "en": "Present: {present} of {members} {members_noun}; {quorum}",
    },
    "extract_item": {
        "ky": "Күн тартибинин {number}-маселеси: {title}",
        "ru": "Вопрос {number} повестки дня: {title}",
        "en": "Agenda item {number}: {title}",
    },
    "extract_certified": {"ky": "Көчүрмө туура.", "ru": "Выписка верна.",
                          "en": "A true extract."},
}
