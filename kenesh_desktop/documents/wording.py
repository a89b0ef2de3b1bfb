"""Every fixed text of every document, in Kyrgyz, Russian and English.

Terms follow /work/shared/GLOSSARY.md (ПРОТОКОЛ, УГУЛДУ, ЧЕЧИМ КАБЫЛ АЛЫНДЫ, СЛУШАЛИ, РЕШИЛИ,
ДОЛБООР, ПРОЕКТ...). A text is a `str.format` template; the values are plain text and are
escaped by the caller before they reach a Paragraph (common.markup does both).
"""

from __future__ import annotations

from fractions import Fraction

from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

WORDS: dict[str, dict[str, str]] = {
    # --- every document -------------------------------------------------------------------
    "draft": {"ky": "ДОЛБООР", "ru": "ПРОЕКТ", "en": "DRAFT"},
    "page_of": {
        "ky": "{page}-бет / бардыгы {pages}",
        "ru": "Страница {page} из {pages}",
        "en": "Page {page} of {pages}",
    },
    "fingerprint": {
        "ky": "Текшерүү коду (fingerprint): {fingerprint}",
        "ru": "Контрольный код (fingerprint): {fingerprint}",
        "en": "Fingerprint: {fingerprint}",
    },
    "article": {"ky": "{number}-берене", "ru": "ст. {number}", "en": "Art. {number}"},
    "law_74": {"ky": "№74 Мыйзам", "ru": "Закон №74", "en": "Law No. 74"},
    "none": {"ky": "жок", "ru": "нет", "en": "none"},
    "chair": {"ky": "Төрага", "ru": "Председатель", "en": "Chair"},
    "secretary": {"ky": "Катчы", "ru": "Секретарь", "en": "Secretary"},
    "signature_hint": {"ky": "(кол тамга)", "ru": "(подпись)", "en": "(signature)"},
    "name_hint": {"ky": "(аты-жөнү)", "ru": "(Ф. И. О.)", "en": "(name)"},
    "role_chair": {"ky": "төрага", "ru": "председатель", "en": "chair"},
    "role_deputy_chair": {
        "ky": "төраганын орун басары",
        "ru": "заместитель председателя",
        "en": "deputy chair",
    },
    "role_secretary": {"ky": "катчы", "ru": "секретарь", "en": "secretary"},
    "role_member": {"ky": "мүчө", "ru": "член совета", "en": "member"},
    # --- minutes ----------------------------------------------------------------------------
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
            "{present} катышты: отурум укук ченемдүү эмес, чечимдер кворумсуз кабыл алынды."
        ),
        "ru": (
            "Кворум: {share} членов совета ({law}, {article}) — необходимо {needed}, "
            "присутствуют {present}: заседание неправомочно, решения приняты без кворума."
        ),
        "en": (
            "Quorum: {share} of members ({law}, {article}) — {needed} needed, "
            "{present} present: the sitting is not competent; its decisions are taken "
            "without a quorum."
        ),
    },
    "adoption_rule": {
        "ky": (
            "Чечим катышкандардын {share_words} көбү макул болсо кабыл алынат "
            "(калыс калгандар катышкандар катары эсептелет)."
        ),
        "ru": (
            "Решение принимается, если за проголосовали более {share_words} присутствующих "
            "(воздержавшиеся считаются присутствующими)."
        ),
        "en": (
            "A decision is adopted when more than {share_words} of those present vote for "
            "(abstentions count as present)."
        ),
    },
    "share_half": {"ky": "жарымынан", "ru": "половины", "en": "half"},
    "share_fraction": {"ky": "{share} бөлүгүнөн", "ru": "{share}", "en": "{share}"},
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
    "decided": {"ky": "ЧЕЧИМ КАБЫЛ АЛЫНДЫ", "ru": "РЕШИЛИ", "en": "DECIDED"},
    "speaker": {"ky": "Баяндамачы: {name}", "ru": "Докладчик: {name}", "en": "Speaker: {name}"},
    "nothing_recorded": {"ky": "жазылган эмес", "ru": "не записано", "en": "not recorded"},
    "vote_counts": {
        "ky": "Добуш берүү: макул — {for_}, каршы — {against}, калыс калды — {abstain}.",
        "ru": "Голосовали: за — {for_}, против — {against}, воздержались — {abstain}.",
        "en": "Voting: for — {for_}, against — {against}, abstained — {abstain}.",
    },
    "adopted": {
        "ky": "Чечим кабыл алынды: катышкандардын {share_words} көбү макул болду.",
        "ru": "Решение принято: за проголосовали более {share_words} присутствующих.",
        "en": "Adopted: more than {share_words} of those present voted for.",
    },
    "not_adopted": {
        "ky": "Чечим кабыл алынган жок: макул болгондор катышкандардын {share_words} ашкан жок.",
        "ru": "Решение не принято: за проголосовали не более {share_words} присутствующих.",
        "en": "Not adopted: not more than {share_words} of those present voted for.",
    },
    "without_quorum": {
        "ky": "Добуш кворумсуз берилди ({article}).",
        "ru": "Голосование проведено без кворума ({article}).",
        "en": "The vote was taken without a quorum ({article}).",
    },
    "no_vote": {
        "ky": "Добуш берүүнүн жыйынтыгы жазылган эмес.",
        "ru": "Результаты голосования не записаны.",
        "en": "No vote recorded.",
    },
    "voted_for": {"ky": "Макул", "ru": "За", "en": "For"},
    "voted_against": {"ky": "Каршы", "ru": "Против", "en": "Against"},
    "voted_abstain": {"ky": "Калыс калды", "ru": "Воздержались", "en": "Abstained"},
    "did_not_vote": {"ky": "Добуш берген жок", "ru": "Не голосовали", "en": "Did not vote"},
    # --- annual plan -----------------------------------------------------------------------
    "plan_title": {
        "ky": "Коомдук кеңештин {year}-жылга карата ИШ ПЛАНЫ",
        "ru": "ПЛАН РАБОТЫ Общественного совета на {year} год",
        "en": "WORK PLAN of the Public Council for {year}",
    },
    "plan_short": {
        "ky": "{year}-жылдын иш планы",
        "ru": "План работы на {year} год",
        "en": "Work plan {year}",
    },
    "col_no": {"ky": "№", "ru": "№", "en": "No."},
    "col_activity": {
        "ky": "Иш-чаранын аталышы",
        "ru": "Наименование мероприятия",
        "en": "Activity",
    },
    "col_due": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Due"},
    "col_responsible": {"ky": "Жооптуулар", "ru": "Ответственные", "en": "Responsible"},
    "col_form": {"ky": "Аткаруу формасы", "ru": "Форма завершения", "en": "Form of completion"},
    "col_status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "col_note": {"ky": "Эскертүү", "ru": "Примечание", "en": "Note"},
    "status_planned": {"ky": "пландалган", "ru": "запланировано", "en": "planned"},
    "status_done": {"ky": "аткарылды", "ru": "выполнено", "en": "done"},
    "status_moved": {"ky": "жылдырылды", "ru": "перенесено", "en": "moved"},
    "status_dropped": {"ky": "алынып салынды", "ru": "исключено", "en": "dropped"},
    "approved_at": {
        "ky": "Коомдук кеңештин {date} №{number} отурумунда БЕКИТИЛГЕН",
        "ru": "УТВЕРЖДЁН на заседании Общественного совета №{number} {date}",
        "en": "APPROVED at sitting No. {number} {date}",
    },
    "approved_on": {
        "ky": "БЕКИТИЛГЕН, бекитилген күнү: {date}",
        "ru": "УТВЕРЖДЁН {date}",
        "en": "APPROVED on {date}",
    },
    "plan_sent": {
        "ky": "Көчүрмөсү маморганга жөнөтүлгөн күнү: {date} ({article})",
        "ru": "Копия направлена в госорган: {date} ({article})",
        "en": "Copy sent to the state body: {date} ({article})",
    },
    "plan_letter": {"ky": "кат №{number}", "ru": "письмо №{number}", "en": "letter No. {number}"},
    "no_activities": {
        "ky": "Планга иш-чаралар киргизилген эмес.",
        "ru": "Мероприятия в план не внесены.",
        "en": "No activities in the plan.",
    },
}


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown document language {lang!r}; expected one of {LANGUAGES}")


def text(key: str, lang: str, **values: object) -> str:
    """The fixed text `key` in `lang` (ky, ru or en), with `values` filled in."""
    _check_lang(lang)
    template = WORDS[key][lang]
    return template.format(**values) if values else template


def article(number: int, lang: str) -> str:
    """An article of the law as each language cites it: «17-берене», «ст. 17», "Art. 17"."""
    return text("article", lang, number=number)


def rulebook_name(rulebook: Rulebook, lang: str) -> str:
    """The rulebook's short name: Law No. 74 in the language, any other rulebook as named."""
    if rulebook.key == LAW_74.key:
        return text("law_74", lang)
    return rulebook.short_name


def share_text(share: Fraction) -> str:
    """A share as the law writes it: 2/3."""
    return f"{share.numerator}/{share.denominator}"


def share_words(share: Fraction, lang: str) -> str:
    """"half" for 1/2, otherwise the fraction, in the grammatical slot "more than ___"."""
    if share == Fraction(1, 2):
        return text("share_half", lang)
    return text("share_fraction", lang, share=share_text(share))


def members_noun(count: int, lang: str) -> str:
    """The noun after "of N" in "present 9 of 13 members" (Russian: из 21 члена, из 13 членов)."""
    if lang == "ru":
        return "члена" if count % 10 == 1 and count % 100 != 11 else "членов"
    if lang == "en":
        return "member" if count == 1 else "members"
    return ""
