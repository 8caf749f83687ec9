"""PostgreSQL: ``backup`` (pg_dump -Fc) and ``restore`` (pg_restore) into an empty database,
and a data-only restore despite self-referencing foreign keys (deferred since 0009)."""

from __future__ import annotations

import json
import secrets
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tcd_desktop.cli import run_cli
from tcd_desktop.services.backup.postgres import find_tool
from tcd_desktop.store import migrate
from tcd_desktop.store.database import make_engine, open_database
from tcd_desktop.store.models import Unit
from tests.dbfixtures import postgres_url
from tests.services.backup.conftest import ADMIN, as_user, make_office

pytestmark = pytest.mark.postgres


@pytest.fixture
def databases() -> Iterator[list[str]]:
    """Three fresh databases named ``tcd_backup_…`` on the test server, dropped afterwards."""
    base = postgres_url()
    assert base is not None
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    names = [f"tcd_backup_{secrets.token_hex(4)}_{i}" for i in range(3)]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield [make_url(base).set(database=n).render_as_string(False) for n in names]
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def _count(url: str, sql: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_dump_and_restore_into_an_empty_database(
    databases: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, empty, schema_only = databases
    make_office(source).close()
    db = open_database(source)
    with db.session() as s:  # a child unit written before its parent (deferred foreign key)
        parent_id = uuid.uuid4()
        s.add(Unit(code="CON", name="Xã Con", level="commune", parent_id=parent_id))
        s.flush()
        s.add(Unit(id=parent_id, code="CHA", name="Huyện Cha", level="district"))
    db.close()
    as_user(monkeypatch, ADMIN)
    dump = tmp_path / "office.dump"
    assert run_cli(["backup", "--database", source, "--out", str(dump), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert dump.stat().st_size > 0
    monkeypatch.delenv("TCD_USER")
    assert run_cli(["restore", str(dump), "--database", empty, "--yes"]) == 0
    capsys.readouterr()
    for table in ("users", "units", "audit_entries"):
        want = _count(source, f"SELECT count(*) FROM {table}")
        got = _count(empty, f"SELECT count(*) FROM {table}")
        assert got == want + (1 if table == "audit_entries" else 0), table
    as_user(monkeypatch, ADMIN)  # the restored office's administrator checks it
    assert run_cli(["audit", "verify", "--database", empty, "--anchor", made["anchor"]]) == 0
    assert run_cli(["db", "check", "--database", empty]) == 0, capsys.readouterr().out

    # a data-only dump restores into a migrated, empty schema in one transaction
    data_only = tmp_path / "data.dump"
    url = make_url(source)
    base = [f"--host={url.host}", f"--port={url.port or 5432}", f"--username={url.username}"]
    subprocess.run(
        [
            find_tool("pg_dump"),
            "-Fc",
            "--data-only",
            "--exclude-table-data=alembic_version",
            "-f",
            str(data_only),
            *base,
            str(url.database),
        ],
        check=True,
        capture_output=True,
    )
    target = make_engine(schema_only)
    migrate.upgrade(target)
    target.dispose()
    done = subprocess.run(
        [
            find_tool("pg_restore"),
            "--data-only",
            "--single-transaction",
            "--exit-on-error",
            *base,
            f"--dbname={make_url(schema_only).database}",
            str(data_only),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert _count(schema_only, "SELECT count(*) FROM units") == _count(
        source, "SELECT count(*) FROM units"
    )

    # restoring over a database in use: an administrator signs in, the old data is dumped
    as_user(monkeypatch, ADMIN)
    capsys.readouterr()
    assert run_cli(["restore", str(dump), "--database", source, "--yes", "--json"]) == 0
    kept = Path(json.loads(capsys.readouterr().out)["kept"])
    assert kept.exists() and "before-restore" in kept.name
    assert run_cli(["db", "check", "--database", source]) == 0
