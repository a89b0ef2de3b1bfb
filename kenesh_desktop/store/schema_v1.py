"""The schema as version 1 created it, frozen (migrations.py step 1).

These classes are copies of store/models.py as it was at schema version 1, so the live models
can change while step 1 keeps creating exactly version 1 (migrations.py, "Rules for a later
step"). They are bound to a database only while the step runs. Never edit them.
"""

from __future__ import annotations

import peewee

CASCADE = "CASCADE"


class _V1(peewee.Model):
    class Meta:
        database = None
        legacy_table_names = False


class Council(_V1):
    code = peewee.CharField(unique=True)
    name = peewee.TextField()
    state_body = peewee.TextField()
    term_start = peewee.DateField()
    term_end = peewee.DateField()
    rulebook = peewee.CharField(default="kg-74-2014")


class Member(_V1):
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

    class Meta:
        indexes = ((("council", "code"), True),)


class Meeting(_V1):
    council = peewee.ForeignKeyField(Council, backref="meetings", on_delete=CASCADE)
    code = peewee.CharField()
    number = peewee.IntegerField()
    date = peewee.DateField()
    kind = peewee.CharField(default="regular")
    place = peewee.TextField(default="")
    agenda_sent = peewee.DateField(null=True)
    finalized = peewee.BooleanField(default=False)
    time = peewee.CharField(null=True)
    called_by = peewee.ForeignKeyField(Member, null=True, backref="called_meetings")
    state_body_representative = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("council", "code"), True),
            (("council", "number"), True),
        )


class Attendance(_V1):
    meeting = peewee.ForeignKeyField(Meeting, backref="attendance", on_delete=CASCADE)
    member = peewee.ForeignKeyField(Member, backref="attendance")
    present = peewee.BooleanField(default=True)
    absence_reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("meeting", "member"), True),)


class Guest(_V1):
    meeting = peewee.ForeignKeyField(Meeting, backref="guests", on_delete=CASCADE)
    position = peewee.IntegerField()
    full_name = peewee.TextField()
    organization = peewee.TextField(default="")
    category = peewee.CharField(default="other")


class AgendaItem(_V1):
    meeting = peewee.ForeignKeyField(Meeting, backref="items", on_delete=CASCADE)
    position = peewee.IntegerField()
    title = peewee.TextField()
    proposed_by = peewee.CharField(default="council")
    decision = peewee.TextField(default="")
    speaker = peewee.TextField(default="")
    heard = peewee.TextField(default="")


class Vote(_V1):
    item = peewee.ForeignKeyField(AgendaItem, backref="votes", on_delete=CASCADE)
    member = peewee.ForeignKeyField(Member, backref="votes")
    choice = peewee.CharField()

    class Meta:
        indexes = ((("item", "member"), True),)


class Reopening(_V1):
    meeting = peewee.ForeignKeyField(Meeting, backref="reopenings", on_delete=CASCADE)
    position = peewee.IntegerField()
    reopened_on = peewee.DateField()
    reason = peewee.TextField()


class Request(_V1):
    council = peewee.ForeignKeyField(Council, backref="requests", on_delete=CASCADE)
    code = peewee.CharField()
    number = peewee.TextField()
    subject = peewee.TextField()
    addressee = peewee.TextField()
    registered = peewee.DateField()
    answered = peewee.DateField(null=True)
    text = peewee.TextField(default="")
    answer_summary = peewee.TextField(default="")

    class Meta:
        indexes = ((("council", "code"), True),)


class Proposal(_V1):
    council = peewee.ForeignKeyField(Council, backref="proposals", on_delete=CASCADE)
    code = peewee.CharField()
    author = peewee.TextField()
    received = peewee.DateField()
    summary = peewee.TextField()
    considered_at = peewee.ForeignKeyField(Meeting, null=True, backref="proposals")
    outcome = peewee.TextField(null=True)
    reply_sent = peewee.DateField(null=True)

    class Meta:
        indexes = ((("council", "code"), True),)


class CommissionNotice(_V1):
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

    class Meta:
        indexes = ((("council", "code"), True),)


class AnnualPlan(_V1):
    council = peewee.ForeignKeyField(Council, backref="plans", on_delete=CASCADE)
    year = peewee.IntegerField()
    approved = peewee.DateField(null=True)
    sent = peewee.DateField(null=True)
    approved_at = peewee.ForeignKeyField(Meeting, null=True, backref="approved_plans")
    letter_number = peewee.TextField(default="")

    class Meta:
        indexes = ((("council", "year"), True),)


class PlanItem(_V1):
    plan = peewee.ForeignKeyField(AnnualPlan, backref="items", on_delete=CASCADE)
    position = peewee.IntegerField()
    title = peewee.TextField()
    due = peewee.DateField(null=True)
    responsible = peewee.TextField(default="")
    form = peewee.TextField(default="")
    due_precision = peewee.CharField(default="day")
    status = peewee.CharField(default="planned")
    note = peewee.TextField(default="")


class Competition(_V1):
    council = peewee.ForeignKeyField(Council, backref="competitions", on_delete=CASCADE)
    code = peewee.CharField()
    announced = peewee.DateField(null=True)
    published = peewee.DateField(null=True)
    formed = peewee.DateField(null=True)

    class Meta:
        indexes = ((("council", "code"), True),)


class Candidate(_V1):
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
    req_citizen_capable = peewee.BooleanField(default=False)
    req_no_criminal_record = peewee.BooleanField(default=False)
    req_not_civil_servant = peewee.BooleanField(default=False)
    req_reputation = peewee.BooleanField(default=False)
    req_no_relatives_in_body = peewee.BooleanField(default=False)
    req_independent = peewee.BooleanField(default=False)
    req_civic_experience = peewee.BooleanField(default=False)
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

    class Meta:
        indexes = ((("council", "code"), True),)


class CandidateAttachment(_V1):
    candidate = peewee.ForeignKeyField(Candidate, backref="attachments", on_delete=CASCADE)
    file_name = peewee.TextField()
    stored_path = peewee.TextField()
    sha256 = peewee.CharField(max_length=64)


V1_MODELS = (
    Council,
    Member,
    Meeting,
    Attendance,
    Guest,
    AgendaItem,
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
)
"""Every table of version 1, parents before children."""
