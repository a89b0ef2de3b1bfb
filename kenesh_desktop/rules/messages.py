"""What the user reads about a rule, in Kyrgyz, Russian or English, always article first.

`finding_message` words a `Finding` from its language-free `details` (run_checks fills them);
`rule_title` and `rule_explanation` name and state each rule with the rulebook's figures.
Terms follow GLOSSARY.md; dates are written by `lang.format_date`. An unknown language falls
back to English.
"""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.checks import rule_article
from kenesh_desktop.rules.competition import Problem
from kenesh_desktop.rules.composition import limit_percent
from kenesh_desktop.rules.findings import Finding
from kenesh_desktop.rules.presets import preset_of, rulebook_country, rulebook_title
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

_PREFIX = {"ky": "{article}-берене: ", "ru": "Ст. {article}: ", "en": "Art. {article}: "}
# A council that follows another rulebook than the default has it named beside the article.
_NAMED_PREFIX = {"ky": "{article}-берене ({law}): ", "ru": "Ст. {article} ({law}): ",
                 "en": "Art. {article} ({law}): "}

# A deadline finding is worded by what happened: done late, not done and past due, or near.
_DEADLINE_RULES = (
    "meeting.agenda_notice",
    "request.answer_due",
    "plan.copy_due",
    "competition.announcement",
    "competition.formed",
)
_VARIANT = {"late": "late", "overdue": "missing", "upcoming": "upcoming"}

_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "composition.size": "the council has {active} active members; it must have "
        "{min} to {max}.",
        "composition.gender": "{count} of {active} active members ({percent}%) are {sex}; "
        "at most {limit} ({limit_percent}%) may be of one sex.",
        "composition.organization": "{name} is a second member from {organization} "
        "(the first is {first_name}); one organisation may have one member.",
        "composition.one_council": "{name} is also an active member of {others}; "
        "a person may be a member of one council only.",
        "composition.term": "the term {term_start} – {term_end} is too long: "
        "it may last up to {years} years, to {latest_end} at the latest.",
        "meeting.quorum": "sitting {number} had no quorum: {present} of {members} present, "
        "{needed} needed.",
        "meeting.agenda_notice.late": "the agenda of sitting {number} ({date}) reached the "
        "state body on {done_on}, later than {due}.",
        "meeting.agenda_notice.missing": "the agenda of sitting {number} ({date}) was not sent "
        "to the state body; it was due by {due}.",
        "meeting.agenda_notice.upcoming": "the agenda of sitting {number} ({date}) must reach "
        "the state body by {due} ({days_left} left).",
        "request.answer_due.late": "request No. {number} was answered on {done_on}, later "
        "than {due} ({days_overdue} late).",
        "request.answer_due.missing": "request No. {number} has no written answer; it was due "
        "by {due} ({days_overdue} overdue).",
        "request.answer_due.upcoming": "the written answer to request No. {number} is due by "
        "{due} ({days_left} left).",
        "notice.late": "the notice of the sitting of {commission} on {sitting} arrived on "
        "{received}, later than {due}.",
        "plan.copy_due.late": "the copy of the {year} annual work plan reached the state body "
        "on {done_on}, later than {due}.",
        "plan.copy_due.missing": "the copy of the {year} annual work plan (approved on "
        "{approved}) was not sent to the state body; it was due by {due}.",
        "plan.copy_due.upcoming": "the copy of the {year} annual work plan must reach the "
        "state body by {due} ({days_left} left).",
        "competition.announcement.late": "the competition for the next composition was "
        "announced on {done_on}, later than {due} (the term ends on {term_end}).",
        "competition.announcement.missing": "no competition for the next composition has "
        "been announced; it was due by {due} (the term ends on {term_end}).",
        "competition.announcement.upcoming": "the competition for the next composition must "
        "be announced by {due} ({days_left} left).",
        "competition.intake": "the documents of {name} were received on {received}, outside "
        "the intake period {published} – {last_day}.",
        "competition.formed.late": "the new composition was formed on {done_on}, later than "
        "{due} (the term ends on {term_end}).",
        "competition.formed.missing": "the new composition has not been formed; it was due "
        "by {due} (the term ends on {term_end}).",
        "competition.formed.upcoming": "the new composition must be formed by {due} "
        "({days_left} left).",
        "candidate.documents": "selected candidate {name} lacks: {missing}.",
        "candidate.requirements": "selected candidate {name} does not meet: {failed}.",
        "problem.size": "the selection has {count} candidates; a council must have "
        "{min} to {max} members.",
        "problem.gender": "{count} of {total} selected candidates are {sex}; at most {limit} "
        "may be of one sex.",
        "problem.organization": "{name} is a second candidate from {organization} "
        "(the first is {first_name}).",
        "problem.one_council": "{name} will still be a member of another council ({council}).",
        "problem.incomplete": "candidate {name} is selected but the file is incomplete: "
        "{missing}.",
        "problem.not_eligible": "candidate {name} is selected but does not meet: {failed}.",
        "problem.formed": "the next composition is already formed; its term begins on {start}.",
    },
    "ru": {
        "composition.size": "действующих членов совета: {active}; должно быть "
        "от {min} до {max}.",
        "composition.gender": "{sex} — {count} из {active} действующих членов ({percent}%); "
        "лиц одного пола может быть не более {limit} ({limit_percent}%).",
        "composition.organization": "{name} — второй член совета от организации "
        "{organization} (первый — {first_name}); от одной организации — один член.",
        "composition.one_council": "{name} — также действующий член другого совета "
        "({others}); лицо может быть членом только одного совета.",
        "composition.term": "срок полномочий {term_start} – {term_end} слишком длинный: "
        "не более {years} лет, то есть не позднее {latest_end}.",
        "meeting.quorum": "заседание № {number} неправомочно: присутствовали {present} "
        "из {members}, нужно {needed}.",
        "meeting.agenda_notice.late": "повестка дня заседания № {number} ({date}) направлена "
        "в госорган {done_on}, позже срока {due}.",
        "meeting.agenda_notice.missing": "повестка дня заседания № {number} ({date}) "
        "не направлена в госорган; срок — {due}.",
        "meeting.agenda_notice.upcoming": "повестку дня заседания № {number} ({date}) нужно "
        "направить в госорган не позднее {due} (осталось {days_left}).",
        "request.answer_due.late": "ответ на запрос № {number} получен {done_on}, позже "
        "срока {due} (просрочка {days_overdue}).",
        "request.answer_due.missing": "на запрос № {number} нет письменного ответа; срок — "
        "{due} (просрочено на {days_overdue}).",
        "request.answer_due.upcoming": "письменный ответ на запрос № {number} — не позднее "
        "{due} (осталось {days_left}).",
        "notice.late": "уведомление о заседании комиссии ({commission}, {sitting}) получено "
        "{received}, позже срока {due}.",
        "plan.copy_due.late": "копия годового плана работы на {year} год направлена "
        "в госорган {done_on}, позже срока {due}.",
        "plan.copy_due.missing": "копия годового плана работы на {year} год (утверждён "
        "{approved}) не направлена в госорган; срок — {due}.",
        "plan.copy_due.upcoming": "копию годового плана работы на {year} год нужно направить "
        "в госорган не позднее {due} (осталось {days_left}).",
        "competition.announcement.late": "конкурс на новый состав объявлен {done_on}, позже "
        "срока {due} (срок полномочий истекает {term_end}).",
        "competition.announcement.missing": "конкурс на новый состав не объявлен; срок — "
        "{due} (срок полномочий истекает {term_end}).",
        "competition.announcement.upcoming": "конкурс на новый состав нужно объявить "
        "не позднее {due} (осталось {days_left}).",
        "competition.intake": "документы кандидата {name} получены {received}, вне срока "
        "приёма {published} – {last_day}.",
        "competition.formed.late": "новый состав сформирован {done_on}, позже срока {due} "
        "(срок полномочий истекает {term_end}).",
        "competition.formed.missing": "новый состав не сформирован; срок — {due} "
        "(срок полномочий истекает {term_end}).",
        "competition.formed.upcoming": "новый состав нужно сформировать не позднее {due} "
        "(осталось {days_left}).",
        "candidate.documents": "у отобранного кандидата {name} нет: {missing}.",
        "candidate.requirements": "отобранный кандидат {name} не отвечает требованиям: "
        "{failed}.",
        "problem.size": "отобрано кандидатов: {count}; в совете должно быть от {min} "
        "до {max} членов.",
        "problem.gender": "{sex} — {count} из {total} отобранных кандидатов; лиц одного пола "
        "может быть не более {limit}.",
        "problem.organization": "{name} — второй кандидат от организации {organization} "
        "(первый — {first_name}).",
        "problem.one_council": "{name} останется членом другого совета ({council}).",
        "problem.incomplete": "кандидат {name} отобран, но документы неполные, нет: "
        "{missing}.",
        "problem.not_eligible": "кандидат {name} отобран, но не отвечает требованиям: "
        "{failed}.",
        "problem.formed": "следующий состав уже сформирован; его полномочия начинаются {start}.",
    },
    "ky": {
        "composition.size": "кеңештин учурдагы мүчөлөрүнүн саны — {active}; кеминде {min}, "
        "көп дегенде {max} мүчө болушу керек.",
        "composition.gender": "{sex} — {count}, учурдагы мүчөлөр — {active} ({percent}%); "
        "бир жыныстагы мүчөлөр көп дегенде {limit} ({limit_percent}%) болушу мүмкүн.",
        "composition.organization": "{name} — бир уюмдан экинчи мүчө ({organization}; "
        "биринчиси — {first_name}); бир уюмдан бир гана мүчө болот.",
        "composition.one_council": "{name} башка кеңештин да учурдагы мүчөсү ({others}); "
        "адам бир гана кеңештин мүчөсү боло алат.",
        "composition.term": "ыйгарым укуктардын мөөнөтү ({term_start} – {term_end}) өтө узак: "
        "{years} жылга чейин, акыркы күнү — {latest_end}.",
        "meeting.quorum": "{number}-отурум укук ченемдүү эмес: катышкандар — {present}, "
        "мүчөлөр — {members}, кворум үчүн керек — {needed}.",
        "meeting.agenda_notice.late": "{number}-отурумдун ({date}) күн тартиби маморганга "
        "кечигип жөнөтүлгөн: жөнөтүлгөн күнү — {done_on}, мөөнөтү — {due}.",
        "meeting.agenda_notice.missing": "{number}-отурумдун ({date}) күн тартиби маморганга "
        "жөнөтүлгөн эмес; мөөнөтү — {due}.",
        "meeting.agenda_notice.upcoming": "{number}-отурумдун ({date}) күн тартибин "
        "маморганга жөнөтүү мөөнөтү — {due} ({days_left} калды).",
        "request.answer_due.late": "№ {number} суроо-талапка жооп кечигип берилген: жооп "
        "келген күнү — {done_on}, мөөнөтү — {due} ({days_overdue} кечикти).",
        "request.answer_due.missing": "№ {number} суроо-талапка жазуу жүзүндөгү жооп жок; "
        "мөөнөтү — {due} ({days_overdue} өттү).",
        "request.answer_due.upcoming": "№ {number} суроо-талапка жазуу жүзүндөгү жооп берүү "
        "мөөнөтү — {due} ({days_left} калды).",
        "notice.late": "комиссиянын отуруму ({commission}, {sitting}) тууралуу кабар кечигип "
        "келген: келген күнү — {received}, мөөнөтү — {due}.",
        "plan.copy_due.late": "{year}-жылдын жылдык иш планынын көчүрмөсү маморганга кечигип "
        "жөнөтүлгөн: жөнөтүлгөн күнү — {done_on}, мөөнөтү — {due}.",
        "plan.copy_due.missing": "{year}-жылдын жылдык иш планынын көчүрмөсү (бекитилген "
        "күнү — {approved}) маморганга жөнөтүлгөн эмес; мөөнөтү — {due}.",
        "plan.copy_due.upcoming": "{year}-жылдын жылдык иш планынын көчүрмөсүн маморганга "
        "жөнөтүү мөөнөтү — {due} ({days_left} калды).",
        "competition.announcement.late": "жаңы курамга конкурс кечигип жарыяланган: "
        "жарыяланган күнү — {done_on}, мөөнөтү — {due} (ыйгарым укуктардын акыркы күнү — "
        "{term_end}).",
        "competition.announcement.missing": "жаңы курамга конкурс жарыялана элек; мөөнөтү — "
        "{due} (ыйгарым укуктардын акыркы күнү — {term_end}).",
        "competition.announcement.upcoming": "жаңы курамга конкурс жарыялоо мөөнөтү — {due} "
        "({days_left} калды).",
        "competition.intake": "талапкер {name} документтерин кабыл алуу мөөнөтүнөн тышкары "
        "тапшырган: тапшырылган күнү — {received}, кабыл алуу мөөнөтү — {published} – "
        "{last_day}.",
        "competition.formed.late": "жаңы курам кечигип түзүлгөн: түзүлгөн күнү — {done_on}, "
        "мөөнөтү — {due} (ыйгарым укуктардын акыркы күнү — {term_end}).",
        "competition.formed.missing": "жаңы курам түзүлө элек; мөөнөтү — {due} (ыйгарым "
        "укуктардын акыркы күнү — {term_end}).",
        "competition.formed.upcoming": "жаңы курамды түзүү мөөнөтү — {due} ({days_left} "
        "калды).",
        "candidate.documents": "тандалган талапкер {name} төмөнкү документтерди тапшырган "
        "эмес: {missing}.",
        "candidate.requirements": "тандалган талапкер {name} төмөнкү талаптарга жооп "
        "бербейт: {failed}.",
        "problem.size": "тандалган талапкерлер — {count}; кеңеште кеминде {min}, көп "
        "дегенде {max} мүчө болушу керек.",
        "problem.gender": "{sex} — {count}, тандалган талапкерлер — {total}; бир жыныстагылар "
        "көп дегенде {limit} болушу мүмкүн.",
        "problem.organization": "{name} — бир уюмдан экинчи талапкер ({organization}; "
        "биринчиси — {first_name}).",
        "problem.one_council": "{name} башка кеңештин мүчөсү бойдон калат ({council}).",
        "problem.incomplete": "талапкер {name} тандалган, бирок документтери толук эмес: "
        "{missing}.",
        "problem.not_eligible": "талапкер {name} тандалган, бирок талаптарга жооп бербейт: "
        "{failed}.",
        "problem.formed": "кийинки курам түзүлүп калган; анын ыйгарым укуктары {start} башталат.",
    },
}

_SEX_PLURAL = {
    "en": {"female": "women", "male": "men"},
    "ru": {"female": "женщины", "male": "мужчины"},
    "ky": {"female": "аялдар", "male": "эркектер"},
}

_DOCUMENTS = {
    "en": {
        "application": "the application",
        "cv_with_photo": "a CV with photo",
        "vision": "the vision of the work in the council",
        "recommendation_letters": "recommendation letters ({letters} of {min_letters})",
    },
    "ru": {
        "application": "заявления",
        "cv_with_photo": "резюме с фотографией",
        "vision": "видения работы в совете",
        "recommendation_letters": "рекомендательных писем ({letters} из {min_letters})",
    },
    "ky": {
        "application": "арыз",
        "cv_with_photo": "сүрөтү менен резюме",
        "vision": "ККдагы ишине болгон көз карашы",
        "recommendation_letters": "сунуштама каттар ({letters} / {min_letters})",
    },
}

# Whose citizen a candidate must be, as the council's rulebook says (a council's own
# regulation names no country).
_CITIZEN = {
    "en": {"kg": "a citizen of the Kyrgyz Republic with full legal capacity",
           "kz": "a citizen of the Republic of Kazakhstan with full legal capacity",
           None: "a citizen with full legal capacity"},
    "ru": {"kg": "дееспособный гражданин Кыргызской Республики",
           "kz": "дееспособный гражданин Республики Казахстан",
           None: "дееспособный гражданин"},
    "ky": {"kg": "Кыргыз Республикасынын аракетке жөндөмдүү жараны",
           "kz": "Казакстан Республикасынын аракетке жөндөмдүү жараны",
           None: "аракетке жөндөмдүү жаран"},
}

_REQUIREMENTS = {
    "en": {
        "citizen_capable": "a citizen of the Kyrgyz Republic with full legal capacity",
        "no_criminal_record": "no criminal record",
        "not_civil_servant": "not a state or municipal employee",
        "reputation": "impeccable reputation",
        "no_relatives_in_body": "no relatives working in the state body",
        "independent": "not dependent on the state body",
        "civic_experience": "experience of civic activity",
    },
    "ru": {
        "citizen_capable": "дееспособный гражданин Кыргызской Республики",
        "no_criminal_record": "не имеющий судимости",
        "not_civil_servant": "не государственный и не муниципальный служащий",
        "reputation": "безупречная репутация",
        "no_relatives_in_body": "нет родственников, работающих в госоргане",
        "independent": "не зависит от госоргана",
        "civic_experience": "опыт общественной деятельности",
    },
    "ky": {
        "citizen_capable": "Кыргыз Республикасынын аракетке жөндөмдүү жараны",
        "no_criminal_record": "соттолбогон",
        "not_civil_servant": "мамлекеттик же муниципалдык кызматчы эмес",
        "reputation": "кынтыксыз абройлуу",
        "no_relatives_in_body": "мамлекеттик органда иштеген туугандары жок",
        "independent": "мамлекеттик органга көз каранды эмес",
        "civic_experience": "жарандык активдүү иш тажрыйбасы бар",
    },
}


def _lang(lang: str) -> str:
    return lang if lang in _TEMPLATES else "en"


def format_days(n: int, lang: str) -> str:
    """A number of days: "1 day", "3 дня", "5 күн"."""
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            word = "день"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            word = "дня"
        else:
            word = "дней"
        return f"{n} {word}"
    if lang == "ky":
        return f"{n} күн"
    return f"{n} day" if n == 1 else f"{n} days"


_NOT_RECORDED = {"en": "not yet recorded", "ru": "не отмечено", "ky": "али белгилене элек"}


def requirement_text(key: str, lang: str, rb: Rulebook = LAW_74) -> str:
    """A requirement for a candidate (records.REQUIREMENT_KEYS) in `lang`, citizenship as
    the rulebook's country has it."""
    lang = _lang(lang)
    if key == "citizen_capable":
        return _CITIZEN[lang][rulebook_country(rb)]
    return _REQUIREMENTS[lang].get(key, key)


def _values(details: dict, lang: str, rb: Rulebook = LAW_74) -> dict:
    """The details as a template fills them in `lang`: dates written out, keys translated."""
    values: dict = {}
    for key, value in details.items():
        if isinstance(value, dt.date):
            values[key] = format_date(value, lang)
        elif key in ("days_left", "days_overdue"):
            values[key] = format_days(value, lang)
        else:
            values[key] = value
    if "sex" in details:
        values["sex"] = _SEX_PLURAL[lang].get(details["sex"], details["sex"])
    if "missing" in details:
        names = _DOCUMENTS[lang]
        values["missing"] = ", ".join(
            names[key].format(
                letters=details.get("letters", 0),
                min_letters=details.get("min_letters", LAW_74.min_recommendation_letters),
            )
            if key in names
            else key
            for key in details["missing"]
        )
    if "failed" in details:
        # A requirement not yet recorded is no proof the candidate fails it: say which is which.
        unrecorded = set(details.get("unrecorded", ()))
        values["failed"] = "; ".join(
            requirement_text(k, lang, rb)
            + (f" ({_NOT_RECORDED[lang]})" if k in unrecorded else "")
            for k in details["failed"]
        )
    if "other_councils" in details:
        values["others"] = ", ".join(
            details.get("other_council_names") or details["other_councils"]
        )
    return values


def _with_article(article: int, text: str, lang: str, rb: Rulebook | None = None) -> str:
    """The text after its article; the rulebook named beside it unless it is the default
    (Law No. 74), which the window and every document name once for the whole council."""
    if text.endswith(".."):  # a date ending in "г." closes the sentence itself
        text = text[:-1]
    if rb is None or rb.key == LAW_74.key and preset_of(rb) is not None:
        return _PREFIX[lang].format(article=article) + text
    return _NAMED_PREFIX[lang].format(article=article, law=rulebook_title(rb, lang)) + text


def finding_message(finding: Finding, lang: str) -> str:
    """The finding in plain words, naming the article first: "Art. 17: sitting 3 had no
    quorum: 7 of 13 present, 9 needed." / «17-берене: ...» / «Ст. 17: ...». The article is
    the council rulebook's (run_checks puts it in details["rulebook"]); a rulebook other than
    Law No. 74 is named beside it: «Ст. 13 (Закон РК № 383-V): ...»."""
    lang = _lang(lang)
    key = finding.rule
    if key in _DEADLINE_RULES:
        key = f"{key}.{_VARIANT[finding.details.get('status', 'overdue')]}"
    rb = finding.details.get("rulebook")
    values = _values({**finding.details, "due": finding.due}, lang, rb or LAW_74)
    return _with_article(finding.article, _TEMPLATES[lang][key].format(**values), lang, rb)


def problem_message(problem: Problem, lang: str, rb: Rulebook | None = None) -> str:
    """A problem of a competition's selection preview (competition.selection_preview), by
    the council's rulebook `rb` (its name beside the article, as finding_message)."""
    lang = _lang(lang)
    values = _values(problem.details, lang, rb or LAW_74)
    text = _TEMPLATES[lang][f"problem.{problem.key}"].format(**values)
    return _with_article(problem.article, text, lang, rb)


_TITLES = {
    "en": {
        "composition.size": "Number of members",
        "composition.gender": "Gender balance",
        "composition.organization": "One member per organisation",
        "composition.one_council": "One council per person",
        "composition.term": "Term of office",
        "meeting.quorum": "Quorum of a sitting",
        "meeting.agenda_notice": "Agenda to the state body",
        "request.answer_due": "Answer to a request",
        "notice.late": "Notice of a commission's sitting",
        "plan.copy_due": "Copy of the annual work plan",
        "competition.announcement": "Announcement of the competition",
        "competition.intake": "Intake of documents",
        "competition.formed": "Forming the new composition",
        "candidate.documents": "Candidate's documents",
        "candidate.requirements": "Requirements for a candidate",
    },
    "ru": {
        "composition.size": "Численность членов",
        "composition.gender": "Гендерный баланс",
        "composition.organization": "Один член от организации",
        "composition.one_council": "Членство только в одном совете",
        "composition.term": "Срок полномочий",
        "meeting.quorum": "Кворум заседания",
        "meeting.agenda_notice": "Повестка дня в госорган",
        "request.answer_due": "Ответ на запрос",
        "notice.late": "Уведомление о заседании комиссии",
        "plan.copy_due": "Копия годового плана работы",
        "competition.announcement": "Объявление конкурса",
        "competition.intake": "Приём документов",
        "competition.formed": "Формирование нового состава",
        "candidate.documents": "Документы кандидата",
        "candidate.requirements": "Требования к кандидату",
    },
    "ky": {
        "composition.size": "Мүчөлөрдүн саны",
        "composition.gender": "Гендердик тең салмактуулук",
        "composition.organization": "Бир уюмдан бир мүчө",
        "composition.one_council": "Бир гана кеңешке мүчөлүк",
        "composition.term": "Ыйгарым укуктардын мөөнөтү",
        "meeting.quorum": "Отурумдун кворуму",
        "meeting.agenda_notice": "Күн тартибин маморганга жөнөтүү",
        "request.answer_due": "Суроо-талапка жооп",
        "notice.late": "Комиссиянын отуруму тууралуу кабар",
        "plan.copy_due": "Жылдык иш планынын көчүрмөсү",
        "competition.announcement": "Конкурсту жарыялоо",
        "competition.intake": "Документтерди кабыл алуу",
        "competition.formed": "Жаңы курамды түзүү",
        "candidate.documents": "Талапкердин документтери",
        "candidate.requirements": "Талапкерге коюлган талаптар",
    },
}

_EXPLANATIONS = {
    "en": {
        "composition.size": "a council has at least {min} and at most {max} members.",
        "composition.gender": "no more than {pct}% of the members may be of the same sex.",
        "composition.organization": "at most {per_org} member(s) may come from the same "
        "organisation.",
        "composition.gender.off": "the council's rules set no limit on the share of one sex.",
        "composition.organization.off": "the council's rules set no limit on the members "
        "from one organisation.",
        "composition.one_council": "a person may be a member of only one public council.",
        "composition.term": "a composition's term of office lasts up to {years} years.",
        "meeting.quorum": "a sitting is competent when at least {quorum} of the members attend.",
        "meeting.agenda_notice": "the agenda of a sitting reaches the state body at least "
        "{agenda} before the sitting.",
        "request.answer_due": "a council's request is answered in writing no later than "
        "{answer} after it is registered.",
        "notice.late": "the state body tells the council of a tender or other commission's "
        "sitting at least {notice} before it.",
        "plan.copy_due": "the state body receives a copy of the annual work plan no later than "
        "{plan} after its approval.",
        "competition.announcement": "the competition for the new composition is announced at "
        "least {announce} months before the term ends.",
        "competition.intake": "documents are accepted within {intake} month(s) of the "
        "publication in the mass media.",
        "competition.formed": "the new composition is formed at least {formed} before "
        "the previous one's term ends.",
        "candidate.documents": "a candidate submits an application, a CV with photo, at least "
        "{letters} recommendation letters and their vision of the work in the council.",
        "candidate.requirements": "a candidate meets all seven requirements (citizenship, no "
        "criminal record, not a civil servant, reputation, no relatives in the state body, "
        "independence, civic experience).",
    },
    "ru": {
        "composition.size": "в совете не менее {min} и не более {max} членов.",
        "composition.gender": "лиц одного пола — не более {pct}% членов совета.",
        "composition.organization": "от одной организации — не более {per_org} члена.",
        "composition.gender.off": "правила совета не ограничивают долю лиц одного пола.",
        "composition.organization.off": "правила совета не ограничивают число членов "
        "от одной организации.",
        "composition.one_council": "лицо может быть членом только одного общественного совета.",
        "composition.term": "срок полномочий состава — до {years} лет.",
        "meeting.quorum": "заседание правомочно, если присутствует не менее {quorum} членов.",
        "meeting.agenda_notice": "повестка дня заседания направляется в госорган не позднее "
        "чем за {agenda} до заседания.",
        "request.answer_due": "письменный ответ на запрос совета — не позднее {answer} "
        "со дня регистрации.",
        "notice.late": "госорган сообщает совету о заседании тендерной и иной комиссии "
        "не позднее чем за {notice}.",
        "plan.copy_due": "копия годового плана работы направляется в госорган не позднее "
        "{plan} после утверждения.",
        "competition.announcement": "конкурс на новый состав объявляется не позднее чем за "
        "{announce} месяца до окончания срока полномочий.",
        "competition.intake": "документы принимаются в течение {intake} месяца со дня "
        "публикации в СМИ.",
        "competition.formed": "новый состав формируется не позднее чем за {formed} до "
        "окончания полномочий предыдущего.",
        "candidate.documents": "кандидат подаёт заявление, резюме с фотографией, не менее "
        "{letters} рекомендательных писем и видение работы в совете.",
        "candidate.requirements": "кандидат отвечает всем семи требованиям (гражданство, "
        "отсутствие судимости, не служащий, репутация, нет родственников в госоргане, "
        "независимость, опыт общественной деятельности).",
    },
    "ky": {
        "composition.size": "кеңеште кеминде {min}, көп дегенде {max} мүчө болот.",
        "composition.gender": "бир жыныстагы мүчөлөр {pct} пайыздан ашпашы керек.",
        "composition.organization": "бир уюмдан {per_org} гана мүчө болот.",
        "composition.gender.off": "кеңештин эрежелери бир жыныстагы мүчөлөрдүн үлүшүн "
        "чектебейт.",
        "composition.organization.off": "кеңештин эрежелери бир уюмдан келген мүчөлөрдүн "
        "санын чектебейт.",
        "composition.one_council": "адам бир гана коомдук кеңештин мүчөсү боло алат.",
        "composition.term": "курамдын ыйгарым укуктарынын мөөнөтү — {years} жылга чейин.",
        "meeting.quorum": "мүчөлөрдүн кеминде {quorum} бөлүгү катышса, отурум укук ченемдүү.",
        "meeting.agenda_notice": "отурумдун күн тартиби маморганга отурумга чейин кеминде "
        "{agenda} мурун жөнөтүлөт.",
        "request.answer_due": "кеңештин суроо-талабына жазуу жүзүндөгү жооп катталган күндөн "
        "тартып {answer}дөн кечиктирилбей берилет.",
        "notice.late": "маморган тендердик жана башка комиссиялардын отуруму тууралуу кеңешке "
        "кеминде {notice} мурун кабарлайт.",
        "plan.copy_due": "жылдык иш планынын көчүрмөсү бекитилгенден кийин {plan}дөн "
        "кечиктирилбей маморганга жөнөтүлөт.",
        "competition.announcement": "жаңы курамга конкурс ыйгарым укуктардын мөөнөтү бүтө "
        "электе кеминде {announce} ай мурун жарыяланат.",
        "competition.intake": "документтер ЖМКга жарыяланган күндөн тартып {intake} айдын "
        "ичинде кабыл алынат.",
        "competition.formed": "жаңы курам мурунку курамдын ыйгарым укуктары бүтө электе "
        "кеминде {formed} мурун түзүлөт.",
        "candidate.documents": "талапкер арыз, сүрөтү менен резюме, кеминде {letters} "
        "сунуштама кат жана ККдагы ишине болгон көз карашын тапшырат.",
        "candidate.requirements": "талапкер жети талаптын баарына жооп берет (жарандык, "
        "соттолбогон, кызматчы эмес, аброй, маморгандагы туугандары жок, көз карандысыз, "
        "жарандык активдүүлүк тажрыйбасы).",
    },
}


def rule_title(rule_id: str, lang: str) -> str:
    """A short name of the rule, for a column or a group heading."""
    return _TITLES[_lang(lang)][rule_id]


def rule_explanation(rule_id: str, lang: str, rb: Rulebook = LAW_74) -> str:
    """One sentence stating the rule with the rulebook's figures, its article and the
    rulebook's name first (tooltips): "Art. 14 (Law No. 74, repealed in 2023): a council has
    at least 7 and at most 15 members." A rule the rulebook switches off says so."""
    lang = _lang(lang)
    quorum = rb.quorum_share
    figures = {
        "min": rb.min_members,
        "max": rb.max_members,
        "pct": limit_percent(rb),
        "per_org": rb.max_members_per_organization,
        "years": rb.term_years,
        "quorum": f"{quorum.numerator}/{quorum.denominator}",
        "agenda": format_days(rb.agenda_notice_days, lang),
        "answer": format_days(rb.answer_days, lang),
        "notice": format_days(rb.commission_notice_days, lang),
        "plan": format_days(rb.plan_copy_days, lang),
        "announce": rb.announce_months_before_term_end,
        "intake": rb.intake_months_after_publication,
        "formed": format_days(rb.formed_days_before_term_end, lang),
        "letters": rb.min_recommendation_letters,
    }
    key = rule_id
    if (rule_id == "composition.gender" and rb.max_same_sex_share is None
            or rule_id == "composition.organization" and rb.max_members_per_organization is None):
        key = f"{rule_id}.off"
    text = _EXPLANATIONS[lang][key].format(**figures)
    return _NAMED_PREFIX[lang].format(article=rule_article(rule_id, rb),
                                      law=rulebook_title(rb, lang)) + text
