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
        <source>A new council follows {rulebook} until its rules are changed (Council → Rules of the council).</source>
        <translation>Новый совет работает по правилам: {rulebook}, пока их не изменят (Совет → Правила совета).</translation>
    </message>
    <message>
        <source>The council «{council}» follows {rulebook}.</source>
        <translation>Совет «{council}» работает по правилам: {rulebook}.</translation>
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
        <source>Law No. 74 was repealed by the law the Jogorku Kenesh adopted on 29 November 2023. The program offers its figures as the default rules, never as a law in force; a council that carries on follows its own regulation, and a council in Kazakhstan its Law No. 383-V (Council → Rules of the council).</source>
        <translation>Закон № 74 утратил силу по закону, принятому Жогорку Кенешем 29 ноября 2023 г. Программа предлагает его показатели как правила по умолчанию, но не как действующий закон; совет, продолжающий работу, действует по своему положению, а совет в Казахстане — по Закону № 383-V (Совет → Правила совета).</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Источник: {source}.</translation>
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
        <translation>Признать нарушение</translation>
    </message>
    <message>
        <source>It can no longer be mended. Acknowledged on {date}, it stays in the records and in the audit trail, and the Overview sets it aside (Show acknowledged shows it again).</source>
        <translation>Его уже нельзя исправить. Признанное {date}, оно остаётся в записях и в журнале аудита, а Обзор откладывает его в сторону («Показать признанные» покажет его снова).</translation>
    </message>
    <message>
        <source>Why it happened, or what was done about it</source>
        <translation>Почему так произошло или что было сделано</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Изменить вопрос повестки дня</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Добавить вопрос в повестку дня</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Докладчик:</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Кем внесён:</translation>
    </message>
    <message>
        <source>&amp;Heard:</source>
        <translation>&amp;Слушали:</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>&amp;Решили:</translation>
    </message>
    <message>
        <source>Enter the item&apos;s title.</source>
        <translation>Введите название вопроса.</translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message>
        <source>Agenda sent to the state body on</source>
        <translation>Повестка направлена в госорган</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — sent {sent} ✓</source>
        <translation>Ст. {article}: срок — за {days} до заседания, {due}; направлена {sent} ✓</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — sent {sent}, {late} late ✗</source>
        <translation>Ст. {article}: срок — за {days} до заседания, {due}; направлена {sent}, с опозданием на {late} ✗</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — not sent, {late} overdue ✗</source>
        <translation>Ст. {article}: срок — за {days} до заседания, {due}; не направлена, просрочено на {late} ✗</translation>
    </message>
    <message>
        <source>Art. {article}: due {days} before: {due} — not sent yet, {left} left</source>
        <translation>Ст. {article}: срок — за {days} до заседания, {due}; ещё не направлена, осталось {left}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Add item…</source>
        <translation>Добавить вопрос…</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Переместить вопрос вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Переместить вопрос вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <source>An extract from the minutes: the selected item, certified by whoever took the minutes (Ctrl+E: PDF)</source>
        <translation>Выписка из протокола: выбранный вопрос, заверенная тем, кто вёл протокол (Ctrl+E: PDF)</translation>
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
        <translation>Предпросмотр печати…</translation>
    </message>
    <message>
        <source>Extract of the item (PDF)…</source>
        <translation>Выписка по вопросу (PDF)…</translation>
    </message>
    <message>
        <source>Choose an item to see what was heard, said and resolved.</source>
        <translation>Выберите вопрос, чтобы увидеть, что слушали, кто выступил и что решили.</translation>
    </message>
    <message>
        <source>Spoke:</source>
        <translation>Выступили:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Решили:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>For {for_} · against {against} · abstained {abstain}</source>
        <translation>За {for_} · против {against} · воздержались {abstain}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Добавить вопрос в повестку дня</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Изменить вопрос повестки дня</translation>
    </message>
    <message>
        <source>Heard:</source>
        <translation>СЛУШАЛИ:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Remove item {number} {title} and its votes from the agenda?</source>
        <translation>Удалить из повестки вопрос {number} {title} вместе с результатами голосования?</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Удалить вопрос повестки</translation>
    </message>
</context>
<context>
    <name>AgendaSentDialog</name>
    <message>
        <source>Agenda sent</source>
        <translation>Повестка направлена</translation>
    </message>
    <message>
        <source>Record that the agenda of sitting No. {number} was sent to the state body? Art. {article}: it is due at least {days} before the sitting, by {due}.</source>
        <translation>Отметить, что повестка заседания №{number} направлена в госорган? Ст. {article}: повестка направляется не позднее чем за {days} до заседания (срок — {due})</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Дата направления:</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Отметить как направленную</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Recorded: the agenda of sitting No. {number} was sent on {day}.</source>
        <translation>Отмечено: повестка заседания №{number} направлена {day}.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кем внесён</translation>
    </message>
    <message>
        <source>For · against · abstained</source>
        <translation>За · против · возд.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>&amp;Дата ответа:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
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
        <translation>Базу данных нельзя открыть:

{path}: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>The database cannot be opened:

{problem}</source>
        <translation>Не удаётся открыть базу данных:

{problem}</translation>
    </message>
    <message>
        <source>The database {name} is already open in another program or another copy of Kenesh Desktop. Close it there, then start Kenesh Desktop again.</source>
        <translation>База данных {name} уже открыта в другой программе или в другой копии Kenesh Desktop. Закройте её там и снова запустите Kenesh Desktop.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the work plan for {year}</source>
        <translation>Утверждение плана работы на {year} год</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number} от {date}</translation>
    </message>
    <message>
        <source>Approved at &amp;sitting:</source>
        <translation>Утверждён на &amp;заседании:</translation>
    </message>
    <message>
        <source>No sitting is recorded yet: record the sitting that approved the plan in the Meetings tab first.</source>
        <translation>Заседания ещё не записаны: сначала внесите заседание, утвердившее план, на вкладке «Заседания».</translation>
    </message>
    <message>
        <source>Art. {article}: the copy of the approved plan must reach the state body by {due} ({days} after approval).</source>
        <translation>Ст. {article}: копия утверждённого плана должна поступить в госорган не позднее {due} ({days} после утверждения).</translation>
    </message>
    <message>
        <source>Choose the sitting that approved the plan.</source>
        <translation>Выберите заседание, на котором утверждён план.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Все присутствуют</translation>
    </message>
    <message>
        <source>Mark every member on the sitting&apos;s date present</source>
        <translation>Отметить присутствующими всех членов совета на дату заседания</translation>
    </message>
    <message>
        <source>Deputy head appointed by the state body</source>
        <translation>Заместитель руководителя, назначенный госорганом</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Добавить приглашённого…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>State body&apos;s &amp;representative (Art. {article}):</source>
        <translation>&amp;Представитель госоргана (ст. {article}):</translation>
    </message>
    <message>
        <source>Guests (sittings are open, Art. {article}):</source>
        <translation>Приглашённые (заседания открытые, ст. {article}):</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Отметить отсутствие</translation>
    </message>
    <message>
        <source>{name} voted on {count} item(s) of this sitting. An absent member cannot vote: marking them absent removes these votes. Continue?</source>
        <translation>{name} голосовал(а) по вопросам этого заседания: {count}. Отсутствующий член совета не может голосовать: отметка отсутствия удалит эти голоса. Продолжить?</translation>
    </message>
    <message>
        <source>State body&apos;s representative</source>
        <translation>Представитель госоргана</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Удалить приглашённого</translation>
    </message>
    <message>
        <source>Remove {name} from the guests of this sitting?</source>
        <translation>Удалить {name} из приглашённых на это заседание?</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Double-click to type why the member was absent</source>
        <translation>Дважды щёлкните, чтобы указать причину отсутствия</translation>
    </message>
    <message>
        <source>Attendance of {name}</source>
        <translation>Присутствие: {name}</translation>
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
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>{problem}

Restore that backup now?</source>
        <translation>{problem}

Восстановить эту резервную копию сейчас?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Start with a new, empty database at {path}?

The damaged file stays as {damaged}, for rescue.</source>
        <translation>Начать с новой, пустой базы данных в {path}?

Повреждённый файл остаётся как {damaged} для восстановления.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Copies of {file} (database {identity}), made when the program opens each day and when it closes; copies of other databases are never listed here. The last 10 days and one copy a month for a year are kept in the program&apos;s backups folder.</source>
        <translation>Копии {file} (база данных {identity}), сделанные при первом за день запуске программы и при её закрытии; копии других баз данных здесь никогда не показываются. Копии за последние 10 дней и одна копия в месяц за год хранятся в папке резервных копий программы.</translation>
    </message>
    <message>
        <source>Database: {path}
Backups: {folder}</source>
        <translation>База данных: {path}
Резервные копии: {folder}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>first opening</source>
        <translation>при первом запуске</translation>
    </message>
    <message>
        <source>(before an update)</source>
        <translation>(перед обновлением)</translation>
    </message>
    <message>
        <source>(date in the future)</source>
        <translation>(дата в будущем)</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replace the records in {file} by the backup of {when}?

It holds: {councils}; last change {last}; {size}.

The records as they are now are backed up first, so this can be undone.</source>
        <translation>Заменить записи в {file} резервной копией от {when}?

В ней: {councils}; последнее изменение {last}; {size}.

Сначала делается резервная копия текущих записей, поэтому это можно отменить.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Добавить кандидата</translation>
    </message>
    <message>
        <source>Empty for a self-nominated citizen</source>
        <translation>Пусто для самовыдвиженца</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Получены</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Documents submitted (Art. {article})</source>
        <translation>Поданные документы (ст. {article})</translation>
    </message>
    <message>
        <source>Requirements (Art. {article}) and the evidence</source>
        <translation>Требования (ст. {article}) и подтверждения</translation>
    </message>
    <message>
        <source>Art. {article}: before the announcement was published ({date})</source>
        <translation>Ст. {article}: до публикации объявления ({date})</translation>
    </message>
    <message>
        <source>Art. {article}: after the intake window closed on {date}</source>
        <translation>Ст. {article}: после окончания срока приёма {date}</translation>
    </message>
    <message>
        <source>(at least {n})</source>
        <translation>(не менее {n})</translation>
    </message>
    <message>
        <source>Evidence (document, number, date)</source>
        <translation>Подтверждение (документ, номер, дата)</translation>
    </message>
    <message>
        <source>A half-filled box: not yet recorded.</source>
        <translation>Частично отмеченный флажок: ещё не отмечено.</translation>
    </message>
    <message>
        <source>Scanned documents</source>
        <translation>Сканы документов</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Состояние: {state}</translation>
    </message>
    <message>
        <source>Within the intake window (until {date}) ✓</source>
        <translation>В срок приёма (до {date}) ✓</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s full name.</source>
        <translation>Введите ФИО кандидата.</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s sex.</source>
        <translation>Выберите пол кандидата.</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Прикрепить скан документа</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>{name} (attached on OK)</source>
        <translation>{name} (прикрепится по OK)</translation>
    </message>
</context>
<context>
    <name>CandidateListDialog</name>
    <message>
        <source>List of candidates (PDF)</source>
        <translation>Список кандидатов (PDF)</translation>
    </message>
    <message>
        <source>Include phone numbers and e-mail addresses</source>
        <translation>Включить телефоны и адреса эл. почты</translation>
    </message>
    <message>
        <source>Contacts are personal data: include them only when the Commission needs them.</source>
        <translation>Контакты — персональные данные: включайте их, только если они нужны комиссии.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
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
        <source>(self-nominated)</source>
        <translation>(самовыдвижение)</translation>
    </message>
    <message>
        <source>Documents arrived</source>
        <translation>Документы получены</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <source>Art. {article}: received before the announcement was published ({date})</source>
        <translation>Ст. {article}: получены до публикации объявления ({date})</translation>
    </message>
    <message>
        <source>Art. {article}: received after the intake window closed on {date}</source>
        <translation>Ст. {article}: получены после окончания срока приёма {date}</translation>
    </message>
    <message>
        <source>complete ✓</source>
        <translation>полный ✓</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translation>не хватает: {n}</translation>
    </message>
    <message>
        <source>Recommendation letters: {n} (at least {min})</source>
        <translation>Рекомендательные письма: {n} (не менее {min})</translation>
    </message>
    <message>
        <source>Missing: {document}</source>
        <translation>Нет: {document}</translation>
    </message>
    <message>
        <source>{n} not met</source>
        <translation>не выполнено: {n}</translation>
    </message>
    <message>
        <source>{n} not recorded</source>
        <translation>не отмечено: {n}</translation>
    </message>
    <message>
        <source>all met ✓</source>
        <translation>все выполнены ✓</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>CV with photo</source>
        <translation>Резюме с фотографией</translation>
    </message>
    <message>
        <source>Recommendation letters</source>
        <translation>Рекомендательные письма</translation>
    </message>
    <message>
        <source>Vision of the work in the council</source>
        <translation>Видение работы в совете</translation>
    </message>
    <message>
        <source>Citizen of the Kyrgyz Republic with full legal capacity</source>
        <translation>Дееспособный гражданин Кыргызской Республики</translation>
    </message>
    <message>
        <source>Citizen of the Republic of Kazakhstan with full legal capacity</source>
        <translation>Дееспособный гражданин Республики Казахстан</translation>
    </message>
    <message>
        <source>Citizen with full legal capacity</source>
        <translation>Дееспособный гражданин</translation>
    </message>
    <message>
        <source>No criminal record</source>
        <translation>Не имеет судимости</translation>
    </message>
    <message>
        <source>Not a state or municipal employee</source>
        <translation>Не государственный и не муниципальный служащий</translation>
    </message>
    <message>
        <source>Impeccable reputation</source>
        <translation>Безупречная репутация</translation>
    </message>
    <message>
        <source>No relatives working in the state body</source>
        <translation>Нет родственников, работающих в госоргане</translation>
    </message>
    <message>
        <source>Not dependent on the state body</source>
        <translation>Не зависит от госоргана</translation>
    </message>
    <message>
        <source>Experience of civic activity</source>
        <translation>Опыт общественной деятельности</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Неполный</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Не соответствует</translation>
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
        <translation>Объявить конкурс…</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Find a candidate…</source>
        <translation>Найти кандидата…</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Добавить кандидата…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>List (PDF)…</source>
        <translation>Список (PDF)…</translation>
    </message>
    <message>
        <source>Form the new composition…</source>
        <translation>Сформировать новый состав…</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Добавить кандидата</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
    <message>
        <source>For the next composition</source>
        <translation>Для следующего состава</translation>
    </message>
    <message>
        <source>Formed on {date}</source>
        <translation>Сформирован {date}</translation>
    </message>
    <message>
        <source>Announced on {date}</source>
        <translation>Объявлен {date}</translation>
    </message>
    <message>
        <source>Add a candidate (Ins)</source>
        <translation>Добавить кандидата (Ins)</translation>
    </message>
    <message>
        <source>Space: select or unselect the candidate</source>
        <translation>Пробел: отобрать кандидата или снять отбор</translation>
    </message>
    <message>
        <source>none announced yet</source>
        <translation>ещё не объявлен</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <source>Delete the candidate {name} and their scanned documents?</source>
        <translation>Удалить кандидата {name} и сканы его документов?</translation>
    </message>
    <message>
        <source>The new composition cannot be formed (Art. {article}):</source>
        <translation>Новый состав не может быть сформирован (ст. {article}):</translation>
    </message>
    <message>
        <source>Form the new composition</source>
        <translation>Сформировать новый состав</translation>
    </message>
    <message>
        <source>Save the list of candidates</source>
        <translation>Сохранить список кандидатов</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>Competition dates</source>
        <translation>Даты конкурса</translation>
    </message>
    <message>
        <source>Announce the competition</source>
        <translation>Объявить конкурс</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Объявлен</translation>
    </message>
    <message>
        <source>Published in the media on</source>
        <translation>Опубликован в СМИ</translation>
    </message>
    <message>
        <source>Art. {article}: the competition is announced at least {months} months before the term ends and published in the mass media; documents are accepted for {intake} month from the publication.</source>
        <translation>Ст. {article}: конкурс объявляется не позднее чем за {months} месяца до истечения полномочий и публикуется в СМИ; документы принимаются в течение {intake} месяца со дня публикации.</translation>
    </message>
</context>
<context>
    <name>CompetitionPanel</name>
    <message>
        <source>Announce the competition by</source>
        <translation>Объявить конкурс до</translation>
    </message>
    <message>
        <source>Documents accepted until</source>
        <translation>Документы принимаются до</translation>
    </message>
    <message>
        <source>Form the new composition by</source>
        <translation>Сформировать новый состав до</translation>
    </message>
    <message>
        <source>The current composition&apos;s term ends on {end}; the new one starts on {start}.</source>
        <translation>Полномочия действующего состава истекают {end}; новый состав начинает работу {start}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>formed (the day is not recorded)</source>
        <translation>сформирован (дата не записана)</translation>
    </message>
    <message>
        <source>Announced: {announced} · Published in the media: {published}</source>
        <translation>Объявлен: {announced} · Опубликован в СМИ: {published}</translation>
    </message>
    <message>
        <source>The first composition&apos;s term begins on {start}.</source>
        <translation>Полномочия первого состава начинаются {start}</translation>
    </message>
    <message>
        <source>The current composition&apos;s term ends on {end}; the next composition is formed, its term is {start} – {next_end}.</source>
        <translation>Полномочия действующего состава истекают {end}; следующий состав сформирован, срок его полномочий: {start} – {next_end}</translation>
    </message>
    <message>
        <source>The last composition&apos;s term ended on {end}; the next composition is formed, its term is {start} – {next_end}.</source>
        <translation>Полномочия последнего состава истекли {end}; следующий состав сформирован, срок его полномочий: {start} – {next_end}</translation>
    </message>
    <message>
        <source>The last composition&apos;s term ended on {end}; no composition is in force.</source>
        <translation>Полномочия последнего состава истекли {end}; действующего состава нет.</translation>
    </message>
    <message>
        <source>done on {date} ✓</source>
        <translation>выполнено {date} ✓</translation>
    </message>
    <message>
        <source>Art. {article}: done on {date}, {days} late</source>
        <translation>Ст. {article}: выполнено {date}, с опозданием на {days}</translation>
    </message>
    <message>
        <source>Art. {article}: {days} overdue</source>
        <translation>Ст. {article}: просрочено на {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>осталось {days}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{months} month from the publication in the media</source>
        <translation>{months} месяц со дня публикации в СМИ</translation>
    </message>
    <message>
        <source>opens on {date}</source>
        <translation>открывается {date}</translation>
    </message>
    <message>
        <source>open, {days} left</source>
        <translation>открыт, осталось {days}</translation>
    </message>
    <message>
        <source>open, last day today</source>
        <translation>открыт, сегодня последний день</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
</context>
<context>
    <name>CompositionHistoryDialog</name>
    <message>
        <source>Compositions of the council</source>
        <translation>Составы совета</translation>
    </message>
    <message>
        <source>Members are everyone who served during the term, including those who joined or left part-way.</source>
        <translation>Члены — все, кто входил в состав в течение срока, включая вошедших или выбывших в его середине.</translation>
    </message>
</context>
<context>
    <name>CompositionIndicators</name>
    <message>
        <source>{n} members ({min}–{max}, Art. {article}) ✓</source>
        <translation>Членов: {n} ({min}–{max}, ст. {article}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: 1 member — at least {min}</source>
        <translation>Ст. {article}: 1 член — нужно не менее {min}</translation>
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
        <source>Art. {article}: {name} is a second member from {organization}</source>
        <translation>Ст. {article}: {name} — второй член от организации {organization}</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is also a member of {council}</source>
        <translation>Ст. {article}: {name} также входит в состав: {council}</translation>
    </message>
    <message>
        <source>The term ended on {end}, {days} ago; no composition is in force</source>
        <translation>Срок полномочий истёк {end} ({days} назад); действующего состава нет</translation>
    </message>
    <message>
        <source>The first term begins on {start}</source>
        <translation>Первый срок полномочий начинается {start}</translation>
    </message>
    <message>
        <source>Next composition formed: {n} members from {start}</source>
        <translation>Следующий состав сформирован: членов — {n}, с {start}</translation>
    </message>
    <message>
        <source>No member sits on another council ✓</source>
        <translation>Никто из членов не состоит в другом совете ✓</translation>
    </message>
    <message>
        <source>Compositions…</source>
        <translation>Составы…</translation>
    </message>
    <message>
        <source>Every composition of the council: its term and how many served in it</source>
        <translation>Все составы совета: срок полномочий и сколько членов в них входило</translation>
    </message>
    <message>
        <source>No term of office is recorded</source>
        <translation>Срок полномочий не записан</translation>
    </message>
    <message>
        <source>Art. {article}: the term {start} – {end} is longer than allowed; it may end on {last} at the latest</source>
        <translation>Ст. {article}: срок {start} – {end} длиннее допустимого; он должен закончиться не позднее {last}</translation>
    </message>
    <message>
        <source>Term {start} – {end}: {days} left</source>
        <translation>Срок полномочий: {start} – {end}, осталось {days}</translation>
    </message>
</context>
<context>
    <name>CompositionTableModel</name>
    <message>
        <source>in force</source>
        <translation>действующий</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <source>former</source>
        <translation>бывший</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок полномочий</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены совета</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>The server&apos;s owner gives you the address and your login. The password is asked for when the server needs it and is never saved.</source>
        <translation>Адрес и логин вам даёт владелец сервера. Пароль запрашивается, когда его требует сервер, и никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>An address starts with postgresql://</source>
        <translation>Адрес начинается с postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The server asks for the password of {address}:</source>
        <translation>Сервер запрашивает пароль для {address}:</translation>
    </message>
</context>
<context>
    <name>CopySentDialog</name>
    <message>
        <source>Copy of the plan sent to the state body</source>
        <translation>Направление копии плана в госорган</translation>
    </message>
    <message>
        <source>The copy has been sent</source>
        <translation>Копия направлена</translation>
    </message>
    <message>
        <source>Outgoing number, e.g. 01-12/45</source>
        <translation>Исходящий номер, например 01-12/45</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Дата &amp;отправки:</translation>
    </message>
    <message>
        <source>Outgoing &amp;letter No.:</source>
        <translation>№ исходящего &amp;письма:</translation>
    </message>
    <message>
        <source>Before the approval on {approved}.</source>
        <translation>Раньше утверждения ({approved}).</translation>
    </message>
    <message>
        <source>Art. {article}: on time (due by {due}).</source>
        <translation>Ст. {article}: в срок (не позднее {due}).</translation>
    </message>
    <message>
        <source>Art. {article}: late by {days} (due by {due}).</source>
        <translation>Ст. {article}: с опозданием на {days} (срок — не позднее {due}).</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Сначала выберите совет.</translation>
    </message>
    <message>
        <source>The copy cannot have been sent before the plan was approved ({approved}).</source>
        <translation>Копия не может быть направлена раньше утверждения плана ({approved}).</translation>
    </message>
    <message>
        <source>The copy cannot be recorded as sent on a day still to come.</source>
        <translation>Нельзя записать отправку копии на день, который ещё не наступил.</translation>
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
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;State body:</source>
        <translation>&amp;Государственный орган:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Правила:</translation>
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
        <translation>Ст. {article}: состав работает не более {years} лет; срок, начатый {start}, заканчивается не позднее {last}</translation>
    </message>
</context>
<context>
    <name>CouncilFindingModel</name>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
</context>
<context>
    <name>CouncilsOverviewDialog</name>
    <message>
        <source>Overview of all councils</source>
        <translation>Обзор всех советов</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Checking every council…</source>
        <translation>Проверка всех советов…</translation>
    </message>
    <message>
        <source>Every council ({count})</source>
        <translation>Все советы ({count})</translation>
    </message>
    <message>
        <source>{violations} violations and {upcoming} upcoming deadlines in {councils} councils.</source>
        <translation>В советах ({councils}): нарушений — {violations}, ближайших сроков — {upcoming}.</translation>
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
        <translation>Демонстрационная база данных (не ваши записи): {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>{council} · {database}</source>
        <translation>{council} · {database}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>chair: reads, finalizes and reopens sittings</source>
        <translation>председатель: читает, утверждает и открывает снова заседания</translation>
    </message>
    <message>
        <source>reader: read only</source>
        <translation>читатель: только чтение</translation>
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
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <source>The demo council is in a database of its own:
{path}

Your own records are not touched. File → Open database… goes back to them.</source>
        <translation>Демонстрационный совет находится в отдельной базе данных:
{path}

Ваши записи не затронуты. Файл → Открыть базу данных… возвращает к ним.</translation>
    </message>
    <message>
        <source>Delete council</source>
        <translation>Удалить совет</translation>
    </message>
    <message>
        <source>Delete the council «{name}» and everything recorded for it (members, sittings, requests, plans, competitions)?

A backup of the database is made first, so this can be undone with File → Backups…</source>
        <translation>Удалить совет «{name}» и всё, что для него записано (члены, заседания, запросы, планы, конкурсы)?

Сначала делается резервная копия базы данных, поэтому это можно отменить через Файл → Резервные копии…</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The backup failed, so nothing was deleted.

{problem}</source>
        <translation>Резервную копию сделать не удалось, поэтому ничего не удалено.

{problem}</translation>
    </message>
    <message>
        <source>The council «{name}» was deleted.</source>
        <translation>Совет «{name}» удалён.</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Импорт файла обмена</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message>
        <source>Nothing was imported.

{problem}</source>
        <translation>Ничего не импортировано.

{problem}</translation>
    </message>
    <message>
        <source>Importing {count} council(s)…</source>
        <translation>Импорт советов: {count}…</translation>
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
</context>
<context>
    <name>DatabaseRefusals</name>
    <message>
        <source>The database {name} was written by a newer version of Kenesh Desktop. Update the program to open it. The file was not changed.</source>
        <translation>База данных {name} записана более новой версией Kenesh Desktop. Чтобы открыть её, обновите программу. Файл не изменён.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: it is not a Kenesh Desktop database, or it cannot be read. The file was not changed.</source>
        <translation>Файл {name} нельзя открыть: это не база данных Kenesh Desktop, или его не удаётся прочитать. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database {name} is damaged ({detail}). It was moved aside as {damaged} in the same folder, and not opened.</source>
        <translation>База данных {name} повреждена ({detail}). Она отложена в той же папке под именем {damaged} и не открыта.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Её резервной копии нет.</translation>
    </message>
    <message>
        <source>Its newest good backup was made on {when}.</source>
        <translation>Её последняя исправная резервная копия сделана {when}.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: its folder {folder} is read-only (the database writes its journal beside the file). Move the file to a folder you can write to, then open it again. Nothing was changed.</source>
        <translation>В базу данных {name} нельзя записывать: её папка {folder} доступна только для чтения (база данных пишет свой журнал рядом с файлом). Перенесите файл в папку, в которую можно записывать, и откройте его снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: the disk that holds {folder} is full. Free some space on it, then open the database again. Nothing was changed.</source>
        <translation>В базу данных {name} нельзя записывать: диск, на котором находится {folder}, заполнен. Освободите на нём место и снова откройте базу данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database {name} cannot be written: the file is read-only. Kenesh Desktop writes to its database (and locks it) even to show it: allow writing to the file, or copy it to a folder of your own, then open it again. Nothing was changed.</source>
        <translation>В базу данных {name} нельзя записывать: файл доступен только для чтения. Kenesh Desktop записывает в свою базу данных (и блокирует её), даже чтобы просто показать её: разрешите запись в файл или скопируйте его в свою папку и откройте снова. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>Add speaker…</source>
        <translation>Добавить выступающего…</translation>
    </message>
    <message>
        <source>Add a speaker (Ins)</source>
        <translation>Добавить выступающего (Ins)</translation>
    </message>
    <message>
        <source>Move the speaker up (Ctrl+Up)</source>
        <translation>Переместить выступающего выше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the speaker down (Ctrl+Down)</source>
        <translation>Переместить выступающего ниже (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Изменить выступающего</translation>
    </message>
    <message>
        <source>Remove the speaker (Del)</source>
        <translation>Удалить выступающего (Del)</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Удалить выступающего</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Remove {name} from the discussion of this item?</source>
        <translation>Удалить {name} из обсуждения этого вопроса?</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Файл календаря (*.ics)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.

{path}: {problem}</source>
        <translation>Не удалось записать PDF.

{path}: {problem}</translation>
    </message>
    <message>
        <source>The file could not be written.

{path}: {problem}</source>
        <translation>Не удалось записать файл.

{path}: {problem}</translation>
    </message>
    <message>
        <source>The document could not be made.

{path}: {problem}</source>
        <translation>Документ не удалось создать.

{path}: {problem}</translation>
    </message>
    <message>
        <source>No program to show this file was found. It is at:
{path}</source>
        <translation>Не найдена программа для просмотра этого файла. Файл находится здесь:
{path}</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Прекратить членство</translation>
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
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>осталось {days}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>признано</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>просрочено на {days}</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>опоздание {days}</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} назад</translation>
    </message>
    <message>
        <source>now</source>
        <translation>настоящее время</translation>
    </message>
    <message>
        <source>Acknowledged on {date}</source>
        <translation>Признано {date}</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Признано</translation>
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
    <name>FormCompositionDialog</name>
    <message>
        <source>Form the new composition</source>
        <translation>Сформировать новый состав</translation>
    </message>
    <message>
        <source>{n} selected candidates become members from {start}.</source>
        <translation>Отобранные кандидаты ({n}) становятся членами совета с {start}</translation>
    </message>
    <message>
        <source>The current composition stays in force until {end}: its {m} memberships end that day.</source>
        <translation>Действующий состав сохраняет полномочия до {end}: полномочия его членов ({m}) прекращаются в этот день.</translation>
    </message>
    <message>
        <source>The previous composition&apos;s term ended on {end}: its {m} memberships still open end that day.</source>
        <translation>Полномочия предыдущего состава истекли {end}: незакрытые полномочия его членов ({m}) прекращаются этим днём.</translation>
    </message>
    <message>
        <source>The next term: {start} – {new_end}.</source>
        <translation>Срок полномочий следующего состава: {start} – {new_end}</translation>
    </message>
    <message>
        <source>Art. {article}: the new composition is formed by {due}; this date is later and the checks will report it.</source>
        <translation>Ст. {article}: новый состав формируется не позднее {due}; эта дата позже, проверка отметит нарушение.</translation>
    </message>
    <message>
        <source>Formed by the Commission on:</source>
        <translation>Сформирован комиссией:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>This login may only read this council&apos;s records: nothing can be saved here.</source>
        <translation>Этот логин может только читать записи этого совета: здесь ничего нельзя сохранить.</translation>
    </message>
    <message>
        <source>Close without saving? What was typed in this form is lost.</source>
        <translation>Закрыть без сохранения? Введённое в эту форму будет потеряно.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation>Изменить приглашённого</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Добавить приглашённого</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Введите имя приглашённого.</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Guest</source>
        <translation>Приглашённый</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
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
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член совета</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>присутствие</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>вопрос повестки дня</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>голос</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <source>reopening</source>
        <translation>повторное открытие</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>commission notice</source>
        <translation>уведомление комиссии</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>member from</source>
        <translation>член совета с</translation>
    </message>
    <message>
        <source>member until</source>
        <translation>член совета до</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>персональный номер (ПИН)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>agenda sent</source>
        <translation>повестка направлена</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>созвал</translation>
    </message>
    <message>
        <source>state body&apos;s representative</source>
        <translation>представитель госоргана</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>reason of absence</source>
        <translation>причина отсутствия</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>место в списке</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>предложил</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>heard</source>
        <translation>слушали</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>reopened on</source>
        <translation>открыто повторно</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>дата регистрации</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>дата ответа</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>answer summary</source>
        <translation>краткое содержание ответа</translation>
    </message>
    <message>
        <source>(the values of a deleted record are not kept)</source>
        <translation>(данные удалённой записи не сохраняются)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>{count} changes of the records written to {path}.</source>
        <translation>Изменений записей: {count}; записано в файл {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>История: {name}</translation>
    </message>
    <message>
        <source>No change of this record is recorded. Changes are recorded from the moment the program keeps an audit trail; records imported or entered earlier have none.</source>
        <translation>Изменения этой записи не зарегистрированы. Изменения регистрируются с того момента, как программа ведёт журнал аудита; у записей, введённых или импортированных раньше, истории нет.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
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
        <source>Sittings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Годовой план</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
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
        <source>{council} — Kenesh Desktop</source>
        <translation>{council} — Kenesh Desktop</translation>
    </message>
    <message>
        <source>This record has no tab in this version of the program.</source>
        <translation>В этой версии программы для этой записи нет вкладки.</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Finalize…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Once the chair has signed the minutes: attendance, agenda and votes become read-only</source>
        <translation>После подписания протокола председателем: присутствие, повестка и голосование только для чтения</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Language of the minutes and the letter</source>
        <translation>Язык протокола и письма</translation>
    </message>
    <message>
        <source>Minutes PDF…</source>
        <translation>Протокол PDF…</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Копия в Word…</translation>
    </message>
    <message>
        <source>An editable Word copy of the minutes (.docx), to correct or translate; the PDF stays the signed copy</source>
        <translation>Редактируемая копия протокола в Word (.docx), для правки или перевода; подписанным экземпляром остаётся PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Open the minutes in the system&apos;s PDF viewer</source>
        <translation>Открыть протокол в системной программе просмотра PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the minutes (Ctrl+P)</source>
        <translation>Напечатать протокол (Ctrl+P)</translation>
    </message>
    <message>
        <source>Verify fingerprint…</source>
        <translation>Проверить контрольный код…</translation>
    </message>
    <message>
        <source>Agenda letter…</source>
        <translation>Письмо с повесткой…</translation>
    </message>
    <message>
        <source>The letter with the agenda to the state body (PDF), also the members&apos; invitation</source>
        <translation>Письмо с повесткой дня в госорган (PDF), оно же приглашение членам совета</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>The sitting as a calendar file (.ics)</source>
        <translation>Заседание в виде файла календаря (.ics)</translation>
    </message>
    <message>
        <source>Finalized: the record is read-only. To correct it, reopen it and state why.</source>
        <translation>Утверждено: запись только для чтения. Чтобы исправить, откройте её снова с указанием причины.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Choose a sitting in the list, or add one.</source>
        <translation>Выберите заседание в списке или добавьте новое.</translation>
    </message>
    <message>
        <source>Fingerprint of the record: {fingerprint}</source>
        <translation>Контрольный код записи: {fingerprint}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <source>Sitting No. {number}</source>
        <translation>Заседание №{number}</translation>
    </message>
    <message>
        <source>{kind}, called by {name}</source>
        <translation>{kind}, созвано по инициативе: {name}</translation>
    </message>
    <message>
        <source>Finalize sitting No. {number}?

Do this once the chair has signed the minutes. Attendance, agenda and votes become read-only, and the final minutes carry the record&apos;s fingerprint. Correcting it later needs a stated reason.</source>
        <translation>Утвердить заседание №{number}?

Сделайте это после подписания протокола председателем. Присутствие, повестка и голосование станут только для чтения, а окончательный протокол получит контрольный код записи. Исправление потребует указать причину.</translation>
    </message>
    <message>
        <source>Finalize sitting</source>
        <translation>Утвердить заседание</translation>
    </message>
    <message>
        <source>Save a Word copy of the minutes</source>
        <translation>Сохранить копию протокола в Word</translation>
    </message>
    <message>
        <source>Save the extract from the minutes</source>
        <translation>Сохранить выписку из протокола</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Сохранить протокол</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit sitting</source>
        <translation>Изменить заседание</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Choose the member…</source>
        <translation>Выберите члена совета…</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Called by (Art. {article}):</source>
        <translation>&amp;Созвано по инициативе (ст. {article}):</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; choose who called it.</source>
        <translation>Ст. {article}: внеочередное заседание созывает член совета; выберите, кто его созвал.</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутств.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Art. {article}: {needed} of {members} needed, {present} present</source>
        <translation>Ст. {article}: нужно {needed} из {members}, присутствовали {present}</translation>
    </message>
    <message>
        <source>finalized (reopened {count}×)</source>
        <translation>утверждено (открывалось снова: {count})</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>reopened {date}: {reason}</source>
        <translation>открыто снова {date}: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>Reopened {date}: {reason}</source>
        <translation>Открыто снова {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>regular</source>
        <translation>очередное</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>внеочередное</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>Общественный совет</translation>
    </message>
    <message>
        <source>the state body</source>
        <translation>госорган</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>госорган</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>not put to the vote</source>
        <translation>на голосование не ставилось</translation>
    </message>
    <message>
        <source>not adopted: no quorum (Art. {article})</source>
        <translation>не принято: нет кворума (ст. {article})</translation>
    </message>
    <message>
        <source>attendance not recorded yet</source>
        <translation>присутствие ещё не отмечено</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>New sitting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Add a sitting (Ins)</source>
        <translation>Добавить заседание (Ins)</translation>
    </message>
    <message>
        <source>Delete a sitting entered by mistake (Del)</source>
        <translation>Удалить ошибочно внесённое заседание (Del)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every change of the sitting&apos;s record</source>
        <translation>Все изменения записи заседания</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Every sitting as one calendar file (.ics) for Outlook or a phone</source>
        <translation>Все заседания одним файлом календаря (.ics) для Outlook или телефона</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Edit sitting</source>
        <translation>Изменить заседание</translation>
    </message>
    <message>
        <source>Delete sitting</source>
        <translation>Удалить заседание</translation>
    </message>
    <message>
        <source>sitting No. {number}</source>
        <translation>заседание № {number}</translation>
    </message>
    <message>
        <source>Delete sitting No. {number} with its attendance, agenda and votes?

Delete only a sitting entered by mistake.</source>
        <translation>Удалить заседание №{number} вместе с присутствием, повесткой и голосованием?

Удаляйте только ошибочно внесённое заседание.</translation>
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
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
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
        <source>P&amp;hone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Адрес эл. почты:</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Изменить данные члена совета</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена совета</translation>
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
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <source>former</source>
        <translation>бывший</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действующий</translation>
    </message>
    <message>
        <source>The next composition, from {date}</source>
        <translation>Следующий состав, с {date}</translation>
    </message>
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
        <source>Composition</source>
        <translation>Состав</translation>
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
        <source>End membership…</source>
        <translation>Прекратить членство…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена совета</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Изменить данные члена совета</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Удалить члена совета</translation>
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
    <name>NewPlanDialog</name>
    <message>
        <source>New work plan</source>
        <translation>Новый план работы</translation>
    </message>
    <message>
        <source>Work plan for the &amp;year:</source>
        <translation>План работы на &amp;год:</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Сначала выберите совет.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Edit notice</source>
        <translation>Изменить уведомление</translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation>Добавить уведомление</translation>
    </message>
    <message>
        <source>e.g. the tender commission</source>
        <translation>напр. тендерная комиссия</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Notice &amp;received:</source>
        <translation>Уведомление &amp;получено:</translation>
    </message>
    <message>
        <source>Commission &amp;sits on:</source>
        <translation>&amp;Заседание комиссии:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>П&amp;овестка:</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Наблюдатель:</translation>
    </message>
    <message>
        <source>Observer a&amp;ttended:</source>
        <translation>Наблюдатель п&amp;рисутствовал:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>П&amp;римечание:</translation>
    </message>
    <message>
        <source>nobody sent</source>
        <translation>никто не направлен</translation>
    </message>
    <message>
        <source>Art. {article}: notice kept — it was due by {date}, {days} before the sitting.</source>
        <translation>Ст. {article}: срок соблюдён — уведомление должно было поступить до {date}, за {days} до заседания.</translation>
    </message>
    <message>
        <source>Art. {article}: notice late — it was due by {date}, {days} before the sitting.</source>
        <translation>Ст. {article}: уведомление опоздало — оно должно было поступить до {date}, за {days} до заседания.</translation>
    </message>
    <message>
        <source>Enter the commission&apos;s name.</source>
        <translation>Введите название комиссии.</translation>
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
        <translation>Получено</translation>
    </message>
    <message>
        <source>Sits on</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>2-day notice</source>
        <translation>За 2 дня</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>соблюдено</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>Art. {article}: the notice was due by {date} ({days} before the sitting).</source>
        <translation>Ст. {article}: уведомление должно было поступить до {date} (за {days} до заседания).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <source>Find by commission, place, observer…</source>
        <translation>Поиск по комиссии, месту, наблюдателю…</translation>
    </message>
    <message>
        <source>Add notice…</source>
        <translation>Добавить уведомление…</translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation>Добавить уведомление</translation>
    </message>
    <message>
        <source>Delete notice</source>
        <translation>Удалить уведомление</translation>
    </message>
    <message>
        <source>Edit notice</source>
        <translation>Изменить уведомление</translation>
    </message>
    <message>
        <source>Delete the notice of {commission}?</source>
        <translation>Удалить уведомление: {commission}?</translation>
    </message>
</context>
<context>
    <name>OrderedRecordTab</name>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nothing is due: every rule is kept.</source>
        <translation>Сроков нет: все правила соблюдены.</translation>
    </message>
    <message>
        <source>Show &amp;acknowledged</source>
        <translation>Показать &amp;признанные</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>При&amp;знать…</translation>
    </message>
    <message>
        <source>A violation that can no longer be mended (an answer that came late, a sitting without its quorum): keep it in the records, set it aside here</source>
        <translation>Нарушение, которое уже нельзя исправить (ответ с опозданием, заседание без кворума): сохранить в записях и отложить здесь</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>&amp;Отменить признание</translation>
    </message>
    <message>
        <source>{council} — {state_body}</source>
        <translation>{council} — {state_body}</translation>
    </message>
    <message>
        <source>Checked on {today} by the rules of {rulebook}. Violations: {violations}. Upcoming deadlines: {upcoming}.</source>
        <translation>Проверка на {today} по правилам: {rulebook}. Нарушений: {violations}. Приближающихся сроков: {upcoming}.</translation>
    </message>
    <message>
        <source>Acknowledged: {count}.</source>
        <translation>Признано: {count}.</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Отменить признание</translation>
    </message>
    <message>
        <source>Show this violation among the others again?</source>
        <translation>Снова показывать это нарушение среди остальных?</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>квартал</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>What the council will do</source>
        <translation>Что сделает совет</translation>
    </message>
    <message>
        <source>Members or a working group; separate names with commas</source>
        <translation>Члены совета или рабочая группа; имена через запятую</translation>
    </message>
    <message>
        <source>Sitting, public hearing, report, monitoring…</source>
        <translation>Заседание, общественные слушания, отчёт, мониторинг…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственные:</translation>
    </message>
    <message>
        <source>&amp;Form of completion:</source>
        <translation>&amp;Форма завершения:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Enter the activity.</source>
        <translation>Введите мероприятие.</translation>
    </message>
    <message>
        <source>Choose a council first.</source>
        <translation>Сначала выберите совет.</translation>
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
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Approve at a sitting…</source>
        <translation>Утвердить на заседании…</translation>
    </message>
    <message>
        <source>Record the copy sent…</source>
        <translation>Записать отправку копии…</translation>
    </message>
    <message>
        <source>Not approved yet: the plan is a draft until a sitting approves it.</source>
        <translation>Ещё не утверждён: до утверждения на заседании план остаётся проектом.</translation>
    </message>
    <message>
        <source>Approved at sitting No. {number} {date}.</source>
        <translation>Утверждён на заседании №{number} {date}</translation>
    </message>
    <message>
        <source>Approved on {date}.</source>
        <translation>Утверждён {date}</translation>
    </message>
    <message>
        <source>Art. {article}: once approved, a copy goes to the state body within {period}.</source>
        <translation>Ст. {article}: после утверждения копия плана направляется в госорган в течение {period}.</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent to the state body on {sent}, letter No. {letter} — in time (due by {due}) ✓</source>
        <translation>Ст. {article}: копия направлена в госорган {sent}, письмо №{letter} — в срок (не позднее {due}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent to the state body on {sent} — in time (due by {due}) ✓</source>
        <translation>Ст. {article}: копия направлена в госорган {sent} — в срок (не позднее {due}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: copy sent on {sent}, {days} late — it was due by {due}</source>
        <translation>Ст. {article}: копия направлена {sent}, с опозданием на {days} — срок был не позднее {due}</translation>
    </message>
    <message>
        <source>Art. {article}: the copy for the state body was due by {due} — {days} overdue</source>
        <translation>Ст. {article}: копия не направлена в госорган; срок был не позднее {due} — просрочено на {days}</translation>
    </message>
    <message>
        <source>Art. {article}: send the copy to the state body today ({due}) — the last day</source>
        <translation>Ст. {article}: направьте копию в госорган сегодня ({due}) — последний день</translation>
    </message>
    <message>
        <source>Art. {article}: send the copy to the state body by {due} — {days} left</source>
        <translation>Ст. {article}: направьте копию в госорган не позднее {due} — осталось {days}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Work plan for &amp;year:</source>
        <translation>План работы на &amp;год:</translation>
    </message>
    <message>
        <source>New plan for year…</source>
        <translation>Новый план на год…</translation>
    </message>
    <message>
        <source>Copy last year&apos;s plan as a start</source>
        <translation>Начать с плана прошлого года</translation>
    </message>
    <message>
        <source>Plan PDF</source>
        <translation>План работы (PDF)</translation>
    </message>
    <message>
        <source>Plan in Word</source>
        <translation>План в Word</translation>
    </message>
    <message>
        <source>An editable Word copy of the plan (.docx)</source>
        <translation>Редактируемая копия плана в Word (.docx)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предпросмотр печати</translation>
    </message>
    <message>
        <source>The plan as it will be printed</source>
        <translation>План в том виде, в каком он будет напечатан</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Годовой отчёт…</translation>
    </message>
    <message>
        <source>No work plan yet: start one with “New plan for year…”.</source>
        <translation>Плана работы пока нет: создайте его кнопкой «Новый план на год…».</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Добавить мероприятие…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Remove activity No. {number} {title} from the plan?</source>
        <translation>Удалить из плана мероприятие № {number} {title}?</translation>
    </message>
    <message>
        <source>Add an activity (Ins)</source>
        <translation>Добавить мероприятие (Ins)</translation>
    </message>
    <message>
        <source>Move the activity up (Ctrl+Up)</source>
        <translation>Переместить мероприятие вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Ctrl+Down)</source>
        <translation>Переместить мероприятие вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove the activity (Del)</source>
        <translation>Удалить мероприятие (Del)</translation>
    </message>
    <message>
        <source>Copy last year&apos;s plan</source>
        <translation>Скопировать план прошлого года</translation>
    </message>
    <message>
        <source>{count} activities copied from the plan for {year}; their dates are moved one year on and every status is “planned”.</source>
        <translation>Из плана на {year} год скопировано мероприятий: {count}; сроки сдвинуты на год, у всех статус «запланировано».</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Переместить мероприятие</translation>
    </message>
    <message>
        <source>Save the work plan</source>
        <translation>Сохранить план работы</translation>
    </message>
    <message>
        <source>Save a Word copy of the work plan</source>
        <translation>Сохранить копию плана работы в Word</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Сохранить годовой отчёт</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Edit proposal</source>
        <translation>Изменить предложение</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Добавить предложение</translation>
    </message>
    <message>
        <source>A citizen or an organisation</source>
        <translation>Гражданин или организация</translation>
    </message>
    <message>
        <source>not yet considered</source>
        <translation>ещё не рассмотрено</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number} от {date}</translation>
    </message>
    <message>
        <source>The reply was sent on</source>
        <translation>Ответ направлен</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Получено:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>&amp;Considered at:</source>
        <translation>Рассмотрено на &amp;заседании:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Enter who made the proposal.</source>
        <translation>Укажите, кто внёс предложение.</translation>
    </message>
    <message>
        <source>Enter what the proposal is about.</source>
        <translation>Укажите содержание предложения.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Considered at</source>
        <translation>Рассмотрено на</translation>
    </message>
    <message>
        <source>Double-click to open the sitting</source>
        <translation>Дважды щёлкните, чтобы открыть заседание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Ответ направлен</translation>
    </message>
    <message>
        <source>not yet considered</source>
        <translation>ещё не рассмотрено</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№{number} от {date}</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Find by author, summary, outcome…</source>
        <translation>Поиск по автору, содержанию, результату…</translation>
    </message>
    <message>
        <source>Add proposal…</source>
        <translation>Добавить предложение…</translation>
    </message>
    <message>
        <source>Open sitting</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Добавить предложение</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Изменить предложение</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Удалить предложение</translation>
    </message>
    <message>
        <source>Delete the proposal of {author}?</source>
        <translation>Удалить предложение: {author}?</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish for the public</source>
        <translation>Публикация для общественности</translation>
    </message>
    <message>
        <source>A folder of web pages for the state body&apos;s website or a USB stick: the council and its composition, the sittings with the decisions of finalized minutes, the work plans, the annual reports with charts, open data (CSV, JSON) and a calendar. It opens in any browser without the internet.

Never published: PINs, phone numbers, e-mails, reasons for absence, candidates&apos; papers, and the decisions of sittings whose minutes are not finalized.</source>
        <translation>Папка веб-страниц для сайта госоргана или USB-флешки: совет и его состав, заседания с решениями утверждённых протоколов, планы работы, годовые отчёты с диаграммами, открытые данные (CSV, JSON) и календарь. Открывается в любом браузере без интернета.

Никогда не публикуются: ПИН, номера телефонов, электронная почта, причины отсутствия, документы кандидатов и решения заседаний, протоколы которых не утверждены.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>An empty or new folder: the pack is written into it.</source>
        <translation>Пустая или новая папка: материалы записываются в неё.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Where to publish</source>
        <translation>Куда опубликовать</translation>
    </message>
    <message>
        <source>Choose a folder for the pack.</source>
        <translation>Выберите папку для материалов.</translation>
    </message>
    <message>
        <source>{path} is a file. Choose an empty or new folder.</source>
        <translation>{path} — это файл. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty. Choose an empty or new folder: nothing in it is replaced.</source>
        <translation>Папка {path} не пуста. Выберите пустую или новую папку: ничего в ней не заменяется.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>The public pack is in {folder}.

Open it in the browser now?</source>
        <translation>Материалы для общественности в папке {folder}.

Открыть их в браузере?</translation>
    </message>
    <message>
        <source>No council is open.</source>
        <translation>Ни один совет не открыт.</translation>
    </message>
    <message>
        <source>Publishing the public pack…</source>
        <translation>Публикация материалов для общественности…</translation>
    </message>
    <message>
        <source>The pack could not be written.

{problem}</source>
        <translation>Не удалось записать материалы.

{problem}</translation>
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
        <translation>Присутствуют {present} из {members} — кворум {needed} ({share}, ст. {article}) ✓</translation>
    </message>
    <message>
        <source>Present {present} of {members} — quorum {needed} ({share}, Art. {article}): {missing} missing ✗</source>
        <translation>Присутствуют {present} из {members} — кворум {needed} ({share}, ст. {article}): не хватает {missing} ✗</translation>
    </message>
    <message>
        <source>Art. {article}: a sitting is competent when at least {share} of the members on its date attend.</source>
        <translation>Ст. {article}: заседание правомочно, если присутствует не менее {share} членов совета на дату заседания.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Отфильтровать список</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of requests</source>
        <translation>Реестр запросов</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF для печати и подписи</translation>
    </message>
    <message>
        <source>CSV table (Excel)</source>
        <translation>Таблица CSV (Excel)</translation>
    </message>
    <message>
        <source>Registered from – to:</source>
        <translation>Зарегистрированы с – по:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Период не может закончиться раньше своего первого дня.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen sitting</source>
        <translation>Открыть заседание снова</translation>
    </message>
    <message>
        <source>Sitting No. {number} is finalized. Reopen it only to correct the record; the reason and today&apos;s date are kept with it and shown in the list.</source>
        <translation>Заседание №{number} утверждено. Открывайте его снова только для исправления записи; причина и сегодняшняя дата сохраняются и видны в списке.</translation>
    </message>
    <message>
        <source>Why the record must be corrected</source>
        <translation>Почему запись нужно исправить</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Art. {article}: the answer is due by {date} ({days} after registration).</source>
        <translation>Ст. {article}: ответ должен быть дан до {date} ({days} после регистрации).</translation>
    </message>
    <message>
        <source>Answered {days} late.</source>
        <translation>Ответ дан с опозданием на {days}.</translation>
    </message>
    <message>
        <source>Answered on time.</source>
        <translation>Ответ дан в срок.</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Изменить запрос</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Добавить запрос</translation>
    </message>
    <message>
        <source>The registration number, e.g. 12/3</source>
        <translation>Регистрационный номер, напр. 12/3</translation>
    </message>
    <message>
        <source>The official the request is sent to</source>
        <translation>Должностное лицо, которому направлен запрос</translation>
    </message>
    <message>
        <source>The answer has come</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>Дата &amp;регистрации:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Answer su&amp;mmary:</source>
        <translation>Содержание &amp;ответа:</translation>
    </message>
    <message>
        <source>Enter the request&apos;s registration number.</source>
        <translation>Введите регистрационный номер запроса.</translation>
    </message>
    <message>
        <source>Enter the subject of the request.</source>
        <translation>Введите тему запроса.</translation>
    </message>
    <message>
        <source>Enter the official the request is sent to.</source>
        <translation>Введите должностное лицо, которому направлен запрос.</translation>
    </message>
    <message>
        <source>Art. {article}: the answer cannot come before the request was registered.</source>
        <translation>Ст. {article}: ответ не может быть дан раньше регистрации запроса.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>Содержание ответа</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>ответ дан в срок</translation>
    </message>
    <message>
        <source>answered {days} late</source>
        <translation>ответ с опозданием на {days}</translation>
    </message>
    <message>
        <source>overdue by {days}</source>
        <translation>просрочено на {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>due soon: {days} left</source>
        <translation>срок близко: осталось {days}</translation>
    </message>
    <message>
        <source>waiting: {days} left</source>
        <translation>ожидается: осталось {days}</translation>
    </message>
    <message>
        <source>Art. {article}: the answer is due no later than {days} after registration, by {date}.</source>
        <translation>Ст. {article}: ответ не позднее {days} после регистрации, до {date}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Requests to the state body</source>
        <translation>Запросы в госорган</translation>
    </message>
    <message>
        <source>Citizens&apos; proposals</source>
        <translation>Предложения граждан</translation>
    </message>
    <message>
        <source>Commission notices</source>
        <translation>Уведомления о комиссиях</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Requests ({count} overdue)</source>
        <translation>Запросы (просрочено: {count})</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Find by number, subject, official, text…</source>
        <translation>Поиск по номеру, теме, должностному лицу, тексту…</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Зарегистрированы с</translation>
    </message>
    <message>
        <source>Add request…</source>
        <translation>Добавить запрос…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Записать ответ…</translation>
    </message>
    <message>
        <source>Register (PDF, CSV)…</source>
        <translation>Реестр (PDF, CSV)…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают ответа</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Срок истекает через 3 дня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Ответ в срок</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Ответ с опозданием</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Добавить запрос</translation>
    </message>
    <message>
        <source>Delete request No. {number} {subject}?

Delete only a request entered by mistake.</source>
        <translation>Удалить запрос № {number} {subject}?

Удаляйте только запрос, внесённый по ошибке.</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Изменить запрос</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Удалить запрос</translation>
    </message>
    <message>
        <source>Register a request of the council (Ins)</source>
        <translation>Зарегистрировать запрос совета (Ins)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} requests; {overdue} overdue.</source>
        <translation>Показано {shown} из {total} запросов; просрочено: {overdue}.</translation>
    </message>
    <message>
        <source>Select a request to see its text and the answer.</source>
        <translation>Выберите запрос, чтобы увидеть его текст и ответ.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>Answer of {date}: {summary}</source>
        <translation>Ответ от {date}: {summary}</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>Members, at least</source>
        <translation>Членов совета, не менее</translation>
    </message>
    <message>
        <source>Members, at most</source>
        <translation>Членов совета, не более</translation>
    </message>
    <message>
        <source>Members of one sex, at most (share)</source>
        <translation>Лиц одного пола, не более (доля)</translation>
    </message>
    <message>
        <source>Members from one organisation, at most</source>
        <translation>Членов от одной организации, не более</translation>
    </message>
    <message>
        <source>Term of a composition (years)</source>
        <translation>Срок полномочий состава (лет)</translation>
    </message>
    <message>
        <source>Competition announced before the term ends (months)</source>
        <translation>Конкурс объявляется до окончания полномочий (за месяцев)</translation>
    </message>
    <message>
        <source>Documents accepted after the publication (months)</source>
        <translation>Приём документов после публикации (месяцев)</translation>
    </message>
    <message>
        <source>New composition formed before the term ends (days)</source>
        <translation>Новый состав формируется до окончания полномочий (за дней)</translation>
    </message>
    <message>
        <source>Recommendation letters, at least</source>
        <translation>Рекомендательных писем, не менее</translation>
    </message>
    <message>
        <source>Quorum (share of the members)</source>
        <translation>Кворум (доля членов совета)</translation>
    </message>
    <message>
        <source>A decision is adopted by</source>
        <translation>Решение принимается</translation>
    </message>
    <message>
        <source>Agenda to the state body before a sitting (days)</source>
        <translation>Повестка дня в госорган до заседания (за дней)</translation>
    </message>
    <message>
        <source>Notice of a commission&apos;s sitting before it (days)</source>
        <translation>Уведомление о заседании комиссии (за дней)</translation>
    </message>
    <message>
        <source>Copy of the annual plan after its approval (days)</source>
        <translation>Копия годового плана после утверждения (дней)</translation>
    </message>
    <message>
        <source>Written answer to a request (days)</source>
        <translation>Письменный ответ на запрос (дней)</translation>
    </message>
    <message>
        <source>Article on the composition and its forming</source>
        <translation>Статья о составе и его формировании</translation>
    </message>
    <message>
        <source>Article on the sittings</source>
        <translation>Статья о заседаниях</translation>
    </message>
    <message>
        <source>Article on the duties of the state body</source>
        <translation>Статья об обязанностях госоргана</translation>
    </message>
    <message>
        <source>at least {least}</source>
        <translation>не менее {least}</translation>
    </message>
    <message>
        <source>e.g. 2/3</source>
        <translation>напр. 2/3</translation>
    </message>
    <message>
        <source>a share is written as two whole numbers, p/q, more than 0 and at most 1 (e.g. 2/3)</source>
        <translation>доля записывается двумя целыми числами, p/q, больше 0 и не больше 1 (напр. 2/3)</translation>
    </message>
    <message>
        <source>No such rule</source>
        <translation>Такого правила нет</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>of the members present</source>
        <translation>от присутствующих членов</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>от всех членов совета</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>голосов «за»</translation>
    </message>
</context>
<context>
    <name>RulebookDialog</name>
    <message>
        <source>Rules of the council</source>
        <translation>Правила совета</translation>
    </message>
    <message>
        <source>The council&apos;s own regulation</source>
        <translation>Собственное положение совета</translation>
    </message>
    <message>
        <source>e.g. Regulation on the Public Council, order of the ministry No. 12 of 1 March 2024</source>
        <translation>напр. Положение об Общественном совете, приказ министерства № 12 от 1 марта 2024 г.</translation>
    </message>
    <message>
        <source>Co&amp;py its figures</source>
        <translation>&amp;Скопировать показатели</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Взять за основу:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <source>Composition and its forming</source>
        <translation>Состав и его формирование</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>The state body&apos;s duties</source>
        <translation>Обязанности госоргана</translation>
    </message>
    <message>
        <source>Law No. 74 of the Kyrgyz Republic was repealed in 2023: it is not a law in force. The program offers its figures as the default. A council that carries on follows its own regulation: choose “The council&apos;s own regulation” to copy these figures and change them.</source>
        <translation>Закон Кыргызской Республики № 74 утратил силу в 2023 году: это не действующий закон. Программа предлагает его показатели по умолчанию. Совет, продолжающий работу, действует по своему положению: выберите «Собственное положение совета», чтобы скопировать эти показатели и изменить их.</translation>
    </message>
    <message>
        <source>The council&apos;s own regulation (a ministry&apos;s order, a local government&apos;s decision, a donor programme): every figure and article is the council&apos;s to enter, as that regulation says.</source>
        <translation>Собственное положение совета (приказ министерства, решение органа местного самоуправления, программа донора): каждый показатель и каждую статью совет указывает сам, как в этом положении.</translation>
    </message>
    <message>
        <source>In force in Kazakhstan. The figures its text sets are shown with their articles; the others are set by the Model Regulation or the council&apos;s decisions: enter them. These rules cannot be used until every figure is entered.</source>
        <translation>Действует в Казахстане. Показатели, установленные его текстом, показаны со статьями; остальные установлены Типовым положением или решениями совета: укажите их. Пока указаны не все показатели, эти правила применить нельзя.</translation>
    </message>
    <message>
        <source>Enter the name of the council&apos;s regulation.</source>
        <translation>Укажите название положения совета.</translation>
    </message>
    <message>
        <source>{figure}: {problem}.</source>
        <translation>{figure}: {problem}.</translation>
    </message>
    <message>
        <source>{n} figures are not yet entered: {figures}…</source>
        <translation>Ещё не указано показателей: {n} — {figures}…</translation>
    </message>
    <message>
        <source>Not yet entered: {figures}.</source>
        <translation>Ещё не указано: {figures}.</translation>
    </message>
    <message>
        <source>“{least}” is more than “{most}”.</source>
        <translation>«{least}» больше, чем «{most}».</translation>
    </message>
    <message>
        <source>set by the law</source>
        <translation>установлено законом</translation>
    </message>
    <message>
        <source>not yet entered</source>
        <translation>ещё не указано</translation>
    </message>
    <message>
        <source>{title} — Art. {article}</source>
        <translation>{title} — ст. {article}</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation>ст. {article}</translation>
    </message>
    <message>
        <source>Art. {article}({paragraph})</source>
        <translation>п. {paragraph} ст. {article}</translation>
    </message>
</context>
<context>
    <name>RulebookHistory</name>
    <message>
        <source>Rules of the council</source>
        <translation>Правила совета</translation>
    </message>
    <message>
        <source>the rules of the council</source>
        <translation>правила совета</translation>
    </message>
    <message>
        <source>from the start: {rules}</source>
        <translation>с самого начала: {rules}</translation>
    </message>
    <message>
        <source>no such rule</source>
        <translation>такого правила нет</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>от присутствующих</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>от всех членов совета</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Sitting No. {number}</source>
        <translation>Заседание №{number}</translation>
    </message>
    <message>
        <source>Sitting No. {number}, item {item}</source>
        <translation>Заседание № {number}, вопрос {item}</translation>
    </message>
    <message>
        <source>No. {number}: {subject}</source>
        <translation>№ {number}: {subject}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Name, subject, title or text: members, sittings, agenda items, requests, proposals</source>
        <translation>Имя, тема, название или текст: члены, заседания, вопросы, запросы, предложения</translation>
    </message>
    <message>
        <source>Type at least {count} letters.</source>
        <translation>Введите не менее {count} букв.</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <source>Formed on {date}.</source>
        <translation>Сформирован {date}</translation>
    </message>
    <message>
        <source>Selection: the new composition from {date}</source>
        <translation>Отбор: новый состав с {date}</translation>
    </message>
    <message>
        <source>Art. {article}: {n} selected — {min} to {max} needed</source>
        <translation>Ст. {article}: отобрано {n} — нужно от {min} до {max}</translation>
    </message>
    <message>
        <source>{n} selected ({min}–{max}, Art. {article}) ✓</source>
        <translation>Отобрано {n} ({min}–{max}, ст. {article}) ✓</translation>
    </message>
    <message>
        <source>Art. {article}: {counts} — more than {limit}% of one sex</source>
        <translation>Ст. {article}: {counts} — лиц одного пола больше {limit}%</translation>
    </message>
    <message>
        <source>None in another council, all eligible ✓</source>
        <translation>Никто не состоит в другом совете, все соответствуют требованиям ✓</translation>
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
        <source>One per organisation, none in another council, all eligible ✓</source>
        <translation>Один от организации, никто не состоит в другом совете, все соответствуют ✓</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next field, button or table</source>
        <translation>Следующее поле, кнопка или таблица</translation>
    </message>
    <message>
        <source>Previous field, button or table</source>
        <translation>Предыдущее поле, кнопка или таблица</translation>
    </message>
    <message>
        <source>Move within a table</source>
        <translation>Перемещение по таблице</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <source>Tick or clear the check box of a table cell</source>
        <translation>Поставить или снять отметку в ячейке таблицы</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Open the record of a table row</source>
        <translation>Открыть запись строки таблицы</translation>
    </message>
    <message>
        <source>Type in a table cell</source>
        <translation>Ввести текст в ячейку таблицы</translation>
    </message>
    <message>
        <source>Press the button of an underlined letter</source>
        <translation>Нажать кнопку с подчёркнутой буквой</translation>
    </message>
    <message>
        <source>Close a dialog (asks first when something was typed)</source>
        <translation>Закрыть окно (если что-то введено, сначала спросит)</translation>
    </message>
    <message>
        <source>Tables, fields and dialogs</source>
        <translation>Таблицы, поля и окна</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SignersPanel</name>
    <message>
        <source>Pre&amp;sided:</source>
        <translation>&amp;Председательствующий:</translation>
    </message>
    <message>
        <source>&amp;Minutes taken by:</source>
        <translation>Протокол &amp;вёл(а):</translation>
    </message>
    <message>
        <source>By default: {name}</source>
        <translation>По умолчанию: {name}</translation>
    </message>
    <message>
        <source>Nobody: a line to sign by hand</source>
        <translation>Никто: строка для заполнения от руки</translation>
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
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Добавить &amp;вопрос повестки…</translation>
    </message>
    <message>
        <source>Agenda &amp;sent to the state body</source>
        <translation>Повестка &amp;направлена в госорган</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Присутствие</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Повестка дня</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Обсуждение</translation>
    </message>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>Протокол &amp;PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;просмотр печати…</translation>
    </message>
    <message>
        <source>&amp;Print the minutes…</source>
        <translation>&amp;Печать протокола…</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <source>S&amp;itting</source>
        <translation>&amp;Заседание</translation>
    </message>
</context>
<context>
    <name>SittingLetter</name>
    <message>
        <source>Save the sitting&apos;s letter</source>
        <translation>Сохранить письмо о заседании</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Сохранить файл календаря</translation>
    </message>
    <message>
        <source>Saved {file}: open it with your calendar program (Outlook, Google Calendar, a phone&apos;s calendar) to add the sittings.</source>
        <translation>Сохранено: {file}. Откройте файл в программе календаря (Outlook, Google Календарь, календарь телефона), чтобы добавить заседания.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <source>Edit speaker</source>
        <translation>Изменить выступающего</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <source>A member present, or type any name</source>
        <translation>Присутствующий член совета или любое имя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Содержание выступления:</translation>
    </message>
    <message>
        <source>Enter the speaker&apos;s name.</source>
        <translation>Укажите имя выступающего.</translation>
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
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Содержание выступления</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>The database is read through once after the program starts, to be sure it is sound. Changes can be saved as soon as this is done.</source>
        <translation>После запуска программы база данных один раз читается целиком, чтобы убедиться, что она цела. Изменения можно сохранять сразу после этого.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation>Создаётся резервная копия дня…</translation>
    </message>
    <message>
        <source>The day&apos;s backup failed</source>
        <translation>Резервную копию дня сделать не удалось</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The council records are not valid: {problem}</source>
        <translation>Записи совета некорректны: {problem}</translation>
    </message>
    <message>
        <source>A council with the id {code!r} is already in this database; nothing was imported.</source>
        <translation>Совет с идентификатором {code!r} уже есть в этой базе данных; ничего не импортировано.</translation>
    </message>
    <message>
        <source>A council with the id {code!r} already exists.</source>
        <translation>Совет с идентификатором {code!r} уже существует.</translation>
    </message>
    <message>
        <source>The rulebook is not valid: {problem}</source>
        <translation>Правила совета недействительны: {problem}</translation>
    </message>
    <message>
        <source>The rulebook&apos;s {field}: {problem}</source>
        <translation>Правила совета, {field}: {problem}</translation>
    </message>
    <message>
        <source>The rulebook&apos;s {field}: {law} sets it to {wanted}; a council that works by another figure follows its own regulation.</source>
        <translation>Правила совета, {field}: {law} устанавливает {wanted}; совет, работающий с другим показателем, действует по своему положению.</translation>
    </message>
    <message>
        <source>unknown council: {code}</source>
        <translation>неизвестный совет: {code}</translation>
    </message>
    <message>
        <source>Unknown rule {rule!r}.</source>
        <translation>Неизвестное правило: {rule!r}.</translation>
    </message>
    <message>
        <source>The records this change touched were changed since; it can no longer be undone or redone.</source>
        <translation>Записи, затронутые этим изменением, с тех пор изменились; его уже нельзя отменить или повторить.</translation>
    </message>
    <message>
        <source>The term&apos;s start and end must both be dates.</source>
        <translation>Начало и окончание срока должны быть датами.</translation>
    </message>
    <message>
        <source>The term must end after it starts ({start} to {end}).</source>
        <translation>Срок должен заканчиваться позже, чем начинается ({start} – {end}).</translation>
    </message>
    <message>
        <source>Art. {article}: a composition serves at most {years} years; a term from {start} ends on {last} at the latest (given: {end}).</source>
        <translation>Ст. {article}: состав работает не более {years} лет; срок, начатый {start}, заканчивается не позднее {last} (указано: {end}).</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}: обязательное поле.</translation>
    </message>
    <message>
        <source>The id {code!r} is already used in this council.</source>
        <translation>Идентификатор {code!r} уже используется в этом совете.</translation>
    </message>
    <message>
        <source>The end of the membership must be a date.</source>
        <translation>Окончание членства должно быть датой.</translation>
    </message>
    <message>
        <source>The membership of {name} cannot end ({end}) before it starts ({start}).</source>
        <translation>{name}: членство не может закончиться ({end}) раньше, чем началось ({start}).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: the records hold their {uses}. End the membership instead; the history stays.</source>
        <translation>{name}: запись нельзя удалить — в учёте есть {uses}. Вместо этого прекратите членство; история сохранится.</translation>
    </message>
    <message>
        <source>Sex must be one of: {choices} (got {value!r}).</source>
        <translation>Пол должен быть одним из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>Role must be one of: {choices} (got {value!r}).</source>
        <translation>Роль должна быть одной из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>The start of the membership must be a date.</source>
        <translation>Начало членства должно быть датой.</translation>
    </message>
    <message>
        <source>The end of the membership must be a date or empty.</source>
        <translation>Окончание членства должно быть датой или пустым.</translation>
    </message>
    <message>
        <source>The membership cannot end ({end}) before it starts ({start}).</source>
        <translation>Членство не может закончиться ({end}) раньше, чем началось ({start}).</translation>
    </message>
    <message>
        <source>{name} is the chair from {start} to {until}; a council has one chair at a time. End that membership or change the role first.</source>
        <translation>{name} — председатель ({start} – {until}); в совете одновременно может быть только один председатель. Сначала прекратите то членство или измените роль.</translation>
    </message>
    <message>
        <source>unknown {noun} {code!r} in council {council!r}</source>
        <translation>не найдено: {noun} {code!r} в совете {council!r}</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} are allowed.</source>
        <translation>{field}: {length} символов; допускается не более {limit}.</translation>
    </message>
    <message>
        <source>{field} holds a character the documents cannot print: {characters}. Remove it or write it in words.</source>
        <translation>{field} содержит символ, который документы не могут напечатать: {characters}. Удалите его или напишите словами.</translation>
    </message>
    <message>
        <source>{field} must fall between {first} and {last} (given: {day}).</source>
        <translation>{field} должна быть между {first} и {last} (указано: {day}).</translation>
    </message>
    <message>
        <source>{field} must be a year from {first} to {last} (given: {year}).</source>
        <translation>{field} должен быть годом с {first} по {last} (указано: {year}).</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high} (given: {number}).</source>
        <translation>{field} должно быть целым числом от {low} до {high} (указано: {number}).</translation>
    </message>
    <message>
        <source>{field} {code!r} may hold only letters, digits, &apos;-&apos; and &apos;_&apos;, at most {limit} of them.</source>
        <translation>{field} {code!r} может содержать только буквы, цифры, «-» и «_», не более {limit} знаков.</translation>
    </message>
    <message>
        <source>The database is still being checked (this takes a moment after the program starts); the change was not saved. Try again in a moment.</source>
        <translation>База данных ещё проверяется (это занимает немного времени после запуска программы); изменение не сохранено. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label}: должен быть текст.</translation>
    </message>
    <message>
        <source>{label} must be a date.</source>
        <translation>{label}: должна быть дата.</translation>
    </message>
    <message>
        <source>The member&apos;s {field} must be text.</source>
        <translation>Поле «{field}» члена совета должно быть текстом.</translation>
    </message>
    <message>
        <source>The login {login} may not write the council {code!r} on this server; nothing was imported.</source>
        <translation>Логину {login} запрещено изменять совет {code!r} на этом сервере; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The councils could not be added ({detail}); nothing was imported.</source>
        <translation>Не удалось добавить советы ({detail}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{who} changed this record on {when} at {time}, after you opened it: your changes were not saved. The form now shows the record as it is; make your changes again.</source>
        <translation>{who} изменил(а) эту запись {when} в {time}, после того как вы её открыли: ваши изменения не сохранены. Форма теперь показывает запись в её нынешнем виде; внесите изменения заново.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it: your changes were not saved. The form now shows the record as it is; make your changes again.</source>
        <translation>Кто-то изменил эту запись после того, как вы её открыли: ваши изменения не сохранены. Форма теперь показывает запись в её нынешнем виде; внесите изменения заново.</translation>
    </message>
    <message>
        <source>The server refused the change: the login {login} has no right to it ({detail}). Nothing was saved. The server&apos;s owner grants rights with &apos;kenesh-desktop server grant&apos;.</source>
        <translation>Сервер отклонил изменение: у логина {login} нет на это права ({detail}). Ничего не сохранено. Права выдаёт владелец сервера командой &apos;kenesh-desktop server grant&apos;.</translation>
    </message>
    <message>
        <source>The record this form shows was removed or replaced by someone else after you opened it: nothing was saved. Close the form and open the record again.</source>
        <translation>Запись, которую показывает эта форма, после того как вы её открыли, кто-то удалил или заменил: ничего не сохранено. Закройте форму и откройте запись снова.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the records are as they were before. Free some space on the disk, then try again.</source>
        <translation>Диск заполнен: изменение не сохранено, записи остались прежними. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the records are as they were before. Free some space on the disk that holds {path}, then try again.</source>
        <translation>Диск заполнен: изменение не сохранено, записи остались прежними. Освободите место на диске, где находится {path}, и повторите попытку.</translation>
    </message>
    <message>
        <source>{path}: the database was closed; no backup was made.</source>
        <translation>{path}: база данных была закрыта; резервная копия не создана.</translation>
    </message>
    <message>
        <source>{path}: the backup to {target} failed ({problem}).</source>
        <translation>{path}: не удалось создать резервную копию {target} ({problem}).</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>Не открыт ни один файл базы данных.</translation>
    </message>
    <message>
        <source>{backup}: the backup is damaged ({problem}); nothing was restored.</source>
        <translation>{backup}: резервная копия повреждена ({problem}); ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({problem}).</source>
        <translation>{path}: не удалось восстановить из копии {backup} ({problem}).</translation>
    </message>
    <message>
        <source>Sitting No. {number} cannot be deleted: the records hold {uses}. Change those records first.</source>
        <translation>Заседание № {number} нельзя удалить: в учёте есть {uses}. Сначала измените эти записи.</translation>
    </message>
    <message>
        <source>The day the agenda was sent must be a date or empty.</source>
        <translation>День направления повестки должен быть датой или пустым.</translation>
    </message>
    <message>
        <source>The state body&apos;s representative must be text.</source>
        <translation>Представитель госоргана должен быть указан текстом.</translation>
    </message>
    <message>
        <source>The reason of an absence must be text.</source>
        <translation>Причина отсутствия должна быть текстом.</translation>
    </message>
    <message>
        <source>The guest&apos;s name is required.</source>
        <translation>Укажите имя гостя.</translation>
    </message>
    <message>
        <source>A guest&apos;s category is one of: {choices} (got {value!r}).</source>
        <translation>Категория гостя должна быть одной из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>There is no place {place} on the agenda.</source>
        <translation>В повестке дня нет места {place}.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s title is required.</source>
        <translation>Укажите название вопроса повестки дня.</translation>
    </message>
    <message>
        <source>An item is proposed by one of: {choices} (got {value!r}).</source>
        <translation>Вопрос предлагает одна из сторон: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>A vote is one of: {choices} (got {value!r}).</source>
        <translation>Голос должен быть одним из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>{name} is not marked present at sitting No. {number}: an absent member cannot vote. Mark them present first.</source>
        <translation>{name}: нет отметки о присутствии на заседании № {number}; отсутствующий член совета не может голосовать. Сначала отметьте присутствие.</translation>
    </message>
    <message>
        <source>Sitting No. {number} takes place on {date}; it can be finalized once it has been held and the minutes signed.</source>
        <translation>Заседание № {number} состоится {date}; его можно окончательно оформить после того, как оно пройдёт и протокол будет подписан.</translation>
    </message>
    <message>
        <source>Sitting No. {number} is not finalized; there is nothing to reopen.</source>
        <translation>Заседание № {number} не оформлено окончательно; открывать заново нечего.</translation>
    </message>
    <message>
        <source>Reopening a finalized sitting needs a stated reason; it is kept in the record.</source>
        <translation>Чтобы открыть окончательно оформленное заседание заново, укажите причину; она сохраняется в записи.</translation>
    </message>
    <message>
        <source>Sitting No. {number} is finalized: its record is read-only. Reopen it, stating the reason, to correct it.</source>
        <translation>Заседание № {number} оформлено окончательно: запись доступна только для чтения. Чтобы исправить её, откройте заседание заново, указав причину.</translation>
    </message>
    <message>
        <source>The sitting&apos;s date must be a date.</source>
        <translation>Дата заседания должна быть датой.</translation>
    </message>
    <message>
        <source>The time of a sitting is written HH:MM (got {value!r}).</source>
        <translation>Время заседания записывается как ЧЧ:ММ (получено {value!r}).</translation>
    </message>
    <message>
        <source>A sitting is one of: {choices} (got {value!r}).</source>
        <translation>Вид заседания должен быть одним из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; choose who called it.</source>
        <translation>Ст. {article}: внеочередное заседание созывает член совета; выберите, кто его созвал.</translation>
    </message>
    <message>
        <source>Art. {article}: an extraordinary sitting is called by a member; {name} is not a member on {date}.</source>
        <translation>Ст. {article}: внеочередное заседание созывает член совета; {name} не является членом совета на {date}.</translation>
    </message>
    <message>
        <source>A sitting&apos;s number is 1 or more (got {value!r}).</source>
        <translation>Номер заседания — 1 или больше (получено {value!r}).</translation>
    </message>
    <message>
        <source>The council already has a sitting No. {number} ({date}).</source>
        <translation>В совете уже есть заседание № {number} ({date}).</translation>
    </message>
    <message>
        <source>On {date} {names} is not a member, yet the sitting&apos;s record holds their attendance or votes; correct those first.</source>
        <translation>На {date} {names} не является членом совета, но в записи заседания есть отметки о присутствии или голоса; сначала исправьте их.</translation>
    </message>
    <message>
        <source>On {date} {names} are not a member, yet the sitting&apos;s record holds their attendance or votes; correct those first.</source>
        <translation>На {date} {names} не являются членами совета, но в записи заседания есть отметки о присутствии или голоса; сначала исправьте их.</translation>
    </message>
    <message>
        <source>Art. {article}: {name} is not a member on the day of sitting No. {number} ({date}; member from {start} to {until}).</source>
        <translation>Ст. {article}: {name} не является членом совета в день заседания № {number} ({date}; член совета с {start} по {until}).</translation>
    </message>
    <message>
        <source>There is no {label} No. {number} in this sitting.</source>
        <translation>В этом заседании не найден {label} № {number}.</translation>
    </message>
    <message>
        <source>{name} is not marked present at sitting No. {number}: only a member present at the sitting presides or takes the minutes.</source>
        <translation>{name} не отмечен(а) присутствующим(ей) на заседании №{number}: председательствует и ведёт протокол только присутствующий член совета.</translation>
    </message>
    <message>
        <source>The speaker&apos;s name is required.</source>
        <translation>Имя выступающего обязательно.</translation>
    </message>
    <message>
        <source>There is no speaker No. {number} on item {item} of this sitting.</source>
        <translation>В вопросе {item} этого заседания нет выступающего №{number}.</translation>
    </message>
    <message>
        <source>There is already a work plan for {year}.</source>
        <translation>План работы на {year} год уже есть.</translation>
    </message>
    <message>
        <source>The work plan for {year} already has activities; a plan is copied only into an empty one.</source>
        <translation>В плане работы на {year} год уже есть мероприятия; план копируется только в пустой.</translation>
    </message>
    <message>
        <source>The copy of the plan was recorded as sent on {sent}, before sitting No. {number} of {date}; correct the date the copy was sent first.</source>
        <translation>Копия плана записана как направленная {sent}, до заседания № {number} от {date}; сначала исправьте дату направления копии.</translation>
    </message>
    <message>
        <source>The date the copy was sent must be a date.</source>
        <translation>Дата направления копии должна быть датой.</translation>
    </message>
    <message>
        <source>The letter number must be text.</source>
        <translation>Номер письма должен быть текстом.</translation>
    </message>
    <message>
        <source>The work plan for {year} is not approved yet: approve it at a sitting before recording its copy.</source>
        <translation>План работы на {year} год ещё не утверждён: утвердите его на заседании, прежде чем записывать копию.</translation>
    </message>
    <message>
        <source>The copy cannot be sent ({sent}) before the plan was approved ({approved}).</source>
        <translation>Копия не может быть направлена ({sent}) раньше утверждения плана ({approved}).</translation>
    </message>
    <message>
        <source>A plan&apos;s year must be between {first} and {last} (got {value!r}).</source>
        <translation>Год плана должен быть от {first} до {last} (получено {value!r}).</translation>
    </message>
    <message>
        <source>There is no work plan for {year}.</source>
        <translation>Плана работы на {year} год нет.</translation>
    </message>
    <message>
        <source>The work plan for {year} has no activity No. {number}.</source>
        <translation>В плане работы на {year} год нет мероприятия № {number}.</translation>
    </message>
    <message>
        <source>The status must be one of: {choices} (got {value!r}).</source>
        <translation>Статус должен быть одним из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>The due precision must be one of: {choices} (got {value!r}).</source>
        <translation>Точность срока должна быть одной из: {choices} (получено {value!r}).</translation>
    </message>
    <message>
        <source>The due date must be a date or empty.</source>
        <translation>Срок должен быть датой или пустым.</translation>
    </message>
    <message>
        <source>The activity is due on {due}, outside the plan&apos;s year {year}.</source>
        <translation>Срок мероприятия — {due}, вне года плана ({year}).</translation>
    </message>
    <message>
        <source>Art. {article}: the answer ({answered}) cannot come before the request was registered ({registered}).</source>
        <translation>Ст. {article}: ответ ({answered}) не может поступить раньше регистрации запроса ({registered}).</translation>
    </message>
    <message>
        <source>A request numbered {number!r} is already registered in this council.</source>
        <translation>Запрос с номером {number!r} уже зарегистрирован в этом совете.</translation>
    </message>
    <message>
        <source>The reply ({reply_sent}) cannot be sent before the proposal was received ({received}).</source>
        <translation>Ответ ({reply_sent}) не может быть направлен раньше получения предложения ({received}).</translation>
    </message>
    <message>
        <source>Art. {article}: a proposal is considered at a sitting of this council; {code!r} is not one.</source>
        <translation>Ст. {article}: предложение рассматривается на заседании этого совета; {code!r} таким заседанием не является.</translation>
    </message>
    <message>
        <source>Art. {article}: sitting No. {number} ({date}) was held before the proposal was received ({received}).</source>
        <translation>Ст. {article}: заседание № {number} ({date}) прошло до получения предложения ({received}).</translation>
    </message>
    <message>
        <source>A proposal is considered at a sitting of this council; {code!r} is not one.</source>
        <translation>Предложение рассматривается на заседании этого совета; {code!r} — не его заседание.</translation>
    </message>
    <message>
        <source>Sitting No. {number} ({date}) was held before the proposal was received ({received}).</source>
        <translation>Заседание № {number} ({date}) прошло до поступления предложения ({received}).</translation>
    </message>
    <message>
        <source>Whether the observer attended must be yes, no or not known.</source>
        <translation>Присутствие наблюдателя: «да», «нет» или «неизвестно».</translation>
    </message>
    <message>
        <source>{name} is not a member of the council on the day of the commission&apos;s sitting ({date}); choose an active member as observer.</source>
        <translation>{name} не является членом совета в день заседания комиссии ({date}); выберите наблюдателем действующего члена совета.</translation>
    </message>
    <message>
        <source>The council {code!r} has no term beginning on {start}.</source>
        <translation>У совета {code!r} нет срока полномочий, начинающегося {start}</translation>
    </message>
    <message>
        <source>The term {start} – {end} would overlap the term {other_start} – {other_end}.</source>
        <translation>Срок {start} – {end} пересекался бы со сроком {other_start} – {other_end}</translation>
    </message>
    <message>
        <source>Art. {article}: the competition {code!r} for the next composition is still open; there is one competition at a time.</source>
        <translation>Ст. {article}: конкурс {code!r} на следующий состав ещё открыт; одновременно проводится только один конкурс.</translation>
    </message>
    <message>
        <source>Art. {article}: the next composition is already formed (its term begins on {start}); the competition for the one after it opens once that term is in force.</source>
        <translation>Ст. {article}: следующий состав уже сформирован (его полномочия начинаются {start}); конкурс на последующий состав открывается, когда начнётся этот срок.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition on {date}; its dates are history and stay as recorded.</source>
        <translation>Конкурс {code!r} сформировал состав {date}; его даты — история и остаются как записаны.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition; it stays in the history and cannot be deleted.</source>
        <translation>Конкурс {code!r} сформировал состав; он остаётся в истории и не может быть удалён.</translation>
    </message>
    <message>
        <source>The date of the {label} must be a date or empty.</source>
        <translation>Дата {label} должна быть датой или пустой.</translation>
    </message>
    <message>
        <source>The announcement cannot be published in the media ({published}) before it is made ({announced}).</source>
        <translation>Объявление не может быть опубликовано в СМИ ({published}) раньше, чем оно сделано ({announced}).</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name is required.</source>
        <translation>Укажите ФИО кандидата.</translation>
    </message>
    <message>
        <source>The date the documents arrived must be a date or empty.</source>
        <translation>Дата поступления документов должна быть датой или пустой.</translation>
    </message>
    <message>
        <source>The number of recommendation letters must be a whole number, 0 or more.</source>
        <translation>Число рекомендательных писем должно быть целым, 0 или больше.</translation>
    </message>
    <message>
        <source>A requirement&apos;s note must be text.</source>
        <translation>Примечание к требованию должно быть текстом.</translation>
    </message>
    <message>
        <source>The competition {code!r} formed a composition on {date}; its candidates are history and stay as recorded.</source>
        <translation>Конкурс {code!r} сформировал состав {date}; его кандидаты — история и остаются как записаны.</translation>
    </message>
    <message>
        <source>{path} is not a file that can be attached.</source>
        <translation>{path} — не файл, который можно приложить.</translation>
    </message>
    <message>
        <source>{name} could not be copied: {problem}</source>
        <translation>Не удалось скопировать {name}: {problem}</translation>
    </message>
    <message>
        <source>unknown attachment {id} of candidate {code!r}</source>
        <translation>не найдено приложение {id} кандидата {code!r}</translation>
    </message>
    <message>
        <source>The date the composition was formed must be a date.</source>
        <translation>Дата формирования состава должна быть датой.</translation>
    </message>
    <message>
        <source>The competition {code!r} is not the one for the next composition.</source>
        <translation>Конкурс {code!r} — не конкурс на следующий состав.</translation>
    </message>
    <message>
        <source>The composition cannot be formed ({formed}) before the competition was {label} ({day}).</source>
        <translation>Состав не может быть сформирован ({formed}) раньше, чем конкурс был {label} ({day}).</translation>
    </message>
    <message>
        <source>The council&apos;s name</source>
        <translation>Название совета</translation>
    </message>
    <message>
        <source>The state body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>council id</source>
        <translation>идентификатор совета</translation>
    </message>
    <message>
        <source>member id</source>
        <translation>идентификатор члена совета</translation>
    </message>
    <message>
        <source>The member&apos;s full name</source>
        <translation>ФИО члена совета</translation>
    </message>
    <message>
        <source>The member&apos;s organisation</source>
        <translation>Организация члена совета</translation>
    </message>
    <message>
        <source>attendance of sittings</source>
        <translation>присутствие на заседаниях</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>голоса</translation>
    </message>
    <message>
        <source>commission sittings observed</source>
        <translation>наблюдение за заседаниями комиссий</translation>
    </message>
    <message>
        <source>sittings called</source>
        <translation>созванные заседания</translation>
    </message>
    <message>
        <source>now</source>
        <translation>настоящее время</translation>
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
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член совета</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>уведомление комиссии</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>sitting id</source>
        <translation>идентификатор заседания</translation>
    </message>
    <message>
        <source>proposals considered at it</source>
        <translation>рассмотренные на нём предложения</translation>
    </message>
    <message>
        <source>the annual plan approved at it</source>
        <translation>утверждённый на нём годовой план работы</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>вопрос повестки дня</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>The responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>The form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>идентификатор запроса</translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation>идентификатор предложения</translation>
    </message>
    <message>
        <source>notice id</source>
        <translation>идентификатор уведомления</translation>
    </message>
    <message>
        <source>The request&apos;s number</source>
        <translation>Номер запроса</translation>
    </message>
    <message>
        <source>The request&apos;s subject</source>
        <translation>Тема запроса</translation>
    </message>
    <message>
        <source>The official the request is sent to</source>
        <translation>Должностное лицо, которому направлен запрос</translation>
    </message>
    <message>
        <source>The date the request was registered</source>
        <translation>Дата регистрации запроса</translation>
    </message>
    <message>
        <source>The date of the answer</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>The request&apos;s text</source>
        <translation>Текст запроса</translation>
    </message>
    <message>
        <source>The answer&apos;s summary</source>
        <translation>Краткое содержание ответа</translation>
    </message>
    <message>
        <source>The proposal&apos;s author</source>
        <translation>Автор предложения</translation>
    </message>
    <message>
        <source>The proposal&apos;s summary</source>
        <translation>Краткое содержание предложения</translation>
    </message>
    <message>
        <source>The date the proposal was received</source>
        <translation>Дата получения предложения</translation>
    </message>
    <message>
        <source>The date the reply was sent</source>
        <translation>Дата отправки ответа</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The commission&apos;s name</source>
        <translation>Название комиссии</translation>
    </message>
    <message>
        <source>The date the notice was received</source>
        <translation>Дата получения уведомления</translation>
    </message>
    <message>
        <source>The date of the commission&apos;s sitting</source>
        <translation>Дата заседания комиссии</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>идентификатор кандидата</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>объявления</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>публикации</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>объявлен</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
</context>
<context>
    <name>VerifyFingerprintDialog</name>
    <message>
        <source>Verify fingerprint</source>
        <translation>Проверка контрольного кода</translation>
    </message>
    <message>
        <source>Type the fingerprint printed at the foot of the minutes of sitting No. {number}:</source>
        <translation>Введите контрольный код, напечатанный внизу протокола заседания №{number}:</translation>
    </message>
    <message>
        <source>A fingerprint has {n} characters (0–9, a–f).</source>
        <translation>Контрольный код состоит из {n} символов (0–9, a–f).</translation>
    </message>
    <message>
        <source>✓ It matches: the record of sitting No. {number} says what that copy says.</source>
        <translation>✓ Совпадает: запись заседания №{number} соответствует этому экземпляру.</translation>
    </message>
    <message>
        <source>✗ It does not match the record as it is now: the record was changed after that copy was printed, or the fingerprint was mistyped.</source>
        <translation>✗ Не совпадает с текущей записью: запись изменена после печати этого экземпляра, или код введён с ошибкой.</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <source>Choose an agenda item to record its vote.</source>
        <translation>Выберите вопрос повестки, чтобы записать голосование.</translation>
    </message>
    <message>
        <source>For {for_} · against {against} · abstained {abstain}</source>
        <translation>За {for_} · против {against} · воздержались {abstain}</translation>
    </message>
    <message>
        <source>{counts} — no vote recorded</source>
        <translation>{counts} — голосование не записано</translation>
    </message>
    <message>
        <source>{counts} — adopted: more than {share} of the {present} present voted for ✓</source>
        <translation>{counts} — принято: за более {share} из {present} присутствующих ✓</translation>
    </message>
    <message>
        <source>{counts} — adopted: more than {share} of the {members} members voted for ✓</source>
        <translation>{counts} — принято: за проголосовали более {share} из {members} членов совета ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: {share} of the {members} members or fewer voted for</source>
        <translation>{counts} — не принято: за проголосовали не более {share} из {members} членов совета</translation>
    </message>
    <message>
        <source>{counts} — adopted: at least {share} of the {members} members voted for ✓</source>
        <translation>{counts} — принято: за проголосовали не менее {share} из {members} членов совета ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: fewer than {share} of the {members} members voted for</source>
        <translation>{counts} — не принято: за проголосовали менее {share} из {members} членов совета</translation>
    </message>
    <message>
        <source>{counts} — not adopted: {share} of the {present} present or fewer voted for</source>
        <translation>{counts} — не принято: за не более {share} из {present} присутствующих</translation>
    </message>
    <message>
        <source>{counts} — adopted: at least {share} of the {present} present voted for ✓</source>
        <translation>{counts} — принято: за проголосовали не менее {share} из {present} присутствующих ✓</translation>
    </message>
    <message>
        <source>{counts} — not adopted: fewer than {share} of the {present} present voted for</source>
        <translation>{counts} — не принято: за проголосовали менее {share} из {present} присутствующих</translation>
    </message>
    <message>
        <source>{counts} — not adopted: the sitting has no quorum (Art. {article}) ✗</source>
        <translation>{counts} — не принято: заседание неправомочно, нет кворума (ст. {article}) ✗</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} (отсутствует)</translation>
    </message>
    <message>
        <source>An absent member cannot vote</source>
        <translation>Отсутствующий член совета не может голосовать</translation>
    </message>
    <message>
        <source>Vote of {name}</source>
        <translation>Голос: {name}</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>All present for</source>
        <translation>Все присутствующие за</translation>
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
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New council…</source>
        <translation>&amp;Новый совет…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
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
        <source>&amp;Publish for the public…</source>
        <translation>&amp;Опубликовать для общественности…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Delete council…</source>
        <translation>&amp;Удалить совет…</translation>
    </message>
    <message>
        <source>Export audit &amp;trail…</source>
        <translation>Экспорт &amp;журнала аудита…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Kenesh Desktop</source>
        <translation>&amp;О программе Kenesh Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;Overview of all councils…</source>
        <translation>&amp;Обзор всех советов…</translation>
    </message>
    <message>
        <source>&amp;Rules of the council…</source>
        <translation>&amp;Правила совета…</translation>
    </message>
    <message>
        <source>Co&amp;uncil</source>
        <translation>Сове&amp;т</translation>
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
        <source>Tool bar</source>
        <translation>Панель инструментов</translation>
    </message>
</context>
</TS>
