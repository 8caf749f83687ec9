"""An office with an administrator (password) and a clerk, for the backup tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.setup import create_office
from tcd_desktop.services.users import NewUser, create_user
from tcd_desktop.services.users.signin import sign_in
from tcd_desktop.store.audit_key import KEY_FILE_ENV
from tcd_desktop.store.database import Database, open_database
from tests.dbfixtures import fresh_sqlite_file

ADMIN, CLERK, PASSWORD = "quantri", "tiepdan", "matkhau-12345"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder (backups, audit key) of the test's own."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("TCD_DATA_DIR", str(data))
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    monkeypatch.delenv("TCD_USER", raising=False)
    monkeypatch.delenv("TCD_PASSWORD", raising=False)
    yield data


def make_office(url: str) -> Database:
    """A migrated database with the office, its administrator and a reception clerk."""
    db = open_database(url)
    with db.session() as s:
        create_office(
            s, "UBND xã Hữu Lũng", "UBX-HL", "Lạng Sơn", "BAN1", ADMIN, "Quản Trị", PASSWORD
        )
    with db.session() as s:
        admin = sign_in(s, ADMIN, PASSWORD)
    with db.session() as s:
        create_user(
            s,
            admin,
            NewUser(
                username=CLERK,
                full_name="Cán bộ tiếp dân",
                password=PASSWORD,
                roles=(Role.RECEPTION_OFFICER,),
                unit_id=admin.unit_id,
            ),
        )
    return db


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(URL, file) of an SQLite office database."""
    path = fresh_sqlite_file(tmp_path / "office.sqlite3")
    make_office(f"sqlite:///{path}").close()
    yield f"sqlite:///{path}", path


def as_user(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    """Sign the command line in as ``user``."""
    monkeypatch.setenv("TCD_USER", user)
    monkeypatch.setenv("TCD_PASSWORD", PASSWORD)
