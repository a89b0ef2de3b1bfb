<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kenesh Desktop</source>
        <translation>Kenesh Desktop программасы жөнүндө</translation>
    </message>
    <message>
        <source>A new council follows {rulebook} until its rules are changed (Council → Rules of the council).</source>
        <translation>Жаңы кеңеш эрежелери өзгөртүлгөнгө чейин ушул эрежелер боюнча иштейт: {rulebook} (Кеңеш → Кеңештин эрежелери).</translation>
    </message>
    <message>
        <source>The council «{council}» follows {rulebook}.</source>
        <translation>«{council}» кеңеши ушул эрежелер боюнча иштейт: {rulebook}.</translation>
    </message>
    <message>
        <source>Kenesh Desktop {version}</source>
        <translation>Kenesh Desktop {version}</translation>
    </message>
    <message>
        <source>Records, deadlines and documents of a Public Council of a state body of the Kyrgyz Republic.</source>
        <translation>Кыргыз Республикасынын мамлекеттик органынын алдындагы Коомдук кеңештин эсеби, мөөнөттөрү жана документтери.</translation>
    </message>
    <message>
        <source>Law No. 74 was repealed by the law the Jogorku Kenesh adopted on 29 November 2023. The program offers its figures as the default rules, never as a law in force; a council that carries on follows its own regulation, and a council in Kazakhstan its Law No. 383-V (Council → Rules of the council).</source>
        <translation>№74 Мыйзам Жогорку Кеңеш 2023-жылдын 29-ноябрында кабыл алган мыйзам менен күчүн жоготкон. Программа анын көрсөткүчтөрүн демейки эрежелер катары сунуштайт, бирок күчүндөгү мыйзам катары эмес; ишин улантып жаткан кеңеш өз жобосу боюнча, Казакстандагы кеңеш №383-V Мыйзамы боюнча иштейт (Кеңеш → Кеңештин эрежелери).</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Маалымат базасы: {name}</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Булагы: {source}.</translation>
    </message>
    <message>
        <source>Qt {qt}</source>
        <translation>Qt {qt}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge a violation</source>
        <translation>Бузууну таануу</translation>
    </message>
    <message>
        <source>It can no longer be mended. Acknowledged on {date}, it stays in the records and in the audit trail, and the Overview sets it aside (Show acknowledged shows it again).</source>
        <translation>Аны мындан ары оңдоого болбойт. {date} таанылгандан кийин ал жазууларда жана аудит журналында калат, ал эми Кароодо четке коюлат («Таанылгандарды көрсөтүү» аны кайра көрсөтөт).</translation>
    </message>
    <message>
        <source>Why it happened, or what was done about it</source>
        <translation>Эмне үчүн болгону же ага карата эмне жасалганы</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Күн тартибинин маселесин өзгөртүү</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Күн тартибине маселе кошуу</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Баяндамачы:</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Сунуштаган:</translation>
    </message>
    <message>
        <source>&amp;Heard:</source>
        <translation>&amp;Угулду:</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>&amp;Чечим:</translation>
    </message>
    <message>
        <source>Enter the item&apos;s title.</source>
        <translation>Маселенин аталышын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message>
        <source>Agenda sent to the state body on</source>
        <translation>Күн тартиби маморганга жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — sent {sent} ✓</source>
        <translation>{article}-берене: мөөнөтү отурумдан {days} мурун — {due}; жөнөтүлгөн күнү — {sent} ✓</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — sent {sent}, {late} late ✗</source>
        <translation>{article}-берене: мөөнөтү отурумдан {days} мурун — {due}; жөнөтүлгөн күнү — {sent}, {late} кечикти ✗</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — not sent, {late} overdue ✗</source>
        <translation>{article}-берене: мөөнөтү отурумдан {days} мурун — {due}; жөнөтүлгөн жок, мөөнөтү {late} өттү ✗</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — not sent yet, {left} left</source>
        <translation>{article}-берене: мөөнөтү отурумдан {days} мурун — {due}; азырынча жөнөтүлгөн жок, {left} калды</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Add item…</source>
        <translation>Маселе кошуу…</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Маселени жогору жылдыруу (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Маселени төмөн жылдыруу (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Көчүрмө…</translation>
    </message>
    <message>
        <source>An extract from the minutes: the selected item, certified by whoever took the minutes (Ctrl+E: PDF)</source>
        <translation>Протоколдон көчүрмө: тандалган маселе, протоколду жүргүзгөн күбөлөндүрөт (Ctrl+E: PDF)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Word (.docx)…</source>
        <translation>Word (.docx)…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Басып чыгаруудан мурун көрүү…</translation>
    </message>
    <message>
        <source>Extract of the item (PDF)…</source>
        <translation>Маселенин көчүрмөсү (PDF)…</translation>
    </message>
    <message>
        <source>Choose an item to see what was heard, said and resolved.</source>
        <translation>Эмне угулганын, ким эмне деп сүйлөгөнүн жана эмне токтом кылынганын көрүү үчүн маселени тандаңыз.</translation>
    </message>
    <message>
        <source>Spoke:</source>
        <translation>Чыгып сүйлөдү:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Токтом кылынды:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Жыйынтыгы:</translation>
    </message>
    <message>
        <source>For {for_} · against {against} · abstained {abstain}</source>
        <translation>Макул {for_} · каршы {against} · калыс калды {abstain}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>жазылган эмес</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Күн тартибине маселе кошуу</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Күн тартибинин маселесин өзгөртүү</translation>
    </message>
    <message>
        <source>Heard:</source>
        <translation>УГУЛДУ:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>Remove item {number} {title} and its votes from the agenda?</source>
        <translation>{number}-маселе {title} добуштары менен күн тартибинен алынып салынсынбы?</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Маселени алып салуу</translation>
    </message>
</context>
<context>
    <name>AgendaSentDialog</name>
    <message>
        <source>Agenda sent</source>
        <translation>Күн тартиби жөнөтүлдү</translation>
    </message>
    <message>
        <source>Record that the agenda of sitting No. {number} was sent to the state body? Art. {article}: it is due at least {days} before the sitting, by {due}.</source>
        <translation>№{number} отурумдун күн тартиби маморганга жөнөтүлгөнүн белгилейсизби? {article}-берене: ал отурумдан кеминде {days} мурун, {due} чейин жетүүгө тийиш.</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Жөнөтүлдү деп белгилөө</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Азыр эмес</translation>
    </message>
    <message>
        <source>Recorded: the agenda of sitting No. {number} was sent on {day}.</source>
        <translation>Белгиленди: №{number} отурумдун күн тартиби {day} жөнөтүлгөн.</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамачы</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Сунуштаган</translation>
    </message>
    <message>
        <source>For · against · abstained</source>
        <translation>Макул · каршы · калыс</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтыгы</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record answer</source>
        <translation>Жоопту жазуу</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>Жооптун &amp;күнү:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Мазмуну:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Kenesh Desktop</source>
        <translation>Kenesh Desktop</translation>
    </message>
    <message>
        <source>The database cannot be opened:

{path}: the folder {folder} does not exist.</source>
        <translation>Маалымат базасын ачууга болбойт:

{path}: {folder} папкасы жок.</translation>
    </message>
    <message>
        <source>The database cannot be opened:

{problem}</source>
        <translation>Маалымат базасын ачуу мүмкүн эмес:

{problem}</translation>
    </message>
    <message>
        <source>The database {name} is already open in another program or another copy of Kenesh Desktop. Close it there, then start Kenesh Desktop again.</source>
        <translation>{name} маалымат базасы башка программада же Kenesh Desktop&apos;тун башка нускасында ачык турат. Аны ошол жерде жаап, Kenesh Desktop&apos;ту кайра иштетиңиз.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the work plan for {year}</source>
        <translation>{year}-жылдын иш планын бекитүү</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number}, {date}</translation>
    </message>
    <message>
        <source>Approved at &amp;sitting:</source>
        <translation>Бекиткен &amp;отурум:</translation>
    </message>
    <message>
        <source>No sitting is recorded yet: record the sitting that approved the plan in the Meetings tab first.</source>
        <translation>Азырынча бир да отурум катталган эмес: адегенде планды бекиткен отурумду «Отурумдар» өтмөгүнө киргизиңиз.</translation>
    </message>
    <message>
        <source>Art. {article}: the copy of the approved plan must reach the state body by {due} ({days} after approval).</source>
        <translation>{article}-берене: бекитилген пландын көчүрмөсү маморганга бекитилгенден кийин {days} ичинде жетиши керек; мөөнөтү — {due}.</translation>
    </message>
    <message>
        <source>Choose the sitting that approved the plan.</source>
        <translation>Планды бекиткен отурумду тандаңыз.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Баары катышты</translation>
    </message>
    <message>
        <source>Mark every member on the sitting&apos;s date present</source>
        <translation>Отурум күнүндөгү бардык мүчөлөрдү катышты деп белгилөө</translation>
    </message>
    <message>
        <source>Deputy head appointed by the state body</source>
        <translation>Маморгандын башчысы дайындаган орун басары</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Чакырылган кошуу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>State body&apos;s &amp;representative (Art. {article}):</source>
        <translation>Маморгандын &amp;өкүлү ({article}-берене):</translation>
    </message>
    <message>
        <source>Guests (sittings are open, Art. {article}):</source>
        <translation>Чакырылгандар (отурумдар ачык, {article}-берене):</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Катышкан жок деп белгилөө</translation>
    </message>
    <message>
        <source>{name} voted on {count} item(s) of this sitting. An absent member cannot vote: marking them absent removes these votes. Continue?</source>
        <translation>{name} бул отурумдун {count} маселеси боюнча добуш берген. Катышпаган мүчө добуш бере албайт: катышкан жок деп белгилесеңиз, бул добуштар өчүрүлөт. Улантасызбы?</translation>
    </message>
    <message>
        <source>State body&apos;s representative</source>
        <translation>Маморгандын өкүлү</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Чакырылганды алып салуу</translation>
    </message>
    <message>
        <source>Remove {name} from the guests of this sitting?</source>
        <translation>{name} бул отурумдун чакырылгандарынан алынып салынсынбы?</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Катышпаган себеби</translation>
    </message>
    <message>
        <source>present</source>
        <translation>катышты</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>катышкан жок</translation>
    </message>
    <message>
        <source>Double-click to type why the member was absent</source>
        <translation>Мүчөнүн катышпаган себебин жазуу үчүн эки жолу басыңыз</translation>
    </message>
    <message>
        <source>Attendance of {name}</source>
        <translation>{name}: катышуу</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Маалымат базасы бузулган</translation>
    </message>
    <message>
        <source>{problem}

Restore that backup now?</source>
        <translation>{problem}

Ошол камдык көчүрмөнү азыр калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <source>Start with a new, empty database at {path}?

The damaged file stays as {damaged}, for rescue.</source>
        <translation>{path} жеринде жаңы, бош маалымат базасы менен баштайсызбы?

Бузулган файл куткаруу үчүн {damaged} болуп калат.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Copies of {file} (database {identity}), made when the program opens each day and when it closes; copies of other databases are never listed here. The last 10 days and one copy a month for a year are kept in the program&apos;s backups folder.</source>
        <translation>{file} файлынын (маалымат базасы {identity}) көчүрмөлөрү программа күн сайын ачылганда жана жабылганда жасалат; башка маалымат базаларынын көчүрмөлөрү бул жерде эч качан көрсөтүлбөйт. Акыркы 10 күндүн көчүрмөлөрү жана бир жыл бою айына бир көчүрмө программанын камдык көчүрмөлөр папкасында сакталат.</translation>
    </message>
    <message>
        <source>Database: {path}
Backups: {folder}</source>
        <translation>Маалымат базасы: {path}
Камдык көчүрмөлөр: {folder}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Акыркы өзгөртүү</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Кеңештер</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Азыр &amp;көчүрмө жасоо</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Калыбына келтирүү…</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(окулбайт)</translation>
    </message>
    <message>
        <source>first opening</source>
        <translation>биринчи ачылганда</translation>
    </message>
    <message>
        <source>(before an update)</source>
        <translation>(жаңыртуудан мурун)</translation>
    </message>
    <message>
        <source>(date in the future)</source>
        <translation>(күнү келечекте)</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Камдык көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <source>Replace the records in {file} by the backup of {when}?

It holds: {councils}; last change {last}; {size}.

The records as they are now are backed up first, so this can be undone.</source>
        <translation>{file} ичиндеги жазууларды {when} камдык көчүрмөсү менен алмаштырасызбы?

Анда: {councils}; акыркы өзгөртүү {last}; {size}.

Азыркы жазуулардын камдык көчүрмөсү алгач жасалат, ошондуктан муну артка кайтарууга болот.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation>Талапкерди өзгөртүү</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Талапкер кошуу</translation>
    </message>
    <message>
        <source>Empty for a self-nominated citizen</source>
        <translation>Өзүн-өзү көрсөткөн жаран үчүн бош калтырыңыз</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Келген күнү</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документтер:</translation>
    </message>
    <message>
        <source>Documents submitted (Art. {article})</source>
        <translation>Тапшырылган документтер ({article}-берене)</translation>
    </message>
    <message>
        <source>Requirements (Art. {article}) and the evidence</source>
        <translation>Талаптар ({article}-берене) жана далилдер</translation>
    </message>
    <message>
        <source>Art. {article}: before the announcement was published ({date})</source>
        <translation>{article}-берене: кулактандыруу жарыялангандан мурун ({date})</translation>
    </message>
    <message>
        <source>Art. {article}: after the intake window closed on {date}</source>
        <translation>{article}-берене: кабыл алуу мөөнөтү {date} бүткөндөн кийин</translation>
    </message>
    <message>
        <source>(at least {n})</source>
        <translation>(кеминде {n})</translation>
    </message>
    <message>
        <source>Evidence (document, number, date)</source>
        <translation>Далил (документ, номери, күнү)</translation>
    </message>
    <message>
        <source>A half-filled box: not yet recorded.</source>
        <translation>Жарым белгиленген: азырынча белгилене элек.</translation>
    </message>
    <message>
        <source>Scanned documents</source>
        <translation>Сканерленген документтер</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Тиркөө…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Абалы: {state}</translation>
    </message>
    <message>
        <source>Within the intake window (until {date}) ✓</source>
        <translation>Кабыл алуу мөөнөтүнүн ичинде ({date} чейин) ✓</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s full name.</source>
        <translation>Талапкердин аты-жөнүн жазыңыз.</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s sex.</source>
        <translation>Талапкердин жынысын тандаңыз.</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Сканерленген документти тиркөө</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Скандар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>{name} (attached on OK)</source>
        <translation>{name} (OK басылганда тиркелет)</translation>
    </message>
</context>
<context>
    <name>CandidateListDialog</name>
    <message>
        <source>List of candidates (PDF)</source>
        <translation>Талапкерлердин тизмеси (PDF)</translation>
    </message>
    <message>
        <source>Include phone numbers and e-mail addresses</source>
        <translation>Телефондорду жана электрондук почталарды кошуу</translation>
    </message>
    <message>
        <source>Contacts are personal data: include them only when the Commission needs them.</source>
        <translation>Байланыш маалыматтары — жеке маалыматтар: комиссияга керек болгондо гана кошуңуз.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тили:</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюму</translation>
    </message>
    <message>
        <source>(self-nominated)</source>
        <translation>(өзүн-өзү көрсөткөн)</translation>
    </message>
    <message>
        <source>Documents arrived</source>
        <translation>Документтер келди</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Тандалды</translation>
    </message>
    <message>
        <source>Art. {article}: received before the announcement was published ({date})</source>
        <translation>{article}-берене: кулактандыруу жарыялангандан ({date}) мурун келген</translation>
    </message>
    <message>
        <source>Art. {article}: received after the intake window closed on {date}</source>
        <translation>{article}-берене: кабыл алуу мөөнөтү {date} бүткөндөн кийин келген</translation>
    </message>
    <message>
        <source>complete ✓</source>
        <translation>толук ✓</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translation>{n} жок</translation>
    </message>
    <message>
        <source>Recommendation letters: {n} (at least {min})</source>
        <translation>Сунуштама каттар: {n} (кеминде {min})</translation>
    </message>
    <message>
        <source>Missing: {document}</source>
        <translation>Жок: {document}</translation>
    </message>
    <message>
        <source>{n} not met</source>
        <translation>{n} аткарылбайт</translation>
    </message>
    <message>
        <source>{n} not recorded</source>
        <translation>{n} белгилене элек</translation>
    </message>
    <message>
        <source>all met ✓</source>
        <translation>баары аткарылат ✓</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>аткарылбайт</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>белгилене элек</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Тандоо</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Application</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <source>CV with photo</source>
        <translation>Сүрөтү менен резюме</translation>
    </message>
    <message>
        <source>Recommendation letters</source>
        <translation>Сунуштама каттар</translation>
    </message>
    <message>
        <source>Vision of the work in the council</source>
        <translation>ККдагы ишине болгон көз карашы</translation>
    </message>
    <message>
        <source>Citizen of the Kyrgyz Republic with full legal capacity</source>
        <translation>Кыргыз Республикасынын аракетке жөндөмдүү жараны</translation>
    </message>
    <message>
        <source>Citizen of the Republic of Kazakhstan with full legal capacity</source>
        <translation>Казакстан Республикасынын аракетке жөндөмдүү жараны</translation>
    </message>
    <message>
        <source>Citizen with full legal capacity</source>
        <translation>Аракетке жөндөмдүү жаран</translation>
    </message>
    <message>
        <source>No criminal record</source>
        <translation>Соттолбогон</translation>
    </message>
    <message>
        <source>Not a state or municipal employee</source>
        <translation>Мамлекеттик же муниципалдык кызматчы эмес</translation>
    </message>
    <message>
        <source>Impeccable reputation</source>
        <translation>Кынтыксыз абройлуу</translation>
    </message>
    <message>
        <source>No relatives working in the state body</source>
        <translation>Мамлекеттик органда иштеген туугандары жок</translation>
    </message>
    <message>
        <source>Not dependent on the state body</source>
        <translation>Мамлекеттик органга көз каранды эмес</translation>
    </message>
    <message>
        <source>Experience of civic activity</source>
        <translation>Жарандык активдүү иш тажрыйбасы бар</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Талаптарга жооп берет</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Толук эмес</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Жооп бербейт</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>Announce a competition…</source>
        <translation>Конкурс жарыялоо…</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Күндөр…</translation>
    </message>
    <message>
        <source>Find a candidate…</source>
        <translation>Талапкерди издөө…</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Талапкер кошуу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>List (PDF)…</source>
        <translation>Тизме (PDF)…</translation>
    </message>
    <message>
        <source>Form the new composition…</source>
        <translation>Жаңы курамды түзүү…</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Талапкер кошуу</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Талапкерди өзгөртүү</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Талапкерди өчүрүү</translation>
    </message>
    <message>
        <source>For the next composition</source>
        <translation>Кийинки курам үчүн</translation>
    </message>
    <message>
        <source>Formed on {date}</source>
        <translation>{date} түзүлгөн</translation>
    </message>
    <message>
        <source>Announced on {date}</source>
        <translation>{date} жарыяланган</translation>
    </message>
    <message>
        <source>Add a candidate (Ins)</source>
        <translation>Талапкер кошуу (Ins)</translation>
    </message>
    <message>
        <source>Space: select or unselect the candidate</source>
        <translation>Боштук: талапкерди тандоо же тандоону алуу</translation>
    </message>
    <message>
        <source>none announced yet</source>
        <translation>азырынча жарыялана элек</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Көрүү…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Тандоо</translation>
    </message>
    <message>
        <source>Delete the candidate {name} and their scanned documents?</source>
        <translation>{name} талапкерин жана анын сканерленген документтерин өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>The new composition cannot be formed (Art. {article}):</source>
        <translation>Жаңы курам түзүлө албайт ({article}-берене):</translation>
    </message>
    <message>
        <source>Form the new composition</source>
        <translation>Жаңы курамды түзүү</translation>
    </message>
    <message>
        <source>Save the list of candidates</source>
        <translation>Талапкерлердин тизмесин сактоо</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>Competition dates</source>
        <translation>Конкурстун күндөрү</translation>
    </message>
    <message>
        <source>Announce the competition</source>
        <translation>Конкурс жарыялоо</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарыяланган күнү</translation>
    </message>
    <message>
        <source>Published in the media on</source>
        <translation>ЖМКга жарыяланган күнү</translation>
    </message>
    <message>
        <source>Art. {article}: the competition is announced at least {months} months before the term ends and published in the mass media; documents are accepted for {intake} month from the publication.</source>
        <translation>{article}-берене: конкурс ыйгарым укуктардын мөөнөтү бүткөнгө чейин кеминде {months} ай мурун жарыяланат, кулактандыруу ЖМКга чыгарылат; документтер ЖМКга чыккан күндөн тартып {intake} айдын ичинде кабыл алынат.</translation>
    </message>
</context>
<context>
    <name>CompetitionPanel</name>
    <message>
        <source>Announce the competition by</source>
        <translation>Конкурсту жарыялоо мөөнөтү</translation>
    </message>
    <message>
        <source>Documents accepted until</source>
        <translation>Документтерди кабыл алуу мөөнөтү</translation>
    </message>
    <message>
        <source>Form the new composition by</source>
        <translation>Жаңы курамды түзүү мөөнөтү</translation>
    </message>
    <message>
        <source>The current composition&apos;s term ends on {end}; the new one starts on {start}.</source>
        <translation>Учурдагы курамдын мөөнөтү {end} бүтөт; жаңы курам {start} баштайт.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>formed (the day is not recorded)</source>
        <translation>түзүлгөн (күнү катталган эмес)</translation>
    </message>
    <message>
        <source>Announced: {announced} · Published in the media: {published}</source>
        <translation>Жарыяланды: {announced} · ЖМКга жарыяланды: {published}</translation>
    </message>
    <message>
        <source>The first composition&apos;s term begins on {start}.</source>
        <translation>Биринчи курамдын ыйгарым укуктары {start} башталат.</translation>
    </message>
    <message>
        <source>The current composition&apos;s term ends on {end}; the next composition is formed, its term is {start} – {next_end}.</source>
        <translation>Учурдагы курамдын мөөнөтү {end} бүтөт; кийинки курам түзүлдү, анын мөөнөтү: {start} – {next_end}.</translation>
    </message>
    <message>
        <source>The last composition&apos;s term ended on {end}; the next composition is formed, its term is {start} – {next_end}.</source>
        <translation>Акыркы курамдын мөөнөтү {end} бүткөн; кийинки курам түзүлдү, анын мөөнөтү: {start} – {next_end}.</translation>
    </message>
    <message>
        <source>The last composition&apos;s term ended on {end}; no composition is in force.</source>
        <translation>Акыркы курамдын мөөнөтү {end} бүткөн; учурдагы курам жок.</translation>
    </message>
    <message>
        <source>done on {date} ✓</source>
        <translation>{date} аткарылды ✓</translation>
    </message>
    <message>
        <source>Art. {article}: done on {date}, {days} late</source>
        <translation>{article}-берене: {date} аткарылды, {days} кечикти</translation>
    </message>
    <message>
        <source>Art. {article}: {days} overdue</source>
        <translation>{article}-берене: мөөнөтү {days} өттү</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мөөнөтү бүгүн</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>{days} калды</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{months} month from the publication in the media</source>
        <translation>ЖМКга жарыялангандан тартып {months} ай</translation>
    </message>
    <message>
        <source>opens on {date}</source>
        <translation>{date} ачылат</translation>
    </message>
    <message>
        <source>open, {days} left</source>
        <translation>ачык, {days} калды</translation>
    </message>
    <message>
        <source>open, last day today</source>
        <translation>ачык, бүгүн акыркы күн</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
</context>
<context>
    <name>CompositionHistoryDialog</name>
    <message>
        <source>Compositions of the council</source>
        <translation>Кеңештин курамдары</translation>
    </message>
    <message>
        <source>Members are everyone who served during the term, including those who joined or left part-way.</source>
        <translation>Мүчөлөр — мөөнөттүн ичинде курамда болгондордун баары, анын ортосунда кошулгандар же чыккандар да.</translation>
    </message>
</context>
<context>
    <name>CompositionIndicators</name>
    <message>
        <source>{n} members ({min}–{max}, Art. {article}) ✓</source>
        <translation>{n} мүчө ({min}–{max}, {article}-берене) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: 1 member — at least {min}</source>
        <translation>{article}-берене: 1 мүчө — кеминде {min} болушу керек</translation>
    </message>
    <message>
        <source>Art. {article}: {n} members — at least {min}</source>
        <translation>{article}-берене: {n} мүчө — кеминде {min} болушу керек</translation>
    </message>
    <message>
        <source>Art. {article}: {n} members — at most {max}</source>
        <translation>{article}-берене: {n} мүчө — {max} ашпашы керек</translation>
    </message>
    <message>
        <source>Women {women} ({women_pct}%) · Men {men} ({men_pct}%)</source>
        <translation>Аялдар {women} ({women_pct}%) · Эркектер {men} ({men_pct}%)</translation>
    </message>
    <message>
        <source>{counts} — limit {limit}%</source>
        <translation>{counts} — чеги {limit}%</translation>
    </message>
    <message>
        <source>Art. {article}: {counts} — more than {limit}% of one sex</source>
        <translation>{article}-берене: {counts} — бир жыныстагылар {limit} пайыздан ашык</translation>
    </message>
    <message>
        <source>One member per organisation ✓</source>
        <translation>Ар бир уюмдан бирден мүчө ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is a second member from {organization}</source>
        <translation>{article}-берене: {name} — {organization} уюмунан экинчи мүчө</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is also a member of {council}</source>
        <translation>{article}-берене: {name} ошондой эле {council} курамында</translation>
    </message>
    <message>
        <source>The term ended on {end}, {days} ago; no composition is in force</source>
        <translation>Ыйгарым укук мөөнөтү {end} бүткөн ({days} мурун); учурдагы курам жок</translation>
    </message>
    <message>
        <source>The first term begins on {start}</source>
        <translation>Биринчи мөөнөт {start} башталат</translation>
    </message>
    <message>
        <source>Next composition formed: {n} members from {start}</source>
        <translation>Кийинки курам түзүлдү: {start} баштап {n} мүчө</translation>
    </message>
    <message>
        <source>No member sits on another council ✓</source>
        <translation>Бир да мүчө башка кеңештин курамында эмес ✓</translation>
    </message>
    <message>
        <source>Compositions…</source>
        <translation>Курамдар…</translation>
    </message>
    <message>
        <source>Every composition of the council: its term and how many served in it</source>
        <translation>Кеңештин бардык курамдары: ыйгарым укуктардын мөөнөтү жана анда канча мүчө болгону</translation>
    </message>
    <message>
        <source>No term of office is recorded</source>
        <translation>Ыйгарым укуктардын мөөнөтү катталган эмес</translation>
    </message>
    <message>
        <source>Art. {article}: the term {start} – {end} is longer than allowed; it may end on {last} at the latest</source>
        <translation>{article}-берене: {start} – {end} мөөнөтү уруксат берилгенден узун; эң кечинде {last} бүтүшү керек</translation>
    </message>
    <message>
        <source>Term {start} – {end}: {days} left</source>
        <translation>Ыйгарым укук мөөнөтү: {start} – {end}, {days} калды</translation>
    </message>
</context>
<context>
    <name>CompositionTableModel</name>
    <message>
        <source>in force</source>
        <translation>учурдагы</translation>
    </message>
    <message>
        <source>next</source>
        <translation>кийинки</translation>
    </message>
    <message>
        <source>former</source>
        <translation>мурдагы</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Ыйгарым укуктардын мөөнөтү</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>Түзүлгөн күнү</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Азыр</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Серверге туташуу</translation>
    </message>
    <message>
        <source>The server&apos;s owner gives you the address and your login. The password is asked for when the server needs it and is never saved.</source>
        <translation>Даректи жана логинди сервердин ээси берет. Сырсөз сервер талап кылганда суралат жана эч качан сакталбайт.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Дарек:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Туташуу</translation>
    </message>
    <message>
        <source>An address starts with postgresql://</source>
        <translation>Дарек postgresql:// менен башталат</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>The server asks for the password of {address}:</source>
        <translation>Сервер {address} үчүн сырсөздү сурап жатат:</translation>
    </message>
</context>
<context>
    <name>CopySentDialog</name>
    <message>
        <source>Copy of the plan sent to the state body</source>
        <translation>Пландын көчүрмөсүн маморганга жөнөтүү</translation>
    </message>
    <message>
        <source>The copy has been sent</source>
        <translation>Көчүрмө жөнөтүлдү</translation>
    </message>
    <message>
        <source>Outgoing number, e.g. 01-12/45</source>
        <translation>Чыгыш номери, мисалы 01-12/45</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>Outgoing &amp;letter No.:</source>
        <translation>Чыгыш &amp;катынын №:</translation>
    </message>
    <message>
        <source>Before the approval on {approved}.</source>
        <translation>Бекитилген күндөн ({approved}) мурун.</translation>
    </message>
    <message>
        <source>Art. {article}: on time (due by {due}).</source>
        <translation>{article}-берене: өз убагында (мөөнөтү — {due}).</translation>
    </message>
    <message>
        <source>Art. {article}: late by {days} (due by {due}).</source>
        <translation>{article}-берене: {days} кечигип (мөөнөтү — {due}).</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Адегенде кеңешти тандаңыз.</translation>
    </message>
    <message>
        <source>The copy cannot have been sent before the plan was approved ({approved}).</source>
        <translation>Көчүрмө план бекитилгенге ({approved}) чейин жөнөтүлүшү мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The copy cannot be recorded as sent on a day still to come.</source>
        <translation>Көчүрмөнү келе элек күнү жөнөтүлдү деп жазууга болбойт.</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <source>New council</source>
        <translation>Жаңы кеңеш</translation>
    </message>
    <message>
        <source>e.g. Public Council of the Ministry of Finance</source>
        <translation>мис.: Финансы министрлигинин алдындагы Коомдук кеңеш</translation>
    </message>
    <message>
        <source>The ministry, state committee or agency</source>
        <translation>Министрлик, мамлекеттик комитет же ведомство</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves up to {years} years.</source>
        <translation>{article}-берене: курамдын ыйгарым укук мөөнөтү {years} жылга чейин.</translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation>Кеңештин &amp;аталышы:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;State body:</source>
        <translation>&amp;Мамлекеттик орган:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Эрежелер:</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Мөөнөтүнүн &amp;башталышы:</translation>
    </message>
    <message>
        <source>Term &amp;until:</source>
        <translation>Мөөнөтүнүн а&amp;ягы:</translation>
    </message>
    <message>
        <source>Enter the council&apos;s name.</source>
        <translation>Кеңештин аталышын жазыңыз.</translation>
    </message>
    <message>
        <source>Enter the state body the council is attached to.</source>
        <translation>Кеңеш кайсы мамлекеттик органдын алдында экенин жазыңыз.</translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation>Мөөнөт башталгандан кийин бүтүшү керек.</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves at most {years} years; a term from {start} ends on {last} at the latest.</source>
        <translation>{article}-берене: курам эң көп {years} жыл иштейт; {start} күнү башталган мөөнөт эң кечинде {last} күнү бүтөт.</translation>
    </message>
</context>
<context>
    <name>CouncilFindingModel</name>
    <message>
        <source>Council</source>
        <translation>Кеңеш</translation>
    </message>
</context>
<context>
    <name>CouncilsOverviewDialog</name>
    <message>
        <source>Overview of all councils</source>
        <translation>Бардык кеңештердин сереби</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Бардык эрежелер</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсөтүү:</translation>
    </message>
    <message>
        <source>Checking every council…</source>
        <translation>Бардык кеңештер текшерилүүдө…</translation>
    </message>
    <message>
        <source>Every council ({count})</source>
        <translation>Бардык кеңештер ({count})</translation>
    </message>
    <message>
        <source>{violations} violations and {upcoming} upcoming deadlines in {councils} councils.</source>
        <translation>{councils} кеңеште {violations} бузуу жана {upcoming} жакынкы мөөнөт.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileActions</name>
    <message>
        <source>Server: {address} ({login})</source>
        <translation>Сервер: {address} ({login})</translation>
    </message>
    <message>
        <source>{server} · {role}</source>
        <translation>{server} · {role}</translation>
    </message>
    <message>
        <source>Demo database (not your records): {name}</source>
        <translation>Демо маалымат базасы (сиздин жазууларыңыз эмес): {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Маалымат базасы: {name}</translation>
    </message>
    <message>
        <source>{council} · {database}</source>
        <translation>{council} · {database}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ээси</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>катчы</translation>
    </message>
    <message>
        <source>chair: reads, finalizes and reopens sittings</source>
        <translation>төрага: окуйт, отурумдарды бекитет жана кайра ачат</translation>
    </message>
    <message>
        <source>reader: read only</source>
        <translation>окурман: окуу үчүн гана</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Маалымат базасын ачуу</translation>
    </message>
    <message>
        <source>Kenesh database (*.sqlite3 *.sqlite *.db)</source>
        <translation>Kenesh маалымат базасы (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Демонстрацияны ачуу</translation>
    </message>
    <message>
        <source>The demo council is in a database of its own:
{path}

Your own records are not touched. File → Open database… goes back to them.</source>
        <translation>Демо кеңеш өзүнчө маалымат базасында:
{path}

Сиздин жазууларыңызга тийилген жок. Файл → Маалымат базасын ачуу… аларга кайтарат.</translation>
    </message>
    <message>
        <source>Delete council</source>
        <translation>Кеңешти өчүрүү</translation>
    </message>
    <message>
        <source>Delete the council «{name}» and everything recorded for it (members, sittings, requests, plans, competitions)?

A backup of the database is made first, so this can be undone with File → Backups…</source>
        <translation>«{name}» кеңешин жана ага жазылгандардын баарын (мүчөлөр, отурумдар, суроо-талаптар, пландар, конкурстар) өчүрөсүзбү?

Алгач маалымат базасынын камдык көчүрмөсү жасалат, ошондуктан муну Файл → Камдык көчүрмөлөр… аркылуу артка кайтарууга болот.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <source>The backup failed, so nothing was deleted.

{problem}</source>
        <translation>Камдык көчүрмө жасалган жок, ошондуктан эч нерсе өчүрүлгөн жок.

{problem}</translation>
    </message>
    <message>
        <source>The council «{name}» was deleted.</source>
        <translation>«{name}» кеңеши өчүрүлдү.</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Алмашуу файлын импорттоо</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} окулууда…</translation>
    </message>
    <message>
        <source>Nothing was imported.

{problem}</source>
        <translation>Эч нерсе импорттолгон жок.

{problem}</translation>
    </message>
    <message>
        <source>Importing {count} council(s)…</source>
        <translation>Кеңештер импорттолууда: {count}…</translation>
    </message>
    <message>
        <source>Imported from {file}:
{names}</source>
        <translation>{file} файлынан импорттолду:
{names}</translation>
    </message>
    <message>
        <source>Council exchange file (*.kenesh.json *.json)</source>
        <translation>Кеңештин алмашуу файлы (*.kenesh.json *.json)</translation>
    </message>
    <message>
        <source>Export exchange file</source>
        <translation>Алмашуу файлын экспорттоо</translation>
    </message>
    <message>
        <source>Exported {count} council(s) to {path}</source>
        <translation>{count} кеңеш {path} файлына экспорттолду</translation>
    </message>
</context>
<context>
    <name>DatabaseRefusals</name>
    <message>
        <source>The database {name} was written by a newer version of Kenesh Desktop. Update the program to open it. The file was not changed.</source>
        <translation>{name} маалымат базасы Kenesh Desktop&apos;тун жаңыраак версиясында жазылган. Аны ачуу үчүн программаны жаңыртыңыз. Файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: it is not a Kenesh Desktop database, or it cannot be read. The file was not changed.</source>
        <translation>{name} файлын ачууга болбойт: ал Kenesh Desktop&apos;тун маалымат базасы эмес же аны окууга мүмкүн эмес. Файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The database {name} is damaged ({detail}). It was moved aside as {damaged} in the same folder, and not opened.</source>
        <translation>{name} маалымат базасы бузулган ({detail}). Ал ошол эле папкада {damaged} деген ат менен четке коюлду жана ачылган жок.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Анын камдык көчүрмөсү жок.</translation>
    </message>
    <message>
        <source>Its newest good backup was made on {when}.</source>
        <translation>Анын эң акыркы жарактуу камдык көчүрмөсү {when} жасалган.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: its folder {folder} is read-only (the database writes its journal beside the file). Move the file to a folder you can write to, then open it again. Nothing was changed.</source>
        <translation>{name} маалымат базасына жазууга болбойт: анын {folder} папкасы окуу үчүн гана (маалымат базасы өз журналын файлдын жанына жазат). Файлды жазууга мүмкүн болгон папкага көчүрүп, кайра ачыңыз. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: the disk that holds {folder} is full. Free some space on it, then open the database again. Nothing was changed.</source>
        <translation>{name} маалымат базасына жазууга болбойт: {folder} жайгашкан диск толуп калган. Андан орун бошотуп, маалымат базасын кайра ачыңыз. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: the file is read-only. Kenesh Desktop writes to its database (and locks it) even to show it: allow writing to the file, or copy it to a folder of your own, then open it again. Nothing was changed.</source>
        <translation>{name} маалымат базасына жазууга болбойт: файл окуу үчүн гана. Kenesh Desktop маалымат базасын көрсөтүү үчүн да ага жазат (жана аны бекитет): файлга жазууга уруксат бериңиз же аны өзүңүздүн папкаңызга көчүрүп, кайра ачыңыз. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>Add speaker…</source>
        <translation>Сүйлөгөндү кошуу…</translation>
    </message>
    <message>
        <source>Add a speaker (Ins)</source>
        <translation>Сүйлөгөндү кошуу (Ins)</translation>
    </message>
    <message>
        <source>Move the speaker up (Ctrl+Up)</source>
        <translation>Сүйлөгөндү жогору жылдыруу (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the speaker down (Ctrl+Down)</source>
        <translation>Сүйлөгөндү төмөн жылдыруу (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Сүйлөгөндү кошуу</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Сүйлөгөндү оңдоо</translation>
    </message>
    <message>
        <source>Remove the speaker (Del)</source>
        <translation>Сүйлөгөндү өчүрүү (Del)</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Сүйлөгөндү өчүрүү</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Талкуу</translation>
    </message>
    <message>
        <source>Remove {name} from the discussion of this item?</source>
        <translation>{name} бул маселенин талкуусунан өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV таблица (*.csv)</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Календарь файлы (*.ics)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word документи (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.

{path}: {problem}</source>
        <translation>PDF файлы жазылган жок.

{path}: {problem}</translation>
    </message>
    <message>
        <source>The file could not be written.

{path}: {problem}</source>
        <translation>Файл жазылган жок.

{path}: {problem}</translation>
    </message>
    <message>
        <source>The document could not be made.

{path}: {problem}</source>
        <translation>Документти түзүүгө болбоду.

{path}: {problem}</translation>
    </message>
    <message>
        <source>No program to show this file was found. It is at:
{path}</source>
        <translation>Бул файлды ачуучу программа табылган жок. Файл бул жерде:
{path}</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Мүчөлүктү токтотуу</translation>
    </message>
    <message>
        <source>The last day {name} is a member of the council:</source>
        <translation>{name}: кеңештеги мүчөлүгүнүн акыркы күнү:</translation>
    </message>
    <message>
        <source>The member stays in the records as a former member.</source>
        <translation>Мүчө эсепте мурдагы мүчө катары калат.</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Due</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Эреже</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Берене</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation>{article}-берене</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Эмне кылуу керек</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгүн</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>{days} калды</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>таанылган</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>мөөнөтү {days} өттү</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>{days} кечикти</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} мурун</translation>
    </message>
    <message>
        <source>now</source>
        <translation>азыр</translation>
    </message>
    <message>
        <source>Acknowledged on {date}</source>
        <translation>{date} таанылган</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Таанылган</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Бузуу</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Мөөнөтү жакын</translation>
    </message>
</context>
<context>
    <name>FormCompositionDialog</name>
    <message>
        <source>Form the new composition</source>
        <translation>Жаңы курамды түзүү</translation>
    </message>
    <message>
        <source>{n} selected candidates become members from {start}.</source>
        <translation>Тандалган {n} талапкер {start} баштап мүчө болот.</translation>
    </message>
    <message>
        <source>The current composition stays in force until {end}: its {m} memberships end that day.</source>
        <translation>Учурдагы курам {end} чейин иштейт: анын {m} мүчөсүнүн ыйгарым укуктары ошол күнү бүтөт.</translation>
    </message>
    <message>
        <source>The previous composition&apos;s term ended on {end}: its {m} memberships still open end that day.</source>
        <translation>Мурдагы курамдын мөөнөтү {end} бүткөн: анын жабыла элек {m} мүчөлүгү ошол күн менен бүтөт.</translation>
    </message>
    <message>
        <source>The next term: {start} – {new_end}.</source>
        <translation>Кийинки курамдын мөөнөтү: {start} – {new_end}.</translation>
    </message>
    <message>
        <source>Art. {article}: the new composition is formed by {due}; this date is later and the checks will report it.</source>
        <translation>{article}-берене: жаңы курам {due} чейин түзүлөт; бул күн кечирээк, текшерүү муну көрсөтөт.</translation>
    </message>
    <message>
        <source>Formed by the Commission on:</source>
        <translation>Комиссия түзгөн күнү:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>This login may only read this council&apos;s records: nothing can be saved here.</source>
        <translation>Бул логин бул кеңештин жазууларын окуй гана алат: бул жерде эч нерсе сакталбайт.</translation>
    </message>
    <message>
        <source>Close without saving? What was typed in this form is lost.</source>
        <translation>Сактабай жабуубу? Бул формага жазылгандар жоголот.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation>Чакырылганды өзгөртүү</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Чакырылган кошуу</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Уюм:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категориясы:</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Чакырылгандын аты-жөнүн жазыңыз.</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Guest</source>
        <translation>Чакырылган</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүчө</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>отурум</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>катышуу</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>күн тартибинин маселеси</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>добуш</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>конок</translation>
    </message>
    <message>
        <source>reopening</source>
        <translation>кайра ачуу</translation>
    </message>
    <message>
        <source>request</source>
        <translation>суроо-талап</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>сунуш</translation>
    </message>
    <message>
        <source>commission notice</source>
        <translation>комиссиянын билдирүүсү</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>талапкер</translation>
    </message>
    <message>
        <source>added</source>
        <translation>кошулду</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгөртүлдү</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>өчүрүлдү</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөнү</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>уюм</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ролу</translation>
    </message>
    <message>
        <source>member from</source>
        <translation>мүчө болгон күндөн</translation>
    </message>
    <message>
        <source>member until</source>
        <translation>мүчө болгон күнгө чейин</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>жеке номер (ПИН)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондук почта</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номери</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күнү</translation>
    </message>
    <message>
        <source>time</source>
        <translation>убактысы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрү</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орду</translation>
    </message>
    <message>
        <source>agenda sent</source>
        <translation>күн тартиби жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>бекитилген</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>чакырган</translation>
    </message>
    <message>
        <source>state body&apos;s representative</source>
        <translation>маморгандын өкүлү</translation>
    </message>
    <message>
        <source>present</source>
        <translation>катышты</translation>
    </message>
    <message>
        <source>reason of absence</source>
        <translation>катышпоо себеби</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>тизмедеги орду</translation>
    </message>
    <message>
        <source>title</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>сунуштаган</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>чечим</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>баяндамачы</translation>
    </message>
    <message>
        <source>heard</source>
        <translation>угулду</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категориясы</translation>
    </message>
    <message>
        <source>reopened on</source>
        <translation>кайра ачылган күнү</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себеби</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>темасы</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>дарек ээси</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>катталган күнү</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жооп берилген күнү</translation>
    </message>
    <message>
        <source>text</source>
        <translation>тексти</translation>
    </message>
    <message>
        <source>answer summary</source>
        <translation>жооптун кыскача мазмуну</translation>
    </message>
    <message>
        <source>(the values of a deleted record are not kept)</source>
        <translation>(өчүрүлгөн жазуунун маалыматтары сакталбайт)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттоо</translation>
    </message>
    <message>
        <source>{count} changes of the records written to {path}.</source>
        <translation>Жазуулардын {count} өзгөрүүсү {path} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>Тарых: {name}</translation>
    </message>
    <message>
        <source>No change of this record is recorded. Changes are recorded from the moment the program keeps an audit trail; records imported or entered earlier have none.</source>
        <translation>Бул жазуунун бир да өзгөрүүсү катталган эмес. Өзгөрүүлөр программа аудит журналын жүргүзө баштаган учурдан тартып катталат; андан мурун киргизилген же импорттолгон жазуулардын тарыхы жок.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгөрүүлөр</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылганы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kenesh Desktop</source>
        <translation>Kenesh Desktop</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Жалпы абал</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Суроо-талаптар</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Жылдык план</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Талапкерлер</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Кеңеш</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Кеңеш:</translation>
    </message>
    <message>
        <source>{council} — Kenesh Desktop</source>
        <translation>{council} — Kenesh Desktop</translation>
    </message>
    <message>
        <source>This record has no tab in this version of the program.</source>
        <translation>Программанын бул версиясында бул жазуу үчүн барак жок.</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Finalize…</source>
        <translation>Бекитүү…</translation>
    </message>
    <message>
        <source>Once the chair has signed the minutes: attendance, agenda and votes become read-only</source>
        <translation>Төрага протоколго кол койгондон кийин: катышуу, күн тартиби жана добуштар өзгөртүлбөйт</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Кайра ачуу…</translation>
    </message>
    <message>
        <source>Language of the minutes and the letter</source>
        <translation>Протоколдун жана каттын тили</translation>
    </message>
    <message>
        <source>Minutes PDF…</source>
        <translation>Протокол PDF…</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word көчүрмөсү…</translation>
    </message>
    <message>
        <source>An editable Word copy of the minutes (.docx), to correct or translate; the PDF stays the signed copy</source>
        <translation>Протоколдун оңдоого же которууга ылайыктуу Word көчүрмөсү (.docx); кол коюлган нуска PDF бойдон калат</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF ачуу</translation>
    </message>
    <message>
        <source>Open the minutes in the system&apos;s PDF viewer</source>
        <translation>Протоколду системанын PDF көрүүчүсүндө ачуу</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print the minutes (Ctrl+P)</source>
        <translation>Протоколду басып чыгаруу (Ctrl+P)</translation>
    </message>
    <message>
        <source>Verify fingerprint…</source>
        <translation>Текшерүү кодун текшерүү…</translation>
    </message>
    <message>
        <source>Agenda letter…</source>
        <translation>Күн тартиби каты…</translation>
    </message>
    <message>
        <source>The letter with the agenda to the state body (PDF), also the members&apos; invitation</source>
        <translation>Маморганга күн тартиби менен кат (PDF), мүчөлөргө чакыруу катары да</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>The sitting as a calendar file (.ics)</source>
        <translation>Отурум календарь файлы катары (.ics)</translation>
    </message>
    <message>
        <source>Finalized: the record is read-only. To correct it, reopen it and state why.</source>
        <translation>Бекитилген: жазууну өзгөртүүгө болбойт. Оңдоо үчүн аны себебин көрсөтүп кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Талкуу</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Добуш берүү</translation>
    </message>
    <message>
        <source>Choose a sitting in the list, or add one.</source>
        <translation>Тизмеден отурумду тандаңыз же жаңысын кошуңуз.</translation>
    </message>
    <message>
        <source>Fingerprint of the record: {fingerprint}</source>
        <translation>Жазуунун текшерүү коду: {fingerprint}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сакталды: {file}</translation>
    </message>
    <message>
        <source>Sitting No. {number}</source>
        <translation>№{number} отурум</translation>
    </message>
    <message>
        <source>{kind}, called by {name}</source>
        <translation>{kind}, чакырган: {name}</translation>
    </message>
    <message>
        <source>Finalize sitting No. {number}?

Do this once the chair has signed the minutes. Attendance, agenda and votes become read-only, and the final minutes carry the record&apos;s fingerprint. Correcting it later needs a stated reason.</source>
        <translation>№{number} отурум бекитилсинби?

Муну төрага протоколго кол койгондон кийин жасаңыз. Катышуу, күн тартиби жана добуштар өзгөртүлбөйт, акыркы протоколдо жазуунун текшерүү коду басылат. Кийин оңдоо үчүн себеби көрсөтүлүшү керек.</translation>
    </message>
    <message>
        <source>Finalize sitting</source>
        <translation>Отурумду бекитүү</translation>
    </message>
    <message>
        <source>Save a Word copy of the minutes</source>
        <translation>Протоколдун Word көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Save the extract from the minutes</source>
        <translation>Протоколдон көчүрмөнү сактоо</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Протоколду сактоо</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit sitting</source>
        <translation>Отурумду өзгөртүү</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Жаңы отурум</translation>
    </message>
    <message>
        <source>Choose the member…</source>
        <translation>Мүчөнү тандаңыз…</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Убактысы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Жери:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Called by (Art. {article}):</source>
        <translation>&amp;Чакырган ({article}-берене):</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; choose who called it.</source>
        <translation>{article}-берене: кезексиз отурумду мүчө чакырат; аны ким чакырганын тандаңыз.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Art. {article}: {needed} of {members} needed, {present} present</source>
        <translation>{article}-берене: {members} мүчөдөн {needed} керек, {present} катышты</translation>
    </message>
    <message>
        <source>finalized (reopened {count}×)</source>
        <translation>бекитилген ({count} жолу кайра ачылган)</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>бекитилген</translation>
    </message>
    <message>
        <source>reopened {date}: {reason}</source>
        <translation>кайра ачылды {date}: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>Reopened {date}: {reason}</source>
        <translation>Кайра ачылды {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>regular</source>
        <translation>кезектеги</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>кезексиз</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>Коомдук кеңеш</translation>
    </message>
    <message>
        <source>the state body</source>
        <translation>маморган</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>маморган</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>жаран</translation>
    </message>
    <message>
        <source>other</source>
        <translation>башка</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Каршы</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Калыс калды</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>кабыл алынган жок</translation>
    </message>
    <message>
        <source>not put to the vote</source>
        <translation>добушка коюлган жок</translation>
    </message>
    <message>
        <source>not adopted: no quorum (Art. {article})</source>
        <translation>кабыл алынган жок: кворум жок ({article}-берене)</translation>
    </message>
    <message>
        <source>attendance not recorded yet</source>
        <translation>катышуу али белгилене элек</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>New sitting…</source>
        <translation>Жаңы отурум…</translation>
    </message>
    <message>
        <source>Add a sitting (Ins)</source>
        <translation>Отурум кошуу (Ins)</translation>
    </message>
    <message>
        <source>Delete a sitting entered by mistake (Del)</source>
        <translation>Жаңылыш киргизилген отурумду өчүрүү (Del)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарыхы…</translation>
    </message>
    <message>
        <source>Every change of the sitting&apos;s record</source>
        <translation>Отурумдун жазуусунун бардык өзгөрүүлөрү</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Every sitting as one calendar file (.ics) for Outlook or a phone</source>
        <translation>Бардык отурумдар Outlook же телефон үчүн бир календарь файлында (.ics)</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Жаңы отурум</translation>
    </message>
    <message>
        <source>Edit sitting</source>
        <translation>Отурумду өзгөртүү</translation>
    </message>
    <message>
        <source>Delete sitting</source>
        <translation>Отурумду өчүрүү</translation>
    </message>
    <message>
        <source>sitting No. {number}</source>
        <translation>№ {number} отурум</translation>
    </message>
    <message>
        <source>Delete sitting No. {number} with its attendance, agenda and votes?

Delete only a sitting entered by mistake.</source>
        <translation>№{number} отурум катышуусу, күн тартиби жана добуштары менен өчүрүлсүнбү?

Жаңылыш киргизилген отурумду гана өчүрүңүз.</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Woman</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төрага</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төраганын орун басары</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Катчы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандаңыз…</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толук аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Уюм:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Электрондук &amp;почта:</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Электрондук почтанын дареги туура эмес.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Мүчөнүн маалыматын өзгөртүү</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүчө кошуу</translation>
    </message>
    <message>
        <source>The organisation that nominated the member</source>
        <translation>Мүчөнү көрсөткөн уюм</translation>
    </message>
    <message>
        <source>The membership has ended</source>
        <translation>Мүчөлүк токтотулган</translation>
    </message>
    <message>
        <source>14 digits (optional)</source>
        <translation>14 сан (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Кеңештеги &amp;ролу:</translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation>&amp;Мүчөлүктүн башталышы:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Аягы:</translation>
    </message>
    <message>
        <source>&amp;Personal number (PIN):</source>
        <translation>Жеке &amp;номери (ПИН):</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Мүчөнүн толук аты-жөнүн жазыңыз.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s sex.</source>
        <translation>Мүчөнүн жынысын тандаңыз.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s organisation.</source>
        <translation>Мүчөнүн уюмун жазыңыз.</translation>
    </message>
    <message>
        <source>The membership cannot end before it starts.</source>
        <translation>Мүчөлүк башталганга чейин токтотулушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>A personal number (PIN) has 14 digits.</source>
        <translation>Жеке номер (ПИН) 14 сандан турат.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>next</source>
        <translation>кийинки</translation>
    </message>
    <message>
        <source>former</source>
        <translation>мурдагы</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>учурдагы</translation>
    </message>
    <message>
        <source>The next composition, from {date}</source>
        <translation>Кийинки курам, {date} баштап</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Курам</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Find a member by name, organisation, phone…</source>
        <translation>Мүчөнү аты, уюму, телефону боюнча издөө…</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Мурдагы мүчөлөрдү көрсөтүү</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Мүчө кошуу…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Мүчөлүктү токтотуу…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүчө кошуу</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Мүчөнүн маалыматын өзгөртүү</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Мүчөнү өчүрүү</translation>
    </message>
    <message>
        <source>Add a member (Ins)</source>
        <translation>Мүчө кошуу (Ins)</translation>
    </message>
    <message>
        <source>Delete a record entered by mistake (Del). When a member leaves, use End membership instead.</source>
        <translation>Жаңылыш киргизилген жазууну өчүрүү (Del). Мүчө кеңештен чыкса, «Мүчөлүктү токтотуу» колдонуңуз.</translation>
    </message>
    <message>
        <source>Delete {name} from the records?

Delete only a record entered by mistake. When a member leaves the council, use “End membership…” instead: the history of the council stays complete.</source>
        <translation>{name} эсептен өчүрүлсүнбү?

Жаңылыш киргизилген жазууну гана өчүрүңүз. Мүчө кеңештен чыкса, анын ордуна «Мүчөлүктү токтотуу…» колдонуңуз: ошондо кеңештин тарыхы толук сакталат.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New work plan</source>
        <translation>Жаңы иш планы</translation>
    </message>
    <message>
        <source>Work plan for the &amp;year:</source>
        <translation>Иш планынын &amp;жылы:</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Адегенде кеңешти тандаңыз.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Edit notice</source>
        <translation>Кабарламаны өзгөртүү</translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation>Кабарлама кошуу</translation>
    </message>
    <message>
        <source>e.g. the tender commission</source>
        <translation>мис. тендердик комиссия</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>азырынча белгисиз</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Notice &amp;received:</source>
        <translation>Кабарлама &amp;келген күнү:</translation>
    </message>
    <message>
        <source>Commission &amp;sits on:</source>
        <translation>Комиссиянын &amp;отуруму:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Жери:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Күн &amp;тартиби:</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Байкоочу:</translation>
    </message>
    <message>
        <source>Observer a&amp;ttended:</source>
        <translation>Байкоочу &amp;катышты:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>nobody sent</source>
        <translation>эч ким жиберилген жок</translation>
    </message>
    <message>
        <source>Art. {article}: notice kept — it was due by {date}, {days} before the sitting.</source>
        <translation>{article}-берене: мөөнөт сакталды — кабарлама {date} чейин, отурумдан {days} мурда келиши керек болчу.</translation>
    </message>
    <message>
        <source>Art. {article}: notice late — it was due by {date}, {days} before the sitting.</source>
        <translation>{article}-берене: кабарлама кечикти — ал {date} чейин, отурумдан {days} мурда келиши керек болчу.</translation>
    </message>
    <message>
        <source>Enter the commission&apos;s name.</source>
        <translation>Комиссиянын аталышын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келген күнү</translation>
    </message>
    <message>
        <source>Sits on</source>
        <translation>Отурум күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>2-day notice</source>
        <translation>2 күн мурда</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Байкоочу</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сакталды</translation>
    </message>
    <message>
        <source>late</source>
        <translation>кечикти</translation>
    </message>
    <message>
        <source>Art. {article}: the notice was due by {date} ({days} before the sitting).</source>
        <translation>{article}-берене: кабарлама {date} чейин келиши керек болчу (отурумдан {days} мурда).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <source>Find by commission, place, observer…</source>
        <translation>Комиссия, жери, байкоочу боюнча издөө…</translation>
    </message>
    <message>
        <source>Add notice…</source>
        <translation>Кабарлама кошуу…</translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation>Кабарлама кошуу</translation>
    </message>
    <message>
        <source>Delete notice</source>
        <translation>Кабарламаны өчүрүү</translation>
    </message>
    <message>
        <source>Edit notice</source>
        <translation>Кабарламаны өзгөртүү</translation>
    </message>
    <message>
        <source>Delete the notice of {commission}?</source>
        <translation>{commission} тууралуу кабарламаны өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>OrderedRecordTab</name>
    <message>
        <source>Up</source>
        <translation>Жогору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nothing is due: every rule is kept.</source>
        <translation>Мөөнөтү жеткен иш жок: бардык эрежелер сакталган.</translation>
    </message>
    <message>
        <source>Show &amp;acknowledged</source>
        <translation>&amp;Таанылгандарды көрсөтүү</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Т&amp;аануу…</translation>
    </message>
    <message>
        <source>A violation that can no longer be mended (an answer that came late, a sitting without its quorum): keep it in the records, set it aside here</source>
        <translation>Мындан ары оңдолбой турган бузуу (кечиккен жооп, кворумсуз өткөн отурум): жазууларда калтырып, бул жерде четке коюу</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>Таанууну &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>{council} — {state_body}</source>
        <translation>{council} — {state_body}</translation>
    </message>
    <message>
        <source>Checked on {today} by the rules of {rulebook}. Violations: {violations}. Upcoming deadlines: {upcoming}.</source>
        <translation>{today} абалы боюнча текшерүү, эрежелер: {rulebook}. Бузуулар: {violations}. Жакындаган мөөнөттөр: {upcoming}.</translation>
    </message>
    <message>
        <source>Acknowledged: {count}.</source>
        <translation>Таанылгандар: {count}.</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Таанууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Show this violation among the others again?</source>
        <translation>Бул бузууну башкалары менен кайра көрсөтөсүзбү?</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>planned</source>
        <translation>пландалган</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>жылдырылды</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>алынып салынды</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>мөөнөтсүз</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>чейрек</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Иш-чараны өзгөртүү</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Иш-чара кошуу</translation>
    </message>
    <message>
        <source>What the council will do</source>
        <translation>Кеңеш эмне кылат</translation>
    </message>
    <message>
        <source>Members or a working group; separate names with commas</source>
        <translation>Мүчөлөр же жумушчу топ; аттарды үтүр менен бөлүңүз</translation>
    </message>
    <message>
        <source>Sitting, public hearing, report, monitoring…</source>
        <translation>Отурум, коомдук угуу, отчет, мониторинг…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Иш-чара:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Мөөнөтү:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Жооптуулар:</translation>
    </message>
    <message>
        <source>&amp;Form of completion:</source>
        <translation>&amp;Аткаруу формасы:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Enter the activity.</source>
        <translation>Иш-чараны жазыңыз.</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Адегенде кеңешти тандаңыз.</translation>
    </message>
</context>
<context>
    <name>PlanItemTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуулар</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Аткаруу формасы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Approve at a sitting…</source>
        <translation>Отурумда бекитүү…</translation>
    </message>
    <message>
        <source>Record the copy sent…</source>
        <translation>Көчүрмөнүн жөнөтүлүшүн жазуу…</translation>
    </message>
    <message>
        <source>Not approved yet: the plan is a draft until a sitting approves it.</source>
        <translation>Бекитиле элек: отурум бекиткенге чейин план долбоор болуп саналат.</translation>
    </message>
    <message>
        <source>Approved at sitting No. {number} {date}.</source>
        <translation>{date} №{number} отурумда бекитилген.</translation>
    </message>
    <message>
        <source>Approved on {date}.</source>
        <translation>Бекитилген күнү: {date}.</translation>
    </message>
    <message>
        <source>Art. {article}: once approved, a copy goes to the state body within {period}.</source>
        <translation>{article}-берене: бекитилгенден кийин {period} ичинде пландын көчүрмөсү маморганга жөнөтүлөт.</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent to the state body on {sent}, letter No. {letter} — in time (due by {due}) ✓</source>
        <translation>{article}-берене: көчүрмө маморганга жөнөтүлдү: {sent}, кат №{letter} — өз убагында (мөөнөтү — {due}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent to the state body on {sent} — in time (due by {due}) ✓</source>
        <translation>{article}-берене: көчүрмө маморганга жөнөтүлдү: {sent} — өз убагында (мөөнөтү — {due}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent on {sent}, {days} late — it was due by {due}</source>
        <translation>{article}-берене: көчүрмө жөнөтүлдү: {sent}, {days} кечигип — мөөнөтү {due} болчу</translation>
    </message>
    <message>
        <source>Art. {article}: the copy for the state body was due by {due} — {days} overdue</source>
        <translation>{article}-берене: көчүрмө маморганга жөнөтүлгөн жок; мөөнөтү {due} болчу — {days} өттү</translation>
    </message>
    <message>
        <source>Art. {article}: send the copy to the state body today ({due}) — the last day</source>
        <translation>{article}-берене: көчүрмөнү маморганга бүгүн жөнөтүңүз ({due}) — акыркы күн</translation>
    </message>
    <message>
        <source>Art. {article}: send the copy to the state body by {due} — {days} left</source>
        <translation>{article}-берене: көчүрмөнү маморганга жөнөтүңүз, мөөнөтү — {due}: {days} калды</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Work plan for &amp;year:</source>
        <translation>Иш планынын &amp;жылы:</translation>
    </message>
    <message>
        <source>New plan for year…</source>
        <translation>Жаңы жылдык план…</translation>
    </message>
    <message>
        <source>Copy last year&apos;s plan as a start</source>
        <translation>Өткөн жылдын планынан баштоо</translation>
    </message>
    <message>
        <source>Plan PDF</source>
        <translation>Иш планы (PDF)</translation>
    </message>
    <message>
        <source>Plan in Word</source>
        <translation>Пландын Word көчүрмөсү</translation>
    </message>
    <message>
        <source>An editable Word copy of the plan (.docx)</source>
        <translation>Пландын оңдоого ылайыктуу Word көчүрмөсү (.docx)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып чыгаруудан мурун көрүү</translation>
    </message>
    <message>
        <source>The plan as it will be printed</source>
        <translation>План басылып чыга турган түрүндө</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Жылдык отчет…</translation>
    </message>
    <message>
        <source>No work plan yet: start one with “New plan for year…”.</source>
        <translation>Иш планы азырынча жок: «Жаңы жылдык план…» баскычы менен түзүңүз.</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Иш-чара кошуу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Иш-чара кошуу</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Иш-чараны өзгөртүү</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Иш-чараны алып салуу</translation>
    </message>
    <message>
        <source>Remove activity No. {number} {title} from the plan?</source>
        <translation>№{number} {title} иш-чарасын пландан алып саласызбы?</translation>
    </message>
    <message>
        <source>Add an activity (Ins)</source>
        <translation>Иш-чара кошуу (Ins)</translation>
    </message>
    <message>
        <source>Move the activity up (Ctrl+Up)</source>
        <translation>Иш-чараны жогору жылдыруу (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Ctrl+Down)</source>
        <translation>Иш-чараны төмөн жылдыруу (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove the activity (Del)</source>
        <translation>Иш-чараны алып салуу (Del)</translation>
    </message>
    <message>
        <source>Copy last year&apos;s plan</source>
        <translation>Өткөн жылдын планын көчүрүү</translation>
    </message>
    <message>
        <source>{count} activities copied from the plan for {year}; their dates are moved one year on and every status is “planned”.</source>
        <translation>{year}-жылдын планынан {count} иш-чара көчүрүлдү; мөөнөттөрү бир жылга жылдырылды, баарынын абалы — «пландалган».</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Иш-чараны жылдыруу</translation>
    </message>
    <message>
        <source>Save the work plan</source>
        <translation>Иш планын сактоо</translation>
    </message>
    <message>
        <source>Save a Word copy of the work plan</source>
        <translation>Иш планынын Word көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Жылдык отчетту сактоо</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Edit proposal</source>
        <translation>Сунушту өзгөртүү</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Сунуш кошуу</translation>
    </message>
    <message>
        <source>A citizen or an organisation</source>
        <translation>Жаран же уюм</translation>
    </message>
    <message>
        <source>not yet considered</source>
        <translation>азырынча каралган эмес</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number}, {date}</translation>
    </message>
    <message>
        <source>The reply was sent on</source>
        <translation>Жооп жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автору:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Келген күнү:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Мазмуну:</translation>
    </message>
    <message>
        <source>&amp;Considered at:</source>
        <translation>Каралган &amp;отурум:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Жыйынтыгы:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Жооп:</translation>
    </message>
    <message>
        <source>Enter who made the proposal.</source>
        <translation>Сунушту ким бергенин жазыңыз.</translation>
    </message>
    <message>
        <source>Enter what the proposal is about.</source>
        <translation>Сунуштун мазмунун жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келген күнү</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Considered at</source>
        <translation>Каралган отурум</translation>
    </message>
    <message>
        <source>Double-click to open the sitting</source>
        <translation>Отурумду ачуу үчүн эки жолу басыңыз</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Жооп жөнөтүлдү</translation>
    </message>
    <message>
        <source>not yet considered</source>
        <translation>азырынча каралган эмес</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number}, {date}</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Find by author, summary, outcome…</source>
        <translation>Автору, мазмуну, жыйынтыгы боюнча издөө…</translation>
    </message>
    <message>
        <source>Add proposal…</source>
        <translation>Сунуш кошуу…</translation>
    </message>
    <message>
        <source>Open sitting</source>
        <translation>Отурумду ачуу</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Сунуш кошуу</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Сунушту өзгөртүү</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Сунушту өчүрүү</translation>
    </message>
    <message>
        <source>Delete the proposal of {author}?</source>
        <translation>{author} берген сунушту өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish for the public</source>
        <translation>Коомчулук үчүн жарыялоо</translation>
    </message>
    <message>
        <source>A folder of web pages for the state body&apos;s website or a USB stick: the council and its composition, the sittings with the decisions of finalized minutes, the work plans, the annual reports with charts, open data (CSV, JSON) and a calendar. It opens in any browser without the internet.

Never published: PINs, phone numbers, e-mails, reasons for absence, candidates&apos; papers, and the decisions of sittings whose minutes are not finalized.</source>
        <translation>Маморгандын сайты же USB-флешка үчүн веб-барактар папкасы: кеңеш жана анын курамы, бекитилген протоколдордун чечимдери менен отурумдар, иш пландары, диаграммалары менен жылдык отчеттор, ачык маалыматтар (CSV, JSON) жана календарь. Интернетсиз эле каалаган браузерде ачылат.

Эч качан жарыяланбайт: ЖИН (ПИН), телефон номерлери, электрондук почталар, катышпоонун себептери, талапкерлердин документтери жана протоколу бекитиле элек отурумдардын чечимдери.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тили:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>An empty or new folder: the pack is written into it.</source>
        <translation>Бош же жаңы папка: барактар ошого жазылат.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Жарыялоо</translation>
    </message>
    <message>
        <source>Where to publish</source>
        <translation>Кайда жарыялоо керек</translation>
    </message>
    <message>
        <source>Choose a folder for the pack.</source>
        <translation>Барактар үчүн папка тандаңыз.</translation>
    </message>
    <message>
        <source>{path} is a file. Choose an empty or new folder.</source>
        <translation>{path} — файл. Бош же жаңы папка тандаңыз.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty. Choose an empty or new folder: nothing in it is replaced.</source>
        <translation>{path} папкасы бош эмес. Бош же жаңы папка тандаңыз: андагы эч нерсе алмаштырылбайт.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} папкасы жок.</translation>
    </message>
    <message>
        <source>The public pack is in {folder}.

Open it in the browser now?</source>
        <translation>Коомчулук үчүн барактар {folder} папкасында.

Азыр браузерде ачасызбы?</translation>
    </message>
    <message>
        <source>No council is open.</source>
        <translation>Бир да кеңеш ачылган эмес.</translation>
    </message>
    <message>
        <source>Publishing the public pack…</source>
        <translation>Коомчулук үчүн барактар жазылууда…</translation>
    </message>
    <message>
        <source>The pack could not be written.

{problem}</source>
        <translation>Барактарды жазуу мүмкүн болгон жок.

{problem}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
</context>
<context>
    <name>QuorumIndicator</name>
    <message>
        <source>Present {present} of {members} — quorum {needed} ({share}, Art. {article}) ✓</source>
        <translation>{members} мүчөдөн {present} катышты — кворум {needed} ({share}, {article}-берене) ✓</translation>
    </message>
    <message>
        <source>Present {present} of {members} — quorum {needed} ({share}, Art. {article}): {missing} missing ✗</source>
        <translation>{members} мүчөдөн {present} катышты — кворум {needed} ({share}, {article}-берене): {missing} мүчө жетишпейт ✗</translation>
    </message>
    <message>
        <source>Art. {article}: a sitting is competent when at least {share} of the members on its date attend.</source>
        <translation>{article}-берене: отурум күнүндөгү мүчөлөрдүн кеминде {share} бөлүгү катышса, отурум укук ченемдүү.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Тизмени чыпкалоо</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарыхы…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of requests</source>
        <translation>Суроо-талаптардын реестри</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF, басып чыгаруу жана кол коюу үчүн</translation>
    </message>
    <message>
        <source>CSV table (Excel)</source>
        <translation>CSV таблица (Excel)</translation>
    </message>
    <message>
        <source>Registered from – to:</source>
        <translation>Катталган мезгил:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Документтин &amp;тили:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Мезгилдин акыркы күнү биринчи күнүнөн мурда боло албайт.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen sitting</source>
        <translation>Отурумду кайра ачуу</translation>
    </message>
    <message>
        <source>Sitting No. {number} is finalized. Reopen it only to correct the record; the reason and today&apos;s date are kept with it and shown in the list.</source>
        <translation>№{number} отурум бекитилген. Аны жазууну оңдоо үчүн гана кайра ачыңыз; себеби жана бүгүнкү күн жазуу менен сакталып, тизмеде көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Why the record must be corrected</source>
        <translation>Жазуу эмне үчүн оңдолушу керек</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Art. {article}: the answer is due by {date} ({days} after registration).</source>
        <translation>{article}-берене: жооп {date} чейин берилиши керек (катталгандан кийин {days}).</translation>
    </message>
    <message>
        <source>Answered {days} late.</source>
        <translation>{days} кечигип жооп берилди.</translation>
    </message>
    <message>
        <source>Answered on time.</source>
        <translation>Өз убагында жооп берилди.</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Суроо-талапты өзгөртүү</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Суроо-талап кошуу</translation>
    </message>
    <message>
        <source>The registration number, e.g. 12/3</source>
        <translation>Каттоо номери, мис. 12/3</translation>
    </message>
    <message>
        <source>The official the request is sent to</source>
        <translation>Суроо-талап жиберилген кызмат адамы</translation>
    </message>
    <message>
        <source>The answer has come</source>
        <translation>Жооп келди</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Темасы:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Кимге:</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>Катталган &amp;күнү:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Т&amp;ексти:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жооп:</translation>
    </message>
    <message>
        <source>Answer su&amp;mmary:</source>
        <translation>Жооптун &amp;мазмуну:</translation>
    </message>
    <message>
        <source>Enter the request&apos;s registration number.</source>
        <translation>Суроо-талаптын каттоо номерин жазыңыз.</translation>
    </message>
    <message>
        <source>Enter the subject of the request.</source>
        <translation>Суроо-талаптын темасын жазыңыз.</translation>
    </message>
    <message>
        <source>Enter the official the request is sent to.</source>
        <translation>Суроо-талап жиберилген кызмат адамын жазыңыз.</translation>
    </message>
    <message>
        <source>Art. {article}: the answer cannot come before the request was registered.</source>
        <translation>{article}-берене: жооп суроо-талап катталганга чейин берилиши мүмкүн эмес.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жооп мөөнөтү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жооп берилди</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>Жооптун мазмуну</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>өз убагында жооп берилди</translation>
    </message>
    <message>
        <source>answered {days} late</source>
        <translation>{days} кечигип жооп берилди</translation>
    </message>
    <message>
        <source>overdue by {days}</source>
        <translation>мөөнөтү {days} өттү</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мөөнөтү бүгүн</translation>
    </message>
    <message>
        <source>due soon: {days} left</source>
        <translation>мөөнөтү жакын: {days} калды</translation>
    </message>
    <message>
        <source>waiting: {days} left</source>
        <translation>жооп күтүлүүдө: {days} калды</translation>
    </message>
    <message>
        <source>Art. {article}: the answer is due no later than {days} after registration, by {date}.</source>
        <translation>{article}-берене: жооп катталгандан тартып {days} кечиктирбестен, {date} чейин берилет.</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Requests to the state body</source>
        <translation>Маморганга суроо-талаптар</translation>
    </message>
    <message>
        <source>Citizens&apos; proposals</source>
        <translation>Жарандардын сунуштары</translation>
    </message>
    <message>
        <source>Commission notices</source>
        <translation>Комиссиялар тууралуу кабарламалар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Суроо-талаптар</translation>
    </message>
    <message>
        <source>Requests ({count} overdue)</source>
        <translation>Суроо-талаптар (мөөнөтү өткөн: {count})</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Find by number, subject, official, text…</source>
        <translation>Номери, темасы, кызмат адамы, тексти боюнча издөө…</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Катталган күнү</translation>
    </message>
    <message>
        <source>Add request…</source>
        <translation>Суроо-талап кошуу…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Жоопту жазуу…</translation>
    </message>
    <message>
        <source>Register (PDF, CSV)…</source>
        <translation>Реестр (PDF, CSV)…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Жооп берилген эмес</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Жооп күтүлүүдө</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Мөөнөтү 3 күндө бүтөт</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Өз убагында жооп берилген</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Кечигип жооп берилген</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Суроо-талап кошуу</translation>
    </message>
    <message>
        <source>Delete request No. {number} {subject}?

Delete only a request entered by mistake.</source>
        <translation>№{number} {subject} суроо-талабын өчүрөсүзбү?

Жаңылыш киргизилген суроо-талапты гана өчүрүңүз.</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Суроо-талапты өзгөртүү</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Суроо-талапты өчүрүү</translation>
    </message>
    <message>
        <source>Register a request of the council (Ins)</source>
        <translation>Кеңештин суроо-талабын каттоо (Ins)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} requests; {overdue} overdue.</source>
        <translation>{total} суроо-талаптын {shown} көрсөтүлдү; мөөнөтү өткөнү: {overdue}.</translation>
    </message>
    <message>
        <source>Select a request to see its text and the answer.</source>
        <translation>Текстин жана жоопту көрүү үчүн суроо-талапты тандаңыз.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(тексти жок)</translation>
    </message>
    <message>
        <source>Answer of {date}: {summary}</source>
        <translation>{date} жообу: {summary}</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>Members, at least</source>
        <translation>Мүчөлөр, кеминде</translation>
    </message>
    <message>
        <source>Members, at most</source>
        <translation>Мүчөлөр, көп дегенде</translation>
    </message>
    <message>
        <source>Members of one sex, at most (share)</source>
        <translation>Бир жыныстагы мүчөлөр, көп дегенде (үлүш)</translation>
    </message>
    <message>
        <source>Members from one organisation, at most</source>
        <translation>Бир уюмдан мүчөлөр, көп дегенде</translation>
    </message>
    <message>
        <source>Term of a composition (years)</source>
        <translation>Курамдын ыйгарым укук мөөнөтү (жыл)</translation>
    </message>
    <message>
        <source>Competition announced before the term ends (months)</source>
        <translation>Конкурс мөөнөт бүткөнгө чейин жарыяланат (ай мурун)</translation>
    </message>
    <message>
        <source>Documents accepted after the publication (months)</source>
        <translation>Документтер жарыялангандан кийин кабыл алынат (ай)</translation>
    </message>
    <message>
        <source>New composition formed before the term ends (days)</source>
        <translation>Жаңы курам мөөнөт бүткөнгө чейин түзүлөт (күн мурун)</translation>
    </message>
    <message>
        <source>Recommendation letters, at least</source>
        <translation>Сунуштама каттар, кеминде</translation>
    </message>
    <message>
        <source>Quorum (share of the members)</source>
        <translation>Кворум (мүчөлөрдүн үлүшү)</translation>
    </message>
    <message>
        <source>A decision is adopted by</source>
        <translation>Чечим кабыл алынат</translation>
    </message>
    <message>
        <source>Agenda to the state body before a sitting (days)</source>
        <translation>Күн тартиби маморганга отурумга чейин (күн мурун)</translation>
    </message>
    <message>
        <source>Notice of a commission&apos;s sitting before it (days)</source>
        <translation>Комиссиянын отуруму тууралуу кабар (күн мурун)</translation>
    </message>
    <message>
        <source>Copy of the annual plan after its approval (days)</source>
        <translation>Жылдык пландын көчүрмөсү бекитилгенден кийин (күн)</translation>
    </message>
    <message>
        <source>Written answer to a request (days)</source>
        <translation>Суроо-талапка жазуу жүзүндөгү жооп (күн)</translation>
    </message>
    <message>
        <source>Article on the composition and its forming</source>
        <translation>Курам жана аны түзүү жөнүндө берене</translation>
    </message>
    <message>
        <source>Article on the sittings</source>
        <translation>Отурумдар жөнүндө берене</translation>
    </message>
    <message>
        <source>Article on the duties of the state body</source>
        <translation>Маморгандын милдеттери жөнүндө берене</translation>
    </message>
    <message>
        <source>at least {least}</source>
        <translation>кеминде {least}</translation>
    </message>
    <message>
        <source>e.g. 2/3</source>
        <translation>мис., 2/3</translation>
    </message>
    <message>
        <source>a share is written as two whole numbers, p/q, more than 0 and at most 1 (e.g. 2/3)</source>
        <translation>үлүш эки бүтүн сан менен жазылат, p/q, 0дөн көп жана 1ден ашпайт (мис., 2/3)</translation>
    </message>
    <message>
        <source>No such rule</source>
        <translation>Мындай эреже жок</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>көп</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>кеминде</translation>
    </message>
    <message>
        <source>of the members present</source>
        <translation>катышкан мүчөлөрдөн</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>бардык мүчөлөрдөн</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>«макул» добуштар</translation>
    </message>
</context>
<context>
    <name>RulebookDialog</name>
    <message>
        <source>Rules of the council</source>
        <translation>Кеңештин эрежелери</translation>
    </message>
    <message>
        <source>The council&apos;s own regulation</source>
        <translation>Кеңештин өз жобосу</translation>
    </message>
    <message>
        <source>e.g. Regulation on the Public Council, order of the ministry No. 12 of 1 March 2024</source>
        <translation>мис., Коомдук кеңеш жөнүндө жобо, министрликтин 2024-жылдын 1-мартындагы №12 буйругу</translation>
    </message>
    <message>
        <source>Co&amp;py its figures</source>
        <translation>Көрсөткүчтөрүн &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Негиз:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Эрежелер:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Булагы:</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарыхы…</translation>
    </message>
    <message>
        <source>Composition and its forming</source>
        <translation>Курам жана аны түзүү</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <source>The state body&apos;s duties</source>
        <translation>Маморгандын милдеттери</translation>
    </message>
    <message>
        <source>Law No. 74 of the Kyrgyz Republic was repealed in 2023: it is not a law in force. The program offers its figures as the default. A council that carries on follows its own regulation: choose “The council&apos;s own regulation” to copy these figures and change them.</source>
        <translation>Кыргыз Республикасынын №74 Мыйзамы 2023-жылы күчүн жоготкон: бул күчүндөгү мыйзам эмес. Программа анын көрсөткүчтөрүн демейки катары сунуштайт. Ишин улантып жаткан кеңеш өз жобосу боюнча иштейт: бул көрсөткүчтөрдү көчүрүп, өзгөртүү үчүн «Кеңештин өз жобосу» дегенди тандаңыз.</translation>
    </message>
    <message>
        <source>The council&apos;s own regulation (a ministry&apos;s order, a local government&apos;s decision, a donor programme): every figure and article is the council&apos;s to enter, as that regulation says.</source>
        <translation>Кеңештин өз жобосу (министрликтин буйругу, жергиликтүү өз алдынча башкаруу органынын чечими, донордук программа): ар бир көрсөткүчтү жана берененин номерин кеңеш ошол жободогудай өзү киргизет.</translation>
    </message>
    <message>
        <source>In force in Kazakhstan. The figures its text sets are shown with their articles; the others are set by the Model Regulation or the council&apos;s decisions: enter them. These rules cannot be used until every figure is entered.</source>
        <translation>Казакстанда күчүндө. Анын тексти белгилеген көрсөткүчтөр беренелери менен көрсөтүлдү; калгандары Үлгүлүү жободо же кеңештин чечимдеринде белгиленет: аларды киргизиңиз. Бардык көрсөткүчтөр киргизилмейинче бул эрежелерди колдонууга болбойт.</translation>
    </message>
    <message>
        <source>Enter the name of the council&apos;s regulation.</source>
        <translation>Кеңештин жобосунун аталышын киргизиңиз.</translation>
    </message>
    <message>
        <source>{figure}: {problem}.</source>
        <translation>{figure}: {problem}.</translation>
    </message>
    <message>
        <source>{n} figures are not yet entered: {figures}…</source>
        <translation>Али киргизиле элек көрсөткүчтөр: {n} — {figures}…</translation>
    </message>
    <message>
        <source>Not yet entered: {figures}.</source>
        <translation>Али киргизиле элек: {figures}.</translation>
    </message>
    <message>
        <source>“{least}” is more than “{most}”.</source>
        <translation>«{least}» «{most}» дегенден көп.</translation>
    </message>
    <message>
        <source>set by the law</source>
        <translation>мыйзам менен белгиленген</translation>
    </message>
    <message>
        <source>not yet entered</source>
        <translation>али киргизиле элек</translation>
    </message>
    <message>
        <source>{title} — Art. {article}</source>
        <translation>{title} — {article}-берене</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation>{article}-берене</translation>
    </message>
    <message>
        <source>Art. {article}({paragraph})</source>
        <translation>{article}-берененин {paragraph}-пункту</translation>
    </message>
</context>
<context>
    <name>RulebookHistory</name>
    <message>
        <source>Rules of the council</source>
        <translation>Кеңештин эрежелери</translation>
    </message>
    <message>
        <source>the rules of the council</source>
        <translation>кеңештин эрежелери</translation>
    </message>
    <message>
        <source>from the start: {rules}</source>
        <translation>башынан тартып: {rules}</translation>
    </message>
    <message>
        <source>no such rule</source>
        <translation>мындай эреже жок</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>көп</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>кеминде</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>катышкандардан</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>бардык мүчөлөрдөн</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Отурум</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тартибинин маселеси</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Суроо-талап</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Sitting No. {number}</source>
        <translation>№{number} отурум</translation>
    </message>
    <message>
        <source>Sitting No. {number}, item {item}</source>
        <translation>№{number} отурум, {item}-маселе</translation>
    </message>
    <message>
        <source>No. {number}: {subject}</source>
        <translation>№{number}: {subject}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Name, subject, title or text: members, sittings, agenda items, requests, proposals</source>
        <translation>Аты, темасы, аталышы же тексти: мүчөлөр, отурумдар, маселелер, суроо-талаптар, сунуштар</translation>
    </message>
    <message>
        <source>Type at least {count} letters.</source>
        <translation>Кеминде {count} тамга жазыңыз.</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Selection</source>
        <translation>Тандоо</translation>
    </message>
    <message>
        <source>Formed on {date}.</source>
        <translation>{date} түзүлгөн.</translation>
    </message>
    <message>
        <source>Selection: the new composition from {date}</source>
        <translation>Тандоо: {date} баштап жаңы курам</translation>
    </message>
    <message>
        <source>Art. {article}: {n} selected — {min} to {max} needed</source>
        <translation>{article}-берене: {n} тандалды — {min}–{max} керек</translation>
    </message>
    <message>
        <source>{n} selected ({min}–{max}, Art. {article}) ✓</source>
        <translation>{n} тандалды ({min}–{max}, {article}-берене) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {counts} — more than {limit}% of one sex</source>
        <translation>{article}-берене: {counts} — бир жыныстагылар {limit} пайыздан ашык</translation>
    </message>
    <message>
        <source>None in another council, all eligible ✓</source>
        <translation>Эч ким башка кеңеште эмес, баары талаптарга жооп берет ✓</translation>
    </message>
    <message>
        <source>Women {women} ({women_pct}%) · Men {men} ({men_pct}%)</source>
        <translation>Аялдар {women} ({women_pct}%) · Эркектер {men} ({men_pct}%)</translation>
    </message>
    <message>
        <source>{counts} — limit {limit}%</source>
        <translation>{counts} — чеги {limit}%</translation>
    </message>
    <message>
        <source>One per organisation, none in another council, all eligible ✓</source>
        <translation>Бир уюмдан бирөө, башка кеңеште эч ким жок, баары талаптарга жооп берет ✓</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next field, button or table</source>
        <translation>Кийинки талаа, баскыч же таблица</translation>
    </message>
    <message>
        <source>Previous field, button or table</source>
        <translation>Мурунку талаа, баскыч же таблица</translation>
    </message>
    <message>
        <source>Move within a table</source>
        <translation>Таблицанын ичинде жылуу</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Жебе баскычтары</translation>
    </message>
    <message>
        <source>Tick or clear the check box of a table cell</source>
        <translation>Таблица уячасындагы белгини коюу же алуу</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Боштук</translation>
    </message>
    <message>
        <source>Open the record of a table row</source>
        <translation>Таблица сабындагы жазууну ачуу</translation>
    </message>
    <message>
        <source>Type in a table cell</source>
        <translation>Таблица уячасына жазуу</translation>
    </message>
    <message>
        <source>Press the button of an underlined letter</source>
        <translation>Асты сызылган тамгасы бар баскычты басуу</translation>
    </message>
    <message>
        <source>Close a dialog (asks first when something was typed)</source>
        <translation>Терезени жабуу (бир нерсе жазылган болсо, адегенде сурайт)</translation>
    </message>
    <message>
        <source>Tables, fields and dialogs</source>
        <translation>Таблицалар, талаалар жана терезелер</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
</context>
<context>
    <name>SignersPanel</name>
    <message>
        <source>Pre&amp;sided:</source>
        <translation>&amp;Төрагалык кылган:</translation>
    </message>
    <message>
        <source>&amp;Minutes taken by:</source>
        <translation>Протоколду &amp;жүргүзгөн:</translation>
    </message>
    <message>
        <source>By default: {name}</source>
        <translation>Демейки боюнча: {name}</translation>
    </message>
    <message>
        <source>Nobody: a line to sign by hand</source>
        <translation>Эч ким: кол менен толтурула турган сызык</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
</context>
<context>
    <name>SittingActions</name>
    <message>
        <source>&amp;New sitting…</source>
        <translation>&amp;Жаңы отурум…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Күн тартибине &amp;маселе кошуу…</translation>
    </message>
    <message>
        <source>Agenda &amp;sent to the state body</source>
        <translation>Күн тартиби маморганга &amp;жөнөтүлдү</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Катышуу</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Күн &amp;тартиби</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Добуш берүү</translation>
    </message>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Талкуулоо</translation>
    </message>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>&amp;Протокол PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып чыгаруудан мурун &amp;көрүү…</translation>
    </message>
    <message>
        <source>&amp;Print the minutes…</source>
        <translation>Протоколду &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Бекитүү…</translation>
    </message>
    <message>
        <source>S&amp;itting</source>
        <translation>&amp;Отурум</translation>
    </message>
</context>
<context>
    <name>SittingLetter</name>
    <message>
        <source>Save the sitting&apos;s letter</source>
        <translation>Отурумдун катын сактоо</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Календарь файлын сактоо</translation>
    </message>
    <message>
        <source>Saved {file}: open it with your calendar program (Outlook, Google Calendar, a phone&apos;s calendar) to add the sittings.</source>
        <translation>{file} сакталды: отурумдарды кошуу үчүн аны календарь программасы менен ачыңыз (Outlook, Google Calendar, телефондун календары).</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <source>Edit speaker</source>
        <translation>Сүйлөгөндү оңдоо</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Сүйлөгөндү кошуу</translation>
    </message>
    <message>
        <source>A member present, or type any name</source>
        <translation>Катышкан мүчө, же каалаган аты-жөнүн жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Эмне деди:</translation>
    </message>
    <message>
        <source>Enter the speaker&apos;s name.</source>
        <translation>Сүйлөгөндүн аты-жөнүн жазыңыз.</translation>
    </message>
</context>
<context>
    <name>SpeakerTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамачы</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Эмне деди</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Checking the database…</source>
        <translation>Маалымат базасы текшерилүүдө…</translation>
    </message>
    <message>
        <source>The database is read through once after the program starts, to be sure it is sound. Changes can be saved as soon as this is done.</source>
        <translation>Программа ачылгандан кийин маалымат базасы бүтүн экенине ынануу үчүн бир жолу толук окулат. Бул бүткөндөн кийин өзгөртүүлөрдү сактоого болот.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Маалымат базасы бузулган</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation>Күндүн камдык көчүрмөсү жасалууда…</translation>
    </message>
    <message>
        <source>The day&apos;s backup failed</source>
        <translation>Күндүн камдык көчүрмөсү жасалган жок</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The council records are not valid: {problem}</source>
        <translation>Кеңештин жазуулары туура эмес: {problem}</translation>
    </message>
    <message>
        <source>A council with the id {code!r} is already in this database; nothing was imported.</source>
        <translation>{code!r} идентификатору бар кеңеш бул маалымат базасында мурунтан эле бар; эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>A council with the id {code!r} already exists.</source>
        <translation>{code!r} идентификатору бар кеңеш мурунтан эле бар.</translation>
    </message>
    <message>
        <source>The rulebook is not valid: {problem}</source>
        <translation>Кеңештин эрежелери туура эмес: {problem}</translation>
    </message>
    <message>
        <source>The rulebook&apos;s {field}: {problem}</source>
        <translation>Кеңештин эрежелери, {field}: {problem}</translation>
    </message>
    <message>
        <source>The rulebook&apos;s {field}: {law} sets it to {wanted}; a council that works by another figure follows its own regulation.</source>
        <translation>Кеңештин эрежелери, {field}: {law} муну {wanted} деп белгилейт; башка көрсөткүч менен иштеген кеңеш өз жобосу боюнча иштейт.</translation>
    </message>
    <message>
        <source>unknown council: {code}</source>
        <translation>белгисиз кеңеш: {code}</translation>
    </message>
    <message>
        <source>Unknown rule {rule!r}.</source>
        <translation>Белгисиз эреже: {rule!r}.</translation>
    </message>
    <message>
        <source>The records this change touched were changed since; it can no longer be undone or redone.</source>
        <translation>Бул өзгөртүү тийген жазуулар андан бери өзгөргөн; аны мындан ары жокко чыгарууга же кайталоого болбойт.</translation>
    </message>
    <message>
        <source>The term&apos;s start and end must both be dates.</source>
        <translation>Мөөнөттүн башталышы да, аягы да дата болушу керек.</translation>
    </message>
    <message>
        <source>The term must end after it starts ({start} to {end}).</source>
        <translation>Мөөнөт башталгандан кийин бүтүшү керек ({start} – {end}).</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves at most {years} years; a term from {start} ends on {last} at the latest (given: {end}).</source>
        <translation>{article}-берене: курам эң көп {years} жыл иштейт; {start} күнү башталган мөөнөт эң кечинде {last} күнү бүтөт (көрсөтүлгөнү: {end}).</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} толтурулушу керек.</translation>
    </message>
    <message>
        <source>The id {code!r} is already used in this council.</source>
        <translation>{code!r} идентификатору бул кеңеште мурунтан эле колдонулат.</translation>
    </message>
    <message>
        <source>The end of the membership must be a date.</source>
        <translation>Мүчөлүктүн аягы дата болушу керек.</translation>
    </message>
    <message>
        <source>The membership of {name} cannot end ({end}) before it starts ({start}).</source>
        <translation>{name}: мүчөлүк башталганга чейин токтотулушу мүмкүн эмес (башталышы {start}, аягы {end}).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: the records hold their {uses}. End the membership instead; the history stays.</source>
        <translation>{name} өчүрүлбөйт: жазууларда анын {uses} бар. Анын ордуна мүчөлүгүн токтотуңуз; тарых сакталат.</translation>
    </message>
    <message>
        <source>Sex must be one of: {choices} (got {value!r}).</source>
        <translation>Жынысы төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>Role must be one of: {choices} (got {value!r}).</source>
        <translation>Ролу төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>The start of the membership must be a date.</source>
        <translation>Мүчөлүктүн башталышы дата болушу керек.</translation>
    </message>
    <message>
        <source>The end of the membership must be a date or empty.</source>
        <translation>Мүчөлүктүн аягы дата же бош болушу керек.</translation>
    </message>
    <message>
        <source>The membership cannot end ({end}) before it starts ({start}).</source>
        <translation>Мүчөлүк башталганга чейин токтотулушу мүмкүн эмес (башталышы {start}, аягы {end}).</translation>
    </message>
    <message>
        <source>{name} is the chair from {start} to {until}; a council has one chair at a time. End that membership or change the role first.</source>
        <translation>{name} — төрага ({start} – {until}); кеңеште бир эле учурда бир гана төрага болот. Адегенде ошол мүчөлүктү токтотуңуз же ролду өзгөртүңүз.</translation>
    </message>
    <message>
        <source>unknown {noun} {code!r} in council {council!r}</source>
        <translation>табылган жок: {noun} {code!r}, {council!r} кеңеши</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} are allowed.</source>
        <translation>{field}: {length} белги; эң көп {limit} белгиге уруксат.</translation>
    </message>
    <message>
        <source>{field} holds a character the documents cannot print: {characters}. Remove it or write it in words.</source>
        <translation>{field} документтер басып чыгара албаган белгини камтыйт: {characters}. Аны алып салыңыз же сөз менен жазыңыз.</translation>
    </message>
    <message>
        <source>{field} must fall between {first} and {last} (given: {day}).</source>
        <translation>{field} {first} менен {last} ортосунда болушу керек (берилгени: {day}).</translation>
    </message>
    <message>
        <source>{field} must be a year from {first} to {last} (given: {year}).</source>
        <translation>{field} {first} жылдан {last} жылга чейинки жыл болушу керек (берилгени: {year}).</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high} (given: {number}).</source>
        <translation>{field} {low} дөн {high} чейинки бүтүн сан болушу керек (берилгени: {number}).</translation>
    </message>
    <message>
        <source>{field} {code!r} may hold only letters, digits, &apos;-&apos; and &apos;_&apos;, at most {limit} of them.</source>
        <translation>{field} {code!r} тамгалардан, сандардан, &apos;-&apos; жана &apos;_&apos; белгилеринен гана турушу мүмкүн, эң көп {limit} белги.</translation>
    </message>
    <message>
        <source>The database is still being checked (this takes a moment after the program starts); the change was not saved. Try again in a moment.</source>
        <translation>Маалымат базасы дагы эле текшерилүүдө (программа ачылгандан кийин бул бир аз убакыт алат); өзгөртүү сакталган жок. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} текст болушу керек.</translation>
    </message>
    <message>
        <source>{label} must be a date.</source>
        <translation>{label} дата болушу керек.</translation>
    </message>
    <message>
        <source>The member&apos;s {field} must be text.</source>
        <translation>Мүчөнүн «{field}» талаасы текст болушу керек.</translation>
    </message>
    <message>
        <source>The login {login} may not write the council {code!r} on this server; nothing was imported.</source>
        <translation>{login} логини бул сервердеги {code!r} кеңешине жаза албайт; эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The councils could not be added ({detail}); nothing was imported.</source>
        <translation>Кеңештерди кошуу мүмкүн болгон жок ({detail}); эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{who} changed this record on {when} at {time}, after you opened it: your changes were not saved. The form now shows the record as it is; make your changes again.</source>
        <translation>Сиз ачкандан кийин {who} бул жазууну {when} саат {time} өзгөрттү: сиздин өзгөртүүлөр сакталган жок. Форма азыр жазууну учурдагы абалында көрсөтүп турат; өзгөртүүлөрдү кайра киргизиңиз.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it: your changes were not saved. The form now shows the record as it is; make your changes again.</source>
        <translation>Сиз ачкандан кийин бул жазууну башка бирөө өзгөрттү: сиздин өзгөртүүлөр сакталган жок. Форма азыр жазууну учурдагы абалында көрсөтүп турат; өзгөртүүлөрдү кайра киргизиңиз.</translation>
    </message>
    <message>
        <source>The server refused the change: the login {login} has no right to it ({detail}). Nothing was saved. The server&apos;s owner grants rights with &apos;kenesh-desktop server grant&apos;.</source>
        <translation>Сервер өзгөртүүнү четке какты: {login} логининин буга укугу жок ({detail}). Эч нерсе сакталган жок. Укуктарды сервердин ээси &apos;kenesh-desktop server grant&apos; буйругу менен берет.</translation>
    </message>
    <message>
        <source>The record this form shows was removed or replaced by someone else after you opened it: nothing was saved. Close the form and open the record again.</source>
        <translation>Бул форма көрсөткөн жазууну сиз ачкандан кийин башка бирөө өчүрүп же алмаштырып салды: эч нерсе сакталган жок. Форманы жаап, жазууну кайра ачыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the records are as they were before. Free some space on the disk, then try again.</source>
        <translation>Диск толуп калды: өзгөрүү сакталган жок, жазуулар мурункудай калды. Дисктен орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the records are as they were before. Free some space on the disk that holds {path}, then try again.</source>
        <translation>Диск толуп калды: өзгөрүү сакталган жок, жазуулар мурункудай калды. {path} жайгашкан дисктен орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>{path}: the database was closed; no backup was made.</source>
        <translation>{path}: маалымат базасы жабылып калган; камдык көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>{path}: the backup to {target} failed ({problem}).</source>
        <translation>{path}: {target} файлына камдык көчүрмө жасалбай калды ({problem}).</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>Маалымат базасынын бир да файлы ачылган эмес.</translation>
    </message>
    <message>
        <source>{backup}: the backup is damaged ({problem}); nothing was restored.</source>
        <translation>{backup}: камдык көчүрмө бузулган ({problem}); эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({problem}).</source>
        <translation>{path}: {backup} көчүрмөсүнөн калыбына келтирүү ишке ашкан жок ({problem}).</translation>
    </message>
    <message>
        <source>Sitting No. {number} cannot be deleted: the records hold {uses}. Change those records first.</source>
        <translation>№ {number} отурум өчүрүлбөйт: жазууларда {uses} бар. Адегенде ошол жазууларды өзгөртүңүз.</translation>
    </message>
    <message>
        <source>The day the agenda was sent must be a date or empty.</source>
        <translation>Күн тартиби жөнөтүлгөн күн дата же бош болушу керек.</translation>
    </message>
    <message>
        <source>The state body&apos;s representative must be text.</source>
        <translation>Маморгандын өкүлү текст болушу керек.</translation>
    </message>
    <message>
        <source>The reason of an absence must be text.</source>
        <translation>Катышпоо себеби текст болушу керек.</translation>
    </message>
    <message>
        <source>The guest&apos;s name is required.</source>
        <translation>Коноктун аты-жөнү толтурулушу керек.</translation>
    </message>
    <message>
        <source>A guest&apos;s category is one of: {choices} (got {value!r}).</source>
        <translation>Коноктун категориясы төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>There is no place {place} on the agenda.</source>
        <translation>Күн тартибинде {place}-орун жок.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s title is required.</source>
        <translation>Күн тартибинин маселесинин аталышы толтурулушу керек.</translation>
    </message>
    <message>
        <source>An item is proposed by one of: {choices} (got {value!r}).</source>
        <translation>Маселени сунуштаган төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>A vote is one of: {choices} (got {value!r}).</source>
        <translation>Добуш төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>{name} is not marked present at sitting No. {number}: an absent member cannot vote. Mark them present first.</source>
        <translation>{name} № {number} отурумга катышты деп белгиленген эмес: катышпаган мүчө добуш бере албайт. Адегенде аны катышты деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Sitting No. {number} takes place on {date}; it can be finalized once it has been held and the minutes signed.</source>
        <translation>№ {number} отурум {date} күнү өтөт; ал өткөрүлүп, протоколго кол коюлгандан кийин гана бекитилет.</translation>
    </message>
    <message>
        <source>Sitting No. {number} is not finalized; there is nothing to reopen.</source>
        <translation>№ {number} отурум бекитилген эмес; кайра ачуунун кереги жок.</translation>
    </message>
    <message>
        <source>Reopening a finalized sitting needs a stated reason; it is kept in the record.</source>
        <translation>Бекитилген отурумду кайра ачуу үчүн себебин көрсөтүү керек; ал жазууда сакталат.</translation>
    </message>
    <message>
        <source>Sitting No. {number} is finalized: its record is read-only. Reopen it, stating the reason, to correct it.</source>
        <translation>№ {number} отурум бекитилген: анын жазуусун окууга гана болот. Оңдоо үчүн себебин көрсөтүп, аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>The sitting&apos;s date must be a date.</source>
        <translation>Отурумдун күнү дата болушу керек.</translation>
    </message>
    <message>
        <source>The time of a sitting is written HH:MM (got {value!r}).</source>
        <translation>Отурумдун убактысы СС:ММ түрүндө жазылат ({value!r} берилди).</translation>
    </message>
    <message>
        <source>A sitting is one of: {choices} (got {value!r}).</source>
        <translation>Отурумдун түрү төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; choose who called it.</source>
        <translation>{article}-берене: кезексиз отурумду мүчө чакырат; аны ким чакырганын тандаңыз.</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; {name} is not a member on {date}.</source>
        <translation>{article}-берене: кезексиз отурумду мүчө чакырат; {name} {date} күнү мүчө эмес.</translation>
    </message>
    <message>
        <source>A sitting&apos;s number is 1 or more (got {value!r}).</source>
        <translation>Отурумдун номери 1 же андан көп болушу керек ({value!r} берилди).</translation>
    </message>
    <message>
        <source>The council already has a sitting No. {number} ({date}).</source>
        <translation>Кеңеште № {number} отурум мурунтан эле бар ({date}).</translation>
    </message>
    <message>
        <source>On {date} {names} is not a member, yet the sitting&apos;s record holds their attendance or votes; correct those first.</source>
        <translation>{date} күнү {names} мүчө эмес, бирок отурумдун жазуусунда анын катышуусу же добуштары бар; адегенде аларды оңдоңуз.</translation>
    </message>
    <message>
        <source>On {date} {names} are not a member, yet the sitting&apos;s record holds their attendance or votes; correct those first.</source>
        <translation>{date} күнү {names} мүчө эмес, бирок отурумдун жазуусунда алардын катышуусу же добуштары бар; адегенде аларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is not a member on the day of sitting No. {number} ({date}; member from {start} to {until}).</source>
        <translation>{article}-берене: {name} № {number} отурумдун күнү ({date}) мүчө эмес (мүчөлүгү {start} – {until}).</translation>
    </message>
    <message>
        <source>There is no {label} No. {number} in this sitting.</source>
        <translation>Бул отурумда № {number} {label} жок.</translation>
    </message>
    <message>
        <source>{name} is not marked present at sitting No. {number}: only a member present at the sitting presides or takes the minutes.</source>
        <translation>{name} №{number} отурумда катышкан деп белгиленген эмес: отурумга катышкан мүчө гана төрагалык кылат же протокол жүргүзөт.</translation>
    </message>
    <message>
        <source>The speaker&apos;s name is required.</source>
        <translation>Сүйлөгөндүн аты-жөнү милдеттүү.</translation>
    </message>
    <message>
        <source>There is no speaker No. {number} on item {item} of this sitting.</source>
        <translation>Бул отурумдун {item}-маселеси боюнча №{number} сүйлөгөн жок.</translation>
    </message>
    <message>
        <source>There is already a work plan for {year}.</source>
        <translation>{year}-жылга иш планы мурунтан эле бар.</translation>
    </message>
    <message>
        <source>The work plan for {year} already has activities; a plan is copied only into an empty one.</source>
        <translation>{year}-жылдын иш планында иш-чаралар мурунтан эле бар; план бош планга гана көчүрүлөт.</translation>
    </message>
    <message>
        <source>The copy of the plan was recorded as sent on {sent}, before sitting No. {number} of {date}; correct the date the copy was sent first.</source>
        <translation>Пландын көчүрмөсү {sent} күнү, № {number} отурумга ({date}) чейин жөнөтүлгөн деп жазылган; адегенде көчүрмө жөнөтүлгөн күндү оңдоңуз.</translation>
    </message>
    <message>
        <source>The date the copy was sent must be a date.</source>
        <translation>Көчүрмө жөнөтүлгөн күн дата болушу керек.</translation>
    </message>
    <message>
        <source>The letter number must be text.</source>
        <translation>Каттын номери текст болушу керек.</translation>
    </message>
    <message>
        <source>The work plan for {year} is not approved yet: approve it at a sitting before recording its copy.</source>
        <translation>{year}-жылдын иш планы азырынча бекитиле элек: көчүрмөсүн жазуудан мурун аны отурумда бекитиңиз.</translation>
    </message>
    <message>
        <source>The copy cannot be sent ({sent}) before the plan was approved ({approved}).</source>
        <translation>Көчүрмө план бекитилгенге ({approved}) чейин жөнөтүлүшү ({sent}) мүмкүн эмес.</translation>
    </message>
    <message>
        <source>A plan&apos;s year must be between {first} and {last} (got {value!r}).</source>
        <translation>Пландын жылы {first} менен {last} ортосунда болушу керек ({value!r} берилди).</translation>
    </message>
    <message>
        <source>There is no work plan for {year}.</source>
        <translation>{year}-жылга иш планы жок.</translation>
    </message>
    <message>
        <source>The work plan for {year} has no activity No. {number}.</source>
        <translation>{year}-жылдын иш планында № {number} иш-чара жок.</translation>
    </message>
    <message>
        <source>The status must be one of: {choices} (got {value!r}).</source>
        <translation>Абалы төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>The due precision must be one of: {choices} (got {value!r}).</source>
        <translation>Мөөнөттүн тактыгы төмөнкүлөрдүн бири болушу керек: {choices} ({value!r} берилди).</translation>
    </message>
    <message>
        <source>The due date must be a date or empty.</source>
        <translation>Аткаруу мөөнөтү дата же бош болушу керек.</translation>
    </message>
    <message>
        <source>The activity is due on {due}, outside the plan&apos;s year {year}.</source>
        <translation>Иш-чаранын мөөнөтү {due}, пландын {year}-жылынан тышкары.</translation>
    </message>
    <message>
        <source>Art. {article}: the answer ({answered}) cannot come before the request was registered ({registered}).</source>
        <translation>{article}-берене: жооп ({answered}) суроо-талап катталганга ({registered}) чейин келиши мүмкүн эмес.</translation>
    </message>
    <message>
        <source>A request numbered {number!r} is already registered in this council.</source>
        <translation>{number!r} номерлүү суроо-талап бул кеңеште мурунтан эле катталган.</translation>
    </message>
    <message>
        <source>The reply ({reply_sent}) cannot be sent before the proposal was received ({received}).</source>
        <translation>Жооп ({reply_sent}) сунуш келгенге ({received}) чейин жөнөтүлүшү мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Art. {article}: a proposal is considered at a sitting of this council; {code!r} is not one.</source>
        <translation>{article}-берене: сунуш ушул кеңештин отурумунда каралат; {code!r} андай отурум эмес.</translation>
    </message>
    <message>
        <source>Art. {article}: sitting No. {number} ({date}) was held before the proposal was received ({received}).</source>
        <translation>{article}-берене: № {number} отурум ({date}) сунуш келгенге ({received}) чейин өткөрүлгөн.</translation>
    </message>
    <message>
        <source>A proposal is considered at a sitting of this council; {code!r} is not one.</source>
        <translation>Сунуш ушул кеңештин отурумунда каралат; {code!r} андай отурум эмес.</translation>
    </message>
    <message>
        <source>Sitting No. {number} ({date}) was held before the proposal was received ({received}).</source>
        <translation>№ {number} отурум ({date}) сунуш келгенге ({received}) чейин өткөрүлгөн.</translation>
    </message>
    <message>
        <source>Whether the observer attended must be yes, no or not known.</source>
        <translation>Байкоочунун катышканы «ооба», «жок» же «белгисиз» болушу керек.</translation>
    </message>
    <message>
        <source>{name} is not a member of the council on the day of the commission&apos;s sitting ({date}); choose an active member as observer.</source>
        <translation>{name} комиссиянын отурумунун күнү ({date}) кеңештин мүчөсү эмес; байкоочу катары иштеп жаткан мүчөнү тандаңыз.</translation>
    </message>
    <message>
        <source>The council {code!r} has no term beginning on {start}.</source>
        <translation>{code!r} кеңешинде {start} башталган ыйгарым укук мөөнөтү жок.</translation>
    </message>
    <message>
        <source>The term {start} – {end} would overlap the term {other_start} – {other_end}.</source>
        <translation>{start} – {end} мөөнөтү {other_start} – {other_end} мөөнөтү менен кесилишип калат.</translation>
    </message>
    <message>
        <source>Art. {article}: the competition {code!r} for the next composition is still open; there is one competition at a time.</source>
        <translation>{article}-берене: кийинки курамга {code!r} конкурсу дагы эле ачык; бир эле учурда бир гана конкурс өткөрүлөт.</translation>
    </message>
    <message>
        <source>Art. {article}: the next composition is already formed (its term begins on {start}); the competition for the one after it opens once that term is in force.</source>
        <translation>{article}-берене: кийинки курам түзүлүп калган (анын ыйгарым укуктары {start} башталат); андан кийинки курамга конкурс ошол мөөнөт башталганда ачылат.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition on {date}; its dates are history and stay as recorded.</source>
        <translation>{code!r} конкурсу {date} күнү курамды түзгөн; анын күндөрү тарыхта ошол бойдон калат.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition; it stays in the history and cannot be deleted.</source>
        <translation>{code!r} конкурсу курамды түзгөн; ал тарыхта калат жана өчүрүлбөйт.</translation>
    </message>
    <message>
        <source>The date of the {label} must be a date or empty.</source>
        <translation>{label} күнү дата же бош болушу керек.</translation>
    </message>
    <message>
        <source>The announcement cannot be published in the media ({published}) before it is made ({announced}).</source>
        <translation>Кулактандыруу берилгенге ({announced}) чейин ЖМКда жарыяланышы ({published}) мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name is required.</source>
        <translation>Талапкердин толук аты-жөнү толтурулушу керек.</translation>
    </message>
    <message>
        <source>The date the documents arrived must be a date or empty.</source>
        <translation>Документтер келген күн дата же бош болушу керек.</translation>
    </message>
    <message>
        <source>The number of recommendation letters must be a whole number, 0 or more.</source>
        <translation>Сунуштама каттардын саны 0 же андан көп бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <source>A requirement&apos;s note must be text.</source>
        <translation>Талаптын далили текст болушу керек.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition on {date}; its candidates are history and stay as recorded.</source>
        <translation>{code!r} конкурсу {date} күнү курамды түзгөн; анын талапкерлери тарыхта ошол бойдон калат.</translation>
    </message>
    <message>
        <source>{path} is not a file that can be attached.</source>
        <translation>{path} тиркеле турган файл эмес.</translation>
    </message>
    <message>
        <source>{name} could not be copied: {problem}</source>
        <translation>{name} көчүрүлгөн жок: {problem}</translation>
    </message>
    <message>
        <source>unknown attachment {id} of candidate {code!r}</source>
        <translation>{code!r} талапкеринин {id} тиркемеси табылган жок</translation>
    </message>
    <message>
        <source>The date the composition was formed must be a date.</source>
        <translation>Курам түзүлгөн күн дата болушу керек.</translation>
    </message>
    <message>
        <source>The competition {code!r} is not the one for the next composition.</source>
        <translation>{code!r} конкурсу кийинки курам үчүн өткөрүлгөн конкурс эмес.</translation>
    </message>
    <message>
        <source>The composition cannot be formed ({formed}) before the competition was {label} ({day}).</source>
        <translation>Курам конкурс {label} күнгө ({day}) чейин түзүлүшү ({formed}) мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The council&apos;s name</source>
        <translation>Кеңештин аталышы</translation>
    </message>
    <message>
        <source>The state body</source>
        <translation>Мамлекеттик орган</translation>
    </message>
    <message>
        <source>council id</source>
        <translation>кеңештин идентификатору</translation>
    </message>
    <message>
        <source>member id</source>
        <translation>мүчөнүн идентификатору</translation>
    </message>
    <message>
        <source>The member&apos;s full name</source>
        <translation>Мүчөнүн толук аты-жөнү</translation>
    </message>
    <message>
        <source>The member&apos;s organisation</source>
        <translation>Мүчөнүн уюму</translation>
    </message>
    <message>
        <source>attendance of sittings</source>
        <translation>отурумдарга катышуусу</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>добуштары</translation>
    </message>
    <message>
        <source>commission sittings observed</source>
        <translation>байкоочу катары катышкан комиссия отурумдары</translation>
    </message>
    <message>
        <source>sittings called</source>
        <translation>чакырган отурумдары</translation>
    </message>
    <message>
        <source>now</source>
        <translation>азыр</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>email</source>
        <translation>электрондук почта</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүчө</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>отурум</translation>
    </message>
    <message>
        <source>request</source>
        <translation>суроо-талап</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>сунуш</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>комиссиянын билдирүүсү</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>талапкер</translation>
    </message>
    <message>
        <source>sitting id</source>
        <translation>отурумдун идентификатору</translation>
    </message>
    <message>
        <source>proposals considered at it</source>
        <translation>анда каралган сунуштар</translation>
    </message>
    <message>
        <source>the annual plan approved at it</source>
        <translation>анда бекитилген жылдык иш планы</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>конок</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>күн тартибинин маселеси</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>The responsible</source>
        <translation>Жооптуулар</translation>
    </message>
    <message>
        <source>The form of completion</source>
        <translation>Аткаруу формасы</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>суроо-талаптын идентификатору</translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation>сунуштун идентификатору</translation>
    </message>
    <message>
        <source>notice id</source>
        <translation>билдирүүнүн идентификатору</translation>
    </message>
    <message>
        <source>The request&apos;s number</source>
        <translation>Суроо-талаптын номери</translation>
    </message>
    <message>
        <source>The request&apos;s subject</source>
        <translation>Суроо-талаптын темасы</translation>
    </message>
    <message>
        <source>The official the request is sent to</source>
        <translation>Суроо-талап жиберилген кызмат адамы</translation>
    </message>
    <message>
        <source>The date the request was registered</source>
        <translation>Суроо-талап катталган күн</translation>
    </message>
    <message>
        <source>The date of the answer</source>
        <translation>Жооптун күнү</translation>
    </message>
    <message>
        <source>The request&apos;s text</source>
        <translation>Суроо-талаптын тексти</translation>
    </message>
    <message>
        <source>The answer&apos;s summary</source>
        <translation>Жооптун кыскача мазмуну</translation>
    </message>
    <message>
        <source>The proposal&apos;s author</source>
        <translation>Сунуштун автору</translation>
    </message>
    <message>
        <source>The proposal&apos;s summary</source>
        <translation>Сунуштун кыскача мазмуну</translation>
    </message>
    <message>
        <source>The date the proposal was received</source>
        <translation>Сунуш келген күн</translation>
    </message>
    <message>
        <source>The date the reply was sent</source>
        <translation>Жооп жөнөтүлгөн күн</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>The commission&apos;s name</source>
        <translation>Комиссиянын аталышы</translation>
    </message>
    <message>
        <source>The date the notice was received</source>
        <translation>Билдирүү келген күн</translation>
    </message>
    <message>
        <source>The date of the commission&apos;s sitting</source>
        <translation>Комиссиянын отурумунун күнү</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>талапкердин идентификатору</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>кулактандыруу</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>жарыялоо</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>кулактандырылган</translation>
    </message>
    <message>
        <source>published</source>
        <translation>жарыяланган</translation>
    </message>
</context>
<context>
    <name>VerifyFingerprintDialog</name>
    <message>
        <source>Verify fingerprint</source>
        <translation>Текшерүү кодун текшерүү</translation>
    </message>
    <message>
        <source>Type the fingerprint printed at the foot of the minutes of sitting No. {number}:</source>
        <translation>№{number} отурумдун протоколунун ылдый жагында басылган текшерүү кодун жазыңыз:</translation>
    </message>
    <message>
        <source>A fingerprint has {n} characters (0–9, a–f).</source>
        <translation>Текшерүү коду {n} белгиден турат (0–9, a–f).</translation>
    </message>
    <message>
        <source>✓ It matches: the record of sitting No. {number} says what that copy says.</source>
        <translation>✓ Дал келет: №{number} отурумдун жазуусу ошол нускадагыдай.</translation>
    </message>
    <message>
        <source>✗ It does not match the record as it is now: the record was changed after that copy was printed, or the fingerprint was mistyped.</source>
        <translation>✗ Учурдагы жазууга дал келбейт: ал нуска басылгандан кийин жазуу өзгөртүлгөн, же код ката жазылган.</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <source>Choose an agenda item to record its vote.</source>
        <translation>Добуш берүүнү жазуу үчүн күн тартибинин маселесин тандаңыз.</translation>
    </message>
    <message>
        <source>For {for_} · against {against} · abstained {abstain}</source>
        <translation>Макул {for_} · каршы {against} · калыс калды {abstain}</translation>
    </message>
    <message>
        <source>{counts} — no vote recorded</source>
        <translation>{counts} — добуш берүү жазылган эмес</translation>
    </message>
    <message>
        <source>{counts} — adopted: more than {share} of the {present} present voted for ✓</source>
        <translation>{counts} — кабыл алынды: катышкан {present} мүчөнүн {share} бөлүгүнөн көбү макул ✓</translation>
    </message>
    <message>
        <source>{counts} — adopted: more than {share} of the {members} members voted for ✓</source>
        <translation>{counts} — кабыл алынды: {members} мүчөнүн {share} бөлүгүнөн көбү макул ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: {share} of the {members} members or fewer voted for</source>
        <translation>{counts} — кабыл алынган жок: макул болгондор {members} мүчөнүн {share} бөлүгүнөн ашкан жок</translation>
    </message>
    <message>
        <source>{counts} — adopted: at least {share} of the {members} members voted for ✓</source>
        <translation>{counts} — кабыл алынды: {members} мүчөнүн кеминде {share} бөлүгү макул ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: fewer than {share} of the {members} members voted for</source>
        <translation>{counts} — кабыл алынган жок: макул болгондор {members} мүчөнүн {share} бөлүгүнө жеткен жок</translation>
    </message>
    <message>
        <source>{counts} — not adopted: {share} of the {present} present or fewer voted for</source>
        <translation>{counts} — кабыл алынган жок: макул болгондор катышкан {present} мүчөнүн {share} бөлүгүнөн ашкан жок</translation>
    </message>
    <message>
        <source>{counts} — adopted: at least {share} of the {present} present voted for ✓</source>
        <translation>{counts} — кабыл алынды: катышкан {present} мүчөнүн кеминде {share} бөлүгү макул ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: fewer than {share} of the {present} present voted for</source>
        <translation>{counts} — кабыл алынган жок: макул болгондор катышкан {present} мүчөнүн {share} бөлүгүнө жеткен жок</translation>
    </message>
    <message>
        <source>{counts} — not adopted: the sitting has no quorum (Art. {article}) ✗</source>
        <translation>{counts} — кабыл алынган жок: отурумда кворум жок ({article}-берене) ✗</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} (катышкан жок)</translation>
    </message>
    <message>
        <source>An absent member cannot vote</source>
        <translation>Катышпаган мүчө добуш бере албайт</translation>
    </message>
    <message>
        <source>Vote of {name}</source>
        <translation>{name}: добуш</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <source>Vote</source>
        <translation>Добуш берүү</translation>
    </message>
    <message>
        <source>All present for</source>
        <translation>Катышкандардын баары макул</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kenesh Desktop</source>
        <translation>Kenesh Desktop программасына кош келиңиз</translation>
    </message>
    <message>
        <source>Keep the records of your Public Council: its members, sittings, requests to the state body and the annual plan. The program watches the deadlines and the rules of the law for you.

This database holds no council yet.</source>
        <translation>Коомдук кеңешиңиздин эсебин жүргүзүңүз: мүчөлөрү, отурумдары, мамлекеттик органга суроо-талаптары жана жылдык иш планы. Программа мөөнөттөрдү жана мыйзамдын эрежелерин сиз үчүн көзөмөлдөйт.

Бул маалымат базасында азырынча бир да кеңеш жок.</translation>
    </message>
    <message>
        <source>Create a council…</source>
        <translation>Кеңеш түзүү…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Демонстрацияны ачуу</translation>
    </message>
    <message>
        <source>A made-up council with members, sittings and requests, to try the program</source>
        <translation>Программаны сынап көрүү үчүн мүчөлөрү, отурумдары жана суроо-талаптары бар ойдон чыгарылган кеңеш</translation>
    </message>
    <message>
        <source>Import an exchange file…</source>
        <translation>Алмашуу файлын импорттоо…</translation>
    </message>
    <message>
        <source>Records handed over by a previous secretary or another computer</source>
        <translation>Мурдагы катчы же башка компьютерден берилген жазуулар</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New council…</source>
        <translation>&amp;Жаңы кеңеш…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Маалымат базасын &amp;ачуу…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>&amp;Серверге туташуу…</translation>
    </message>
    <message>
        <source>&amp;Import exchange file…</source>
        <translation>Алмашуу файлын &amp;импорттоо…</translation>
    </message>
    <message>
        <source>&amp;Export exchange file…</source>
        <translation>Алмашуу файлын &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Publish for the public…</source>
        <translation>Коомчулук үчүн &amp;жарыялоо…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Камдык көчүрмөлөр…</translation>
    </message>
    <message>
        <source>&amp;Delete council…</source>
        <translation>Кеңешти ө&amp;чүрүү…</translation>
    </message>
    <message>
        <source>Export audit &amp;trail…</source>
        <translation>Аудит &amp;журналын экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>&amp;About Kenesh Desktop</source>
        <translation>Kenesh Desktop &amp;жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Издөө…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Жокко чыгаруу: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Кайталоо: {action}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Кийинки өтмөк</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Мурунку өтмөк</translation>
    </message>
    <message>
        <source>&amp;Overview of all councils…</source>
        <translation>Бардык кеңештердин &amp;сереби…</translation>
    </message>
    <message>
        <source>&amp;Rules of the council…</source>
        <translation>Кеңештин &amp;эрежелери…</translation>
    </message>
    <message>
        <source>Co&amp;uncil</source>
        <translation>Кең&amp;еш</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Жөндөөлөр</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Аспаптар тилкеси</translation>
    </message>
</context>
</TS>
