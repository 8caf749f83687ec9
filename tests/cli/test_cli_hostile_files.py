"""Hostile database files and database errors on the command line.

Garbage, empty, truncated and random files are answered with a Vietnamese message and a
non-zero exit, and the file is left exactly as it was (``db check`` is the backup engineer's;
the common opening path is tested here). A database error never prints SQL or its values.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.domain.enums import Role
from tcd_desktop.store.database import open_database
from tests.cli.test_cli import PASSWORD, add_account
from tests.cli.test_cli_hostile import INPUTS, refused
from tests.dbfixtures import fresh_sqlite_file

pytestmark = pytest.mark.usefixtures("no_window")


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up office database (to cut short)."""
    path = fresh_sqlite_file(tmp_path_factory.mktemp("real") / "real.sqlite3")
    url = f"sqlite:///{path}"
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@settings(
    max_examples=40,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(["text", "binary", "cut"]),
    blob=st.binary(max_size=2000),
    cut=st.integers(1, 10**7),
    command=st.sampled_from(
        [
            ("search", "an"),
            ("board",),
            ("audit", "verify"),
            ("export-register", "--out", "{dir}/so.csv"),
        ]
    ),
)
def test_broken_database_files_are_answered_and_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    real_db: Path,
    kind: str,
    blob: bytes,
    cut: int,
    command: tuple[str, ...],
) -> None:
    content = {
        "text": b"hello, not a database\n",
        "binary": blob,
        "cut": real_db.read_bytes()[: 1 + cut % (real_db.stat().st_size - 1)],
    }[kind]
    INPUTS["database file"] += 1
    folder = tmp_path_factory.mktemp("bad")
    path = folder / "bad.sqlite3"
    path.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    monkeypatch.setenv(USER_ENV, "tiepdan")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    args = [a.replace("{dir}", str(folder)) for a in command]
    err = refused(capsys, *args, "--database", f"sqlite:///{path}")
    assert "Traceback" not in err and "[SQL:" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (folder / "so.csv").exists()


def test_empty_file_names_the_missing_schema(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    INPUTS["database file"] += 1
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    monkeypatch.setenv(USER_ENV, "tiepdan")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    err = refused(capsys, "search", "an", "--database", f"sqlite:///{path}")
    assert "không phải cơ sở dữ liệu SQLite" in err and path.read_bytes() == b""


# --- database errors --------------------------------------------------------------------------


def test_database_errors_never_print_sql_parameters(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office_url: str
) -> None:
    INPUTS["database error"] += 2
    db = open_database(office_url)
    with pytest.raises(sa.exc.StatementError) as caught, db.engine.connect() as conn:
        conn.execute(
            sa.text("SELECT nope FROM users WHERE username = :u"), {"u": "Trịnh Bích Ngọc"}
        )
    db.close()
    assert "Trịnh Bích Ngọc" not in str(caught.value)  # hide_parameters on every engine
    from tcd_desktop.cli import data_cmds

    def leak(*_a: object, **_k: object) -> None:
        raise sa.exc.DataError(
            "INSERT INTO citizens (full_name) VALUES (%(n)s)",
            {"n": "Trịnh Thị Bích Ngọc 001234567890"},
            Exception('value too long: "Trịnh Thị Bích Ngọc"'),
        )

    monkeypatch.setattr(data_cmds, "search", leak)
    monkeypatch.setenv(USER_ENV, "tiepdan")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    err = refused(capsys, "search", "an", "--database", office_url)
    assert "Trịnh" not in err and "INSERT" not in err and "không có gì được ghi" in err


@pytest.mark.postgres
def test_a_postgresql_data_error_shows_no_values(tmp_path: Path) -> None:
    """The failure the issue saw: a DataError on PostgreSQL printed a sealed person's data."""
    from tcd_desktop.cli.common import database_error_message
    from tcd_desktop.domain.folding import fold
    from tcd_desktop.store.models import Citizen
    from tests.dbfixtures import make_database

    INPUTS["database error"] += 1
    secret = "Trịnh Thị Bích Ngọc 001234567890 " * 10
    with (
        make_database("postgres", tmp_path) as db,
        pytest.raises(sa.exc.DBAPIError) as caught,
        db.session() as s,
    ):
        s.add(Citizen(full_name=secret, name_folded=fold(secret), id_number="0" * 30))
        s.flush()
    shown = str(caught.value) + str(database_error_message(caught.value))
    assert "Trịnh" not in shown and "001234567890" not in shown
    assert "không có gì được ghi" in str(database_error_message(caught.value))
