<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kenesh Desktop</source>
        <translation>О программе Kenesh Desktop</translation>
    </message>
    <message>
        <source>Kenesh Desktop {version}</source>
        <translation>Kenesh Desktop {version}</translation>
    </message>
    <message>
        <source>Records, deadlines and documents of a Public Council of a state body of the Kyrgyz Republic.</source>
        <translation>Учёт, сроки и документы общественного совета при государственном органе Кыргызской Республики.</translation>
    </message>
    <message>
        <source>Rules in force: {rulebook}.</source>
        <translation>Действующие правила: {rulebook}.</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Источник: {source}.</translation>
    </message>
    <message>
        <source>Law No. 74 was reported repealed on 29 November 2023; councils that carry on keep the same way of working with their own figures.</source>
        <translation>По имеющимся сведениям, Закон № 74 утратил силу 29 ноября 2023 г.; продолжающие работу советы действуют в том же порядке со своими показателями.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
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
        <translation>Не удаётся открыть базу данных:

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
        <translation>Изменить…</translation>
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
        <translation>Член</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
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
        <translation>Членов: {n} ({min}–{max}, ст. {article}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {n} members — at least {min}</source>
        <translation>Ст. {article}: членов {n} — нужно не менее {min}</translation>
    </message>
    <message>
        <source>Art. {article}: {n} members — at most {max}</source>
        <translation>Ст. {article}: членов {n} — допускается не более {max}</translation>
    </message>
    <message>
        <source>Women {women} ({women_pct}%) · Men {men} ({men_pct}%)</source>
        <translation>Женщины {women} ({women_pct}%) · Мужчины {men} ({men_pct}%)</translation>
    </message>
    <message>
        <source>{counts} — limit {limit}%</source>
        <translation>{counts} — предел {limit}%</translation>
    </message>
    <message>
        <source>Art. {article}: {counts} — more than {limit}% of one sex</source>
        <translation>Ст. {article}: {counts} — лиц одного пола больше {limit}%</translation>
    </message>
    <message>
        <source>One member per organisation ✓</source>
        <translation>От каждой организации по одному члену ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is a second member from «{organization}»</source>
        <translation>Ст. {article}: {name} — второй член от «{organization}»</translation>
    </message>
    <message>
        <source>No member sits on another council ✓</source>
        <translation>Никто из членов не состоит в другом совете ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is also a member of «{council}»</source>
        <translation>Ст. {article}: {name} также состоит в «{council}»</translation>
    </message>
    <message>
        <source>Art. {article}: the term {start} – {end} is longer than allowed; it may end on {last} at the latest</source>
        <translation>Ст. {article}: срок {start} – {end} длиннее допустимого; он должен закончиться не позднее {last}</translation>
    </message>
    <message>
        <source>The term ended on {end}, {days} ago</source>
        <translation>Срок полномочий истёк {end} ({days} назад)</translation>
    </message>
    <message>
        <source>Term {start} – {end}: {days} left</source>
        <translation>Срок полномочий: {start} – {end}, осталось {days}</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <source>New council</source>
        <translation>Новый совет</translation>
    </message>
    <message>
        <source>e.g. Public Council of the Ministry of Finance</source>
        <translation>напр.: Общественный совет при Министерстве финансов</translation>
    </message>
    <message>
        <source>The ministry, state committee or agency</source>
        <translation>Министерство, государственный комитет или ведомство</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves up to {years} years.</source>
        <translation>Ст. {article}: срок полномочий состава — до {years} лет.</translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation>&amp;Название совета:</translation>
    </message>
    <message>
        <source>&amp;State body:</source>
        <translation>&amp;Государственный орган:</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Нача&amp;ло срока:</translation>
    </message>
    <message>
        <source>Term &amp;until:</source>
        <translation>&amp;Окончание срока:</translation>
    </message>
    <message>
        <source>Enter the council&apos;s name.</source>
        <translation>Введите название совета.</translation>
    </message>
    <message>
        <source>Enter the state body the council is attached to.</source>
        <translation>Укажите государственный орган, при котором создан совет.</translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation>Срок должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves at most {years} years; a term from {start} ends on {last} at the latest.</source>
        <translation>Ст. {article}: состав работает не более {years} лет; срок, начатый {start}, заканчивается не позднее {last}.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Прекращение членства</translation>
    </message>
    <message>
        <source>The last day {name} is a member of the council:</source>
        <translation>{name}: последний день членства в совете:</translation>
    </message>
    <message>
        <source>The member stays in the records as a former member.</source>
        <translation>Член останется в учёте как бывший член совета.</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation>ст. {article}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>выполнено с опозданием</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>осталось {days}</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>просрочено на {days}</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Срок близко</translation>
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
        <translation>Организация</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены совета</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Совет:</translation>
    </message>
    <message>
        <source>&amp;New council…</source>
        <translation>&amp;Новый совет…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Импорт файла обмена…</translation>
    </message>
    <message>
        <source>&amp;Export exchange file…</source>
        <translation>&amp;Экспорт файла обмена…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kenesh Desktop</source>
        <translation>&amp;О программе Kenesh Desktop</translation>
    </message>
    <message>
        <source>{council} — Kenesh Desktop</source>
        <translation>{council} — Kenesh Desktop</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Kenesh database (*.sqlite3 *.sqlite *.db)</source>
        <translation>База данных Kenesh (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Импорт файла обмена</translation>
    </message>
    <message>
        <source>Nothing was imported.

{problem}</source>
        <translation>Ничего не импортировано.

{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported.

{path}: {problem}</source>
        <translation>Ничего не импортировано.

{path}: {problem}</translation>
    </message>
    <message>
        <source>Imported from {file}:
{names}</source>
        <translation>Импортировано из {file}:
{names}</translation>
    </message>
    <message>
        <source>Council exchange file (*.kenesh.json *.json)</source>
        <translation>Файл обмена совета (*.kenesh.json *.json)</translation>
    </message>
    <message>
        <source>Export exchange file</source>
        <translation>Экспорт файла обмена</translation>
    </message>
    <message>
        <source>Exported {count} council(s) to {path}</source>
        <translation>Экспортировано советов: {count}, файл {path}</translation>
    </message>
    <message>
        <source>This record has no tab in this version of the program.</source>
        <translation>В этой версии программы для этой записи нет вкладки.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program. Restart now?</source>
        <translation>Новый язык будет использован при следующем запуске программы. Перезапустить сейчас?</translation>
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
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Изменение данных члена</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавление члена</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>The organisation that nominated the member</source>
        <translation>Организация, выдвинувшая члена</translation>
    </message>
    <message>
        <source>The membership has ended</source>
        <translation>Членство прекращено</translation>
    </message>
    <message>
        <source>14 digits (optional)</source>
        <translation>14 цифр (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation>Начало &amp;членства:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>&amp;Personal number (PIN):</source>
        <translation>Персональный &amp;номер (ПИН):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Адрес эл. почты:</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Введите ФИО члена совета.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s sex.</source>
        <translation>Выберите пол.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s organisation.</source>
        <translation>Укажите организацию.</translation>
    </message>
    <message>
        <source>The membership cannot end before it starts.</source>
        <translation>Членство не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>A personal number (PIN) has 14 digits.</source>
        <translation>Персональный номер (ПИН) состоит из 14 цифр.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
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
        <translation>Поиск по ФИО, организации, телефону…</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Показывать бывших членов</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить члена…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Прекратить членство…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавление члена</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Изменение данных члена</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Удаление члена</translation>
    </message>
    <message>
        <source>Add a member (Ins)</source>
        <translation>Добавить члена (Ins)</translation>
    </message>
    <message>
        <source>Delete a record entered by mistake (Del). When a member leaves, use End membership instead.</source>
        <translation>Удалить ошибочно внесённую запись (Del). Если член выходит из совета, используйте «Прекратить членство».</translation>
    </message>
    <message>
        <source>Delete {name} from the records?

Delete only a record entered by mistake. When a member leaves the council, use “End membership…” instead: the history of the council stays complete.</source>
        <translation>Удалить {name} из учёта?

Удаляйте только ошибочно внесённую запись. Если член выходит из совета, используйте «Прекратить членство…»: так история совета останется полной.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nothing is due: every rule is kept.</source>
        <translation>Сроков нет: все правила соблюдены.</translation>
    </message>
    <message>
        <source>{council} — {state_body}</source>
        <translation>{council} — {state_body}</translation>
    </message>
    <message>
        <source>Checked on {today} ({rulebook}). Violations: {violations}. Upcoming deadlines: {upcoming}.</source>
        <translation>Проверка на {today} ({rulebook}). Нарушений: {violations}. Приближающихся сроков: {upcoming}.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
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
        <translation>Закон Кыргызской Республики «Об общественных советах государственных органов» от 24 мая 2014 г. № 74</translation>
    </message>
    <message>
        <source>Law No. 74</source>
        <translation>Закон № 74</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kenesh Desktop</source>
        <translation>Добро пожаловать в Kenesh Desktop</translation>
    </message>
    <message>
        <source>Keep the records of your Public Council: its members, sittings, requests to the state body and the annual plan. The program watches the deadlines and the rules of the law for you.

This database holds no council yet.</source>
        <translation>Ведите учёт общественного совета: члены, заседания, запросы в государственный орган и годовой план работы. Программа следит за сроками и правилами закона.

В этой базе данных пока нет ни одного совета.</translation>
    </message>
    <message>
        <source>Create a council…</source>
        <translation>Создать совет…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <source>A made-up council with members, sittings and requests, to try the program</source>
        <translation>Вымышленный совет с членами, заседаниями и запросами, чтобы попробовать программу</translation>
    </message>
    <message>
        <source>Import an exchange file…</source>
        <translation>Импортировать файл обмена…</translation>
    </message>
    <message>
        <source>Records handed over by a previous secretary or another computer</source>
        <translation>Записи, переданные предыдущим секретарём или с другого компьютера</translation>
    </message>
</context>
</TS>
