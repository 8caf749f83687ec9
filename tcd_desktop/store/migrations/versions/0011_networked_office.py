"""The networked office: registered desks, and on PostgreSQL an audit chain the server keeps.

Both engines: ``desks`` gains the installation that registered under a desk code (one
installation, one code, one numbering series), its database login and whether it is active.

PostgreSQL only:

* ``audit_secret`` (one row, readable by the schema owner only): the office's audit key and
  the server's own copy of the chain head.
* ``tcd_audit_append(...)`` (SECURITY DEFINER): the one way to write an audit entry. It
  takes the chain lock, computes the keyed hash (HMAC-SHA256, in SQL) inside the database
  and moves the head, so a desk can neither forge an entry nor skip the chain.
* ``tcd_audit_check()`` (SECURITY DEFINER): the entries whose keyed hash no longer matches,
  and a head that the table no longer reaches (truncation, wipe).
* ``tcd_reveal_identity(...)`` (SECURITY DEFINER): returns a sealed denouncer's identity and
  writes its audit entry in the same transaction.
* TRUNCATE on ``audit_entries`` refused (statement trigger; row triggers already refuse
  UPDATE and DELETE).

The database roles themselves (group roles, logins, grants, row-level security) are cluster
objects and are installed by :mod:`tcd_desktop.store.pg_roles`, not by a migration.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

HMAC = """
CREATE OR REPLACE FUNCTION tcd_hmac_sha256(p_key bytea, p_msg bytea) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    k bytea := p_key;
    ipad bytea;
    opad bytea;
BEGIN
    IF length(k) > 64 THEN
        k := sha256(k);
    END IF;
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    ipad := k;
    opad := k;
    FOR i IN 0..63 LOOP
        ipad := set_byte(ipad, i, get_byte(k, i) # 54);
        opad := set_byte(opad, i, get_byte(k, i) # 92);
    END LOOP;
    RETURN encode(sha256(opad || sha256(ipad || p_msg)), 'hex');
END $$
"""

CANONICAL = """
CREATE OR REPLACE FUNCTION tcd_audit_canonical(e audit_entries) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT convert_to(jsonb_build_array(
        e.seq, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.user_id::text, e.origin_desk, e.action, e.entity, e.entity_id,
        e.detail::jsonb, e.prev_hash)::text, 'UTF8')
$$
"""

APPEND = """
CREATE OR REPLACE FUNCTION tcd_audit_append(
    p_action text, p_entity text, p_entity_id text, p_detail jsonb, p_user_id uuid,
    p_origin_desk text
) RETURNS TABLE (entry_id uuid, entry_seq bigint, entry_at timestamptz, entry_prev text,
                 entry_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    s audit_secret%ROWTYPE;
    e audit_entries%ROWTYPE;
    kid text;
    keyed text;
BEGIN
    PERFORM pg_advisory_xact_lock(727001);
    SELECT * INTO s FROM audit_secret WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        -- the first entry: 32 random bytes made by the server (gen_random_uuid is built in,
        -- no extension needed). Made here, not by the migration, so that a data-only
        -- restore into a freshly migrated schema brings the office's own key back.
        INSERT INTO audit_secret (id, secret, key_id, head_seq, head_hash)
        SELECT 1, k, left(encode(sha256(k), 'hex'), 16), 0, repeat('0', 64)
        FROM (SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
              || clock_timestamp()::text, 'UTF8')) AS k) AS r;
        SELECT * INTO s FROM audit_secret WHERE id = 1 FOR UPDATE;
    END IF;
    kid := 'db-' || s.key_id;
    IF s.keyed_from IS NULL THEN
        -- the first entry the server writes continues the chain the application kept
        SELECT split_part(value, ':', 1)::bigint, split_part(value, ':', 2)
        INTO s.head_seq, s.head_hash FROM app_meta WHERE key = 'audit_head';
        s.head_seq := coalesce(s.head_seq, 0);
        s.head_hash := coalesce(s.head_hash, repeat('0', 64));
        UPDATE audit_secret SET keyed_from = s.head_seq + 1 WHERE id = 1;
    END IF;
    e.id := gen_random_uuid();
    e.seq := s.head_seq + 1;
    e.at := clock_timestamp();
    -- connected as an application user's own login: the entry is theirs, whatever is claimed
    e.user_id := coalesce(
        (SELECT u.id FROM users u WHERE u.username = session_user::text AND u.deleted_at IS NULL),
        p_user_id);
    e.origin_desk := left(coalesce(p_origin_desk, ''), 32);
    e.action := p_action;
    e.entity := coalesce(p_entity, '');
    e.entity_id := coalesce(p_entity_id, '');
    e.detail := coalesce(p_detail, '{}'::jsonb)::json;
    e.prev_hash := s.head_hash;
    e.hash := tcd_hmac_sha256(s.secret, tcd_audit_canonical(e));
    INSERT INTO audit_entries (id, seq, at, user_id, origin_desk, action, entity, entity_id,
                               detail, prev_hash, hash)
    VALUES (e.id, e.seq, e.at, e.user_id, e.origin_desk, e.action, e.entity, e.entity_id,
            e.detail, e.prev_hash, e.hash);
    UPDATE audit_secret SET head_seq = e.seq, head_hash = e.hash WHERE id = 1;
    INSERT INTO app_meta (key, value) VALUES ('audit_head', e.seq || ':' || e.hash)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    SELECT value INTO keyed FROM app_meta WHERE key = 'audit_keyed';
    IF keyed IS NULL OR keyed = '' THEN
        INSERT INTO app_meta (key, value) VALUES ('audit_keyed', e.seq || ':' || kid)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    ELSIF split_part(regexp_replace(keyed, '^.*;', ''), ':', 2) <> kid THEN
        UPDATE app_meta SET value = keyed || ';' || e.seq || ':' || kid
        WHERE key = 'audit_keyed';
    END IF;
    RETURN QUERY SELECT e.id, e.seq, e.at, e.prev_hash::text, e.hash::text;
END $$
"""

CHECK = """
CREATE OR REPLACE FUNCTION tcd_audit_check()
RETURNS TABLE (bad_seq bigint, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    s audit_secret%ROWTYPE;
    last_seq bigint;
    last_hash text;
BEGIN
    SELECT * INTO s FROM audit_secret WHERE id = 1;
    IF NOT FOUND OR s.keyed_from IS NULL THEN
        RETURN;  -- the server has written nothing yet
    END IF;
    RETURN QUERY SELECT s.keyed_from, 'from:db-' || s.key_id;
    RETURN QUERY
        SELECT a.seq, 'hash'::text FROM audit_entries a
        WHERE a.seq >= s.keyed_from
          AND a.hash <> tcd_hmac_sha256(s.secret, tcd_audit_canonical(a))
        ORDER BY a.seq;
    SELECT a.seq, a.hash INTO last_seq, last_hash
    FROM audit_entries a ORDER BY a.seq DESC LIMIT 1;
    IF coalesce(last_seq, 0) <> s.head_seq OR coalesce(last_hash, repeat('0', 64)) <> s.head_hash
    THEN
        RETURN QUERY SELECT s.head_seq, 'head'::text;
    END IF;
END $$
"""

REVEAL = """
CREATE OR REPLACE FUNCTION tcd_reveal_identity(
    p_entity text, p_entity_id text, p_citizens uuid[], p_reason text, p_user_id uuid,
    p_origin_desk text, p_scans integer
) RETURNS SETOF citizens
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    who uuid;
BEGIN
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a reveal needs a reason';
    END IF;
    IF NOT tcd_may_read_sealed() THEN
        RAISE EXCEPTION 'role % may not read a sealed identity', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- signed in as an application user: that user, whatever the caller claims
    SELECT u.id INTO who FROM users u WHERE lower(u.username) = lower(session_user::text);
    PERFORM tcd_audit_append(
        'identity.reveal', p_entity, p_entity_id,
        jsonb_build_object('reason', p_reason, 'citizens',
                           (SELECT coalesce(jsonb_agg(c::text), '[]'::jsonb)
                            FROM unnest(p_citizens) AS c),
                           'scans', p_scans, 'by', 'database'),
        coalesce(who, p_user_id), p_origin_desk);
    RETURN QUERY SELECT * FROM citizens WHERE id = ANY (p_citizens);
END $$
"""

MAY_READ = """
CREATE OR REPLACE FUNCTION tcd_may_read_sealed() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    prefix text;
BEGIN
    SELECT value INTO prefix FROM app_meta WHERE key = 'pg_role_prefix';
    IF prefix IS NULL OR prefix = '' THEN
        RETURN true;  -- no database roles installed: the application decides alone
    END IF;
    IF session_user = (SELECT tableowner FROM pg_tables
                       WHERE schemaname = {schema_lit} AND tablename = 'citizens') THEN
        RETURN true;
    END IF;
    RETURN EXISTS (
        SELECT 1 FROM unnest(ARRAY['reception_officer', 'handling_officer', 'leader']) AS r
        JOIN pg_roles g ON g.rolname = prefix || '_' || r
        WHERE pg_has_role(session_user, g.oid, 'MEMBER'));
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("desks") as batch:
        batch.add_column(sa.Column("installation_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("db_login", sa.String(length=63), nullable=True))
        batch.add_column(
            sa.Column("is_active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.create_unique_constraint("uq_desks_installation_id", ["installation_id"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(
        "CREATE TABLE audit_secret (id integer PRIMARY KEY CHECK (id = 1), secret bytea NOT NULL,"
        " key_id text NOT NULL, head_seq bigint NOT NULL, head_hash text NOT NULL,"
        " keyed_from bigint)"
    )
    op.execute("REVOKE ALL ON audit_secret FROM PUBLIC")
    op.execute(HMAC)
    op.execute(CANONICAL)
    for body in (APPEND, CHECK, MAY_READ, REVEAL):
        op.execute(_bake(body, schema))
    op.execute("REVOKE ALL ON FUNCTION tcd_hmac_sha256(bytea, bytea) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION tcd_audit_canonical(audit_entries) FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
        "FOR EACH STATEMENT EXECUTE FUNCTION tcd_audit_append_only()"
    )


def _bake(body: str, schema: str) -> str:
    """The function body bound to this schema (a SECURITY DEFINER function pins its path)."""
    quoted = '"' + schema.replace('"', '""') + '"'
    literal = "'" + schema.replace("'", "''") + "'"
    return body.replace("{schema_lit}", literal).replace("{schema}", quoted)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        for sig in (
            "tcd_reveal_identity(text, text, uuid[], text, uuid, text, integer)",
            "tcd_may_read_sealed()",
            "tcd_audit_check()",
            "tcd_audit_append(text, text, text, jsonb, uuid, text)",
            "tcd_audit_canonical(audit_entries)",
            "tcd_hmac_sha256(bytea, bytea)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {sig}")
        op.execute("DROP TABLE IF EXISTS audit_secret")
    with op.batch_alter_table("desks") as batch:
        batch.drop_constraint("uq_desks_installation_id", type_="unique")
        for name in ("is_active", "db_login", "installation_id"):
            batch.drop_column(name)
