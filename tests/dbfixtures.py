"""Fresh databases for tests: an SQLite file, or a throw-away schema on PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tcd_desktop.store.database import Database, open_database

PG_ENV = "TCD_TEST_DATABASE_URL"
PG_SKIP = "PostgreSQL tests need TCD_TEST_DATABASE_URL"


def postgres_url() -> str | None:
    """The server URL for PostgreSQL tests, or None."""
    return os.environ.get(PG_ENV) or None


@contextlib.contextmanager
def make_database(kind: str, tmp_path: Path) -> Iterator[Database]:
    """Yield a migrated database of ``kind`` ("sqlite" or "postgres"), then dispose of it."""
    if kind == "sqlite":
        db = open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
        try:
            yield db
        finally:
            db.close()
        return
    base = postgres_url()
    if base is None:
        pytest.skip(PG_SKIP)
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    db = open_database(f"{base}{sep}options=-csearch_path%3D{schema},public")
    try:
        yield db
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, fully migrated database of each kind (import this fixture in a conftest)."""
    with make_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database only (for GUI tests)."""
    with make_database("sqlite", tmp_path) as database:
        yield database
