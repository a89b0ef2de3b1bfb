"""A realistic demo council: the Public Council of the Ministry of Finance, in Kyrgyz.

`demo_council(today)` builds it as plain records (no database): 13 members, about a year of
sittings (one without a quorum, one extraordinary, one whose agenda went out late, one still
to come), requests, citizens' proposals, commission notices, two annual plans and the
competition for the next composition, which is under way. Every date is counted from `today`,
so the demo always looks current; the same `today` always gives the same council.

The demo is meant to show what `check` and the window report, so it keeps a few faults on
purpose: the sitting without a quorum (Art. 17), a late agenda, a late commission notice and
requests answered late or not at all (Art. 18).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from kenesh_desktop.rules.dates import add_days, add_months, add_years
from kenesh_desktop.rules.records import (
    AgendaItem,
    AnnualPlan,
    Candidate,
    CommissionNotice,
    Competition,
    Council,
    Guest,
    Meeting,
    Member,
    PlanItem,
    Proposal,
    Request,
)

DEMO_COUNCIL_ID = "demo-minfin"
COUNCIL_NAME = "Кыргыз Республикасынын Финансы министрлигинин алдындагы Коомдук кеңеш"
STATE_BODY = "Кыргыз Республикасынын Финансы министрлиги"
STATE_BODY_REPRESENTATIVE = "Эрлан Асанов, финансы министринин орун басары"
MAIN_HALL = "Бишкек ш., Эркиндик бульвары, 58, Финансы министрлигинин чоң жыйындар залы"
SMALL_HALL = "Бишкек ш., Эркиндик бульвары, 58, №3 жыйындар залы"

# (full name, sex, organisation, role, birth date for the PIN, phone)
_MEMBERS = (
    ("Айгүл Токтогулова", "female", "«Ачык маалымат» коомдук бирикмеси", "chair",
     dt.date(1979, 3, 12), "+996 555 10 20 31"),
    ("Нурлан Өмүрбеков", "male", "Жусуп Баласагын атындагы Кыргыз улуттук университети",
     "deputy_chair", dt.date(1971, 11, 2), "+996 700 41 22 09"),
    ("Гүлзат Үсөнова", "female", "«Жарандык демилге» коомдук фонду", "secretary",
     dt.date(1988, 6, 25), "+996 772 33 18 40"),
    ("Бакыт Жээнбеков", "male", "Кыргызстандын кесипкөй бухгалтерлер жана аудиторлор палатасы",
     "member", dt.date(1975, 1, 19), None),
    ("Чолпон Мамытова", "female", "«Аял жана коом» коомдук бирикмеси", "member",
     dt.date(1983, 9, 7), None),
    ("Эрмек Сыдыков", "male", "Кыргыз-Түрк «Манас» университети", "member",
     dt.date(1980, 4, 30), "+996 555 87 65 12"),
    ("Жылдыз Абдыкадырова", "female", "«Бюджеттик ачыктык борбору» коомдук фонду", "member",
     dt.date(1986, 12, 14), None),
    ("Талант Күлмырзаев", "male", "Кыргыз Республикасынын Соода-өнөр жай палатасы", "member",
     dt.date(1969, 8, 21), None),
    ("Асел Бөрүбаева", "female", "«Журналисттер» коомдук бирикмеси", "member",
     dt.date(1991, 2, 3), "+996 701 55 44 21"),
    ("Мирлан Төлөгөнов", "male", "Кыргыз экономикалык университети", "member",
     dt.date(1977, 5, 16), None),
    ("Нургүл Ибраимова", "female", "«Мыйзам жана укук» юридикалык клиникасы", "member",
     dt.date(1984, 10, 28), None),
    ("Азамат Жеңишбеков", "male", "«Жаштар демилгеси» коомдук бирикмеси", "member",
     dt.date(1995, 7, 9), "+996 777 12 90 08"),
    ("Улан Сүйүнбаев", "male", "Кыргызстандын салык кеңешчилеринин палатасы", "member",
     dt.date(1973, 3, 1), None),
)

_GUESTS = (
    Guest("Бурулай Ниязалиева", "Финансы министрлигинин Бюджеттик саясат башкармалыгы",
          "state_body"),
    Guest("Эльвира Садыкова", "Финансы министрлигинин Мамлекеттик сатып алуулар департаменти",
          "state_body"),
    Guest("Канат Бекбоев", "«Бюджеттик талдоо» борбору", "expert"),
    Guest("Динара Осмонова", "«Элдик кабар» гезити", "media"),
    Guest("Самат Жумабаев", "Бишкек шаарынын тургуну", "citizen"),
    Guest("Бермет Абылкасымова", "Эсептөө палатасы", "state_body"),
)

_ABSENCE_REASONS = ("иш сапарында", "ооруп калды", "өргүүдө", "үй-бүлөлүк себептер менен")

# The agenda of the regular sittings, in order: (title, proposed_by, speaker, heard, decision).
# "{y}" is the year of the sitting. The speaker is a member's index or an official's name.
_TOPICS = (
    ("Республикалык бюджеттин {py}-жылдагы аткарылышы жөнүндө", "state_body",
     "Бурулай Ниязалиева",
     "Бюджеттин кирешелери пландын 101,4 пайызына, чыгашалары 96,2 пайызына аткарылды.",
     "Маалымат эске алынсын. Министрликке аткарылыш тууралуу жарандар үчүн жеңил "
     "баяндаманы жарыялоо сунушталсын."),
    ("Мамлекеттик сатып алуулардын ачыктыгы жөнүндө", "council", 6,
     "Порталда жарыяланган келишимдердин 14 пайызында техникалык тапшырма жок.",
     "Министрликке бардык келишимдердин техникалык тапшырмаларын порталга жарыялоо "
     "сунушталсын."),
    ("«Ачык бюджет» порталынын иштеши жөнүндө", "council", 8,
     "Порталга кирүүлөрдүн саны жылына 38 миңге жетти; жергиликтүү бюджеттер толук эмес.",
     "Жергиликтүү бюджеттердин маалыматтарын порталга кошуу боюнча жумушчу топ түзүлсүн."),
    ("Бюджеттик кодекске өзгөртүүлөрдү киргизүү жөнүндө мыйзам долбоорун коомдук талкуулоо",
     "state_body", "Бурулай Ниязалиева",
     "Долбоор бюджеттик жүктөмдөрдү көп жылдык пландоону киргизет.",
     "Долбоор жалпысынан колдоого алынсын; мүчөлөрдүн сын-пикирлери 10 күндүн ичинде "
     "министрликке жиберилсин."),
    ("Жергиликтүү бюджеттерге берилүүчү трансферттер жөнүндө", "council", 9,
     "Теңдөөчү трансферттердин эсептөө формуласы 2019-жылдан бери өзгөргөн жок.",
     "Министрликке формуланы жаңылоо боюнча коомдук угуу өткөрүү сунушталсын."),
    ("Донорлордун гранттык каражаттарын пайдалануунун натыйжалуулугу жөнүндө", "council", 3,
     "Үч долбоордун каражаттары мөөнөтүндө өздөштүрүлгөн жок.",
     "Маалымат эске алынсын. Гранттык долбоорлордун отчетторун жарыялоо сунушталсын."),
    ("Мамлекеттик карыз саясаты жөнүндө маалымат", "state_body", "Эрлан Асанов",
     "Тышкы карыздын ИДПга карата үлүшү 40 пайыздан төмөн сакталууда.",
     "Маалымат эске алынсын."),
    ("Министрликтин жарандардын кайрылууларын кароо тартиби жөнүндө", "council", 10,
     "Кайрылуулардын 7 пайызына жооп мыйзамда белгиленген мөөнөттөн кеч берилген.",
     "Министрликке кайрылууларды электрондук каттоону киргизүү сунушталсын."),
    ("Бюджеттик процесске жарандардын катышуусу жөнүндө", "council", 4,
     "Бюджеттик угууларга катышкан жарандардын саны эки эсе өстү.",
     "Бюджеттик угуулардын графиги министрликтин сайтына жарыялансын."),
    ("Мамлекеттик кызмат көрсөтүүлөрдүн сапаты жөнүндө", "council", 11,
     "Казыначылыктын электрондук кызматтары боюнча сурамжылоонун жыйынтыктары.",
     "Министрликке кызмат көрсөтүүлөрдүн стандарттарын жаңылоо сунушталсын."),
    ("Бюджеттик уюмдардын ички аудити жөнүндө", "state_body", "Бермет Абылкасымова",
     "Ички аудит бөлүмдөрү 42 бюджеттик уюмдун 30унда гана түзүлгөн.",
     "Маалымат эске алынсын. Аудиттин жыйынтыктарын жарыялоо сунушталсын."),
    ("Коомдук кеңештин жарым жылдык ишинин жыйынтыктары жөнүндө", "council", 0,
     "Жарым жылда 5 отурум өткөрүлдү, министрликке 9 сунуштама жиберилди.",
     "Отчет бекитилсин жана министрликтин сайтына жарыялансын."),
    ("Салыктык эмес кирешелерди администрлөө жөнүндө", "state_body", "Эрлан Асанов",
     "Мамлекеттик мүлктү ижарага берүүдөн түшкөн кирешелер 12 пайызга өстү.",
     "Маалымат эске алынсын."),
    ("{ny}-жылга республикалык бюджеттин долбоорун коомдук талкуулоо", "state_body",
     "Бурулай Ниязалиева",
     "Долбоордо социалдык чыгашалардын үлүшү 48 пайыз.",
     "Долбоор боюнча Коомдук кеңештин корутундусу даярдалып, министрликке жиберилсин."),
    ("Мамлекеттик ишканалардын финансылык отчетторунун ачыктыгы жөнүндө", "state_body",
     "Бурулай Ниязалиева",
     "Мамлекеттик ишканалардын үчтөн бири гана жылдык отчетун жарыялаган.",
     "Министрликке отчетторду бирдиктүү формада жарыялоону талап кылуу сунушталсын."),
    ("Гендердик бюджеттөө жөнүндө", "council", 4,
     "Бюджеттик программалардын 9унда гана аялдар жана эркектер боюнча көрсөткүчтөр бар.",
     "Министрликке бюджеттик программаларга гендердик көрсөткүчтөрдү кошуу сунушталсын."),
    ("Билим берүү тармагынын бюджетинин аткарылышы жөнүндө", "council", 9,
     "Мектептерди курууга бөлүнгөн каражаттардын 78 пайызы өздөштүрүлдү.",
     "Маалымат эске алынсын. Курулуштардын тизмесин жарыялоо сунушталсын."),
    ("Салык жеңилдиктеринин натыйжалуулугу жөнүндө", "council", 12,
     "Салык жеңилдиктеринин бюджетке чыгымдары мурда бааланган эмес.",
     "Министрликке салык чыгымдары боюнча жыл сайын отчет даярдоо сунушталсын."),
    ("Бюджеттик маалыматтарды ачык маалымат форматында жарыялоо жөнүндө", "council", 0,
     "Бюджеттик маалыматтардын көбү PDF форматында гана жарыяланат.",
     "Маалыматтарды машина окуй турган форматта жарыялоо сунушталсын."),
    ("Мамлекеттик-жеке өнөктөштүк долбоорлору жөнүндө маалымат", "state_body", "Эрлан Асанов",
     "Азыркы учурда 11 долбоор ишке ашырылууда.",
     "Маалымат эске алынсын."),
    ("Министрликтин коррупцияга каршы иш-аракеттер планынын аткарылышы жөнүндө", "state_body",
     "Эрлан Асанов",
     "Пландын 23 чарасынын 19у аткарылды.",
     "Маалымат эске алынсын. Аткарылбай калган чаралар боюнча мөөнөттөр такталсын."),
    ("Саламаттыкты сактоо тармагына бөлүнгөн каражаттардын пайдаланылышы жөнүндө", "council",
     10,
     "Дары-дармек сатып алууга бөлүнгөн каражаттардын 15 пайызы жылдын аягында өздөштүрүлдү.",
     "Министрликке каржылоону чейректер боюнча бирдей бөлүштүрүү сунушталсын."),
    ("Жаштар саясатын каржылоо жөнүндө", "council", 11,
     "Жаштар программаларына бюджеттин 0,3 пайызы гана бөлүнөт.",
     "Маалымат эске алынсын."),
    ("Коомдук кеңештин жылдык отчетун даярдоо жөнүндө", "council", 2,
     "Отчеттун долбоору мүчөлөргө таратылды.",
     "Отчет бекитилсин жана министрликтин сайтына жарыялансын."),
)

_PLAN_TITLE = "Коомдук кеңештин {y}-жылга иш планын бекитүү жөнүндө"
_PROCUREMENT_VETO = (
    "Министрликтин кеңсе имаратын оңдоо боюнча сатып алууну токтотуу тууралуу сунушту кароо",
    "council", 7,
    "Сатып алуунун баасы рыноктук баадан жогору экени айтылды.",
    "Сунуш колдоого алынган жок.",
)


def _thursday_on_or_before(day: dt.date) -> dt.date:
    return add_days(day, -((day.weekday() - 3) % 7))


def _pin(sex: str, born: dt.date, serial: int) -> str:
    """A Kyrgyz personal number: 1 (woman) or 2 (man), the birth date DDMMYYYY, 5 digits."""
    return f"{1 if sex == 'female' else 2}{born:%d%m%Y}{serial:05d}"


def _members(term_start: dt.date) -> list[Member]:
    members = []
    for index, (name, sex, organization, role, born, phone) in enumerate(_MEMBERS, start=1):
        members.append(
            Member(
                id=f"m{index}",
                full_name=name,
                sex=sex,
                organization=organization,
                role=role,
                start=term_start,
                pin=_pin(sex, born, 40100 + index * 7),
                phone=phone,
                email=f"member{index}@kenesh.example.kg" if phone else None,
            )
        )
    return members


def _votes(present: list[str], rng: random.Random, chair: str, contested: bool) -> dict:
    """Everyone present votes; on a contested item a few vote against or abstain."""
    votes = {member_id: "for" for member_id in present}
    if contested:
        others = [member_id for member_id in present if member_id != chair]
        for member_id in rng.sample(others, 2):
            votes[member_id] = "against"
        votes[rng.choice([m for m in others if votes[m] == "for"])] = "abstain"
    return votes


def _item(topic: tuple, day: dt.date, members: list[Member]) -> AgendaItem:
    title, proposed_by, speaker, heard, decision = topic
    year = day.year
    return AgendaItem(
        title=title.format(y=year, py=year - 1, ny=year + 1),
        proposed_by=proposed_by,
        decision=decision,
        speaker=members[speaker].full_name if isinstance(speaker, int) else speaker,
        heard=heard,
    )


def _sitting_dates(today: dt.date) -> tuple[list[dt.date], dt.date, dt.date]:
    """Ten monthly regular sittings up to ~10 days ago, an extraordinary one, and the next."""
    regular = [
        _thursday_on_or_before(add_days(add_months(today, -(9 - i)), -10)) for i in range(10)
    ]
    extraordinary = add_days(regular[5], 12)
    upcoming = add_days(today, 9)
    return regular, extraordinary, upcoming


# Which of the ten regular sittings carries which story of the demo.
_NO_QUORUM, _LATE_AGENDA, _NOT_ADOPTED = 3, 6, 8


def _regular_sitting(
    index: int, day: dt.date, members: list[Member], topics, rng: random.Random, last: bool
) -> Meeting:
    ids = [m.id for m in members]
    if index == _NO_QUORUM:
        # Art. 17: 7 of 13 is below two thirds (9 needed), so nothing could be decided.
        present = ids[:3] + [ids[i] for i in (4, 6, 9, 12)]
    else:
        absent = set(rng.sample(ids[3:], rng.choice((0, 1, 2, 3))))
        present = [member_id for member_id in ids if member_id not in absent]
    items = [_item(next(topics), day, members) for _ in range(3 if index in (1, 5) else 2)]
    if index == _NOT_ADOPTED:
        items.append(_item(_PROCUREMENT_VETO, day, members))
    for number, item in enumerate(items):
        if index == _NO_QUORUM:
            item.decision = "Кворум болбогондуктан маселе кийинки отурумга жылдырылды."
        elif index == _NOT_ADOPTED and number == len(items) - 1:
            # Not adopted: the votes for are not more than half of those present.
            half = len(present) // 2
            item.votes = {
                member_id: "for" if n < half else ("against" if n % 2 else "abstain")
                for n, member_id in enumerate(present)
            }
        else:
            item.votes = _votes(present, rng, ids[0], contested=number == 1)
    absent_ids = [member_id for member_id in ids if member_id not in present]
    return Meeting(
        id="",
        number=0,
        date=day,
        kind="regular",
        place=SMALL_HALL if index % 3 == 0 else MAIN_HALL,
        # Art. 18: the agenda reaches the state body at least 2 days before; once it did not.
        agenda_sent=add_days(day, -1 if index == _LATE_AGENDA else -5),
        present=present,
        guests=[replace(_GUESTS[(index + k) % len(_GUESTS)]) for k in range(1 + index % 3)],
        items=items,
        finalized=not last,
        time="14:00",
        state_body_representative=STATE_BODY_REPRESENTATIVE,
        absence_reasons={
            member_id: _ABSENCE_REASONS[n % len(_ABSENCE_REASONS)]
            for n, member_id in enumerate(absent_ids)
        },
    )


def _meetings(
    today: dt.date, members: list[Member], rng: random.Random
) -> tuple[list[Meeting], Meeting]:
    """Every sitting, numbered by date, and the one that approved this year's plan."""
    regular, extraordinary_day, upcoming_day = _sitting_dates(today)
    ids = [m.id for m in members]
    topics = iter(_TOPICS[:-2])
    meetings = [
        _regular_sitting(index, day, members, topics, rng, last=index == len(regular) - 1)
        for index, day in enumerate(regular)
    ]
    # This year's plan is approved at the sitting nearest to mid-January (a December one when
    # the year has just begun), never at the one without a quorum nor the unfinished last.
    plan_sitting = min(
        (m for i, m in enumerate(meetings[:-1]) if i != _NO_QUORUM),
        key=lambda m: abs((m.date - dt.date(today.year, 1, 15)).days),
    )
    plan_sitting.items.insert(
        0,
        AgendaItem(
            title=_PLAN_TITLE.format(y=today.year),
            proposed_by="council",
            decision=f"Коомдук кеңештин {today.year}-жылга иш планы бекитилсин жана "
            "5 күндүн ичинде министрликке жиберилсин.",
            votes={member_id: "for" for member_id in plan_sitting.present},
            speaker=members[2].full_name,
            heard="Пландын долбоору мүчөлөрдүн сунуштарын эске алуу менен даярдалды.",
        ),
    )

    # A member may call an extraordinary sitting (Art. 17); Жылдыз Абдыкадырова did.
    present = [member_id for member_id in ids if member_id not in (ids[5], ids[11])]
    meetings.append(
        Meeting(
            id="",
            number=0,
            date=extraordinary_day,
            kind="extraordinary",
            place=SMALL_HALL,
            agenda_sent=add_days(extraordinary_day, -3),
            present=present,
            guests=[replace(_GUESTS[1]), replace(_GUESTS[3])],
            items=[
                AgendaItem(
                    title="«Мамлекеттик сатып алуулар жөнүндө» мыйзамга өзгөртүүлөрдүн "
                    "долбоорун шашылыш талкуулоо",
                    proposed_by="council",
                    decision="Долбоордун 12-беренесин өзгөртүү сунушу менен министрликке "
                    "корутунду жиберилсин.",
                    votes=_votes(present, rng, ids[0], contested=True),
                    speaker=members[6].full_name,
                    heard="Долбоор бир булактан сатып алуунун чегин үч эсе көтөрөт.",
                ),
                AgendaItem(
                    title="Мыйзам долбоору боюнча коомдук угууну уюштуруу жөнүндө",
                    proposed_by="council",
                    decision="Коомдук угуу эки жуманын ичинде өткөрүлсүн; министрликке "
                    "угуунун жыйынтыктары жиберилсин.",
                    votes={member_id: "for" for member_id in present},
                    speaker=members[0].full_name,
                    heard="Угууга ишкерлердин жана бейөкмөт уюмдардын өкүлдөрүн чакыруу "
                    "сунушталды.",
                ),
            ],
            finalized=True,
            time="10:00",
            called_by=ids[6],
            state_body_representative=STATE_BODY_REPRESENTATIVE,
            absence_reasons={ids[5]: "иш сапарында", ids[11]: "ооруп калды"},
        )
    )
    # The next sitting: its agenda is not sent yet; the deadline (Art. 18) is a week away.
    upcoming_items = [_item(topic, upcoming_day, members) for topic in _TOPICS[-2:]]
    for item in upcoming_items:
        item.decision = ""
    meetings.append(
        Meeting(
            id="",
            number=0,
            date=upcoming_day,
            kind="regular",
            place=MAIN_HALL,
            items=upcoming_items,
            time="14:00",
            state_body_representative=STATE_BODY_REPRESENTATIVE,
        )
    )
    meetings.sort(key=lambda meeting: meeting.date)
    for number, meeting in enumerate(meetings, start=1):
        meeting.id = f"s{number}"
        meeting.number = number
    return meetings, plan_sitting


def _requests(today: dt.date) -> list[Request]:
    """Art. 18: a written answer within 2 weeks of registration; some kept, some not."""
    rows = (
        # (days before today registered, days after registration answered or None, subject)
        (200, 9, "2-чейректе бюджеттик уюмдарга бөлүнгөн каражаттар тууралуу маалымат",
         "Финансы министринин орун басары Э. Асанов"),
        (150, 25, "Мамлекеттик сатып алуулар боюнча даттануулардын саны жана жыйынтыктары",
         "Мамлекеттик сатып алуулар департаментинин директору"),
        (60, 10, "Жергиликтүү бюджеттерге трансферттерди эсептөөнүн методикасы",
         "Бюджеттик саясат башкармалыгынын башчысы"),
        (30, None, "Гранттык долбоорлордун каражаттарынын өздөштүрүлүшү",
         "Тышкы жардамды координациялоо башкармалыгынын башчысы"),
        (5, None, "Кайрылууларды кароонун мөөнөттөрү тууралуу маалымат",
         "Финансы министрлигинин аппаратынын жетекчиси"),
    )
    requests = []
    for index, (ago, answered_after, subject, addressee) in enumerate(rows, start=1):
        registered = add_days(today, -ago)
        answered = None if answered_after is None else add_days(registered, answered_after)
        requests.append(
            Request(
                id=f"r{index}",
                number=f"КК-{index:02d}",
                subject=subject,
                addressee=addressee,
                registered=registered,
                answered=answered,
                text=f"Коомдук кеңештин ишин уюштуруу үчүн төмөнкү маалыматты берүүңүздү "
                f"суранабыз: {subject[0].lower()}{subject[1:]}.",
                answer_summary="Маалымат толук берилди." if answered else "",
            )
        )
    return requests


def _first_quorate_sitting_after(
    meetings: list[Meeting], day: dt.date, members: int
) -> Meeting | None:
    """The first finished sitting with a quorum (Art. 17) at least 5 days after `day`."""
    return next(
        (
            m
            for m in meetings
            if m.date >= add_days(day, 5) and m.finalized and len(m.present) * 3 >= members * 2
        ),
        None,
    )


def _proposals(today: dt.date, meetings: list[Meeting], members: int) -> list[Proposal]:
    """Art. 6: the council receives and considers citizens' proposals."""
    rows = (
        (210, "Жаныл Асанова, Бишкек шаарынын тургуну",
         "Бюджеттин аткарылышы боюнча жарандар үчүн жеңил баяндаманы кыргыз тилинде чыгаруу",
         "Колдоого алынды; министрликке сунуштама жиберилди."),
        (120, "«Ош жаштары» коомдук бирикмеси",
         "Ош облусундагы жергиликтүү бюджеттердин угууларын онлайн көрсөтүү",
         "Маалымат катары эске алынды; министрликке жиберилди."),
        (40, "Төлөн Осмонов, Каракол шаарынын тургуну",
         "Казыначылыктын аймактык бөлүмдөрүнүн иштөө убактысын узартуу", None),
        (6, "«Ачык шаар» демилгелүү тобу",
         "Мамлекеттик сатып алуулар порталына жарандардын пикир калтыруу мүмкүнчүлүгүн кошуу",
         None),
    )
    proposals = []
    for index, (ago, author, summary, outcome) in enumerate(rows, start=1):
        received = add_days(today, -ago)
        sitting = _first_quorate_sitting_after(meetings, received, members) if outcome else None
        if sitting is not None:
            sitting.items.append(
                AgendaItem(
                    title=f"Жарандын сунушун кароо: {summary[0].lower()}{summary[1:]}",
                    proposed_by="council",
                    decision=outcome or "",
                    votes={member_id: "for" for member_id in sitting.present},
                    speaker="Гүлзат Үсөнова",
                    heard=f"Сунуштун автору: {author}.",
                )
            )
        proposals.append(
            Proposal(
                id=f"p{index}",
                author=author,
                received=received,
                summary=summary,
                considered_at=sitting.id if sitting else None,
                outcome=outcome if sitting else None,
                reply_sent=add_days(sitting.date, 6) if sitting else None,
            )
        )
    return proposals


def _notices(today: dt.date) -> list[CommissionNotice]:
    """Art. 18: the state body tells the council of its commissions 2 days ahead; once late."""
    return [
        CommissionNotice(
            id="n1",
            commission="Кеңсе жабдууларын сатып алуу боюнча тендердик комиссия",
            received=add_days(today, -100),
            sitting=add_days(today, -95),
            observer="m6",
            place=SMALL_HALL,
            agenda="Тендердик сунуштарды ачуу жана баалоо",
            attended=True,
            notes="Баалоо тартиби сакталды.",
        ),
        CommissionNotice(
            id="n2",
            commission="Имаратты оңдоо иштерин сатып алуу боюнча тендердик комиссия",
            received=add_days(today, -40),
            sitting=add_days(today, -39),
            observer="m8",
            place=MAIN_HALL,
            agenda="Жеңүүчүнү аныктоо",
            attended=True,
            notes="Кабарлама отурумдан бир күн мурда гана келди.",
        ),
        CommissionNotice(
            id="n3",
            commission="Мамлекеттик кызматтын бош орундарына конкурстук комиссия",
            received=add_days(today, -10),
            sitting=add_days(today, -6),
            place=SMALL_HALL,
            agenda="Маектешүү",
        ),
    ]


def _month_end(year: int, month: int) -> dt.date:
    return add_days(add_months(dt.date(year, month, 1), 1), -1)


def _plan_items(year: int, today: dt.date, members: list[Member]) -> list[PlanItem]:
    rows = (
        ("Республикалык бюджеттин мурунку жылдагы аткарылышын талкуулоо", (2, "quarter"),
         0, "Отурум"),
        ("«Ачык бюджет» порталынын мониторинги", (4, "month"), 6, "Мониторинг"),
        ("Мамлекеттик сатып алуулардын ачыктыгы боюнча тегерек стол", (6, "month"), 5,
         "Тегерек стол"),
        ("Коомдук кеңештин жарым жылдык отчету", (2, "quarter"), 2, "Отчет"),
        ("Жергиликтүү бюджеттерге трансферттер боюнча коомдук угуу", (9, "month"), 8,
         "Коомдук угуу"),
        ("Кийинки жылдын бюджетинин долбоорун коомдук талкуулоо", (11, "month"), 1,
         "Отурум"),
        ("Жарандардын кайрылууларын кароонун мониторинги", (3, "quarter"), 10, "Мониторинг"),
        ("Коомдук кеңештин жылдык отчетун жарыялоо", (12, "day"), 0, "Отчет"),
    )
    items = []
    for title, (when, precision), responsible, form in rows:
        if precision == "quarter":
            due = _month_end(year, 3 * when)
        elif precision == "month":
            due = _month_end(year, when)
        else:
            due = dt.date(year, when, 25)
        items.append(
            PlanItem(
                title=title,
                due=due,
                responsible=members[responsible].full_name,
                form=form,
                due_precision=precision,
                status="done" if due < today else "planned",
            )
        )
    if year == today.year - 1:
        items[4].status = "moved"
        items[4].note = "Кийинки жылга жылдырылды."
    return items


def _plans(
    today: dt.date, sitting: Meeting, members: list[Member], term_start: dt.date
) -> list[AnnualPlan]:
    """Art. 18: a copy of the approved plan reaches the state body within 5 days; it did."""
    year = today.year
    previous_approved = max(dt.date(year - 1, 1, 20), add_days(term_start, 30))
    return [
        AnnualPlan(
            year=year - 1,
            approved=previous_approved,
            sent=add_days(previous_approved, 4),
            items=_plan_items(year - 1, today, members),
            letter_number=f"КК-{year - 1}/03",
        ),
        AnnualPlan(
            year=year,
            approved=sitting.date,
            sent=min(add_days(sitting.date, 3), today),
            items=_plan_items(year, today, members),
            approved_at=sitting.id,
            letter_number=f"КК-{year}/01",
        ),
    ]


def _competition(today: dt.date) -> Competition:
    """Art. 14: the competition for the next composition, announced and published, open."""
    published = add_days(today, -15)
    complete = {"application": True, "cv_with_photo": True, "recommendation_letters": 2,
                "vision": True}
    eligible = {
        "citizen_capable": True,
        "no_criminal_record": True,
        "not_civil_servant": True,
        "reputation": True,
        "no_relatives_in_body": True,
        "independent": True,
        "civic_experience": True,
    }
    rows = (
        ("Нурлан Өмүрбеков", "male", "Жусуп Баласагын атындагы Кыргыз улуттук университети",
         {}, {}),
        ("Айпери Кадырбекова", "female", "«Ачык коом» фонду", {"recommendation_letters": 3}, {}),
        ("Бекзат Алымкулов", "male", "Кыргызстандын ишкерлер ассоциациясы",
         {"recommendation_letters": 1}, {}),
        ("Гүлмира Эсенгулова", "female", "«Жаш экономисттер» клубу", {"vision": False}, {}),
        ("Жаныбек Турдубаев", "male", "Борбордук казыначылыктын Чүй облустук бөлүмү", {},
         {"not_civil_servant": False, "independent": False}),
        ("Сезим Качкынбаева", "female", "Кыргыз-Россия Славян университети", {}, {}),
        ("Медер Усубалиев", "male", "«Ачык бюджет» демилгеси", {}, {}),
        ("Зарина Байтикова", "female", "«Медиа-полиси институту» коомдук фонду",
         {"cv_with_photo": False}, {}),
    )
    candidates = []
    for index, (name, sex, organization, documents, requirements) in enumerate(rows, start=1):
        notes = {}
        if not requirements.get("not_civil_servant", True):
            notes["not_civil_servant"] = "Борбордук казыначылыктын кызматкери"
        candidates.append(
            Candidate(
                id=f"k{index}",
                full_name=name,
                sex=sex,
                organization=organization,
                received=add_days(published, 1 + (index * 13) % 14),
                documents={**complete, **documents},
                requirements={**eligible, **requirements},
                requirement_notes=notes,
            )
        )
    return Competition(
        id="c1",
        announced=add_days(today, -20),
        published=published,
        candidates=candidates,
    )


def demo_council(today: dt.date | None = None) -> Council:
    """The demo council as of `today` (default: the real today); deterministic for a given day."""
    today = today or dt.date.today()
    # The term ends in about three and a half months, so the competition is under way.
    term_end = add_days(add_months(today, 3), 14)
    # Art. 14: a composition serves up to 2 years.
    term_start = add_days(add_years(term_end, -2), 1)
    rng = random.Random(20140524)
    members = _members(term_start)
    meetings, plan_sitting = _meetings(today, members, rng)
    proposals = _proposals(today, meetings, len(members))
    plans = _plans(today, plan_sitting, members, term_start)
    return Council(
        id=DEMO_COUNCIL_ID,
        name=COUNCIL_NAME,
        state_body=STATE_BODY,
        term_start=term_start,
        term_end=term_end,
        members=members,
        meetings=meetings,
        requests=_requests(today),
        proposals=proposals,
        notices=_notices(today),
        plans=plans,
        competitions=[_competition(today)],
    )
