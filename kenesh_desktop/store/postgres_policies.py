"""Row-level security on a shared PostgreSQL server: each login sees and changes only the
councils it was granted, enforced by PostgreSQL itself (EXCHANGE.md, `server grant`).

The SQL here is PostgreSQL's; `server.py` runs it (`server init`, `server grant`).

- `kenesh_grant` (login, council, role): who may do what where; `council` is a council's id
  ("minfin") or `*` for every council. Only the owner reads or writes it; a login learns its
  own grants through `kenesh_my_grants()`.
- `kenesh_codes(roles)` / `kenesh_councils(roles)`: the council ids (or primary keys) the
  connected login holds one of `roles` on. SECURITY DEFINER, so the policies can call them
  without recursing into `council`'s own policy; `session_user` is the login, whatever the
  definer.
- Every table that reaches a council (scope.py: directly or through its parent) gets:
  `kenesh_read` (SELECT for reader, chair and secretary), `kenesh_write` (everything for the
  secretary). A policy reads its council list once per statement (the function is called in
  a scalar subquery, an InitPlan), not once per row.
- A chair may finalize and reopen the sittings of its council: UPDATE on `meeting` (a
  trigger lets a chair change `finalized` and nothing else) and INSERT on `reopening`.
- `audit_entry`: read by those who may read the council; written (inserted) by those who may
  change it; a deletion's erasing of values is the only UPDATE a login may make (trigger).
- Every table of records NOTIFYs `kenesh_changes` with its name once per statement, so the
  windows open on it refresh.
The owner of the tables (who ran `server init`) is not subject to the policies: they are
the server's administrator.
"""

from __future__ import annotations

from kenesh_desktop.store import models as m
from kenesh_desktop.store import scope
from kenesh_desktop.store.audit import AuditEntry
from kenesh_desktop.store.engine_postgres import CHANNEL, VERSION_TABLE

ROLES = ("secretary", "chair", "reader")
ALL_COUNCILS = "*"
READ = ("secretary", "chair", "reader")
WRITE = ("secretary",)
CHAIR = ("chair",)
RECORD = ("secretary", "chair")  # who writes audit entries: whoever may change something

GRANT_TABLE = "kenesh_grant"

SETUP = f"""
CREATE TABLE IF NOT EXISTS {GRANT_TABLE} (
    login text NOT NULL,
    council text NOT NULL,
    role text NOT NULL CHECK (role IN ('secretary', 'chair', 'reader')),
    PRIMARY KEY (login, council)
);
REVOKE ALL ON {GRANT_TABLE} FROM PUBLIC;

CREATE OR REPLACE FUNCTION kenesh_codes(roles text[]) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
    SELECT coalesce(array_agg(council), '{{}}') FROM {GRANT_TABLE}
    WHERE login = session_user AND role = ANY (roles)
$$;

CREATE OR REPLACE FUNCTION kenesh_councils(roles text[]) RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
    WITH granted AS (SELECT kenesh_codes(roles) AS codes)
    SELECT coalesce(array_agg(council.id), '{{}}') FROM council, granted
    WHERE granted.codes && ARRAY['{ALL_COUNCILS}', council.code::text]
$$;

CREATE OR REPLACE FUNCTION kenesh_my_grants() RETURNS TABLE (council text, role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
    SELECT council, role FROM {GRANT_TABLE} WHERE login = session_user ORDER BY council
$$;

CREATE OR REPLACE FUNCTION kenesh_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
    SELECT pg_has_role(session_user, c.relowner, 'USAGE')
    FROM pg_class c WHERE c.oid = '{{schema}}.council'::regclass
$$;

CREATE OR REPLACE FUNCTION kenesh_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION kenesh_chair_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A chair (no secretary grant) may finalize and reopen a sitting: nothing else changes.
    IF NOT kenesh_is_owner()
       AND NOT NEW.council_id = ANY (kenesh_councils(ARRAY['secretary']))
       AND (to_jsonb(NEW) - 'finalized' - 'version')
           IS DISTINCT FROM (to_jsonb(OLD) - 'finalized' - 'version') THEN
        RAISE EXCEPTION 'a chair may only finalize and reopen sittings'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION kenesh_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The trail is not rewritten: a login may only erase a deleted record's values.
    IF NOT kenesh_is_owner()
       AND ((to_jsonb(NEW) - 'changes' - 'record_id')
                IS DISTINCT FROM (to_jsonb(OLD) - 'changes' - 'record_id')
            OR NEW.changes <> '{{"erased": true}}' OR NEW.record_id IS NOT NULL) THEN
        RAISE EXCEPTION 'the audit trail is not changed, only a deleted record''s values erased'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
"""


def _roles(roles: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{role}'" for role in roles) + "]"


def councils_expr(roles: tuple[str, ...]) -> str:
    """The council keys the login holds one of `roles` on, evaluated once per statement."""
    return f"(SELECT kenesh_councils({_roles(roles)}))::integer[]"


def codes_expr(column: str, roles: tuple[str, ...]) -> str:
    """A council id column (text) granted to the login by one of `roles`, or all councils."""
    return f"(SELECT kenesh_codes({_roles(roles)})) && ARRAY['{ALL_COUNCILS}', {column}::text]"


def fence(path: tuple[scope.Step, ...], roles: tuple[str, ...]) -> str:
    """The condition that a row with this ownership path belongs to a granted council."""
    if not path:
        return codes_expr("code", roles)
    first = path[0]
    if len(path) == 1:
        return f"{first.column} = ANY ({councils_expr(roles)})"
    joins = []
    for step in path[1:-1]:
        joins.append(f" JOIN {step.parent} ON {step.parent}.id = {step.table}.{step.column}")
    last = path[-1]
    return (f"{first.column} IN (SELECT {first.parent}.id FROM {first.parent}{''.join(joins)}"
            f" WHERE {last.table}.{last.column} = ANY ({councils_expr(roles)}))")


def policy_statements() -> list[str]:
    """Row-level security on every table of councils and on the audit trail (idempotent)."""
    out = []
    for model, path in scope.scoped_models():
        table = model._meta.table_name
        out += _enable(table)
        out.append(f"CREATE POLICY kenesh_read ON {table} FOR SELECT "
                   f"USING ({fence(path, READ)})")
        out.append(f"CREATE POLICY kenesh_write ON {table} FOR ALL "
                   f"USING ({fence(path, WRITE)}) WITH CHECK ({fence(path, WRITE)})")
        if model is m.Meeting:
            out.append(f"CREATE POLICY kenesh_chair ON {table} FOR UPDATE "
                       f"USING ({fence(path, CHAIR)}) WITH CHECK ({fence(path, CHAIR)})")
            out.append(f"CREATE OR REPLACE TRIGGER kenesh_chair_guard BEFORE UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION kenesh_chair_guard()")
        if model is m.Reopening:
            out.append(f"CREATE POLICY kenesh_chair ON {table} FOR INSERT "
                       f"WITH CHECK ({fence(path, CHAIR)})")
        out.append(f"CREATE OR REPLACE TRIGGER kenesh_notify AFTER INSERT OR UPDATE OR DELETE "
                   f"OR TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kenesh_notify()")
    audit = AuditEntry._meta.table_name
    out += _enable(audit)
    out.append(f"CREATE POLICY kenesh_read ON {audit} FOR SELECT "
               f"USING ({codes_expr('council', READ)})")
    out.append(f"CREATE POLICY kenesh_record ON {audit} FOR INSERT "
               f"WITH CHECK ({codes_expr('council', RECORD)})")
    out.append(f"CREATE POLICY kenesh_erase ON {audit} FOR UPDATE "
               f"USING ({codes_expr('council', WRITE)}) "
               f"WITH CHECK ({codes_expr('council', WRITE)})")
    out.append(f"CREATE OR REPLACE TRIGGER kenesh_audit_guard BEFORE UPDATE ON {audit} "
               "FOR EACH ROW EXECUTE FUNCTION kenesh_audit_guard()")
    return out


DEFERRABLE_REFERENCES = """
SELECT format('ALTER TABLE %%s ALTER CONSTRAINT %%I DEFERRABLE INITIALLY DEFERRED',
              conrelid::regclass, conname)
FROM pg_constraint
WHERE contype = 'f' AND confdeltype = 'a' AND NOT condeferrable
  AND connamespace = current_schema()::regnamespace
"""
"""The statements that check every plain reference (a vote's member, a sitting's chair) at
commit. Deleting a council cascades to its members and to its sittings' attendance in an
order PostgreSQL does not promise; checked at once, a member's deletion can be refused for an
attendance row the same cascade is about to delete. SQLite checks at the statement's end."""


def _enable(table: str) -> list[str]:
    drops = [f"DROP POLICY IF EXISTS {name} ON {table}"
             for name in ("kenesh_read", "kenesh_write", "kenesh_chair", "kenesh_record",
                          "kenesh_erase")]
    return [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", *drops]


def kenesh_tables() -> list[str]:
    """Every table of the schema, the records' and the store's own."""
    return [*(model._meta.table_name for model in m.ALL_MODELS), AuditEntry._meta.table_name,
            VERSION_TABLE]


def privilege_statements(login: str, roles: set[str]) -> list[str]:
    """The table privileges of a login with these roles (row-level security narrows them to
    its councils): reading for all; changing for a secretary; finalizing and reopening (and
    recording them in the trail) for a chair. Earlier privileges are revoked first."""
    who = _identifier(login)
    tables = ", ".join(kenesh_tables())
    out = [f"REVOKE ALL ON {tables} FROM {who}",
           f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{schema}} FROM {who}"]
    if not roles:
        return out
    out.append(f"GRANT USAGE ON SCHEMA {{schema}} TO {who}")
    out.append(f"GRANT SELECT ON {tables} TO {who}")
    records = ", ".join([*(model._meta.table_name for model in m.ALL_MODELS
                           if model is not m.StoreInfo)])
    audit = AuditEntry._meta.table_name
    if "secretary" in roles:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {records}, {audit} TO {who}")
    elif "chair" in roles:
        out.append(f"GRANT UPDATE ON {m.Meeting._meta.table_name} TO {who}")
        out.append(f"GRANT INSERT ON {m.Reopening._meta.table_name}, {audit} TO {who}")
    if roles & {"secretary", "chair"}:
        out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {{schema}} TO {who}")
    return out


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
