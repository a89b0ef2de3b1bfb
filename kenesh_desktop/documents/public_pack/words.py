"""Every fixed text of the public pack's pages, in Kyrgyz, Russian and English.

A dictionary of its own rather than more of documents/wording.py (already the minutes', plans'
and reports' long list); the terms follow GLOSSARY.md, and where a text is the same as a
document's (roles, statuses, the report's headings) it is taken from documents.wording, not
written twice. One set of templates serves every language: the templates hold the structure,
this module the words, so a page cannot differ between languages except in its wording.
A text is a `str.format` template of plain text; the templates escape it (autoescape).
"""

from __future__ import annotations

from kenesh_desktop.documents import wording
from kenesh_desktop.documents.public_pack.data_words import DATA_WORDS

WORDS: dict[str, dict[str, str]] = {
    # --- every page ----------------------------------------------------------------------
    "skip": {"ky": "Негизги мазмунга өтүү", "ru": "Перейти к содержанию",
             "en": "Skip to the content"},
    "nav_label": {"ky": "Бөлүмдөр", "ru": "Разделы", "en": "Sections"},
    "nav_home": {"ky": "Башкы бет", "ru": "Главная", "en": "Home"},
    "nav_composition": {"ky": "Курамы", "ru": "Состав", "en": "Composition"},
    "nav_sittings": {"ky": "Отурумдар", "ru": "Заседания", "en": "Sittings"},
    "nav_plans": {"ky": "Иш пландары", "ru": "Планы работы", "en": "Work plans"},
    "nav_reports": {"ky": "Отчеттор", "ru": "Отчёты", "en": "Reports"},
    "nav_data": {"ky": "Ачык маалыматтар", "ru": "Открытые данные", "en": "Open data"},
    "footer": {
        "ky": "Маалыматтар {date} абалы боюнча. Kenesh Desktop программасы менен даярдалды.",
        "ru": "Сведения по состоянию на {date}. Подготовлено программой Kenesh Desktop.",
        "en": "Information as of {date}. Prepared with Kenesh Desktop.",
    },
    "none": {"ky": "жок", "ru": "нет", "en": "none"},
    "not_set": {"ky": "көрсөтүлө элек", "ru": "не указано", "en": "not set yet"},
    "back_sittings": {"ky": "← Бардык отурумдар", "ru": "← Все заседания",
                      "en": "← All sittings"},
    "calendar_one": {"ky": "Календарга кошуу (.ics)", "ru": "Добавить в календарь (.ics)",
                     "en": "Add to calendar (.ics)"},
    "calendar_all": {"ky": "Бардык отурумдар календарь үчүн (.ics)",
                     "ru": "Все заседания для календаря (.ics)",
                     "en": "All sittings for your calendar (.ics)"},
    # --- home ------------------------------------------------------------------------------
    "home_title": {"ky": "Коомчулук үчүн маалымат", "ru": "Информация для общественности",
                   "en": "Information for the public"},
    "intro": {
        "ky": "Коомдук кеңеш өзүнүн ишмердүүлүгү жана чечимдери тууралуу коомчулукка маалымат "
              "берет ({citation}): бул жерде анын курамы, отурумдары жана чечимдери, "
              "иш пландары жана отчеттору.",
        "ru": "Общественный совет информирует общественность о своей деятельности и решениях "
              "({citation}): здесь его состав, заседания и решения, планы работы и "
              "отчёты.",
        "en": "The Public Council informs the public of its activity and decisions "
              "({citation}): here are its composition, sittings and decisions, work plans and "
              "reports.",
    },
    "state_body_line": {"ky": "Мамлекеттик орган: {name}", "ru": "Государственный орган: "
                        "{name}", "en": "State body: {name}"},
    "term_line": {"ky": "Ыйгарым укуктарынын мөөнөтү: {start} – {end}.",
                  "ru": "Срок полномочий: {start} – {end}.",
                  "en": "Term of office: {start} – {end}."},
    "no_term": {"ky": "Бул күнү күчүндөгү курам жок.", "ru": "На эту дату действующего "
                "состава нет.", "en": "There is no composition in force on this day."},
    "members_count": {"ky": "Мүчөлөрү: {count}", "ru": "Членов совета: {count}",
                      "en": "Members: {count}"},
    "term_label": {"ky": "Ыйгарым укуктарынын мөөнөтү:", "ru": "Срок полномочий:",
                   "en": "Term of office:"},
    "next_sitting_label": {"ky": "Кийинки отурум", "ru": "Следующее заседание",
                           "en": "Next sitting"},
    "sittings_count": {"ky": "Отурумдар: {count}, анын ичинен протоколу бекитилгендер: "
                       "{finalized}", "ru": "Заседаний: {count}, из них с утверждёнными "
                       "протоколами: {finalized}", "en": "Sittings: {count}, of them with "
                       "finalized minutes: {finalized}"},
    "no_plans": {"ky": "Бекитилген иш планы азырынча жок.",
                 "ru": "Утверждённых планов работы пока нет.",
                 "en": "No approved work plan yet."},
    "no_reports": {"ky": "Отчет үчүн маалымат азырынча жок.",
                   "ru": "Данных для отчёта пока нет.", "en": "Nothing to report yet."},
    "data_teaser": {
        "ky": "Ушул эле маалыматтар таблица катары (CSV, JSON) ар бир тилкенин сыпаттамасы "
              "менен.",
        "ru": "Те же сведения в виде таблиц (CSV, JSON) с описанием каждого столбца.",
        "en": "The same records as tables (CSV, JSON), with every column described.",
    },
    # --- composition -----------------------------------------------------------------------
    "composition_title": {"ky": "Коомдук кеңештин учурдагы курамы",
                          "ru": "Действующий состав Общественного совета",
                          "en": "The composition in force"},
    "formed_line": {"ky": "Курам {date} түзүлгөн.", "ru": "Состав сформирован {date}.",
                    "en": "Formed on {date}."},
    "composition_summary": {"ky": "Мүчөлөрү: {count} (аялдар: {women}, эркектер: {men}).",
                            "ru": "Членов совета: {count} (женщин: {women}, мужчин: {men}).",
                            "en": "Members: {count} (women: {women}, men: {men})."},
    "composition_basis": {
        "ky": "Курам конкурстук негизде түзүлөт: {min}–{max} мүчө ({article}, {law}).",
        "ru": "Состав формируется на конкурсной основе: от {min} до {max} членов "
              "({article}, {law}).",
        "en": "The composition is formed by competition: {min} to {max} members "
              "({article}, {law}).",
    },
    "col_name": {"ky": "Аты-жөнү", "ru": "Ф. И. О.", "en": "Full name"},
    "col_role": {"ky": "Ролу", "ru": "Роль", "en": "Role"},
    "col_organization": {"ky": "Уюм", "ru": "Организация", "en": "Organisation"},
    "col_since": {"ky": "Мүчө болгон күндөн", "ru": "Член совета с",
                  "en": "Member since"},
    "terms_title": {"ky": "Курамдар жана алардын мөөнөттөрү", "ru": "Составы и сроки их "
                    "полномочий", "en": "Compositions and their terms"},
    "col_from": {"ky": "Башталышы", "ru": "Начало", "en": "From"},
    "col_until": {"ky": "Аякташы", "ru": "Окончание", "en": "Until"},
    "col_formed": {"ky": "Түзүлгөн күнү", "ru": "Сформирован", "en": "Formed"},
    "in_force": {"ky": "учурдагы курам", "ru": "действующий состав", "en": "in force"},
    # --- sittings --------------------------------------------------------------------------
    "sittings_title": {"ky": "Коомдук кеңештин отурумдары", "ru": "Заседания Общественного "
                       "совета", "en": "Sittings of the Public Council"},
    "sittings_open": {
        "ky": "Отурумдар ачык өтөт: жарандар, коомдук уюмдар жана ЖМК катыша алат ({article}).",
        "ru": "Заседания открытые: на них могут присутствовать граждане, общественные "
              "организации и СМИ ({article}).",
        "en": "Sittings are open: citizens, civil-society organisations and the media may "
              "attend ({article}).",
    },
    "upcoming_title": {"ky": "Алдыдагы отурумдар", "ru": "Предстоящие заседания",
                       "en": "Coming sittings"},
    "all_sittings": {"ky": "Бардык отурумдар", "ru": "Все заседания", "en": "All sittings"},
    "no_sittings": {"ky": "Отурумдар азырынча жок.", "ru": "Заседаний пока нет.",
                    "en": "No sittings yet."},
    "col_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "col_kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "col_place": {"ky": "Өтүүчү жери", "ru": "Место", "en": "Place"},
    "col_items": {"ky": "Маселелер", "ru": "Вопросы", "en": "Items"},
    "col_minutes": {"ky": "Протокол", "ru": "Протокол", "en": "Minutes"},
    "col_adopted": {"ky": "Кабыл алынган чечимдер", "ru": "Принято решений",
                    "en": "Decisions adopted"},
    "status_finalized": {"ky": "бекитилген", "ru": "утверждён", "en": "finalized"},
    "status_in_preparation": {"ky": "даярдалууда", "ru": "готовится",
                              "en": "in preparation"},
    "status_upcoming": {"ky": "отурум алдыда", "ru": "заседание предстоит",
                        "en": "sitting ahead"},
    "kind_regular": {"ky": "кезектеги", "ru": "очередное", "en": "regular"},
    "kind_extraordinary": {"ky": "кезексиз", "ru": "внеочередное", "en": "extraordinary"},
    # --- one sitting -----------------------------------------------------------------------
    "sitting_title_regular": {"ky": "Коомдук кеңештин №{number} отуруму",
                              "ru": "Заседание Общественного совета №{number}",
                              "en": "Sitting No. {number} of the Public Council"},
    "sitting_title_extraordinary": {"ky": "Коомдук кеңештин №{number} кезексиз отуруму",
                                    "ru": "Внеочередное заседание Общественного совета "
                                          "№{number}",
                                    "en": "Extraordinary sitting No. {number} of the Public "
                                          "Council"},
    "sitting_short": {"ky": "№{number} отурум", "ru": "Заседание №{number}",
                      "en": "Sitting No. {number}"},
    "fact_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "fact_time": {"ky": "Саат", "ru": "Время", "en": "Time"},
    "fact_place": {"ky": "Өтүүчү жери", "ru": "Место", "en": "Place"},
    "fact_called_by": {"ky": "Чакырган", "ru": "Созвано по инициативе",
                       "en": "Called by"},
    "fact_minutes": {"ky": "Протокол", "ru": "Протокол", "en": "Minutes"},
    "fact_agenda_sent": {"ky": "Күн тартиби маморганга жөнөтүлгөн",
                         "ru": "Повестка направлена в госорган",
                         "en": "Agenda sent to the state body"},
    "notice_upcoming": {
        "ky": "Отурум али өткөн жок. Чечимдер протокол бекитилгенден кийин жарыяланат.",
        "ru": "Заседание ещё не состоялось. Решения публикуются после утверждения протокола.",
        "en": "The sitting is still ahead. Its decisions are published once its minutes are "
              "finalized.",
    },
    "notice_in_preparation": {
        "ky": "Бул отурумдун протоколу али бекитиле элек: чечимдер жана добуш берүү протокол "
              "бекитилгенден кийин жарыяланат.",
        "ru": "Протокол этого заседания ещё не утверждён: решения и итоги голосования "
              "публикуются после его утверждения.",
        "en": "The minutes of this sitting are not finalized yet: its decisions and votes are "
              "published once they are.",
    },
    "attendance_title": {"ky": "Катышуу", "ru": "Присутствие", "en": "Attendance"},
    "quorum_ok": {
        "ky": "{members} мүчөнүн {present} катышты; кворум үчүн {needed} керек (мүчөлөрдүн "
              "{share} бөлүгү, {article}): отурум укук ченемдүү.",
        "ru": "Присутствовали {present} из {members}; для кворума нужно {needed} ({share} "
              "членов совета, {article}): заседание правомочно.",
        "en": "{present} of {members} members present; a quorum needs {needed} ({share} of "
              "members, {article}): the sitting was competent.",
    },
    "quorum_no": {
        "ky": "{members} мүчөнүн {present} катышты; кворум үчүн {needed} керек (мүчөлөрдүн "
              "{share} бөлүгү, {article}): отурум укук ченемдүү эмес, анда эч бир чечим кабыл "
              "алынбайт.",
        "ru": "Присутствовали {present} из {members}; для кворума нужно {needed} ({share} "
              "членов совета, {article}): заседание неправомочно и решений не принимает.",
        "en": "{present} of {members} members present; a quorum needs {needed} ({share} of "
              "members, {article}): the sitting was not competent and adopts nothing.",
    },
    "present_title": {"ky": "Катышкандар", "ru": "Присутствовали", "en": "Present"},
    "absent_title": {"ky": "Катышпагандар", "ru": "Отсутствовали", "en": "Absent"},
    "representative": {"ky": "Маморгандын өкүлү: {name}",
                       "ru": "Представитель госоргана: {name}",
                       "en": "State body representative: {name}"},
    "guests_line": {"ky": "Чакырылгандар", "ru": "Приглашённые", "en": "Invited"},
    "agenda_title": {"ky": "Күн тартиби", "ru": "Повестка дня", "en": "Agenda"},
    "proposer_council": {"ky": "сунуштаган: Коомдук кеңеш",
                         "ru": "внесён Общественным советом",
                         "en": "proposed by the council"},
    "proposer_state_body": {"ky": "сунуштаган: мамлекеттик орган ({article})",
                            "ru": "внесён государственным органом ({article})",
                            "en": "proposed by the state body ({article})"},
    "speaker": {"ky": "Баяндамачы: {name}", "ru": "Докладчик: {name}",
                "en": "Speaker: {name}"},
    "heard": {"ky": "Угулду", "ru": "Слушали", "en": "Heard"},
    "spoke": {"ky": "Чыгып сүйлөдү", "ru": "Выступили", "en": "Spoke"},
    "resolved": {"ky": "Токтом кылынды", "ru": "Решили", "en": "Resolved"},
    "nothing_recorded": {"ky": "жазылган эмес", "ru": "не записано", "en": "not recorded"},
    "outcome_adopted": {"ky": "Кабыл алынды", "ru": "Принято", "en": "Adopted"},
    "outcome_rejected": {"ky": "Кабыл алынган жок", "ru": "Не принято",
                         "en": "Not adopted"},
    "outcome_not_voted": {"ky": "Добушка коюлган жок", "ru": "На голосование не ставилось",
                          "en": "Not put to the vote"},
    "outcome_no_quorum": {"ky": "Кабыл алынган жок: кворум болгон жок",
                          "ru": "Не принято: не было кворума",
                          "en": "Not adopted: there was no quorum"},
    "votes_line": {"ky": "Добуш берүү: макул — {for_}, каршы — {against}, калыс калды — "
                   "{abstain}.", "ru": "Голосовали: за — {for_}, против — {against}, "
                   "воздержались — {abstain}.", "en": "Votes: for — {for_}, against — "
                   "{against}, abstained — {abstain}."},
    "vote_for": {"ky": "Макул", "ru": "За", "en": "For"},
    "vote_against": {"ky": "Каршы", "ru": "Против", "en": "Against"},
    "vote_abstain": {"ky": "Калыс калды", "ru": "Воздержались", "en": "Abstained"},
    # --- plans -----------------------------------------------------------------------------
    "plans_title": {"ky": "Жылдык иш пландары", "ru": "Годовые планы работы",
                    "en": "Annual work plans"},
    "plan_activities": {"ky": "Иш-чаралар: {count}", "ru": "Мероприятий: {count}",
                        "en": "Activities: {count}"},
    "plan_approved_at": {"ky": "Коомдук кеңештин №{number} отурумунда ({date}) бекитилген.",
                         "ru": "Утверждён на заседании Общественного совета №{number} "
                               "({date}).",
                         "en": "Approved at sitting No. {number} ({date})."},
    "plan_approved_on": {"ky": "Бекитилген күнү: {date}.", "ru": "Утверждён {date}.",
                         "en": "Approved on {date}."},
    "plan_sent": {"ky": "Көчүрмөсү маморганга {date} жөнөтүлгөн ({article}).",
                  "ru": "Копия направлена в госорган {date} ({article}).",
                  "en": "A copy was sent to the state body on {date} ({article})."},
    # --- reports ---------------------------------------------------------------------------
    "reports_title": {"ky": "Коомчулукка отчеттор", "ru": "Отчёты перед общественностью",
                      "en": "Reports to the public"},
    "report_title": {"ky": "Коомдук кеңештин {year}-жылдагы ишмердүүлүгү тууралуу отчету",
                     "ru": "Отчёт о деятельности Общественного совета за {year} год",
                     "en": "Report on the Public Council's activity in {year}"},
    "report_for": {"ky": "{year}-жыл", "ru": "{year} год", "en": "{year}"},
    "report_pending": {
        "ky": "Протоколу али бекитиле элек {count} отурум бул отчетко кире элек.",
        "ru": "Заседания, протоколы которых ещё не утверждены ({count}), в отчёт пока не "
              "включены.",
        "en": "{count} sitting(s) whose minutes are not finalized yet are not counted here.",
    },
    "report_outcomes": {
        "ky": "Бекитилген протоколдордогу {items} маселенин: кабыл алынды — {adopted}, "
              "кабыл алынган жок — {rejected}, добушка коюлган жок — {not_voted}, кворум "
              "болбогондуктан кабыл алынган жок — {no_quorum}.",
        "ru": "Из {items} вопросов утверждённых протоколов: принято — {adopted}, не принято "
              "— {rejected}, на голосование не ставилось — {not_voted}, не принято из-за "
              "отсутствия кворума — {no_quorum}.",
        "en": "Of {items} items in finalized minutes: adopted {adopted}, not adopted "
              "{rejected}, not put to the vote {not_voted}, not adopted for want of a quorum "
              "{no_quorum}.",
    },
    "chart_table": {"ky": "Диаграмманын маалыматтары", "ru": "Данные диаграммы",
                    "en": "The chart's figures"},
    "col_needed": {"ky": "Кворум үчүн керек", "ru": "Нужно для кворума",
                   "en": "Needed for a quorum"},
    "col_count": {"ky": "Саны", "ru": "Количество", "en": "Count"},
    "col_due_answer": {"ky": "Жооп берүү мөөнөтү", "ru": "Срок ответа", "en": "Answer due"},
    "plan_link": {"ky": "Иш планы толугу менен", "ru": "План работы полностью",
                  "en": "The whole work plan"},
    # --- open data -------------------------------------------------------------------------
    "data_title": {"ky": "Ачык маалыматтар", "ru": "Открытые данные", "en": "Open data"},
    "data_intro": {
        "ky": "Бул беттердеги маалыматтар кайра колдонуу үчүн таблица катары. Ар бир таблица "
              "эки форматта: CSV (UTF-8, BOM менен, үтүр менен бөлүнгөн; Excel ачат) жана JSON "
              "(ошол эле тилкелери бар объекттердин тизмеси). Даталар ЖЖЖЖ-АА-КК түрүндө. "
              "Бош уяча — маалымат жок же жарыяланбайт.",
        "ru": "Сведения этих страниц в виде таблиц для повторного использования. Каждая "
              "таблица в двух форматах: CSV (UTF-8 с BOM, разделитель — запятая; открывается "
              "в Excel) и JSON (список объектов с теми же полями). Даты — ГГГГ-ММ-ДД. Пустая "
              "ячейка — сведений нет или они не публикуются.",
        "en": "The records of these pages as tables to reuse. Each table comes in two "
              "formats: CSV (UTF-8 with a byte-order mark, comma-separated; Excel opens it) "
              "and JSON (a list of objects with the same fields). Dates are YYYY-MM-DD. An "
              "empty cell means there is nothing recorded or it is not published.",
    },
    "data_safe_cells": {
        "ky": "CSV файлдарында = + - @ белгиси менен башталган уячанын алдына апостроф (') "
              "коюлат, электрондук таблица аны формула катары аткарбашы үчүн; JSON "
              "файлдарында текст өзгөрүүсүз.",
        "ru": "В CSV ячейка, начинающаяся с = + - @, предваряется апострофом ('), чтобы "
              "электронная таблица не выполнила её как формулу; в JSON текст без изменений.",
        "en": "In the CSV files a cell that begins with = + - @ is preceded by an apostrophe "
              "(') so that a spreadsheet does not run it as a formula; the JSON files hold "
              "the text unchanged.",
    },
    "data_rows": {"ky": "Саптар: {count}", "ru": "Строк: {count}", "en": "Rows: {count}"},
    "data_column": {"ky": "Тилке", "ru": "Столбец", "en": "Column"},
    "data_meaning": {"ky": "Мааниси", "ru": "Значение", "en": "Meaning"},
    "data_readme": {"ky": "Бардык тилкелердин сыпаттамасы бир файлда",
                    "ru": "Описание всех столбцов одним файлом",
                    "en": "Every column described in one file"},
    "data_calendar": {"ky": "Отурумдардын календары (iCalendar)",
                      "ru": "Календарь заседаний (iCalendar)",
                      "en": "Calendar of the sittings (iCalendar)"},
    **DATA_WORDS,
}

# Texts the documents already word (roles, plan statuses, guests, the report's headings and
# table columns): taken from documents.wording under the same key.
BORROWED = (
    "role_chair", "role_deputy_chair", "role_secretary", "role_member",
    "status_planned", "status_done", "status_moved", "status_dropped",
    "guest_state_body", "guest_expert", "guest_media", "guest_citizen", "guest_other",
    "col_no", "col_activity", "col_due", "col_responsible", "col_form", "col_status",
    "ar_title", "ar_basis", "ar_as_of", "ar_sec_sittings", "ar_sittings_summary",
    "ar_no_sittings", "ar_col_date", "ar_col_kind", "ar_col_present", "ar_col_quorum",
    "ar_col_items", "ar_competent", "ar_not_competent", "ar_chart_attendance",
    "ar_sec_attendance", "ar_col_member", "ar_col_role", "ar_col_attended", "ar_col_share",
    "ar_sec_decisions", "ar_col_sitting", "ar_col_item", "ar_col_decision", "ar_no_decisions",
    "ar_sec_requests", "ar_requests_summary", "ar_no_requests", "ar_request_on_time",
    "ar_request_late", "ar_request_unanswered", "ar_request_waiting", "ar_col_subject",
    "ar_col_addressee", "ar_col_registered", "ar_col_answered", "ar_chart_requests",
    "ar_sec_proposals", "ar_proposals_summary", "ar_no_proposals", "ar_col_received",
    "ar_col_summary", "ar_col_considered", "ar_col_outcome", "ar_not_considered",
    "ar_sec_plan", "ar_plan_summary", "ar_no_plan", "ar_short", "plan_short",
)


def text(key: str, lang: str, **values: object) -> str:
    """The pack's text `key` in `lang`, with `values` filled in."""
    if key in WORDS:
        template = WORDS[key][lang]
        return template.format(**values) if values else template
    if key in BORROWED:
        return wording.text(key, lang, **values)
    raise KeyError(f"no public pack text {key!r}")
