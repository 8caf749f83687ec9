"""Fresh databases for tests: an SQLite file, or a throw-away schema on PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
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


_sqlite_template: list[Path] = []


def sqlite_template() -> Path:
    """One migrated, empty SQLite file per test process; tests get copies of it.

    Migrating a fresh file costs ~0.17 s; copying the template costs a millisecond.
    """
    if not _sqlite_template:
        folder = Path(tempfile.mkdtemp(prefix="tcd-test-template-"))
        path = folder / "template.sqlite3"
        open_database(f"sqlite:///{path}").close()
        _sqlite_template.append(path)
    return _sqlite_template[0]


def fresh_sqlite_file(path: Path) -> Path:
    """Copy the migrated template (with any WAL side files) to ``path``."""
    template = sqlite_template()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{template}{suffix}")
        if side.exists():
            shutil.copyfile(side, Path(f"{path}{suffix}"))
    return path


@contextlib.contextmanager
def make_database(kind: str, tmp_path: Path) -> Iterator[Database]:
    """Yield a migrated database of ``kind`` ("sqlite" or "postgres"), then dispose of it."""
    if kind == "sqlite":
        path = fresh_sqlite_file(tmp_path / "test.sqlite3")
        db = open_database(f"sqlite:///{path}")
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
