"""Fresh databases for tests: an SQLite file, or a throw-away schema on PostgreSQL.

The ``db`` and ``sqlite_db`` fixtures built from these are in tests/conftest.py.

Neither kind is migrated per test. SQLite: a file migrated once per test process is copied.
PostgreSQL: a schema migrated once per test process is dumped with ``pg_dump`` (DDL,
functions, triggers, sequences, rows, grants) and the dump is replayed under the new schema's
name (tests/test_dbfixtures.py checks a replayed schema dumps exactly like a migrated one).
Without a usable ``pg_dump`` each schema is migrated as before.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

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


def schema_url(base: str, schema: str) -> str:
    """``base`` with ``schema`` first on the search path."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema},public"


def libpq_url(base: str) -> str:
    """The SQLAlchemy URL ``base`` as a libpq connection string (pg_dump, psycopg)."""
    return make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)


def dump_schema(base: str, schema: str) -> str:
    """``pg_dump`` of one schema as a script (psql's ``\\restrict`` lines left out)."""
    command = ["pg_dump", "--schema", schema, "--inserts", "--dbname", libpq_url(base)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    return "".join(
        line for line in out.stdout.splitlines(keepends=True) if not line.startswith("\\")
    )


_pg_template: dict[str, tuple[str, str] | None] = {}


def postgres_template(admin: Engine, base: str) -> tuple[str, str] | None:
    """(script, schema name in it) of a freshly migrated schema, once per test process.

    None when ``pg_dump`` is missing or fails (then each schema is migrated).
    """
    if base not in _pg_template:
        schema = f"tcdtpl_{secrets.token_hex(6)}"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            open_database(schema_url(base, schema)).close()
            _pg_template[base] = (dump_schema(base, schema), schema)
        except (OSError, subprocess.SubprocessError):
            _pg_template[base] = None
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    return _pg_template[base]


def create_postgres_schema(admin: Engine, base: str, schema: str) -> None:
    """A migrated ``schema``: the template replayed under its name, else a migrated one."""
    template = postgres_template(admin, base)
    if template is None:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        return  # open_database migrates it
    import psycopg  # only PostgreSQL tests need the driver

    script, name = template
    # one simple-protocol query: the whole script runs in one transaction
    with psycopg.connect(libpq_url(base), autocommit=True) as conn:
        conn.execute(script.replace(name, schema).encode())


def let_background_work_finish() -> None:
    """Wait for the GUI's worker threads before the database closes: a worker still holding a
    connection would hand it back to a disposed pool, where it is never closed and is
    garbage-collected (a ResourceWarning, an error here) during some later, unrelated test."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)


@contextlib.contextmanager
def make_database(kind: str, tmp_path: Path) -> Iterator[Database]:
    """Yield a migrated database of ``kind`` ("sqlite" or "postgres"), then dispose of it."""
    if kind == "sqlite":
        path = fresh_sqlite_file(tmp_path / "test.sqlite3")
        db = open_database(f"sqlite:///{path}")
        try:
            yield db
        finally:
            let_background_work_finish()
            db.close()
        return
    base = postgres_url()
    if base is None:
        pytest.skip(PG_SKIP)
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    create_postgres_schema(admin, base, schema)
    db = open_database(schema_url(base, schema))
    try:
        yield db
    finally:
        let_background_work_finish()
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
