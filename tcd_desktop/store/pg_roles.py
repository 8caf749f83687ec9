"""PostgreSQL roles that mirror the application's roles (the networked office, issue #11).

* The **schema owner** (the role that ran the migrations) is used for set-up and migrations
  only; it needs ``CREATEROLE``.
* One **group role** per application role, ``<prefix>_<role>`` (``tcd_reception_officer``…),
  plus ``<prefix>_desk`` for the desks' own logins (what a desk uses before anybody signs in).
* Each application user is a **login role** of the same name, member of the groups of its
  roles; created, re-passworded and disabled through ``tcd_manage_login`` (SECURITY DEFINER,
  callable by the administrators' group only), so an administrator needs no ``CREATEROLE``.
  The password is sent as a SCRAM-SHA-256 verifier computed here, never in clear.
* Privileges: per group, what its application role may read and write
  (:mod:`tcd_desktop.store.pg_grants` has the matrix) — no DELETE, no TRUNCATE, no DDL for
  anybody; the audit table read-only (entries are written by ``tcd_audit_append``); the audit
  key table unreadable; the password hashes readable by administrators and desks only.
* Row-level security: the audit head and the role prefix in ``app_meta`` cannot be moved by
  any desk role; a sealed (confidential) citizen row is visible only to the groups entitled
  to a denouncer's identity (``tcd_may_read_sealed``); the policies that depend on the role
  (own account row, register-import marks) and the reads of a sealed scan's or document's
  content come with migration 0018.

SQLite keeps the single-user model: nothing here applies to it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
import uuid
from collections.abc import Callable

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.store.pg_grants import CASE_WORK_WRITERS, grant_desk, grant_tables

#: migration 0018's reads of what a scan or document says (each checks a sealed row's
#: reader itself; every group but the desks' may call them)
CONTENT_FUNCTIONS = (
    "tcd_document_content(uuid)",
    "tcd_document_size(uuid)",
    "tcd_attachment_content(uuid)",
    "tcd_attachment_name(uuid)",
    "tcd_attachment_mime(uuid)",
)
#: every function of migration 0018
ROW_SECURITY_FUNCTIONS = ("tcd_in_group(text[])", "tcd_password_hash(uuid)", *CONTENT_FUNCTIONS)

PREFIX_KEY = "pg_role_prefix"
DEFAULT_PREFIX = "tcd"
DESK_GROUP = "desk"
PROTECTED_META = ("audit_head", "audit_keyed", PREFIX_KEY)
SEALED_READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER)
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


class RoleSetupError(Exception):
    """The database roles cannot be installed or managed; ``str()`` is Vietnamese."""


def valid_login(name: str) -> bool:
    """True for a name usable as a PostgreSQL login (lower-case letters, digits, ``_``)."""
    return bool(_NAME.match(name))


def group_name(prefix: str, role: Role | str) -> str:
    """``tcd`` + ``leader`` → ``tcd_leader``."""
    return f"{prefix}_{role}"


def all_groups(prefix: str) -> list[str]:
    """Every group role of the office, the desks' group last."""
    return [group_name(prefix, r) for r in Role] + [group_name(prefix, DESK_GROUP)]


def scram_verifier(password: str, *, iterations: int = 4096, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677)."""
    salt = salt if salt is not None else os.urandom(16)
    secret = unicodedata.normalize("NFKC", password).encode()
    salted = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def installed_prefix(session: Session | Connection) -> str | None:
    """The group-role prefix when this database uses database roles, else None."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name != "postgresql":
        return None
    value = session.execute(
        text("SELECT value FROM app_meta WHERE key = :k"), {"k": PREFIX_KEY}
    ).scalar()
    return value or None


def _ident(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


MANAGE_LOGIN = """
CREATE OR REPLACE FUNCTION tcd_manage_login(
    p_login text, p_verifier text, p_groups text[], p_active boolean
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    prefix text;
    mark text;
    target pg_roles%ROWTYPE;
    g text;
BEGIN
    SELECT value INTO prefix FROM app_meta WHERE key = 'pg_role_prefix';
    IF prefix IS NULL THEN
        RAISE EXCEPTION 'database roles are not installed';
    END IF;
    IF NOT pg_has_role(session_user, prefix || '_administrator', 'MEMBER')
       AND session_user <> current_user THEN
        RAISE EXCEPTION 'only an administrator manages logins'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login !~ '^[a-z][a-z0-9_]{{0,40}}$' OR p_login = ANY (
        SELECT prefix || '_' || r FROM unnest({groups}) AS r) THEN
        RAISE EXCEPTION 'not a login name: %', p_login;
    END IF;
    mark := 'tcd-login:' || prefix;
    SELECT * INTO target FROM pg_roles WHERE rolname = p_login;
    IF FOUND THEN
        IF target.rolsuper OR target.rolcreaterole OR target.rolname = current_user
           OR coalesce(shobj_description(target.oid, 'pg_authid'), '') <> mark THEN
            RAISE EXCEPTION 'role % is not a login of this office', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
        EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, mark);
        EXECUTE format('ALTER ROLE %I SET search_path = %s, public', p_login, {schema_lit});
    END IF;
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH g IN ARRAY (SELECT array_agg(prefix || '_' || r) FROM unnest({groups}) AS r) LOOP
        IF g = ANY (SELECT prefix || '_' || x FROM unnest(p_groups) AS x) THEN
            EXECUTE format('GRANT %I TO %I', g, p_login);
        ELSIF pg_has_role(p_login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
END $$
"""


def install_roles(engine: Engine, prefix: str = DEFAULT_PREFIX) -> None:
    """Create the group roles and grant them what the application needs, as the schema owner.

    Idempotent: run again after every upgrade (``open_database`` does) so tables added by a
    migration are covered. Raises :class:`RoleSetupError` on SQLite or a bad prefix.
    """
    if engine.dialect.name != "postgresql":
        raise RoleSetupError("Vai trò cơ sở dữ liệu chỉ dùng với PostgreSQL.")
    if not valid_login(prefix) or len(prefix) > 20:
        raise RoleSetupError("Tiền tố vai trò chỉ gồm chữ thường, số và dấu gạch dưới.")
    with engine.begin() as conn:
        for group in all_groups(prefix):
            _create_group(conn, group)
        conn.execute(
            text(
                "INSERT INTO app_meta (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": PREFIX_KEY, "v": prefix},
        )
        apply_grants(conn, prefix)


def _create_group(conn: Connection, group: str) -> None:
    # roles are cluster-wide and may be created concurrently by another installation
    conn.exec_driver_sql(
        f"DO $$ BEGIN CREATE ROLE {_ident(conn, group)} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
    )


def _policy(conn: Connection, table: str, name: str, body: str) -> None:
    conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
    conn.exec_driver_sql(f"CREATE POLICY {name} ON {table} {body}")


def apply_grants(conn: Connection, prefix: str) -> None:
    """Grant the groups what the application needs and nothing more (idempotent)."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = _ident(conn, schema)
    groups = [_ident(conn, g) for g in all_groups(prefix)]
    app = [_ident(conn, group_name(prefix, r)) for r in Role]
    admin = _ident(conn, group_name(prefix, Role.ADMINISTRATOR))
    desk = _ident(conn, group_name(prefix, DESK_GROUP))
    every, apps = ", ".join(groups), ", ".join(app)
    sql = conn.exec_driver_sql
    sql(f"REVOKE CREATE ON SCHEMA {q} FROM PUBLIC")
    sql(f"GRANT USAGE ON SCHEMA {q} TO {every}")
    sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {q} FROM {every}")
    tables = list(
        conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        ).scalars()
    )
    columns: dict[str, list[str]] = {}
    for table, column in conn.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() ORDER BY table_name, ordinal_position"
    ):
        columns.setdefault(table, []).append(column)
    grant_tables(sql, tables, lambda r: _ident(conn, group_name(prefix, r)), columns)
    sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q} TO {apps}")
    # a table added by a later migration: read by all, written as case work until named
    writers = ", ".join(_ident(conn, group_name(prefix, r)) for r in CASE_WORK_WRITERS)
    sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} REVOKE ALL ON TABLES FROM {apps}")
    sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT ON TABLES TO {apps}")
    sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT INSERT, UPDATE ON TABLES TO {writers}")
    # a desk before sign-in: the office, the accounts, the counts that name nobody (#11 §2);
    # count failed sign-ins
    grant_desk(sql, columns, desk)
    sql(f"GRANT UPDATE (failed_attempts, locked_until, updated_at) ON users TO {desk}")
    for fn in (
        "tcd_audit_append(text, text, text, jsonb, uuid, text)",
        "tcd_audit_check()",
        "tcd_may_read_sealed()",
        "tcd_reveal_identity(text, text, uuid[], text, uuid, text, integer)",
        *ROW_SECURITY_FUNCTIONS,  # migration 0018's: policies, own hash, sealed content
    ):
        sql(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        sql(f"GRANT EXECUTE ON FUNCTION {fn} TO {every}")
    reveal = "tcd_reveal_identity(text, text, uuid[], text, uuid, text, integer)"
    sql(f"REVOKE EXECUTE ON FUNCTION {reveal} FROM {desk}")
    for fn in CONTENT_FUNCTIONS:  # a desk reads no scan or document at all
        sql(f"REVOKE EXECUTE ON FUNCTION {fn} FROM {desk}")
    role_list = "ARRAY[" + ", ".join(f"'{r}'" for r in [*Role, DESK_GROUP]) + "]"
    body = (
        MANAGE_LOGIN.replace("{schema_lit}", _quote_literal(_ident(conn, schema)))
        .replace("{schema}", q)
        .replace("{groups}", role_list)
        .replace("{{", "{")
        .replace("}}", "}")
    )
    conn.execute(text(body))  # text(): its % signs are escaped for the driver
    sql("REVOKE ALL ON FUNCTION tcd_manage_login(text, text, text[], boolean) FROM PUBLIC")
    sql(f"GRANT EXECUTE ON FUNCTION tcd_manage_login(text, text, text[], boolean) TO {admin}")
    # row-level security (the owner, who runs the SECURITY DEFINER functions, bypasses it)
    protected = ", ".join(f"'{k}'" for k in PROTECTED_META)
    sql("ALTER TABLE app_meta ENABLE ROW LEVEL SECURITY")
    _policy(conn, "app_meta", "tcd_meta_read", "FOR SELECT USING (true)")
    _policy(conn, "app_meta", "tcd_meta_add", f"FOR INSERT WITH CHECK (key NOT IN ({protected}))")
    _policy(
        conn,
        "app_meta",
        "tcd_meta_change",
        f"FOR UPDATE USING (key NOT IN ({protected})) WITH CHECK (key NOT IN ({protected}))",
    )
    sql("ALTER TABLE citizens ENABLE ROW LEVEL SECURITY")
    _policy(conn, "citizens", "tcd_citizens_all", "FOR ALL USING (true) WITH CHECK (true)")
    _policy(
        conn,
        "citizens",
        "tcd_citizens_sealed",
        "AS RESTRICTIVE FOR SELECT USING (NOT is_confidential OR tcd_may_read_sealed())",
    )


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def manage_login(
    session: Session,
    login: str,
    *,
    password: str | None,
    roles: list[str] | tuple[str, ...],
    active: bool,
    desk: bool = False,
) -> None:
    """Create or update the login role ``login`` in the caller's transaction: its password
    (when given), whether it may log in, and its groups (``roles``; ``desk``: the desks')."""
    if not valid_login(login):
        raise RoleSetupError(
            f"Tên đăng nhập “{login}” không dùng được làm vai trò PostgreSQL: chỉ chữ thường "
            "không dấu, số và dấu gạch dưới, bắt đầu bằng chữ."
        )
    groups = [DESK_GROUP] if desk else [str(r) for r in roles]
    session.execute(
        text("SELECT tcd_manage_login(:login, :verifier, CAST(:groups AS text[]), :active)"),
        {
            "login": login,
            "verifier": scram_verifier(password) if password is not None else None,
            "groups": groups,
            "active": active,
        },
    )


def stored_password_hash(session: Session, user_id: uuid.UUID, loaded: Callable[[], str]) -> str:
    """The argon2 hash of an account, for checking a password typed by its owner.

    In a networked office the column is readable by administrators and desks only, so a
    user checking their own old password reads it through ``tcd_password_hash`` (their own
    row only, migration 0018); elsewhere ``loaded()``: the mapped column as it is.
    """
    if installed_prefix(session) is not None:
        return str(session.scalar(text("SELECT tcd_password_hash(:u)"), {"u": user_id}) or "")
    return loaded() or ""


class RevealRefused(Exception):
    """The database refused to reveal a sealed identity to this role."""


def reveal_on_server(
    session: Session,
    entity: str,
    entity_id: str,
    citizens: list[uuid.UUID],
    reason: str,
    user_id: uuid.UUID | None,
    desk: str,
    scans: int,
) -> list[uuid.UUID]:
    """Reveal through ``tcd_reveal_identity``: the database checks the caller's role, returns
    the citizens and writes the ``identity.reveal`` audit entry in this same transaction."""
    try:
        with session.begin_nested():
            rows = session.execute(
                text(
                    "SELECT id FROM tcd_reveal_identity(:entity, :entity_id, "
                    "CAST(:ids AS uuid[]), :reason, :user_id, :desk, :scans)"
                ),
                {
                    "entity": entity,
                    "entity_id": entity_id,
                    "ids": citizens,
                    "reason": reason,
                    "user_id": user_id,
                    "desk": desk,
                    "scans": scans,
                },
            ).scalars()
            return list(rows)
    except DBAPIError as exc:
        raise RevealRefused(str(exc.orig)) from exc
