"""The store's refusals in the window's language.

The store speaks English (it has no Qt, and the command line prints its messages as they
are). A `WriteError` made with `WriteError.keyed` keeps its English template and the values
it was filled with; `message(error)` translates the template in the "StoreMessages" context
when it is one listed here, translates the listed words among the values (a field's name,
"votes", "now"), writes dates in the language's official style, and fills it in. Anything
else (an unlisted template, a plain WriteError, any other exception) is shown as `str()`,
except a database that was not opened: ui/database_refusals.py words each kind of refusal.

The templates are listed with QT_TRANSLATE_NOOP so that pyside6-lupdate copies them into the
.ts files; a test (tests/i18n) keeps this list and the store's `keyed` templates the same.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kenesh_desktop.lang import format_date
from kenesh_desktop.lang.catalogue import fill
from kenesh_desktop.store.errors import DatabaseRefused

CONTEXT = "StoreMessages"

SOURCES = frozenset({
    # store/writes.py (words: store/labels.py): councils
    QT_TRANSLATE_NOOP("StoreMessages", "The council records are not valid: {problem}"),
    QT_TRANSLATE_NOOP("StoreMessages", "A council with the id {code!r} is already in this "
                                       "database; nothing was imported."),
    QT_TRANSLATE_NOOP("StoreMessages", "A council with the id {code!r} already exists."),
    # store/rulebook_writes.py: the rulebook a council follows
    QT_TRANSLATE_NOOP("StoreMessages", "The rulebook is not valid: {problem}"),
    QT_TRANSLATE_NOOP("StoreMessages", "The rulebook's {field}: {problem}"),
    QT_TRANSLATE_NOOP("StoreMessages", "The rulebook's {field}: {law} sets it to {wanted}; a "
                                       "council that works by another figure follows its own "
                                       "regulation."),
    QT_TRANSLATE_NOOP("StoreMessages", "unknown council: {code}"),
    # store/acknowledgements.py
    QT_TRANSLATE_NOOP("StoreMessages", "Unknown rule {rule!r}."),
    # store/changes.py: undo and redo
    QT_TRANSLATE_NOOP("StoreMessages", "The records this change touched were changed since; "
                                       "it can no longer be undone or redone."),
    QT_TRANSLATE_NOOP("StoreMessages", "The term's start and end must both be dates."),
    QT_TRANSLATE_NOOP("StoreMessages", "The term must end after it starts ({start} to {end})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: a composition serves at most {years} "
                                       "years; a term from {start} ends on {last} at the "
                                       "latest (given: {end})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{label} is required."),
    # store/writes.py: members
    QT_TRANSLATE_NOOP("StoreMessages", "The id {code!r} is already used in this council."),
    QT_TRANSLATE_NOOP("StoreMessages", "The end of the membership must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The membership of {name} cannot end ({end}) before it "
                                       "starts ({start})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} cannot be deleted: the records hold their "
                                       "{uses}. End the membership instead; the history "
                                       "stays."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sex must be one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Role must be one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The start of the membership must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The end of the membership must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The membership cannot end ({end}) before it starts "
                                       "({start})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} is the chair from {start} to {until}; a council "
                                       "has one chair at a time. End that membership or "
                                       "change the role first."),
    # store/writes.py: shared by the *_writes modules
    QT_TRANSLATE_NOOP("StoreMessages", "unknown {noun} {code!r} in council {council!r}"),
    # rules/limits.py: the limits of EXCHANGE.md v2, refused by store/field_checks.py
    QT_TRANSLATE_NOOP("StoreMessages", "{field} is {length} characters long; at most {limit} "
                                       "are allowed."),
    QT_TRANSLATE_NOOP("StoreMessages", "{field} holds a character the documents cannot print: "
                                       "{characters}. Remove it or write it in words."),
    QT_TRANSLATE_NOOP("StoreMessages", "{field} must fall between {first} and {last} (given: "
                                       "{day})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{field} must be a year from {first} to {last} (given: "
                                       "{year})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{field} must be a whole number from {low} to {high} "
                                       "(given: {number})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{field} {code!r} may hold only letters, digits, '-' and "
                                       "'_', at most {limit} of them."),
    # store/db.py: the window's start-up check not yet done (issue 16)
    QT_TRANSLATE_NOOP("StoreMessages", "The database is still being checked (this takes a "
                                       "moment after the program starts); the change was not "
                                       "saved. Try again in a moment."),
    QT_TRANSLATE_NOOP("StoreMessages", "{label} must be text."),
    QT_TRANSLATE_NOOP("StoreMessages", "{label} must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The member's {field} must be text."),
    # store/writes.py, store/versions.py, store/engine_postgres.py: a shared server (issue 19)
    QT_TRANSLATE_NOOP("StoreMessages", "The login {login} may not write the council {code!r} "
                                       "on this server; nothing was imported."),
    QT_TRANSLATE_NOOP("StoreMessages", "The councils could not be added ({detail}); nothing "
                                       "was imported."),
    QT_TRANSLATE_NOOP("StoreMessages", "{who} changed this record on {when} at {time}, after "
                                       "you opened it: your changes were not saved. The form "
                                       "now shows the record as it is; make your changes "
                                       "again."),
    QT_TRANSLATE_NOOP("StoreMessages", "Someone changed this record after you opened it: your "
                                       "changes were not saved. The form now shows the record "
                                       "as it is; make your changes again."),
    QT_TRANSLATE_NOOP("StoreMessages", "The server refused the change: the login {login} has "
                                       "no right to it ({detail}). Nothing was saved. The "
                                       "server's owner grants rights with 'kenesh-desktop "
                                       "server grant'."),
    QT_TRANSLATE_NOOP("StoreMessages", "The record this form shows was removed or replaced "
                                       "by someone else after you opened it: nothing was "
                                       "saved. Close the form and open the record again."),
    # store/db.py: a full disk
    QT_TRANSLATE_NOOP("StoreMessages", "The disk is full: the change was not saved and the "
                                       "records are as they were before. Free some space on the "
                                       "disk, then try again."),
    QT_TRANSLATE_NOOP("StoreMessages", "The disk is full: the change was not saved and the "
                                       "records are as they were before. Free some space on the "
                                       "disk that holds {path}, then try again."),
    # store/backup.py, store/restore.py: backups (the database itself is unchanged)
    QT_TRANSLATE_NOOP("StoreMessages", "{path}: the database was closed; no backup was made."),
    QT_TRANSLATE_NOOP("StoreMessages", "{path}: the backup to {target} failed ({problem})."),
    QT_TRANSLATE_NOOP("StoreMessages", "No database file is open."),
    QT_TRANSLATE_NOOP("StoreMessages", "{backup}: the backup is damaged ({problem}); nothing "
                                       "was restored."),
    QT_TRANSLATE_NOOP("StoreMessages", "{path}: restoring {backup} failed ({problem})."),
    # store/meeting_writes.py: sittings
    QT_TRANSLATE_NOOP("StoreMessages", "Sitting No. {number} cannot be deleted: the records hold "
                                       "{uses}. Change those records first."),
    QT_TRANSLATE_NOOP("StoreMessages", "The day the agenda was sent must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The state body's representative must be text."),
    QT_TRANSLATE_NOOP("StoreMessages", "The reason of an absence must be text."),
    QT_TRANSLATE_NOOP("StoreMessages", "The guest's name is required."),
    QT_TRANSLATE_NOOP("StoreMessages", "A guest's category is one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "There is no place {place} on the agenda."),
    QT_TRANSLATE_NOOP("StoreMessages", "The agenda item's title is required."),
    QT_TRANSLATE_NOOP("StoreMessages", "An item is proposed by one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "A vote is one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} is not marked present at sitting No. {number}: an "
                                       "absent member cannot vote. Mark them present first."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sitting No. {number} takes place on {date}; it can be "
                                       "finalized once it has been held and the minutes signed."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sitting No. {number} is not finalized; there is nothing "
                                       "to reopen."),
    QT_TRANSLATE_NOOP("StoreMessages", "Reopening a finalized sitting needs a stated reason; it "
                                       "is kept in the record."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sitting No. {number} is finalized: its record is "
                                       "read-only. Reopen it, stating the reason, to correct it."),
    QT_TRANSLATE_NOOP("StoreMessages", "The sitting's date must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The time of a sitting is written HH:MM (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "A sitting is one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: an extraordinary sitting is called by a "
                                       "member; choose who called it."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: an extraordinary sitting is called by a "
                                       "member; {name} is not a member on {date}."),
    QT_TRANSLATE_NOOP("StoreMessages", "A sitting's number is 1 or more (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The council already has a sitting No. {number} ({date})."),
    QT_TRANSLATE_NOOP("StoreMessages", "On {date} {names} is not a member, yet the sitting's "
                                       "record holds their attendance or votes; correct those "
                                       "first."),
    QT_TRANSLATE_NOOP("StoreMessages", "On {date} {names} are not a member, yet the sitting's "
                                       "record holds their attendance or votes; correct those "
                                       "first."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: {name} is not a member on the day of "
                                       "sitting No. {number} ({date}; member from {start} to "
                                       "{until})."),
    QT_TRANSLATE_NOOP("StoreMessages", "There is no {label} No. {number} in this sitting."),
    # store/minutes_writes.py: who presided, who took the minutes, the discussion
    QT_TRANSLATE_NOOP("StoreMessages", "{name} is not marked present at sitting No. {number}: "
                                       "only a member present at the sitting presides or takes "
                                       "the minutes."),
    QT_TRANSLATE_NOOP("StoreMessages", "The speaker's name is required."),
    QT_TRANSLATE_NOOP("StoreMessages", "There is no speaker No. {number} on item {item} of this "
                                       "sitting."),
    # store/plan_writes.py: the annual work plan
    QT_TRANSLATE_NOOP("StoreMessages", "There is already a work plan for {year}."),
    QT_TRANSLATE_NOOP("StoreMessages", "The work plan for {year} already has activities; a plan "
                                       "is copied only into an empty one."),
    QT_TRANSLATE_NOOP("StoreMessages", "The copy of the plan was recorded as sent on {sent}, "
                                       "before sitting No. {number} of {date}; correct the date "
                                       "the copy was sent first."),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the copy was sent must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The letter number must be text."),
    QT_TRANSLATE_NOOP("StoreMessages", "The work plan for {year} is not approved yet: approve it "
                                       "at a sitting before recording its copy."),
    QT_TRANSLATE_NOOP("StoreMessages", "The copy cannot be sent ({sent}) before the plan was "
                                       "approved ({approved})."),
    QT_TRANSLATE_NOOP("StoreMessages", "A plan's year must be between {first} and {last} (got "
                                       "{value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "There is no work plan for {year}."),
    QT_TRANSLATE_NOOP("StoreMessages", "The work plan for {year} has no activity No. {number}."),
    QT_TRANSLATE_NOOP("StoreMessages", "The status must be one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The due precision must be one of: {choices} (got "
                                       "{value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The due date must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The activity is due on {due}, outside the plan's year "
                                       "{year}."),
    # store/request_writes.py: requests, proposals, notices
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: the answer ({answered}) cannot come "
                                       "before the request was registered ({registered})."),
    QT_TRANSLATE_NOOP("StoreMessages", "A request numbered {number!r} is already registered in "
                                       "this council."),
    QT_TRANSLATE_NOOP("StoreMessages", "The reply ({reply_sent}) cannot be sent before the "
                                       "proposal was received ({received})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: a proposal is considered at a sitting of "
                                       "this council; {code!r} is not one."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: sitting No. {number} ({date}) was held "
                                       "before the proposal was received ({received})."),
    QT_TRANSLATE_NOOP("StoreMessages", "A proposal is considered at a sitting of this council; "
                                       "{code!r} is not one."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sitting No. {number} ({date}) was held before the "
                                       "proposal was received ({received})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Whether the observer attended must be yes, no or not "
                                       "known."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} is not a member of the council on the day of the "
                                       "commission's sitting ({date}); choose an active member "
                                       "as observer."),
    # store/term_writes.py: correcting a term (Art. 14)
    QT_TRANSLATE_NOOP("StoreMessages", "The council {code!r} has no term beginning on {start}."),
    QT_TRANSLATE_NOOP("StoreMessages", "The term {start} – {end} would overlap the term "
                                       "{other_start} – {other_end}."),
    # store/competition_writes.py: the competition (Art. 14)
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: the competition {code!r} for the next "
                                       "composition is still open; there is one competition at a "
                                       "time."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: the next composition is already formed "
                                       "(its term begins on {start}); the competition for the "
                                       "one after it opens once that term is in force."),
    QT_TRANSLATE_NOOP("StoreMessages", "The competition {code!r} formed a composition on {date}; "
                                       "its dates are history and stay as recorded."),
    QT_TRANSLATE_NOOP("StoreMessages", "The competition {code!r} formed a composition; it stays "
                                       "in the history and cannot be deleted."),
    QT_TRANSLATE_NOOP("StoreMessages", "The date of the {label} must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The announcement cannot be published in the media "
                                       "({published}) before it is made ({announced})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The candidate's full name is required."),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the documents arrived must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The number of recommendation letters must be a whole "
                                       "number, 0 or more."),
    QT_TRANSLATE_NOOP("StoreMessages", "A requirement's note must be text."),
    QT_TRANSLATE_NOOP("StoreMessages", "The competition {code!r} formed a composition on {date}; "
                                       "its candidates are history and stay as recorded."),
    QT_TRANSLATE_NOOP("StoreMessages", "{path} is not a file that can be attached."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} could not be copied: {problem}"),
    QT_TRANSLATE_NOOP("StoreMessages", "unknown attachment {id} of candidate {code!r}"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the composition was formed must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The competition {code!r} is not the one for the next "
                                       "composition."),
    QT_TRANSLATE_NOOP("StoreMessages", "The composition cannot be formed ({formed}) before the "
                                       "competition was {label} ({day})."),
})
"""The templates of `WriteError.keyed` the window translates."""

WORDS = frozenset({
    QT_TRANSLATE_NOOP("StoreMessages", "The council's name"),
    QT_TRANSLATE_NOOP("StoreMessages", "The state body"),
    QT_TRANSLATE_NOOP("StoreMessages", "council id"),
    QT_TRANSLATE_NOOP("StoreMessages", "member id"),
    QT_TRANSLATE_NOOP("StoreMessages", "The member's full name"),
    QT_TRANSLATE_NOOP("StoreMessages", "The member's organisation"),
    QT_TRANSLATE_NOOP("StoreMessages", "attendance of sittings"),
    QT_TRANSLATE_NOOP("StoreMessages", "votes"),
    QT_TRANSLATE_NOOP("StoreMessages", "commission sittings observed"),
    QT_TRANSLATE_NOOP("StoreMessages", "sittings called"),
    QT_TRANSLATE_NOOP("StoreMessages", "now"),
    QT_TRANSLATE_NOOP("StoreMessages", "pin"),
    QT_TRANSLATE_NOOP("StoreMessages", "phone"),
    QT_TRANSLATE_NOOP("StoreMessages", "email"),
    QT_TRANSLATE_NOOP("StoreMessages", "member"),
    QT_TRANSLATE_NOOP("StoreMessages", "sitting"),
    QT_TRANSLATE_NOOP("StoreMessages", "request"),
    QT_TRANSLATE_NOOP("StoreMessages", "proposal"),
    QT_TRANSLATE_NOOP("StoreMessages", "notice"),
    QT_TRANSLATE_NOOP("StoreMessages", "competition"),
    QT_TRANSLATE_NOOP("StoreMessages", "candidate"),
    QT_TRANSLATE_NOOP("StoreMessages", "sitting id"),
    QT_TRANSLATE_NOOP("StoreMessages", "proposals considered at it"),
    QT_TRANSLATE_NOOP("StoreMessages", "the annual plan approved at it"),
    QT_TRANSLATE_NOOP("StoreMessages", "guest"),
    QT_TRANSLATE_NOOP("StoreMessages", "agenda item"),
    QT_TRANSLATE_NOOP("StoreMessages", "The activity"),
    QT_TRANSLATE_NOOP("StoreMessages", "The responsible"),
    QT_TRANSLATE_NOOP("StoreMessages", "The form of completion"),
    QT_TRANSLATE_NOOP("StoreMessages", "The note"),
    QT_TRANSLATE_NOOP("StoreMessages", "request id"),
    QT_TRANSLATE_NOOP("StoreMessages", "proposal id"),
    QT_TRANSLATE_NOOP("StoreMessages", "notice id"),
    QT_TRANSLATE_NOOP("StoreMessages", "The request's number"),
    QT_TRANSLATE_NOOP("StoreMessages", "The request's subject"),
    QT_TRANSLATE_NOOP("StoreMessages", "The official the request is sent to"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the request was registered"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date of the answer"),
    QT_TRANSLATE_NOOP("StoreMessages", "The request's text"),
    QT_TRANSLATE_NOOP("StoreMessages", "The answer's summary"),
    QT_TRANSLATE_NOOP("StoreMessages", "The proposal's author"),
    QT_TRANSLATE_NOOP("StoreMessages", "The proposal's summary"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the proposal was received"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the reply was sent"),
    QT_TRANSLATE_NOOP("StoreMessages", "The outcome"),
    QT_TRANSLATE_NOOP("StoreMessages", "The commission's name"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date the notice was received"),
    QT_TRANSLATE_NOOP("StoreMessages", "The date of the commission's sitting"),
    QT_TRANSLATE_NOOP("StoreMessages", "The place"),
    QT_TRANSLATE_NOOP("StoreMessages", "The agenda"),
    QT_TRANSLATE_NOOP("StoreMessages", "The notes"),
    QT_TRANSLATE_NOOP("StoreMessages", "candidate id"),
    QT_TRANSLATE_NOOP("StoreMessages", "announcement"),
    QT_TRANSLATE_NOOP("StoreMessages", "publication"),
    QT_TRANSLATE_NOOP("StoreMessages", "announced"),
    QT_TRANSLATE_NOOP("StoreMessages", "published"),
})
"""The store's words that fill a template's fields (the upper-case names of writes.py)."""


def message(error: BaseException, lang: str | None = None) -> str:
    """The text to show for `error` in the window's language (or `lang`'s, for dates)."""
    if isinstance(error, DatabaseRefused):  # a database not opened: said by its kind
        from kenesh_desktop.ui.database_refusals import refusal_text

        return refusal_text(error)
    template = getattr(error, "template", None)
    values = getattr(error, "values", None)
    if template not in SOURCES or not isinstance(values, dict):
        return str(error)
    if lang is None:
        from kenesh_desktop.ui.i18n import current_language

        lang = current_language()
    shown = {key: _value(value, lang) for key, value in values.items()}
    try:
        return fill(QCoreApplication.translate(CONTEXT, template), shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)


def _value(value: object, lang: str) -> object:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, str) and value in WORDS:
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_value(item, lang)) for item in value)
    return value
