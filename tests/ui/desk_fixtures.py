"""Databases for the reception-desk GUI tests, built once per session and copied per test
(the ``desk_db`` and ``sample_db`` fixtures of tests/ui/conftest.py).

``desk_db``: an office (Ủy ban nhân dân xã Cao Lộc, desk LS-01) with an administrator
``quantri``, a reception officer ``tiepdan`` and a leader ``lanhdao`` (password
``matkhau123``). ``sample_db``: the same kind of office filled with generated sample data.
Copying a file is much faster than hashing passwords or generating data for every test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import setup, users
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.dbfixtures import fresh_sqlite_file

PASSWORD = "matkhau123"
SAMPLE_CASES = 250


def make_desk(path: Path) -> None:
    """An office, its administrator, a reception officer and a leader."""
    db = open_database(f"sqlite:///{fresh_sqlite_file(path)}")
    try:
        with db.session() as session:
            profile = setup.create_office(
                session,
                "Ủy ban nhân dân xã Cao Lộc",
                "LS-CAOLOC",
                "Tỉnh Lạng Sơn",
                "LS-01",
                "quantri",
                "Hoàng Văn Quản",
                PASSWORD,
                province_code="20",
            )
            system = Actor(None, "system", "Hệ thống", SYSTEM.roles, desk_code="LS-01")
            for username, name, title, role in (
                ("tiepdan", "Nguyễn Thị Tiếp", "Cán bộ tiếp công dân", Role.RECEPTION_OFFICER),
                ("lanhdao", "Lê Văn Lãnh", "Chủ tịch Ủy ban nhân dân xã", Role.LEADER),
            ):
                users.create_user(
                    session,
                    system,
                    users.NewUser(
                        username=username,
                        full_name=name,
                        password=PASSWORD,
                        roles=(role,),
                        title=title,
                        unit_id=profile.unit_id,
                    ),
                )
    finally:
        db.close()


def make_sample(path: Path) -> None:
    """The sample office ("Dùng thử với dữ liệu mẫu") with a few hundred cases."""
    db = open_database(f"sqlite:///{fresh_sqlite_file(path)}")
    try:
        setup.load_sample_office(db, cases=SAMPLE_CASES)
    finally:
        db.close()


def actor_of(db: Database, username: str) -> Actor:
    """The actor a user would sign in as (no password check, no audit)."""
    with db.session() as session:
        user = users.find_user(session, username)
        assert user is not None
        return users.actor_for(session, user)


def wired() -> tuple[ChangeBus, BackgroundRunner]:
    """A change bus and a runner that publishes operations' changes on it (as the shell wires
    them): screens refresh from what the operations return, never from a hand-written notice."""
    bus = ChangeBus()
    return bus, BackgroundRunner(bus=bus)


def copy_database(template: Path, tmp_path: Path) -> Iterator[Database]:
    """Open a copy of ``template`` in ``tmp_path``; close it when the generator resumes."""
    target = tmp_path / template.name
    shutil.copyfile(template, target)
    db = open_database(f"sqlite:///{target}")
    try:
        yield db
    finally:
        db.close()
