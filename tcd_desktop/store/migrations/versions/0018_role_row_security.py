"""Row-level security that keeps each database role to what the application shows it (#11 §1).

PostgreSQL only; SQLite keeps the single-user model (nothing changes there).

The table and column privileges of each group role are granted by
:mod:`tcd_desktop.store.pg_grants` (group roles are cluster objects, installed after the
schema); this migration adds the schema objects that depend on the role per row:

* ``tcd_in_group(roles)``: whether the signed-in login belongs to one of the application
  roles' groups (true for the schema owner, and when no database roles are installed: then
  the application decides alone, as before).
* ``users``: everybody reads the accounts (without the password hashes: a column privilege);
  only an administrator adds one; an administrator and the desks' login (sign-in counting)
  change any row, every other user only their own (sign-in counter, own password).
* ``tcd_password_hash(user)``: the stored hash of the caller's own account (or any, for an
  administrator or a desk) — what changing one's own password checks the old one against.
* ``app_meta``: the office's settings are the administrator's; the reception officer writes
  only the marks of imported register files (``register_import:…``).
* ``attachments`` and ``documents``: every reader lists every row, a sealed one too — the
  application shows the supervisor and the administrator that a sealed scan or document
  exists, its number, date, size and hash, only not what it says. Its content (the PDF, the
  scan's bytes) and a scan's file name and type (which may name the denouncer) are the
  columns :mod:`tcd_desktop.store.pg_grants` withholds from those two roles
  (``SEALED_COLUMNS``); every role reads them through the functions below, which give a
  sealed row's only to the roles entitled to a denouncer's identity, like the sealed citizen
  rows (``tcd_may_read_sealed``, migration 0011):

  - ``tcd_document_content(id)``, ``tcd_attachment_content(id)``: the bytes; a sealed
    row's refused (``insufficient_privilege``) unless entitled.
  - ``tcd_attachment_name(id)``, ``tcd_attachment_mime(id)``: NULL for a sealed row unless
    entitled (a listing shows "sealed" in its place).
  - ``tcd_document_size(id)``: the PDF's size in bytes (shown in every listing).

The policies do not apply to the table owner (the schema owner and the SECURITY DEFINER
functions), so migrations, set-up and the audit functions are unaffected.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

IN_GROUP = """
CREATE OR REPLACE FUNCTION tcd_in_group(p_roles text[]) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    prefix text;
BEGIN
    SELECT value INTO prefix FROM app_meta WHERE key = 'pg_role_prefix';
    IF prefix IS NULL OR prefix = '' THEN
        RETURN true;  -- no database roles installed: the application decides alone
    END IF;
    IF session_user = (SELECT tableowner FROM pg_tables
                       WHERE schemaname = {schema_lit} AND tablename = 'users') THEN
        RETURN true;
    END IF;
    RETURN EXISTS (
        SELECT 1 FROM unnest(p_roles) AS r
        JOIN pg_roles g ON g.rolname = prefix || '_' || r
        WHERE pg_has_role(session_user, g.oid, 'MEMBER'));
END $$
"""

PASSWORD_HASH = """
CREATE OR REPLACE FUNCTION tcd_password_hash(p_user uuid) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    u users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM users WHERE id = p_user;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF u.username <> session_user::text
       AND NOT tcd_in_group(ARRAY['administrator', 'desk']) THEN
        RAISE EXCEPTION 'only the account itself reads its password hash'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN u.password_hash;
END $$
"""

SEALED_CONTENT = """
CREATE OR REPLACE FUNCTION {name}(p_id uuid) RETURNS {type}
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    sealed boolean;
    found_value {type};
BEGIN
    SELECT is_sealed, {column} INTO sealed, found_value FROM {table} WHERE id = p_id;
    {check}
    RETURN found_value;
END $$
"""
_REFUSE = (
    "RAISE EXCEPTION 'role % may not read a sealed {row}', session_user "
    "USING ERRCODE = 'insufficient_privilege';"
)
#: (function, table, column, type, a sealed row refused (True) or NULL (False))
SEALED_FUNCTIONS = (
    ("tcd_document_content", "documents", "content", "bytea", True),
    ("tcd_document_size", "documents", "octet_length(content)", "bigint", None),
    ("tcd_attachment_content", "attachments", "content", "bytea", True),
    ("tcd_attachment_name", "attachments", "filename", "text", False),
    ("tcd_attachment_mime", "attachments", "mime_type", "text", False),
)


def sealed_function(name: str, table: str, column: str, kind: str, refuse: bool | None) -> str:
    """The body of one of :data:`SEALED_FUNCTIONS` (``refuse`` None: no check, the size)."""
    refusal = _REFUSE.replace("{row}", table.rstrip("s")) if refuse else "RETURN NULL;"
    check = f"IF sealed AND NOT tcd_may_read_sealed() THEN {refusal} END IF;"
    return (
        SEALED_CONTENT.replace("{check}", "" if refuse is None else check)
        .replace("{name}", name)
        .replace("{type}", kind)
        .replace("{column}", column)
        .replace("{table}", table)
    )


_ADMIN = "(SELECT tcd_in_group(ARRAY['administrator']))"
_ACCOUNTS = "(SELECT tcd_in_group(ARRAY['administrator', 'desk']))"
_IMPORT_MARK = (
    f"({_ADMIN} OR (key LIKE 'register\\_import:%' "
    "AND (SELECT tcd_in_group(ARRAY['reception_officer']))))"
)

POLICIES: list[tuple[str, str, str]] = [
    ("users", "tcd_users_read", "FOR SELECT USING (true)"),
    ("users", "tcd_users_add", f"FOR INSERT WITH CHECK ({_ADMIN})"),
    (
        "users",
        "tcd_users_change",
        f"FOR UPDATE USING ({_ACCOUNTS} OR username = session_user::text) "
        f"WITH CHECK ({_ACCOUNTS} OR username = session_user::text)",
    ),
    ("app_meta", "tcd_meta_add_role", f"AS RESTRICTIVE FOR INSERT WITH CHECK {_IMPORT_MARK}"),
    (
        "app_meta",
        "tcd_meta_change_role",
        f"AS RESTRICTIVE FOR UPDATE USING {_IMPORT_MARK} WITH CHECK {_IMPORT_MARK}",
    ),
]
#: every function of this migration (the roles get EXECUTE with their grants, pg_roles)
FUNCTIONS = (
    "tcd_in_group(text[])",
    "tcd_password_hash(uuid)",
    *(f"{spec[0]}(uuid)" for spec in SEALED_FUNCTIONS),
)
# app_meta's permissive policies (read all; never the audit head) are installed with the roles
RLS_TABLES = ("users",)


def _bake(body: str, schema: str) -> str:
    """The function body bound to this schema (a SECURITY DEFINER function pins its path)."""
    quoted = '"' + schema.replace('"', '""') + '"'
    literal = "'" + schema.replace("'", "''") + "'"
    return body.replace("{schema_lit}", literal).replace("{schema}", quoted)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(sa.text(_bake(IN_GROUP, schema)))
    op.execute(sa.text(_bake(PASSWORD_HASH, schema)))
    for spec in SEALED_FUNCTIONS:
        op.execute(sa.text(_bake(sealed_function(*spec), schema)))
    for fn in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for table, name, body in POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
        op.execute(sa.text(f"CREATE POLICY {name} ON {table} {body}"))
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table, name, _body in POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
    for fn in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {fn}")
