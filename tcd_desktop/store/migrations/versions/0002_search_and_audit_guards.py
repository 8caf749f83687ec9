"""Accent-insensitive search indexes and the append-only guard on the audit trail.

SQLite: FTS5 tables over the folded columns (external content, kept in step by triggers).
PostgreSQL: pg_trgm GIN indexes on the folded columns, an immutable ``tcd_fold()`` wrapper
around ``unaccent`` (with đ → d, which unaccent and FTS5 do not fold) for SQL-side use.
Both: UPDATE and DELETE on ``audit_entries`` are refused.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (fts table, content table, folded columns)
FTS = (
    ("citizens_fts", "citizens", ("name_folded", "address_folded")),
    ("petitions_fts", "petitions", ("summary_folded",)),
)


def _sqlite_upgrade() -> None:
    for fts, table, cols in FTS:
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); "
            "END"
        )
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in cols)
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} WHEN {changed} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
        )


def _pg_upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
    op.execute(
        "CREATE OR REPLACE FUNCTION tcd_fold(t text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ "
        "SELECT lower(public.unaccent('public.unaccent'::regdictionary, "
        "translate(t, 'đĐ', 'dD'))) $$"
    )
    for _fts, table, cols in FTS:
        for col in cols:
            op.execute(
                f"CREATE INDEX ix_{table}_{col}_trgm ON {table} USING gin ({col} public.gin_trgm_ops)"
            )
    op.execute(
        "CREATE OR REPLACE FUNCTION tcd_audit_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
        "FOR EACH ROW EXECUTE FUNCTION tcd_audit_append_only()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_entries_no_{verb}")
        for fts, _table, _cols in FTS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS tcd_audit_append_only()")
        for _fts, table, cols in FTS:
            for col in cols:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{col}_trgm")
        op.execute("DROP FUNCTION IF EXISTS tcd_fold(text)")
