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
        <source>Kenesh Desktop {version}</source>
        <translation>Kenesh Desktop {version}</translation>
    </message>
    <message>
        <source>Records, deadlines and documents of a Public Council of a state body of the Kyrgyz Republic.</source>
        <translation>Кыргыз Республикасынын мамлекеттик органынын алдындагы Коомдук кеңештин эсеби, мөөнөттөрү жана документтери.</translation>
    </message>
    <message>
        <source>Rules in force: {rulebook}.</source>
        <translation>Колдонулуучу эрежелер: {rulebook}.</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Булагы: {source}.</translation>
    </message>
    <message>
        <source>Law No. 74 was reported repealed on 29 November 2023; councils that carry on keep the same way of working with their own figures.</source>
        <translation>Маалыматтар боюнча, №74 Мыйзам 2023-жылдын 29-ноябрында күчүн жоготкон; ишин уланткан кеңештер ошол эле тартипте өз көрсөткүчтөрү менен иштешет.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Маалымат базасы: {path}</translation>
    </message>
    <message>
        <source>Qt {qt}</source>
        <translation>Qt {qt}</translation>
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

{problem}</source>
        <translation>Маалымат базасын ачуу мүмкүн эмес:

{problem}</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every member on the sitting&apos;s date present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head appointed by the state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body&apos;s &amp;representative (Art. 17):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests (sittings are open, Art. 17):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} voted on {count} item(s) of this sitting. An absent member cannot vote: marking them absent removes these votes. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body&apos;s representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the guests of this sitting?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to type why the member was absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionIndicators</name>
    <message>
        <source>{n} members ({min}–{max}, Art. {article}) ✓</source>
        <translation>{n} мүчө ({min}–{max}, {article}-берене) ✓</translation>
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
        <source>Art. {article}: {name} is a second member from «{organization}»</source>
        <translation>{article}-берене: {name} — «{organization}» уюмунан экинчи мүчө</translation>
    </message>
    <message>
        <source>No member sits on another council ✓</source>
        <translation>Бир да мүчө башка кеңештин курамында эмес ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is also a member of «{council}»</source>
        <translation>{article}-берене: {name} ошондой эле «{council}» курамында</translation>
    </message>
    <message>
        <source>Art. {article}: the term {start} – {end} is longer than allowed; it may end on {last} at the latest</source>
        <translation>{article}-берене: {start} – {end} мөөнөтү уруксат берилгенден узун; эң кечинде {last} бүтүшү керек</translation>
    </message>
    <message>
        <source>The term ended on {end}, {days} ago</source>
        <translation>Ыйгарым укук мөөнөтү {end} бүткөн ({days} мурун)</translation>
    </message>
    <message>
        <source>Term {start} – {end}: {days} left</source>
        <translation>Ыйгарым укук мөөнөтү: {start} – {end}, {days} калды</translation>
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
        <source>&amp;State body:</source>
        <translation>&amp;Мамлекеттик орган:</translation>
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
        <source>done late</source>
        <translation>кечигип аткарылган</translation>
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
        <source>{days} overdue</source>
        <translation>мөөнөтү {days} өттү</translation>
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
    <name>GuestTableModel</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
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
        <source>Council</source>
        <translation>Кеңеш</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Кеңеш:</translation>
    </message>
    <message>
        <source>&amp;New council…</source>
        <translation>&amp;Жаңы кеңеш…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Маалымат базасын &amp;ачуу…</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;About Kenesh Desktop</source>
        <translation>Kenesh Desktop &amp;жөнүндө</translation>
    </message>
    <message>
        <source>{council} — Kenesh Desktop</source>
        <translation>{council} — Kenesh Desktop</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Демонстрацияны ачуу</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Маалымат базасы: {path}</translation>
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
        <source>Import exchange file</source>
        <translation>Алмашуу файлын импорттоо</translation>
    </message>
    <message>
        <source>Nothing was imported.

{problem}</source>
        <translation>Эч нерсе импорттолгон жок.

{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported.

{path}: {problem}</source>
        <translation>Эч нерсе импорттолгон жок.

{path}: {problem}</translation>
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
    <message>
        <source>This record has no tab in this version of the program.</source>
        <translation>Программанын бул версиясында бул жазуу үчүн барак жок.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program. Restart now?</source>
        <translation>Жаңы тил программа кийинки жолу ачылганда колдонулат. Азыр кайра ачылсынбы?</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state body (Art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Мүчөнү оңдоо</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүчө кошуу</translation>
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
        <source>P&amp;hone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Электрондук &amp;почта:</translation>
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
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Электрондук почтанын дареги туура эмес.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
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
        <source>Edit…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Мүчөлүктү токтотуу…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүчө кошуу</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Мүчөнү оңдоо</translation>
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
    <name>OverviewTab</name>
    <message>
        <source>Nothing is due: every rule is kept.</source>
        <translation>Мөөнөтү жеткен иш жок: бардык эрежелер сакталган.</translation>
    </message>
    <message>
        <source>{council} — {state_body}</source>
        <translation>{council} — {state_body}</translation>
    </message>
    <message>
        <source>Checked on {today} ({rulebook}). Violations: {violations}. Upcoming deadlines: {upcoming}.</source>
        <translation>{today} абалы боюнча текшерүү ({rulebook}). Бузуулар: {violations}. Жакындаган мөөнөттөр: {upcoming}.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present {present} of {members} — quorum {needed} ({share}, Art. {article}): {missing} missing ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. {article}: a sitting is competent when at least {share} of the members on its date attend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>Law of the Kyrgyz Republic “On Public Councils of State Bodies” of 24 May 2014 No. 74</source>
        <translation>Кыргыз Республикасынын 2014-жылдын 24-майындагы №74 «Мамлекеттик органдардын Коомдук кеңештери жөнүндө» Мыйзамы</translation>
    </message>
    <message>
        <source>Law No. 74</source>
        <translation>№74 Мыйзам</translation>
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
</TS>
