"""The test databases copied from a template are the databases a migration makes."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tcd_desktop.store.database import open_database
from tests.dbfixtures import (
    PG_SKIP,
    create_postgres_schema,
    dump_schema,
    fresh_sqlite_file,
    postgres_template,
    postgres_url,
    schema_url,
)


def table_sql(sql: str) -> tuple[str, ...]:
    """Columns in order, then the table constraints in any order.

    Alembic's batch mode writes a rebuilt table's constraints in no fixed order: two
    migrations in one process may differ there (seen on ``dialogues``).
    """
    lines = [line.strip().rstrip(",").strip() for line in sql.splitlines()]
    constraints = sorted(line for line in lines if line.startswith("CONSTRAINT"))
    return (*(line for line in lines if not line.startswith("CONSTRAINT")), *constraints)


def sqlite_schema(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        objects = [(t, n, table_sql(s or "")) for t, n, s in rows]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return [*objects, ("alembic", str(version), ())]


def test_a_copied_sqlite_file_is_a_migrated_one(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    open_database(f"sqlite:///{migrated}").close()
    copied = fresh_sqlite_file(tmp_path / "copy" / "copied.sqlite3")
    expected = sqlite_schema(migrated)
    assert len(expected) > 20
    assert sqlite_schema(copied) == expected


@pytest.mark.postgres
def test_a_replayed_postgres_schema_dumps_like_a_migrated_one() -> None:
    base = postgres_url()
    if base is None:
        pytest.skip(PG_SKIP)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    if postgres_template(admin, base) is None:
        admin.dispose()
        pytest.skip("pg_dump is not available: each schema is migrated")
    suffix = secrets.token_hex(6)
    migrated, replayed = f"t_m{suffix}", f"t_r{suffix}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {migrated}"))
        open_database(schema_url(base, migrated)).close()
        create_postgres_schema(admin, base, replayed)
        open_database(schema_url(base, replayed)).close()  # finds it at head: no upgrade
        expected = dump_schema(base, migrated).replace(migrated, "SCHEMA")
        assert "CREATE TRIGGER" in expected and "CREATE FUNCTION" in expected
        assert "INSERT INTO SCHEMA.alembic_version" in expected
        assert dump_schema(base, replayed).replace(replayed, "SCHEMA") == expected
    finally:
        with admin.connect() as conn:
            for schema in (migrated, replayed):
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()
