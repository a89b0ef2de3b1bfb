"""The tables: one peewee model per noun of the records (rules/records.py), extensions included.

Every record that carries an exchange id keeps it in `code`, unique within its council (an
integer primary key plus a unique index on (council, code)); references between records
are foreign keys to those primary keys. Children cascade on delete from their council,
meeting, plan, competition or candidate. References that are not ownership (a vote's or an
attendance's member, an observer, the sitting a proposal was considered at) use the default
NO ACTION, so the database refuses to lose them; writes.py refuses such deletions first
with a readable message.

Only peewee's portable field types are used (TextField rather than a length-limited
CharField for free text), so the same models run on PostgreSQL.
"""

from __future__ import annotations

import peewee

from kenesh_desktop.rules.records import REQUIREMENT_KEYS
from kenesh_desktop.rules.rulebook import LAW_74
from kenesh_desktop.store.binding import db

CASCADE = "CASCADE"


def record_version() -> peewee.IntegerField:
    """A row's version, raised by every change of the row (versions.py, schema version 5): a
    save made over a version the user never saw is refused, so no change is lost silently.
    Declared last in each table, where step 5 added it."""
    return peewee.IntegerField(default=1, constraints=[peewee.SQL("DEFAULT 1")])


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False  # snake_case table names: agenda_item, plan_item, ...


class Council(BaseModel):
    code = peewee.CharField(unique=True)  # the exchange "id", e.g. "minfin"
    name = peewee.TextField()
    state_body = peewee.TextField()
    rulebook = peewee.CharField(default=LAW_74.key)
    # The figures of a rulebook other than the default, as the exchange file's `rulebook`
    # object (JSON); NULL: the rulebook named by `rulebook` (schema version 4).
    rulebook_data = peewee.TextField(null=True)
    version = record_version()


class Composition(BaseModel):
    """One composition of a council and its term (DOMAIN.md "Compositions and terms", schema
    version 4): the term in force on a day is derived from these rows, never stored."""

    council = peewee.ForeignKeyField(Council, backref="compositions", on_delete=CASCADE)
    start = peewee.DateField()
    end = peewee.DateField()
    formed = peewee.DateField(null=True)  # the day the composition was formed
    version = record_version()

    class Meta:
        indexes = ((("council", "start"), True),)


class Member(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="members", on_delete=CASCADE)
    code = peewee.CharField()
    full_name = peewee.TextField()
    sex = peewee.CharField()
    organization = peewee.TextField()
    role = peewee.CharField()
    start = peewee.DateField()
    end = peewee.DateField(null=True)
    pin = peewee.CharField(null=True)
    phone = peewee.CharField(null=True)
    email = peewee.CharField(null=True)
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class Meeting(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="meetings", on_delete=CASCADE)
    code = peewee.CharField()
    number = peewee.IntegerField()
    date = peewee.DateField()
    kind = peewee.CharField(default="regular")
    place = peewee.TextField(default="")
    agenda_sent = peewee.DateField(null=True)
    finalized = peewee.BooleanField(default=False)
    time = peewee.CharField(null=True)  # "HH:MM"
    called_by = peewee.ForeignKeyField(Member, null=True, backref="called_meetings")
    state_body_representative = peewee.TextField(default="")
    # Who presided and who took the minutes (schema version 4); NULL: not recorded.
    presiding = peewee.ForeignKeyField(Member, null=True, backref="presided_meetings")
    minutes_by = peewee.ForeignKeyField(Member, null=True, backref="minuted_meetings")
    version = record_version()

    class Meta:
        indexes = (
            (("council", "code"), True),
            (("council", "number"), True),
        )


class Attendance(BaseModel):
    """A member at a sitting: present, or absent with a reason. No row: absent, no reason."""

    meeting = peewee.ForeignKeyField(Meeting, backref="attendance", on_delete=CASCADE)
    member = peewee.ForeignKeyField(Member, backref="attendance")
    present = peewee.BooleanField(default=True)
    absence_reason = peewee.TextField(default="")
    version = record_version()

    class Meta:
        indexes = ((("meeting", "member"), True),)


class Guest(BaseModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="guests", on_delete=CASCADE)
    position = peewee.IntegerField()
    full_name = peewee.TextField()
    organization = peewee.TextField(default="")
    category = peewee.CharField(default="other")
    version = record_version()


class AgendaItem(BaseModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="items", on_delete=CASCADE)
    position = peewee.IntegerField()
    title = peewee.TextField()
    proposed_by = peewee.CharField(default="council")
    decision = peewee.TextField(default="")
    speaker = peewee.TextField(default="")
    heard = peewee.TextField(default="")
    version = record_version()


class AgendaSpeaker(BaseModel):
    """One speaker in the discussion of an item (ВЫСТУПИЛИ), a member or anyone else, with a
    summary of what they said (schema version 4)."""

    item = peewee.ForeignKeyField(AgendaItem, backref="speakers", on_delete=CASCADE)
    position = peewee.IntegerField()
    name = peewee.TextField()
    summary = peewee.TextField(default="")
    version = record_version()


class Vote(BaseModel):
    item = peewee.ForeignKeyField(AgendaItem, backref="votes", on_delete=CASCADE)
    member = peewee.ForeignKeyField(Member, backref="votes")
    choice = peewee.CharField()  # for / against / abstain
    version = record_version()

    class Meta:
        indexes = ((("item", "member"), True),)


class Reopening(BaseModel):
    """A finalized sitting opened again for correction: when and why."""

    meeting = peewee.ForeignKeyField(Meeting, backref="reopenings", on_delete=CASCADE)
    position = peewee.IntegerField()
    reopened_on = peewee.DateField()
    reason = peewee.TextField()
    version = record_version()


class Request(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="requests", on_delete=CASCADE)
    code = peewee.CharField()
    number = peewee.TextField()
    subject = peewee.TextField()
    addressee = peewee.TextField()
    registered = peewee.DateField()
    answered = peewee.DateField(null=True)
    text = peewee.TextField(default="")
    answer_summary = peewee.TextField(default="")
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class Proposal(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="proposals", on_delete=CASCADE)
    code = peewee.CharField()
    author = peewee.TextField()
    received = peewee.DateField()
    summary = peewee.TextField()
    considered_at = peewee.ForeignKeyField(Meeting, null=True, backref="proposals")
    outcome = peewee.TextField(null=True)
    reply_sent = peewee.DateField(null=True)
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class CommissionNotice(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="notices", on_delete=CASCADE)
    code = peewee.CharField()
    commission = peewee.TextField()
    received = peewee.DateField()
    sitting = peewee.DateField()
    observer = peewee.ForeignKeyField(Member, null=True, backref="observed_notices")
    place = peewee.TextField(default="")
    agenda = peewee.TextField(default="")
    attended = peewee.BooleanField(null=True)
    notes = peewee.TextField(default="")
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class AnnualPlan(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="plans", on_delete=CASCADE)
    year = peewee.IntegerField()
    approved = peewee.DateField(null=True)
    sent = peewee.DateField(null=True)
    approved_at = peewee.ForeignKeyField(Meeting, null=True, backref="approved_plans")
    letter_number = peewee.TextField(default="")
    version = record_version()

    class Meta:
        indexes = ((("council", "year"), True),)


class PlanItem(BaseModel):
    plan = peewee.ForeignKeyField(AnnualPlan, backref="items", on_delete=CASCADE)
    position = peewee.IntegerField()
    title = peewee.TextField()
    due = peewee.DateField(null=True)
    responsible = peewee.TextField(default="")
    form = peewee.TextField(default="")
    due_precision = peewee.CharField(default="day")
    status = peewee.CharField(default="planned")
    note = peewee.TextField(default="")
    version = record_version()


class Competition(BaseModel):
    council = peewee.ForeignKeyField(Council, backref="competitions", on_delete=CASCADE)
    code = peewee.CharField()
    announced = peewee.DateField(null=True)
    published = peewee.DateField(null=True)
    formed = peewee.DateField(null=True)
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class Candidate(BaseModel):
    """A candidate; the four documents and seven requirements of Art. 14 are columns.

    A requirement is True (met), False (not met) or NULL: not yet recorded (schema version 3;
    migrations.py keeps the earlier shapes)."""

    # The council column carries the unique (council, code) index: ids are per council.
    council = peewee.ForeignKeyField(Council, backref="candidates", on_delete=CASCADE)
    competition = peewee.ForeignKeyField(Competition, backref="candidates", on_delete=CASCADE)
    code = peewee.CharField()
    full_name = peewee.TextField()
    sex = peewee.CharField()
    organization = peewee.TextField()
    received = peewee.DateField(null=True)
    doc_application = peewee.BooleanField(default=False)
    doc_cv_with_photo = peewee.BooleanField(default=False)
    doc_recommendation_letters = peewee.IntegerField(default=0)
    doc_vision = peewee.BooleanField(default=False)
    req_citizen_capable = peewee.BooleanField(null=True)
    req_no_criminal_record = peewee.BooleanField(null=True)
    req_not_civil_servant = peewee.BooleanField(null=True)
    req_reputation = peewee.BooleanField(null=True)
    req_no_relatives_in_body = peewee.BooleanField(null=True)
    req_independent = peewee.BooleanField(null=True)
    req_civic_experience = peewee.BooleanField(null=True)
    note_citizen_capable = peewee.TextField(default="")
    note_no_criminal_record = peewee.TextField(default="")
    note_not_civil_servant = peewee.TextField(default="")
    note_reputation = peewee.TextField(default="")
    note_no_relatives_in_body = peewee.TextField(default="")
    note_independent = peewee.TextField(default="")
    note_civic_experience = peewee.TextField(default="")
    selected = peewee.BooleanField(default=False)
    phone = peewee.CharField(null=True)
    email = peewee.CharField(null=True)
    version = record_version()

    class Meta:
        indexes = ((("council", "code"), True),)


class CandidateAttachment(BaseModel):
    """A scanned document of a candidate, kept as a file beside the database."""

    candidate = peewee.ForeignKeyField(Candidate, backref="attachments", on_delete=CASCADE)
    file_name = peewee.TextField()  # the name the user chose
    stored_path = peewee.TextField()  # where the copy is kept, relative to the data folder
    sha256 = peewee.CharField(max_length=64)
    version = record_version()


class StoreInfo(BaseModel):
    """Facts about the database itself, by key: its identity (`database_id`), which keys its
    backups (schema version 4)."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()


class Acknowledgement(BaseModel):
    """A finding that can no longer be mended (a request answered late), acknowledged by the
    secretariat: kept, audited, shown only when asked (schema version 4)."""

    council = peewee.ForeignKeyField(Council, backref="acknowledgements", on_delete=CASCADE)
    rule = peewee.CharField()
    subject = peewee.CharField()
    acknowledged_on = peewee.DateField()
    note = peewee.TextField(default="")
    version = record_version()

    class Meta:
        indexes = ((("council", "rule", "subject"), True),)


DOCUMENT_COLUMNS = {
    "application": "doc_application",
    "cv_with_photo": "doc_cv_with_photo",
    "recommendation_letters": "doc_recommendation_letters",
    "vision": "doc_vision",
}
"""records.Candidate.documents key -> Candidate column."""

REQUIREMENT_COLUMNS = {key: f"req_{key}" for key in REQUIREMENT_KEYS}
NOTE_COLUMNS = {key: f"note_{key}" for key in REQUIREMENT_KEYS}

CODED_MODELS = (Member, Meeting, Request, Proposal, CommissionNotice, Competition, Candidate)
"""Models whose `code` shares one id space per council (EXCHANGE.md: unique within a council)."""

ALL_MODELS = (
    Council,
    Composition,
    Member,
    Meeting,
    Attendance,
    Guest,
    AgendaItem,
    AgendaSpeaker,
    Vote,
    Reopening,
    Request,
    Proposal,
    CommissionNotice,
    AnnualPlan,
    PlanItem,
    Competition,
    Candidate,
    CandidateAttachment,
    StoreInfo,
    Acknowledgement,
)
"""Every table, parents before children (the order tables are created in)."""

RECORD_MODELS = tuple(model for model in ALL_MODELS if model is not StoreInfo)
"""The tables of councils' records (every table but the database's facts about itself)."""
