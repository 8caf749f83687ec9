"""Accounts and roles: the administrator's operations, plus sign-in re-exported.

Managing accounts (create, deactivate, roles, unit, password reset, unlock) is for
administrators only; a user may change their own password by giving the current one.
Every change is audited. Sign-in and hashing are in :mod:`tcd_desktop.services.users.signin`
and available from here too (``users.sign_in``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.services.context import Actor, require, require_signed_in
from tcd_desktop.services.errors import NotFound, StepNotAllowed, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.users.signin import (
    BAD_CREDENTIALS,
    DESK_CODE_KEY,
    LOCK_DURATION,
    MAX_FAILED_ATTEMPTS,
    MIN_PASSWORD_LENGTH,
    SignInFailed,
    UserInfo,
    active_roles,
    actor_for,
    check_password,
    find_user,
    hash_password,
    password_problem,
    sign_in,
    sign_in_at_desk,
    user_info,
    users_with_role,
)
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import Unit, User, UserRole
from tcd_desktop.store.pg_roles import (
    RoleSetupError,
    installed_prefix,
    manage_login,
    scram_verifier,
    stored_password_hash,
    valid_login,
)

__all__ = [
    "BAD_CREDENTIALS",
    "DESK_CODE_KEY",
    "LOCK_DURATION",
    "MAX_FAILED_ATTEMPTS",
    "MIN_PASSWORD_LENGTH",
    "Actor",
    "NewUser",
    "SignInFailed",
    "UserInfo",
    "actor_for",
    "change_password",
    "create_user",
    "deactivate_user",
    "find_user",
    "hash_password",
    "list_users",
    "password_problem",
    "reactivate_user",
    "set_roles",
    "set_unit",
    "sign_in",
    "sign_in_at_desk",
    "unlock_user",
    "user_info",
    "users_with_role",
]


@dataclass
class NewUser:
    """Input of :func:`create_user`."""

    username: str
    full_name: str
    password: str
    roles: Iterable[Role | str] = field(default_factory=tuple)
    title: str = ""
    unit_id: uuid.UUID | None = None
    is_sample: bool = False


def _get_user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.account"))
    return user


def _check_roles(roles: Iterable[Role | str]) -> list[str]:
    values = []
    for role in roles:
        try:
            values.append(Role(str(role)).value)
        except ValueError:
            raise ValidationFailed({"roles": OFFICE("user.role_invalid", role=role)}) from None
    return sorted(set(values))


def _check_unit(session: Session, unit_id: uuid.UUID | None) -> None:
    if unit_id is None:
        return
    unit = session.get(Unit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise ValidationFailed({"unit_id": OFFICE("user.unit_missing")})


def _apply_roles(session: Session, actor: Actor, user: User, roles: list[str]) -> None:
    wanted = set(roles)
    for row in user.roles:
        if row.role in wanted and row.deleted_at is not None:
            row.deleted_at, row.updated_by = None, actor.user_id
        elif row.role not in wanted and row.deleted_at is None:
            row.deleted_at, row.updated_by = utcnow(), actor.user_id
    present = {r.role for r in user.roles}
    for role in sorted(wanted - present):
        user.roles.append(
            UserRole(role=role, created_by=actor.user_id, origin_desk=actor.desk_code)
        )


def _sync_login(
    session: Session, user: User, *, password: str | None = None, own: bool = False
) -> None:
    """Mirror the account on its PostgreSQL login role when the office uses database roles
    (:mod:`tcd_desktop.store.pg_roles`): same name, same password, its roles' groups,
    able to log in only while active. Nothing on SQLite."""
    if installed_prefix(session) is None:
        return
    if own and password is not None:  # any role may change its own password
        verifier = scram_verifier(password)
        # not text(): the verifier's "stored:server" colon would read as a bind parameter
        session.connection().exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
        return
    try:
        manage_login(
            session,
            user.username,
            password=password,
            roles=active_roles(user),
            active=user.is_active and user.deleted_at is None,
        )
    except RoleSetupError as exc:
        raise ValidationFailed({"username": str(exc)}) from exc


def create_user(session: Session, actor: Actor, new: NewUser) -> UserInfo:
    """Create an account (administrator only); the username must be unique."""
    require(actor, Role.ADMINISTRATOR, action="tạo tài khoản")
    errors: dict[str, str] = {}
    username = nfc(new.username).lower()
    if not username or any(c.isspace() for c in username) or len(username) > 64:
        errors["username"] = OFFICE("user.username_invalid")
    elif find_user(session, username) is not None:
        errors["username"] = OFFICE("user.username_taken", username=username)
    elif installed_prefix(session) is not None and not valid_login(username):
        errors["username"] = OFFICE("user.username_login")
    full_name = nfc(new.full_name)
    if not full_name:
        errors["full_name"] = OFFICE("user.name_missing")
    problem = password_problem(new.password)
    if problem:
        errors["password"] = problem
    roles = _check_roles(new.roles)
    if not roles:
        errors["roles"] = OFFICE("user.roles_missing")
    if errors:
        raise ValidationFailed(errors)
    _check_unit(session, new.unit_id)
    user = User(
        username=username,
        full_name=full_name,
        title=nfc(new.title),
        unit_id=new.unit_id,
        password_hash=hash_password(new.password),
        is_sample=new.is_sample,
        created_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(user)
    _apply_roles(session, actor, user, roles)
    session.flush()
    _sync_login(session, user, password=new.password)
    append_audit(
        session,
        "user.create",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"username": username, "roles": roles},
    )
    return user_info(user)


def _active_admins(session: Session) -> set[uuid.UUID]:
    rows = session.scalars(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            UserRole.role == Role.ADMINISTRATOR.value,
            UserRole.deleted_at.is_(None),
            User.is_active.is_(True),
            User.deleted_at.is_(None),
        )
    )
    return set(rows)


def _guard_last_admin(session: Session, user: User) -> None:
    if _active_admins(session) == {user.id}:
        raise StepNotAllowed(OFFICE("user.last_admin"))


def deactivate_user(session: Session, actor: Actor, user_id: uuid.UUID) -> UserInfo:
    """Stop an account from signing in (administrator only; never the last administrator)."""
    require(actor, Role.ADMINISTRATOR, action="ngừng hoạt động tài khoản")
    user = _get_user(session, user_id)
    if user.id == actor.user_id:
        raise StepNotAllowed(OFFICE("user.self_deactivate"))
    _guard_last_admin(session, user)
    user.is_active, user.updated_by = False, actor.user_id
    session.flush()
    _sync_login(session, user)
    append_audit(
        session,
        "user.deactivate",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return user_info(user)


def reactivate_user(session: Session, actor: Actor, user_id: uuid.UUID) -> UserInfo:
    """Allow a deactivated account to sign in again, clearing any lock (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="kích hoạt lại tài khoản")
    user = _get_user(session, user_id)
    user.is_active, user.failed_attempts, user.locked_until = True, 0, None
    user.updated_by = actor.user_id
    session.flush()
    _sync_login(session, user)
    append_audit(
        session,
        "user.reactivate",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return user_info(user)


def unlock_user(session: Session, actor: Actor, user_id: uuid.UUID) -> UserInfo:
    """Lift a sign-in lock before it expires (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="mở khoá tài khoản")
    user = _get_user(session, user_id)
    user.failed_attempts, user.locked_until, user.updated_by = 0, None, actor.user_id
    session.flush()
    append_audit(
        session,
        "user.unlock",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return user_info(user)


def set_roles(
    session: Session, actor: Actor, user_id: uuid.UUID, roles: Iterable[Role | str]
) -> UserInfo:
    """Replace a user's roles (administrator only; the last administrator keeps the role)."""
    require(actor, Role.ADMINISTRATOR, action="phân quyền")
    values = _check_roles(roles)
    if not values:
        raise ValidationFailed({"roles": OFFICE("user.roles_missing")})
    user = _get_user(session, user_id)
    before = active_roles(user)
    if Role.ADMINISTRATOR.value in before and Role.ADMINISTRATOR.value not in values:
        _guard_last_admin(session, user)
    _apply_roles(session, actor, user, values)
    user.updated_by = actor.user_id
    session.flush()
    _sync_login(session, user)
    append_audit(
        session,
        "user.set_roles",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"before": list(before), "after": values},
    )
    return user_info(user)


def set_unit(
    session: Session, actor: Actor, user_id: uuid.UUID, unit_id: uuid.UUID | None
) -> UserInfo:
    """Move a user to another unit (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="đổi cơ quan, đơn vị của tài khoản")
    user = _get_user(session, user_id)
    _check_unit(session, unit_id)
    before = user.unit_id
    user.unit_id, user.updated_by = unit_id, actor.user_id
    session.flush()
    append_audit(
        session,
        "user.set_unit",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={
            "before": str(before) if before else None,
            "after": str(unit_id) if unit_id else None,
        },
    )
    return user_info(user)


def change_password(
    session: Session,
    actor: Actor,
    user_id: uuid.UUID,
    new_password: str,
    *,
    current_password: str | None = None,
) -> None:
    """Set a new password: any account for an administrator, or one's own with the old one."""
    require_signed_in(actor, "đổi mật khẩu")
    user = _get_user(session, user_id)
    own = actor.user_id == user.id
    if not (own and current_password is not None):
        require(actor, Role.ADMINISTRATOR, action="đặt lại mật khẩu của tài khoản khác")
    elif not check_password(
        stored_password_hash(session, user.id, lambda: user.password_hash), current_password
    ):
        raise ValidationFailed({"current_password": OFFICE("password.wrong_current")})
    problem = password_problem(new_password)
    if problem:
        raise ValidationFailed({"new_password": problem})
    user.password_hash = hash_password(new_password)
    user.failed_attempts, user.locked_until, user.updated_by = 0, None, actor.user_id
    session.flush()
    _sync_login(session, user, password=new_password, own=own and current_password is not None)
    append_audit(
        session,
        "user.change_password",
        entity="user",
        entity_id=user.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"own": own and current_password is not None},
    )


def list_users(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
    """Every account, by username (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="xem danh sách tài khoản")
    stmt = select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    if not include_inactive:
        stmt = stmt.where(User.is_active.is_(True))
    return [user_info(u) for u in session.scalars(stmt)]
