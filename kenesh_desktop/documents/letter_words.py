"""The fixed texts of the sitting's letter (documents.agenda_letter), in Kyrgyz, Russian and
English. Their own dictionary: documents/wording.py is already long; the words the minutes
share with the letter (the agenda heading, who proposed an item, the speaker, the chair) are
taken from there."""

from __future__ import annotations

from kenesh_desktop.documents import wording

WORDS: dict[str, dict[str, str]] = {
    "letter_title": {
        "ky": "Коомдук кеңештин №{number} отурумунун күн тартиби жөнүндө",
        "ru": "О повестке дня заседания Общественного совета №{number}",
        "en": "On the agenda of sitting No. {number} of the Public Council",
    },
    "letter_short": {"ky": "№{number} отурумдун күн тартиби",
                     "ru": "Повестка заседания №{number}",
                     "en": "Agenda of sitting No. {number}"},
    "letter_to": {"ky": "Кимге:", "ru": "Кому:", "en": "To:"},
    "letter_copy": {"ky": "Көчүрмөсү: Коомдук кеңештин мүчөлөрүнө",
                    "ru": "Копия: членам Общественного совета",
                    "en": "Copy: the members of the Public Council"},
    "letter_ref": {"ky": "{date}  № ________", "ru": "{date}  № ________",
                   "en": "{date}  No. ________"},
    "letter_basis": {
        "ky": "{law}, {article} боюнча Коомдук кеңештин отурумунун күн тартиби мамлекеттик "
              "органга отурумдан {days} мурун жеткирилет (мөөнөтү: {due}). Коомдук кеңештин "
              "кийинки отуруму жөнүндө маалымдайбыз жана анын күн тартибин жөнөтөбүз.",
        "ru": "В соответствии со {article} ({law}) повестка дня заседания Общественного "
              "совета направляется в государственный орган не позднее чем за {days} до "
              "заседания (срок: {due}). Сообщаем о заседании Общественного совета и направляем "
              "его повестку дня.",
        "en": "Under {article} of {law}, the agenda of a sitting of the Public Council reaches "
              "the state body at least {days} before the sitting (due: {due}). We inform you "
              "of the council's sitting and send its agenda.",
    },
    "label_sitting": {"ky": "Отурум:", "ru": "Заседание:", "en": "Sitting:"},
    "label_date": {"ky": "Күнү:", "ru": "Дата:", "en": "Date:"},
    "label_time": {"ky": "Саат:", "ru": "Время:", "en": "Time:"},
    "label_place": {"ky": "Өтүүчү жери:", "ru": "Место:", "en": "Place:"},
    "sitting_regular": {"ky": "№{number} кезектеги отурум", "ru": "очередное заседание "
                        "№{number}", "en": "regular sitting No. {number}"},
    "sitting_extraordinary": {"ky": "№{number} кезексиз отурум", "ru": "внеочередное "
                              "заседание №{number}", "en": "extraordinary sitting No. {number}"},
    "called_by": {"ky": "чакырган: {name}", "ru": "созвано по инициативе: {name}",
                  "en": "called by {name}"},
    "to_be_announced": {"ky": "кийинчерээк билдирилет", "ru": "будет сообщено дополнительно",
                        "en": "to be announced"},
    "invitation": {
        "ky": "Маморгандын өкүлүн отурумга катышууга чакырабыз ({article}). Бул кат Коомдук "
              "кеңештин мүчөлөрүнө отурумга чакыруу катары да жөнөтүлөт.",
        "ru": "Приглашаем представителя государственного органа принять участие в заседании "
              "({article}). Настоящее письмо направляется также членам Общественного совета "
              "как приглашение на заседание.",
        "en": "We invite the state body's representative to take part in the sitting "
              "({article}). This letter is also sent to the members of the council as their "
              "invitation to the sitting.",
    },
    "respect": {"ky": "Урматтоо менен,", "ru": "С уважением,", "en": "Yours faithfully,"},
    "speaker": {"ky": "Баяндамачы: {name}", "ru": "Докладчик: {name}", "en": "Speaker: {name}"},
}

BORROWED = ("agenda_heading", "proposed_council", "proposed_state_body", "chair", "no_items")
"""Texts the minutes already word, taken from documents.wording."""


def text(key: str, lang: str, **values: object) -> str:
    if key in WORDS:
        template = WORDS[key][lang]
        return template.format(**values) if values else template
    if key in BORROWED:
        return wording.text(key, lang, **values)
    raise KeyError(f"no letter text {key!r}")
