"""Every fixed text of every document, in Kyrgyz, Russian and English.

Terms follow /work/shared/GLOSSARY.md (ДОЛБООР, ПРОЕКТ, ИШ ПЛАНЫ...). A text is a `str.format`
template; the values are plain text and are escaped by the caller before they reach a
Paragraph (common.markup does both). The minutes' and the extract's texts are in
minutes_words.py and are found here as if they were listed here.
"""

from __future__ import annotations

from fractions import Fraction

from kenesh_desktop.documents.minutes_words import MINUTES_WORDS
from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.rules.presets import rulebook_title
from kenesh_desktop.rules.rulebook import Rulebook

WORDS: dict[str, dict[str, str]] = {
    # --- every document -------------------------------------------------------------------
    "draft": {"ky": "ДОЛБООР", "ru": "ПРОЕКТ", "en": "DRAFT"},
    "page_of": {
        "ky": "{page}-бет / бардыгы {pages}",
        "ru": "Страница {page} из {pages}",
        "en": "Page {page} of {pages}",
    },
    "fingerprint": {
        "ky": "Текшерүү коду: {fingerprint}",
        "ru": "Контрольный код: {fingerprint}",
        "en": "Fingerprint: {fingerprint}",
    },
    "article": {"ky": "{number}-берене", "ru": "ст. {number}", "en": "Art. {number}"},
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
    # --- list of candidates for the Commission (Art. 14) ------------------------------------
    "cand_title": {
        "ky": "Коомдук кеңештин жаңы курамына конкурстун талапкерлеринин ТИЗМЕСИ",
        "ru": "СПИСОК кандидатов конкурса на новый состав Общественного совета",
        "en": "LIST OF CANDIDATES in the competition for the new composition of the Public Council",
    },
    "cand_short": {"ky": "Талапкерлердин тизмеси", "ru": "Список кандидатов",
                   "en": "List of candidates"},
    "cand_announced": {
        "ky": "Конкурс жарыяланган күнү: {announced}; ЖМКга жарыяланган күнү: {published}.",
        "ru": "Конкурс объявлен: {announced}; опубликовано в СМИ: {published}.",
        "en": "Competition announced: {announced}; published in the media: {published}.",
    },
    "cand_intake": {
        "ky": "Документтер {last_day} чейин кабыл алынат ({article}).",
        "ru": "Документы принимаются до {last_day} включительно ({article}).",
        "en": "Documents are accepted until {last_day} ({article}).",
    },
    "cand_term": {
        "ky": "Учурдагы курамдын ыйгарым укуктары {term_end} бүтөт; жаңы курам {formed_due} "
              "кечиктирбей түзүлөт ({article}).",
        "ru": "Полномочия действующего состава истекают {term_end}; новый состав формируется "
              "не позднее {formed_due} ({article}).",
        "en": "The current composition's term ends on {term_end}; the new composition is "
              "formed by {formed_due} ({article}).",
    },
    "cand_formed": {
        "ky": "Жаңы курам түзүлгөн күнү: {formed}.",
        "ru": "Новый состав сформирован: {formed}.",
        "en": "New composition formed on {formed}.",
    },
    "cand_not_yet": {"ky": "азырынча жок", "ru": "ещё нет", "en": "not yet"},
    "cand_col_name": {"ky": "Аты-жөнү", "ru": "Ф. И. О.", "en": "Full name"},
    "cand_col_sex": {"ky": "Жынысы", "ru": "Пол", "en": "Sex"},
    "cand_col_organization": {"ky": "Уюм", "ru": "Организация", "en": "Organisation"},
    "cand_col_received": {"ky": "Документтер келген күн", "ru": "Документы получены",
                          "en": "Documents received"},
    "cand_col_documents": {"ky": "Документтер толук", "ru": "Документы в полном объёме",
                           "en": "Documents complete"},
    "cand_col_requirements": {"ky": "Талаптарга жооп берет", "ru": "Отвечает требованиям",
                              "en": "Requirements met"},
    "cand_col_selected": {"ky": "Тандалды", "ru": "Отобран", "en": "Selected"},
    "cand_col_contacts": {"ky": "Байланыш", "ru": "Контакты", "en": "Contacts"},
    "cand_sex_female": {"ky": "аял", "ru": "жен.", "en": "woman"},
    "cand_sex_male": {"ky": "эркек", "ru": "муж.", "en": "man"},
    "cand_yes": {"ky": "ооба", "ru": "да", "en": "yes"},
    "cand_no": {"ky": "жок", "ru": "нет", "en": "no"},
    "cand_not_recorded": {"ky": "белгилене элек", "ru": "не отмечено", "en": "not recorded"},
    "cand_missing": {"ky": "жок: {missing}", "ru": "нет: {missing}", "en": "missing: {missing}"},
    "cand_outside_window": {
        "ky": "кабыл алуу мөөнөтүнөн тышкары",
        "ru": "вне срока приёма",
        "en": "outside the intake window",
    },
    "cand_doc_application": {"ky": "арыз", "ru": "заявление", "en": "application"},
    "cand_doc_cv_with_photo": {"ky": "сүрөтү менен резюме", "ru": "резюме с фотографией",
                               "en": "CV with photo"},
    "cand_doc_recommendation_letters": {
        "ky": "сунуштама каттар ({letters}/{min})",
        "ru": "рекомендательные письма ({letters} из {min})",
        "en": "recommendation letters ({letters} of {min})",
    },
    "cand_doc_vision": {"ky": "ККдагы ишине болгон көз карашы",
                        "ru": "видение работы в совете", "en": "vision statement"},
    "cand_summary": {
        "ky": "Талапкерлер: {total}; документтери толук: {complete}; талаптарга жооп "
              "бергендер: {eligible}; тандалгандар: {selected}.",
        "ru": "Кандидатов: {total}; с полным пакетом документов: {complete}; отвечают "
              "требованиям: {eligible}; отобрано: {selected}.",
        "en": "Candidates: {total}; documents complete: {complete}; eligible: {eligible}; "
              "selected: {selected}.",
    },
    "cand_selection_heading": {"ky": "Тандоонун текшерүүсү", "ru": "Проверка отбора",
                               "en": "Check of the selection"},
    "cand_selection_ok": {
        "ky": "Тандалган талапкерлер мыйзамга ылайык курамды түзөт ({article}).",
        "ru": "Отобранные кандидаты образуют состав, соответствующий закону ({article}).",
        "en": "The selected candidates form a lawful composition ({article}).",
    },
    "cand_none": {"ky": "Талапкерлер катталган эмес.", "ru": "Кандидаты не зарегистрированы.",
                  "en": "No candidates recorded."},
    "cand_personal_data": {
        "ky": "Жеке маалыматтар: талапкерлердин байланыш маалыматтары камтылган.",
        "ru": "Персональные данные: документ содержит контакты кандидатов.",
        "en": "Personal data: this list contains the candidates' contacts.",
    },
    "cand_commission_secretary": {"ky": "Комиссиянын катчысы", "ru": "Секретарь комиссии",
                                  "en": "Secretary of the Commission"},
    # --- annual report to the public (Art. 6) -----------------------------------------------
    "ar_title": {
        "ky": "Коомдук кеңештин {year}-жылдагы ишмердүүлүгү тууралуу ОТЧЕТУ",
        "ru": "ОТЧЁТ о деятельности Общественного совета за {year} год",
        "en": "REPORT on the activity of the Public Council for {year}",
    },
    "ar_short": {
        "ky": "{year}-жылдын отчету",
        "ru": "Отчёт за {year} год",
        "en": "Annual report {year}",
    },
    "ar_basis": {
        "ky": (
            "Коомдук кеңеш өзүнүн ишмердүүлүгү жана чечимдери тууралуу коомчулукка маалымат "
            "берет жана отчет берет ({citation})."
        ),
        "ru": (
            "Общественный совет информирует общественность и отчитывается о своей "
            "деятельности и решениях ({citation})."
        ),
        "en": "The council informs the public and reports on its activity and decisions "
              "({citation}).",
    },
    "ar_as_of": {
        "ky": "Маалыматтар {date} абалы боюнча.",
        "ru": "Сведения по состоянию на {date}.",
        "en": "Figures as of {date}.",
    },
    "ar_sec_sittings": {
        "ky": "Өткөрүлгөн отурумдар жана кворум",
        "ru": "Проведённые заседания и кворум",
        "en": "Sittings held and their quorum",
    },
    "ar_sittings_summary": {
        "ky": (
            "{year}-жылы {held} отурум өткөрүлдү, анын ичинен {extraordinary} кезексиз; "
            "{competent} отурум укук ченемдүү болду ({article}: мүчөлөрдүн {share} бөлүгү)."
        ),
        "ru": (
            "В {year} году проведено заседаний: {held}, из них внеочередных: {extraordinary}; "
            "правомочных: {competent} ({article}: {share} членов совета)."
        ),
        "en": (
            "{held} sittings were held in {year}, {extraordinary} of them extraordinary; "
            "{competent} were competent ({article}: {share} of members)."
        ),
    },
    "ar_no_sittings": {
        "ky": "{year}-жылы отурум өткөрүлгөн жок.",
        "ru": "В {year} году заседания не проводились.",
        "en": "No sittings were held in {year}.",
    },
    "ar_col_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "ar_col_kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "ar_col_present": {"ky": "Катышты", "ru": "Присутствовали", "en": "Present"},
    "ar_col_quorum": {"ky": "Кворум", "ru": "Кворум", "en": "Quorum"},
    "ar_col_items": {"ky": "Маселелер", "ru": "Вопросы", "en": "Items"},
    "ar_kind_short_regular": {"ky": "кезектеги", "ru": "очередное", "en": "regular"},
    "ar_kind_short_extraordinary": {"ky": "кезексиз", "ru": "внеочередное", "en": "extraordinary"},
    "ar_competent": {"ky": "укук ченемдүү", "ru": "правомочно", "en": "competent"},
    "ar_not_competent": {
        "ky": "укук ченемдүү эмес",
        "ru": "неправомочно",
        "en": "not competent",
    },
    "ar_chart_attendance": {
        "ky": "Ар бир отурумга катышкан мүчөлөр (үзүк сызык — кворум үчүн керектүү сан)",
        "ru": "Присутствие членов совета на заседаниях (пунктир — число, нужное для кворума)",
        "en": "Members present at each sitting (dashed: the number a quorum needs)",
    },
    "ar_sec_attendance": {
        "ky": "Мүчөлөрдүн отурумдарга катышуусу",
        "ru": "Участие членов совета в заседаниях",
        "en": "Attendance of members",
    },
    "ar_col_member": {"ky": "Мүчө", "ru": "Член совета", "en": "Member"},
    "ar_col_role": {"ky": "Ролу", "ru": "Роль", "en": "Role"},
    "ar_col_attended": {
        "ky": "Катышкан отурумдар",
        "ru": "Присутствовал(а) на заседаниях",
        "en": "Sittings attended",
    },
    "ar_col_share": {"ky": "Үлүшү", "ru": "Доля", "en": "Share"},
    "ar_sec_decisions": {
        "ky": "Кабыл алынган чечимдер",
        "ru": "Принятые решения",
        "en": "Decisions adopted",
    },
    "ar_decisions_summary": {
        "ky": (
            "Күн тартибиндеги {items} маселенин {adopted} боюнча чечим кабыл алынды, {rejected} "
            "боюнча чечим кабыл алынган жок, {no_quorum} боюнча кворум болбогондуктан чечим "
            "кабыл алынган жок, {unvoted} боюнча добуш берүү жазылган эмес."
        ),
        "ru": (
            "Из {items} вопросов повестки дня по {adopted} решения приняты, по {rejected} "
            "не приняты, по {no_quorum} не приняты, так как заседание было неправомочно, "
            "по {unvoted} голосование не записано."
        ),
        "en": (
            "Of {items} agenda items, {adopted} were adopted, {rejected} were not, "
            "{no_quorum} were not adopted because the sitting had no quorum, and for "
            "{unvoted} no vote is recorded."
        ),
    },
    "ar_col_sitting": {"ky": "Отурум", "ru": "Заседание", "en": "Sitting"},
    "ar_col_item": {"ky": "Маселе", "ru": "Вопрос", "en": "Item"},
    "ar_col_decision": {"ky": "Чечим", "ru": "Решение", "en": "Decision"},
    "ar_sitting_ref": {
        "ky": "№{number}, {date}",
        "ru": "№{number}, {date}",
        "en": "No. {number}, {date}",
    },
    "ar_votes_short": {
        "ky": "макул {for_}, каршы {against}, калыс {abstain}",
        "ru": "за {for_}, против {against}, возд. {abstain}",
        "en": "for {for_}, against {against}, abstained {abstain}",
    },
    "ar_no_decisions": {
        "ky": "Чечим кабыл алынган жок.",
        "ru": "Решения не принимались.",
        "en": "No decisions were adopted.",
    },
    "ar_sec_requests": {
        "ky": "Маморганга жөнөтүлгөн суроо-талаптар",
        "ru": "Запросы, направленные в госорган",
        "en": "Requests sent to the state body",
    },
    "ar_requests_summary": {
        "ky": (
            "{year}-жылы {total} суроо-талап катталды ({article}: жазуу жүзүндөгү жооп "
            "катталгандан кийин {days} ичинде берилет)."
        ),
        "ru": (
            "В {year} году зарегистрировано запросов: {total} ({article}: письменный ответ — "
            "не позднее {days} со дня регистрации)."
        ),
        "en": (
            "{total} requests were registered in {year} ({article}: a written answer is due "
            "within {days} of registration)."
        ),
    },
    "ar_no_requests": {
        "ky": "{year}-жылы суроо-талап катталган жок.",
        "ru": "В {year} году запросы не регистрировались.",
        "en": "No requests were registered in {year}.",
    },
    "ar_request_on_time": {
        "ky": "мөөнөтүндө жооп берилди",
        "ru": "ответ получен в срок",
        "en": "answered on time",
    },
    "ar_request_late": {
        "ky": "кечигип жооп берилди",
        "ru": "ответ получен с опозданием",
        "en": "answered late",
    },
    "ar_request_unanswered": {
        "ky": "жооп жок, мөөнөтү өттү",
        "ru": "ответа нет, срок истёк",
        "en": "unanswered, overdue",
    },
    "ar_request_waiting": {
        "ky": "жооп күтүлүүдө",
        "ru": "ответ ожидается",
        "en": "awaiting an answer",
    },
    "ar_col_subject": {"ky": "Темасы", "ru": "Тема", "en": "Subject"},
    "ar_col_addressee": {"ky": "Кимге", "ru": "Адресат", "en": "Addressee"},
    "ar_col_registered": {"ky": "Катталган күнү", "ru": "Дата регистрации", "en": "Registered"},
    "ar_col_answered": {"ky": "Жооп берилген күнү", "ru": "Дата ответа", "en": "Answered"},
    "ar_chart_requests": {
        "ky": "Суроо-талаптар абалы боюнча",
        "ru": "Запросы по состоянию",
        "en": "Requests by state",
    },
    "ar_sec_proposals": {
        "ky": "Жарандардын жана уюмдардын сунуштары",
        "ru": "Предложения граждан и организаций",
        "en": "Proposals from citizens and organisations",
    },
    "ar_proposals_summary": {
        "ky": (
            "{year}-жылы {received} сунуш келип түштү, анын ичинен {considered} сунуш "
            "отурумда каралды{cite}."
        ),
        "ru": (
            "В {year} году поступило предложений: {received}, рассмотрено на заседаниях: "
            "{considered}{cite}."
        ),
        "en": (
            "{received} proposals were received in {year}; {considered} were considered at a "
            "sitting{cite}."
        ),
    },
    "ar_no_proposals": {
        "ky": "{year}-жылы сунуш келип түшкөн жок.",
        "ru": "В {year} году предложения не поступали.",
        "en": "No proposals were received in {year}.",
    },
    "ar_col_author": {"ky": "Автору", "ru": "Автор", "en": "Author"},
    "ar_col_received": {"ky": "Келип түштү", "ru": "Поступило", "en": "Received"},
    "ar_col_summary": {"ky": "Кыскача мазмуну", "ru": "Краткое содержание", "en": "Summary"},
    "ar_col_considered": {"ky": "Каралды", "ru": "Рассмотрено", "en": "Considered at"},
    "ar_col_outcome": {"ky": "Жыйынтыгы", "ru": "Результат", "en": "Outcome"},
    "ar_not_considered": {"ky": "каралган жок", "ru": "не рассмотрено", "en": "not considered"},
    "ar_sec_plan": {
        "ky": "Жылдык иш планынын аткарылышы",
        "ru": "Выполнение годового плана работы",
        "en": "The annual work plan",
    },
    "ar_plan_summary": {
        "ky": (
            "{year}-жылдын иш планындагы {total} иш-чаранын {done} аткарылды, {moved} "
            "жылдырылды, {dropped} алынып салынды, {planned} пландалган бойдон калды."
        ),
        "ru": (
            "Из {total} мероприятий плана работы на {year} год выполнено: {done}, "
            "перенесено: {moved}, исключено: {dropped}, остаются запланированными: {planned}."
        ),
        "en": (
            "Of the {total} activities of the {year} work plan, {done} are done, {moved} moved, "
            "{dropped} dropped and {planned} still planned."
        ),
    },
    "ar_no_plan": {
        "ky": "{year}-жылга иш планы түзүлгөн эмес.",
        "ru": "План работы на {year} год не составлялся.",
        "en": "There is no work plan for {year}.",
    },
    "ar_plan_not_approved": {
        "ky": "Иш планы бекитиле элек.",
        "ru": "План работы не утверждён.",
        "en": "The work plan is not approved.",
    },
    "ar_prepared": {
        "ky": "Даярдалган күнү: {date}",
        "ru": "Дата составления: {date}",
        "en": "Prepared on {date}",
    },
    # --- register of requests (Art. 18) ----------------------------------------------------
    "register_title": {
        "ky": "Коомдук кеңештин мамлекеттик органга жиберген суроо-талаптарынын РЕЕСТРИ",
        "ru": "РЕЕСТР запросов Общественного совета в государственный орган",
        "en": "REGISTER of the Public Council's requests to the state body",
    },
    "register_short": {
        "ky": "Суроо-талаптардын реестри",
        "ru": "Реестр запросов",
        "en": "Register of requests",
    },
    "register_period": {
        "ky": "Мезгили: {start} – {end}",
        "ru": "Период: {start} – {end}",
        "en": "Period: {start} – {end}",
    },
    "register_as_of": {
        "ky": "Абалы {date} карата",
        "ru": "Состояние на {date}",
        "en": "State as of {date}",
    },
    "register_rule": {
        "ky": (
            "{article}: суроо-талап жиберилген кызмат адамы ал катталган күндөн тартып "
            "{days} кечиктирбестен жазуу жүзүндө жооп берет ({law})."
        ),
        "ru": (
            "{article}: должностное лицо, которому направлен запрос, отвечает письменно не "
            "позднее {days} со дня его регистрации ({law})."
        ),
        "en": (
            "{article}: the official to whom a request is sent answers in writing no later "
            "than {days} after it is registered ({law})."
        ),
    },
    "register_totals": {
        "ky": (
            "Бардыгы: {total}; өз убагында жооп берилди: {on_time}; кечигип жооп берилди: "
            "{late}; мөөнөтү өттү: {overdue}; жооп күтүлүүдө: {waiting}."
        ),
        "ru": (
            "Всего: {total}; ответ в срок: {on_time}; ответ с опозданием: {late}; "
            "просрочено: {overdue}; ожидают ответа: {waiting}."
        ),
        "en": (
            "Total: {total}; answered on time: {on_time}; answered late: {late}; "
            "overdue: {overdue}; awaiting an answer: {waiting}."
        ),
    },
    "no_requests": {
        "ky": "Бул мезгилде суроо-талаптар катталган эмес.",
        "ru": "За этот период запросы не зарегистрированы.",
        "en": "No requests were registered in this period.",
    },
    "col_number": {"ky": "Номери", "ru": "Номер", "en": "Number"},
    "col_subject": {"ky": "Темасы", "ru": "Тема", "en": "Subject"},
    "col_registered": {"ky": "Катталган күнү", "ru": "Дата регистрации", "en": "Registered"},
    "col_answer_due": {"ky": "Жооп берүү мөөнөтү", "ru": "Срок ответа", "en": "Answer due"},
    "col_answered": {"ky": "Жооп берилген күнү", "ru": "Дата ответа", "en": "Answered"},
    "col_state": {"ky": "Абалы", "ru": "Состояние", "en": "State"},
    "req_waiting": {
        "ky": "жооп күтүлүүдө, {days} калды",
        "ru": "ожидается ответ, осталось {days}",
        "en": "awaiting an answer, {days} left",
    },
    "req_due_soon": {
        "ky": "мөөнөтү жакындады, {days} калды",
        "ru": "срок истекает, осталось {days}",
        "en": "due soon, {days} left",
    },
    "req_due_today": {
        "ky": "мөөнөтү бүгүн бүтөт",
        "ru": "срок истекает сегодня",
        "en": "due today",
    },
    "req_overdue": {
        "ky": "мөөнөтү өттү, {days} кечикти",
        "ru": "просрочено на {days}",
        "en": "overdue by {days}",
    },
    "req_answered_on_time": {
        "ky": "өз убагында жооп берилди",
        "ru": "ответ дан в срок",
        "en": "answered on time",
    },
    "req_answered_late": {
        "ky": "{days} кечигип жооп берилди",
        "ru": "ответ дан с опозданием на {days}",
        "en": "answered {days} late",
    },
}


WORDS |= MINUTES_WORDS


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


def rulebook_name(rulebook: Rulebook, lang: str, full: bool = False) -> str:
    """The rulebook as a document cites it (`presets.rulebook_title`): Law No. 74 always with
    its repeal («Закон №74, утративший силу в 2023 году»), Kazakhstan's law as «Закон РК
    № 383-V», a council's own regulation as the council named it. `full` is the whole title."""
    _check_lang(lang)
    return rulebook_title(rulebook, lang, full)


def topic_citation(rulebook: Rulebook, topic: str, lang: str) -> str:
    """" (ст. 6)" after a sentence about `topic`, or "" when the rulebook cites no article on
    it (a council's own regulation names only the composition, sittings and state body)."""
    number = rulebook.cited(topic)
    return "" if number is None else f" ({article(number, lang)})"


def law_citation(rulebook: Rulebook, topic: str, lang: str) -> str:
    """"ст. 6, Закон №74, утративший силу в 2023 году" — the article on `topic` and the
    rulebook; the rulebook alone when it cites no article on the topic."""
    number = rulebook.cited(topic)
    name = rulebook_name(rulebook, lang)
    return name if number is None else f"{article(number, lang)}, {name}"


def share_text(share: Fraction) -> str:
    """A share as the law writes it: 2/3."""
    return f"{share.numerator}/{share.denominator}"


def members_noun(count: int, lang: str) -> str:
    """The noun after "of N" in "present 9 of 13 members" (Russian: из 21 члена, из 13 членов)."""
    if lang == "ru":
        return "члена" if count % 10 == 1 and count % 100 != 11 else "членов"
    if lang == "en":
        return "member" if count == 1 else "members"
    return ""
