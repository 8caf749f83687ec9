"""Accounts: argon2 hashes, throttled and audited sign-in, administrator-only management."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import users
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed, ValidationFailed
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import AuditEntry, User
from tests.services.reception_fixtures import PASSWORD, Office


def _actions(office: Office) -> list[str]:
    with office.db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_password_is_stored_as_argon2id(office: Office) -> None:
    with office.db.session() as s:
        row = s.scalar(select(User).where(User.username == "tiepdan"))
        assert row is not None
        assert row.password_hash.startswith("$argon2id$")
        assert PASSWORD not in row.password_hash


def test_sign_in_returns_actor_with_roles_unit_and_desk(office: Office) -> None:
    with office.db.session() as s:
        actor = users.sign_in(s, "TiepDan", PASSWORD)
    assert actor.username == "tiepdan"
    assert actor.roles == frozenset({Role.RECEPTION_OFFICER.value})
    assert actor.unit_id == office.profile.unit_id
    assert actor.desk_code == "LS-01"
    assert _actions(office)[-1] == "auth.sign_in"


def test_wrong_password_and_unknown_user_are_audited_even_though_they_raise(
    office: Office,
) -> None:
    with pytest.raises(users.SignInFailed, match="không đúng"), office.db.session() as s:
        users.sign_in(s, "tiepdan", "sai-mat-khau1")
    with pytest.raises(users.SignInFailed, match="không đúng"), office.db.session() as s:
        users.sign_in(s, "khongco", PASSWORD)
    assert _actions(office)[-2:] == ["auth.sign_in_failed", "auth.sign_in_failed"]
    with office.db.session() as s:
        row = s.scalar(select(User).where(User.username == "tiepdan"))
        assert row is not None and row.failed_attempts == 1
        assert verify_audit(s).ok


def test_five_failures_lock_the_account_for_five_minutes(office: Office) -> None:
    start = utcnow()
    for _ in range(users.MAX_FAILED_ATTEMPTS):
        with pytest.raises(users.SignInFailed), office.db.session() as s:
            users.sign_in(s, "tiepdan", "sai-mat-khau1", now=start)
    # even the right password is refused while locked
    with pytest.raises(users.SignInFailed) as refused, office.db.session() as s:
        users.sign_in(s, "tiepdan", PASSWORD, now=start + dt.timedelta(minutes=4))
    assert str(refused.value) == users.BAD_CREDENTIALS  # no hint that the account exists
    assert _actions(office)[-1] == "auth.sign_in_refused_locked"
    with office.db.session() as s:
        actor = users.sign_in(s, "tiepdan", PASSWORD, now=start + dt.timedelta(minutes=6))
    assert actor.username == "tiepdan"
    with office.db.session() as s:
        row = s.scalar(select(User).where(User.username == "tiepdan"))
        assert row is not None and row.failed_attempts == 0 and row.locked_until is None


def test_deactivated_account_cannot_sign_in(office: Office) -> None:
    with office.db.session() as s:
        users.deactivate_user(s, office.admin, office.officer.user_id)  # type: ignore[arg-type]
    with pytest.raises(users.SignInFailed, match="ngừng hoạt động"), office.db.session() as s:
        users.sign_in(s, "tiepdan", PASSWORD)
    with office.db.session() as s:
        users.reactivate_user(s, office.admin, office.officer.user_id)  # type: ignore[arg-type]
        assert users.sign_in(s, "tiepdan", PASSWORD).username == "tiepdan"


def test_only_administrators_manage_accounts(office: Office) -> None:
    for who in ("officer", "handler", "leader", "supervisor"):
        _refused_everything(office, getattr(office, who))


def _refused_everything(office: Office, actor: users.Actor) -> None:
    target = office.officer.user_id
    assert target is not None
    calls = [
        lambda s: users.create_user(
            s, actor, users.NewUser("moi", "Người Mới", PASSWORD, roles=(Role.LEADER,))
        ),
        lambda s: users.deactivate_user(s, actor, target),
        lambda s: users.set_roles(s, actor, target, [Role.LEADER]),
        lambda s: users.set_unit(s, actor, target, None),
        lambda s: users.change_password(s, actor, office.admin.user_id, "MatKhauMoi9"),
        lambda s: users.list_users(s, actor),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied), office.db.session() as s:
            call(s)


def test_create_user_validates_with_field_messages(office: Office) -> None:
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        users.create_user(s, office.admin, users.NewUser("tiepdan", "", "ngan", roles=()))
    assert set(err.value.field_errors) == {"username", "full_name", "password", "roles"}
    assert "đã được dùng" in err.value.field_errors["username"]


def test_set_roles_and_unit_are_audited(office: Office) -> None:
    uid = office.handler.user_id
    assert uid is not None
    with office.db.session() as s:
        info = users.set_roles(s, office.admin, uid, [Role.HANDLING_OFFICER, Role.LEADER])
        assert info.roles == ("handling_officer", "leader")
        info = users.set_roles(s, office.admin, uid, [Role.LEADER])
        assert info.roles == ("leader",)
        info = users.set_roles(s, office.admin, uid, [Role.HANDLING_OFFICER])
        assert info.roles == ("handling_officer",)
        users.set_unit(s, office.admin, uid, None)
    with office.db.session() as s:
        actor = users.sign_in(s, "xulydon", PASSWORD)
    assert actor.roles == frozenset({"handling_officer"}) and actor.unit_id is None
    assert {"user.set_roles", "user.set_unit"} <= set(_actions(office))


def test_last_administrator_cannot_be_removed(office: Office) -> None:
    admin_id = office.admin.user_id
    assert admin_id is not None
    with pytest.raises(StepNotAllowed), office.db.session() as s:
        users.set_roles(s, office.admin, admin_id, [Role.LEADER])
    with pytest.raises(StepNotAllowed), office.db.session() as s:
        users.deactivate_user(s, office.admin, admin_id)


def test_change_password_own_with_current_or_by_admin(office: Office) -> None:
    uid = office.officer.user_id
    assert uid is not None
    with pytest.raises(ValidationFailed, match="hiện tại"), office.db.session() as s:
        users.change_password(s, office.officer, uid, "MatKhauMoi9", current_password="sai1234x")
    with office.db.session() as s:
        users.change_password(s, office.officer, uid, "MatKhauMoi9", current_password=PASSWORD)
    with office.db.session() as s:
        assert users.sign_in(s, "tiepdan", "MatKhauMoi9").user_id == uid
    with office.db.session() as s:
        users.change_password(s, office.admin, uid, "DatLai2026x")
    with office.db.session() as s:
        assert users.sign_in(s, "tiepdan", "DatLai2026x").user_id == uid
    with pytest.raises(ValidationFailed, match="ít nhất"), office.db.session() as s:
        users.change_password(s, office.admin, uid, "ngan1")


def test_users_with_role_lists_active_leaders(office: Office) -> None:
    with office.db.session() as s:
        leaders = users.users_with_role(s, office.admin, Role.LEADER)
        everyone = users.list_users(s, office.admin)
    assert [u.username for u in leaders] == ["chutich"]
    assert len(everyone) == 5
