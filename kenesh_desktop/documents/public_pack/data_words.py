"""The open data's descriptions, in Kyrgyz, Russian and English: each table's title and what
it holds (`table.NAME`, `about.NAME`), and each column's meaning (`NAME.COLUMN`), for
data/README.md and the "Open data" page (data_files.COLUMNS lists the columns)."""

from __future__ import annotations


def _w(ky: str, ru: str, en: str) -> dict[str, str]:
    return {"ky": ky, "ru": ru, "en": en}


DATA_WORDS: dict[str, dict[str, str]] = {
    # --- data/council.json -----------------------------------------------------------------
    "table.council": _w("Коомдук кеңеш", "Общественный совет", "The council"),
    "about.council": _w("Бир объект: кеңеш жана маалыматтар кайсы күнгө карата.",
                        "Один объект: совет и дата, на которую даны сведения.",
                        "One object: the council and the day the data are as of."),
    "council.id": _w("кеңештин программадагы идентификатору",
                     "идентификатор совета в программе", "the council's id in the program"),
    "council.name": _w("кеңештин аталышы", "название совета", "the council's name"),
    "council.state_body": _w("кеңеш алдында түзүлгөн мамлекеттик орган",
                             "государственный орган, при котором образован совет",
                             "the state body the council is attached to"),
    "council.rulebook": _w("кеңеш иштеген эрежелер (мыйзам же өз эрежеси)",
                           "регламент, по которому работает совет (закон или свой)",
                           "the rulebook the council works by (a law or its own)"),
    "council.as_of": _w("маалыматтар ушул күнгө карата (ЖЖЖЖ-АА-КК)",
                        "дата, на которую даны сведения (ГГГГ-ММ-ДД)",
                        "the day the data are as of (YYYY-MM-DD)"),
    "council.language": _w("тексттердин тили: ky, ru же en", "язык текстов: ky, ru или en",
                           "the language of the texts: ky, ru or en"),
    "council.term_start": _w("учурдагы курамдын мөөнөтүнүн башталышы (жок болсо null)",
                             "начало срока действующего состава (null, если его нет)",
                             "start of the term in force (null when there is none)"),
    "council.term_end": _w("учурдагы курамдын мөөнөтүнүн аякташы",
                           "окончание срока действующего состава",
                           "end of the term in force"),
    # --- members ---------------------------------------------------------------------------
    "table.members": _w("Учурдагы курам", "Действующий состав", "The composition in force"),
    "about.members": _w("Маалыматтар күнүндөгү мүчөлөр, бир сап — бир мүчө.",
                        "Члены совета на дату сведений, одна строка — один член.",
                        "The members on the day of the data, one row per member."),
    "members.full_name": _w("аты-жөнү", "фамилия, имя, отчество", "full name"),
    "members.role": _w("ролу: chair (төрага), deputy_chair (төраганын орун басары), "
                       "secretary (катчы), member (мүчө)",
                       "роль: chair (председатель), deputy_chair (заместитель "
                       "председателя), secretary (секретарь), member (член совета)",
                       "role: chair, deputy_chair, secretary or member"),
    "members.organization": _w("көрсөткөн уюму", "выдвинувшая организация",
                               "the organisation"),
    "members.sex": _w("жынысы: female (аял), male (эркек)", "пол: female (женщина), "
                      "male (мужчина)", "sex: female or male"),
    "members.start": _w("мүчөлүгүнүн башталышы", "начало членства", "membership starts"),
    "members.end": _w("мүчөлүгүнүн аякташы (бош — бүтө элек)", "окончание членства "
                      "(пусто — не окончено)", "membership ends (empty: not ended)"),
    # --- terms -----------------------------------------------------------------------------
    "table.terms": _w("Курамдар", "Составы", "Compositions"),
    "about.terms": _w("Кеңештин курамдары жана алардын ыйгарым укуктарынын мөөнөттөрү.",
                      "Составы совета и сроки их полномочий.",
                      "The council's compositions and their terms of office."),
    "terms.start": _w("мөөнөтүнүн башталышы", "начало срока", "the term starts"),
    "terms.end": _w("мөөнөтүнүн аякташы", "окончание срока", "the term ends"),
    "terms.formed": _w("курам түзүлгөн күн (бош — белгисиз)", "дата формирования состава "
                       "(пусто — не известна)", "the day it was formed (empty: not known)"),
    "terms.in_force": _w("true — маалыматтар күнүндөгү учурдагы курам",
                         "true — действующий на дату сведений состав",
                         "true for the composition in force on the day of the data"),
    # --- sittings --------------------------------------------------------------------------
    "table.sittings": _w("Отурумдар", "Заседания", "Sittings"),
    "about.sittings": _w("Бир сап — бир отурум. Катышуу жана кворум протоколу бекитилген "
                         "отурумдар үчүн гана.",
                         "Одна строка — одно заседание. Присутствие и кворум — только для "
                         "заседаний с утверждённым протоколом.",
                         "One row per sitting. Attendance and quorum only for sittings whose "
                         "minutes are finalized."),
    "sittings.number": _w("отурумдун номери", "номер заседания", "the sitting's number"),
    "sittings.date": _w("күнү", "дата", "date"),
    "sittings.time": _w("башталган убакыт СС:ММ (Бишкек убактысы), бош — белгисиз",
                        "время начала ЧЧ:ММ (время Бишкека), пусто — не известно",
                        "start time HH:MM (Bishkek time), empty: not known"),
    "sittings.kind": _w("түрү: regular (кезектеги), extraordinary (кезексиз)",
                        "вид: regular (очередное), extraordinary (внеочередное)",
                        "kind: regular or extraordinary"),
    "sittings.place": _w("өтүүчү жери", "место проведения", "place"),
    "sittings.status": _w("finalized — протоколу бекитилген; in_preparation — өттү, "
                          "протоколу даярдалууда; upcoming — алдыда",
                          "finalized — протокол утверждён; in_preparation — состоялось, "
                          "протокол готовится; upcoming — предстоит",
                          "finalized: minutes finalized; in_preparation: held, minutes being "
                          "prepared; upcoming: still ahead"),
    "sittings.agenda_sent": _w("күн тартиби маморганга жөнөтүлгөн күн",
                               "дата направления повестки в госорган",
                               "the day the agenda was sent to the state body"),
    "sittings.called_by": _w("кезексиз отурумду чакырган мүчө", "член совета, созвавший "
                             "внеочередное заседание", "the member who called an "
                             "extraordinary sitting"),
    "sittings.members": _w("отурум күнүндөгү мүчөлөрдүн саны", "число членов совета на "
                           "дату заседания", "members on the sitting's day"),
    "sittings.present": _w("катышкан мүчөлөрдүн саны", "число присутствовавших членов",
                           "members present"),
    "sittings.quorum_needed": _w("кворум үчүн керектүү сан", "число, нужное для кворума",
                                 "the number a quorum needs"),
    "sittings.quorum_reached": _w("true — отурум укук ченемдүү", "true — заседание "
                                  "правомочно", "true when the sitting was competent"),
    "sittings.items": _w("күн тартибиндеги маселелердин саны", "число вопросов повестки",
                         "items on the agenda"),
    "sittings.adopted": _w("кабыл алынган чечимдердин саны", "число принятых решений",
                           "decisions adopted"),
    # --- agenda items ----------------------------------------------------------------------
    "table.agenda_items": _w("Күн тартибинин маселелери", "Вопросы повестки дня",
                             "Agenda items"),
    "about.agenda_items": _w("Бир сап — бир маселе. Чечим, добуштар жана жыйынтык протоколу "
                             "бекитилген отурумдар үчүн гана.",
                             "Одна строка — один вопрос. Решение, голоса и итог — только для "
                             "заседаний с утверждённым протоколом.",
                             "One row per item. Decision, votes and outcome only for sittings "
                             "whose minutes are finalized."),
    "agenda_items.sitting": _w("отурумдун номери", "номер заседания", "the sitting's number"),
    "agenda_items.item": _w("маселенин күн тартибиндеги номери", "номер вопроса в повестке",
                            "the item's number on the agenda"),
    "agenda_items.title": _w("маселенин аталышы", "формулировка вопроса", "the item"),
    "agenda_items.proposed_by": _w("ким сунуштады: council (Коомдук кеңеш), state_body "
                                   "(мамлекеттик орган)", "кем внесён: council (советом), "
                                   "state_body (госорганом)",
                                   "proposed by: council or state_body"),
    "agenda_items.speaker": _w("баяндамачы", "докладчик", "speaker"),
    "agenda_items.decision": _w("чечимдин тексти", "текст решения", "the decision's text"),
    "agenda_items.votes_for": _w("макул", "за", "votes for"),
    "agenda_items.votes_against": _w("каршы", "против", "votes against"),
    "agenda_items.votes_abstain": _w("калыс калгандар", "воздержались", "abstentions"),
    "agenda_items.outcome": _w("жыйынтыгы: adopted (кабыл алынды), rejected (кабыл алынган "
                               "жок), not_voted (добушка коюлган жок), no_quorum (кворум "
                               "болбогондуктан кабыл алынган жок)",
                               "итог: adopted (принято), rejected (не принято), not_voted (на "
                               "голосование не ставилось), no_quorum (не принято: нет "
                               "кворума)",
                               "outcome: adopted, rejected, not_voted (not put to the vote) "
                               "or no_quorum (nothing is adopted without a quorum)"),
    # --- votes -----------------------------------------------------------------------------
    "table.votes": _w("Добуштар", "Голоса", "Votes"),
    "about.votes": _w("Ар бир мүчөнүн добушу, протоколу бекитилген отурумдар үчүн.",
                      "Голос каждого члена совета, для заседаний с утверждённым протоколом.",
                      "Each member's vote, for sittings whose minutes are finalized."),
    "votes.sitting": _w("отурумдун номери", "номер заседания", "the sitting's number"),
    "votes.item": _w("маселенин номери", "номер вопроса", "the item's number"),
    "votes.member": _w("мүчөнүн аты-жөнү", "член совета", "the member"),
    "votes.vote": _w("добушу: for (макул), against (каршы), abstain (калыс калды)",
                     "голос: for (за), against (против), abstain (воздержался)",
                     "vote: for, against or abstain"),
    # --- attendance ------------------------------------------------------------------------
    "table.attendance": _w("Катышуу", "Присутствие", "Attendance"),
    "about.attendance": _w("Отурум күнүндөгү ар бир мүчө катыштыбы, протоколу бекитилген "
                           "отурумдар үчүн. Катышпоонун себептери жарыяланбайт.",
                           "Присутствовал ли каждый член совета, для заседаний с утверждённым "
                           "протоколом. Причины отсутствия не публикуются.",
                           "Whether each member on the sitting's day was present, for "
                           "sittings whose minutes are finalized. Reasons for absence are "
                           "not published."),
    "attendance.sitting": _w("отурумдун номери", "номер заседания", "the sitting's number"),
    "attendance.member": _w("мүчөнүн аты-жөнү", "член совета", "the member"),
    "attendance.present": _w("true — катышты, false — катышкан жок",
                             "true — присутствовал, false — отсутствовал",
                             "true: present; false: absent"),
    # --- plans -----------------------------------------------------------------------------
    "table.plans": _w("Иш пландары", "Планы работы", "Work plans"),
    "about.plans": _w("Бекитилген жылдык иш пландарынын иш-чаралары, бир сап — бир иш-чара.",
                      "Мероприятия утверждённых годовых планов, одна строка — одно "
                      "мероприятие.",
                      "The activities of the approved annual plans, one row per activity."),
    "plans.year": _w("пландын жылы", "год плана", "the plan's year"),
    "plans.approved": _w("план бекитилген күн", "дата утверждения плана",
                         "the day the plan was approved"),
    "plans.approved_at": _w("планды бекиткен отурумдун номери", "номер заседания, "
                            "утвердившего план", "the number of the sitting that approved it"),
    "plans.sent": _w("көчүрмөсү маморганга жөнөтүлгөн күн", "дата направления копии в "
                     "госорган", "the day a copy was sent to the state body"),
    "plans.item": _w("иш-чаранын номери", "номер мероприятия", "the activity's number"),
    "plans.title": _w("иш-чара", "мероприятие", "the activity"),
    "plans.due": _w("мөөнөтү (ай же чейрек анын акыркы күнү менен)", "срок (месяц или "
                    "квартал — его последним днём)", "due (a month or quarter as its last "
                    "day)"),
    "plans.due_precision": _w("мөөнөттүн тактыгы: day (күн), month (ай), quarter (чейрек)",
                              "точность срока: day (день), month (месяц), quarter "
                              "(квартал)", "what the due date means: day, month or quarter"),
    "plans.responsible": _w("жооптуулар", "ответственные", "responsible"),
    "plans.form": _w("аткаруу формасы", "форма завершения", "form of completion"),
    "plans.status": _w("абалы: planned (пландалган), done (аткарылды), moved (жылдырылды), "
                       "dropped (алынып салынды)", "статус: planned (запланировано), done "
                       "(выполнено), moved (перенесено), dropped (исключено)",
                       "status: planned, done, moved or dropped"),
    # --- requests --------------------------------------------------------------------------
    "table.requests": _w("Суроо-талаптар", "Запросы", "Requests"),
    "about.requests": _w("Кеңештин маморганга суроо-талаптары жана жооптун мөөнөтү.",
                         "Запросы совета в госорган и срок ответа.",
                         "The council's requests to the state body and their answer "
                         "deadline."),
    "requests.number": _w("суроо-талаптын номери", "номер запроса", "the request's number"),
    "requests.subject": _w("темасы", "тема", "subject"),
    "requests.addressee": _w("кимге жөнөтүлгөн", "адресат", "addressee"),
    "requests.registered": _w("катталган күн", "дата регистрации", "registered on"),
    "requests.answer_due": _w("жазуу жүзүндөгү жооптун мөөнөтү", "срок письменного ответа",
                              "a written answer is due by"),
    "requests.answered": _w("жооп келген күн (бош — жооп жок)", "дата ответа (пусто — "
                            "ответа нет)", "answered on (empty: no answer yet)"),
    # --- proposals -------------------------------------------------------------------------
    "table.proposals": _w("Сунуштар", "Предложения", "Proposals"),
    "about.proposals": _w("Жарандардын жана уюмдардын сунуштары (авторунун аты "
                          "жарыяланбайт).", "Предложения граждан и организаций (имя автора "
                          "не публикуется).", "Proposals of citizens and organisations (the "
                          "author's name is not published)."),
    "proposals.received": _w("келип түшкөн күн", "дата поступления", "received on"),
    "proposals.summary": _w("кыскача мазмуну", "краткое содержание", "summary"),
    "proposals.considered_at": _w("караган отурумдун номери", "номер заседания, на котором "
                                  "рассмотрено", "the number of the sitting that considered "
                                  "it"),
    "proposals.outcome": _w("каралышынын жыйынтыгы", "результат рассмотрения",
                            "the outcome"),
    # --- README ----------------------------------------------------------------------------
    "readme_title": _w("Ачык маалыматтар", "Открытые данные", "Open data"),
    "readme_files": _w("Файлдар", "Файлы", "Files"),
}
