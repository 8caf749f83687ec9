"""The account operations the screens call (issue #10 boundary): each takes the database and
the acting user, owns its transaction and returns what it changed.

The session-level functions they wrap stay in :mod:`tcd_desktop.services.users` (shared with
the command line and other services).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import setup, users
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users.signin import UserInfo, sign_in_at_desk


def _changed(info: UserInfo) -> OpResult[UserInfo]:
    return OpResult(info, Changes.of(Entity.USER, [info.id]))


def list_accounts(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
    """Every account, by username (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="xem danh sách tài khoản")
    with db.session() as session:
        return users.list_users(session, actor, include_inactive=include_inactive)


def add_account(db: Database, actor: Actor, new: users.NewUser) -> OpResult[UserInfo]:
    """Create an account (and, in a networked office, its database login)."""
    require(actor, Role.ADMINISTRATOR, action="tạo tài khoản")
    with db.session() as session:
        return _changed(users.create_user(session, actor, new))


def save_roles_and_unit(
    db: Database,
    actor: Actor,
    user_id: uuid.UUID,
    roles: Iterable[Role | str],
    unit_id: uuid.UUID | None,
) -> OpResult[UserInfo]:
    """Replace an account's roles and unit in one transaction."""
    require(actor, Role.ADMINISTRATOR, action="phân quyền")
    with db.session() as session:
        users.set_roles(session, actor, user_id, roles)
        return _changed(users.set_unit(session, actor, user_id, unit_id))


def set_account_active(
    db: Database, actor: Actor, user_id: uuid.UUID, active: bool
) -> OpResult[UserInfo]:
    """Deactivate or reactivate an account (its database login follows)."""
    require(actor, Role.ADMINISTRATOR, action="ngừng hoặc kích hoạt lại tài khoản")
    with db.session() as session:
        if active:
            return _changed(users.reactivate_user(session, actor, user_id))
        return _changed(users.deactivate_user(session, actor, user_id))


def unlock_account(db: Database, actor: Actor, user_id: uuid.UUID) -> OpResult[UserInfo]:
    """Lift a sign-in lock before it expires."""
    require(actor, Role.ADMINISTRATOR, action="mở khoá tài khoản")
    with db.session() as session:
        return _changed(users.unlock_user(session, actor, user_id))


def reset_password(db: Database, actor: Actor, user_id: uuid.UUID, password: str) -> OpResult[None]:
    """The administrator sets another account's password."""
    require(actor, Role.ADMINISTRATOR, action="đặt lại mật khẩu của tài khoản khác")
    with db.session() as session:
        users.change_password(session, actor, user_id, password)
    return OpResult(None, Changes.of(Entity.USER, [user_id]))


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> OpResult[None]:
    """A signed-in user changes their own password (the current one is checked)."""
    if actor.user_id is None or not actor.roles:
        raise PermissionDenied(SERVICE_MESSAGES("sign_in.password"))
    with db.session() as session:
        users.change_password(session, actor, actor.user_id, new, current_password=current)
    return OpResult(None, Changes.of(Entity.USER, [actor.user_id]))


def create_office_and_sign_in(
    db: Database,
    *,
    unit_name: str,
    unit_code: str,
    province: str,
    desk_code: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    unit_level: str,
    province_code: str,
) -> tuple[Actor, str]:
    """First run (nobody is signed in yet, so no actor): create the office, its desk and the
    administrator, then sign the administrator in. Returns the actor and the desk code."""
    with db.session() as session:
        profile = setup.create_office(
            session,
            unit_name,
            unit_code,
            province,
            desk_code,
            admin_username,
            admin_full_name,
            admin_password,
            unit_level=unit_level,
            province_code=province_code,
        )
    actor = sign_in_at_desk(db, admin_username, admin_password)
    return actor, profile.desk_code
