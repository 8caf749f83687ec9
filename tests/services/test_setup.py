"""First run: office profile + administrator, or "try with sample data"."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import setup, users
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, Desk, FieldCategory, Unit, User
from tests.services.reception_fixtures import PASSWORD


def test_first_run_creates_unit_desk_admin_and_profile(db: Database, fast_hashing: None) -> None:
    assert setup.needs_first_run(db)
    with db.session() as s:
        assert setup.office_profile(s, SYSTEM) is None
        profile = setup.create_office(
            s,
            "Ủy ban nhân dân xã Tân Thanh",
            "ubnd-x01",
            "Lạng Sơn",
            "ls-01",
            "Admin",
            "Quản Trị Viên",
            PASSWORD,
            province_code="20",
        )
    assert not setup.needs_first_run(db)
    assert profile.office_name == "Ủy ban nhân dân xã Tân Thanh"
    assert (profile.unit_code, profile.desk_code, profile.province) == (
        "UBND-X01",
        "LS-01",
        "Lạng Sơn",
    )
    assert db.meta("desk_code") == "LS-01"
    with db.session() as s:
        unit = s.get(Unit, profile.unit_id)
        assert (
            unit is not None and unit.level == "commune" and unit.name_folded.startswith("uy ban")
        )
        desk = s.scalar(select(Desk).where(Desk.code == "LS-01"))
        assert desk is not None and desk.unit_id == unit.id
        assert s.scalar(select(func.count()).select_from(FieldCategory)) == len(
            setup.DEFAULT_FIELDS
        )
        actions = set(s.scalars(select(AuditEntry.action)))
        assert {"office.create", "user.create"} <= actions
        actor = users.sign_in(s, "admin", PASSWORD)
    assert actor.has(Role.ADMINISTRATOR) and actor.desk_code == "LS-01"
    assert actor.unit_id == profile.unit_id


def test_first_run_is_refused_twice_and_validates(db: Database, fast_hashing: None) -> None:
    with pytest.raises(ValidationFailed) as err, db.session() as s:
        setup.create_office(s, "", "", "", "bad code!", "", "", "ngan")
    assert set(err.value.field_errors) == {
        "unit_name",
        "unit_code",
        "province",
        "desk_code",
        "admin_username",
        "admin_full_name",
        "admin_password",
    }
    with db.session() as s:
        setup.create_office(
            s, "UBND xã A", "X-A", "Lạng Sơn", "LS-02", "admin", "Quản Trị", PASSWORD
        )
    with pytest.raises(StepNotAllowed), db.session() as s:
        setup.create_office(
            s, "UBND xã B", "X-B", "Lạng Sơn", "LS-03", "admin2", "Quản Trị", PASSWORD
        )


def test_try_with_sample_data(db: Database, fast_hashing: None) -> None:
    result = setup.load_sample_office(db, cases=60)
    assert db.is_sample
    assert not setup.needs_first_run(db)
    assert result.profile.desk_code and result.profile.unit_id is not None
    assert set(result.passwords) == {u for u, *_ in setup.SAMPLE_USERS}
    with db.session() as s:
        for username, _name, _title, role in setup.SAMPLE_USERS:
            actor = users.sign_in(s, username, result.passwords[username])
            assert actor.has(role) and actor.unit_id == result.profile.unit_id
            row = s.scalar(select(User).where(User.username == username))
            assert row is not None and row.is_sample
        assert setup.office_profile(s, SYSTEM) == result.profile
    with pytest.raises(StepNotAllowed):
        setup.load_sample_office(db, cases=10)
