"""Turning a PostgreSQL office into a networked office with database roles (issue #11 §1).

Run once by the office's IT person with the schema owner's URL and an administrator's
sign-in: installs the group roles and privileges (:mod:`tcd_desktop.store.pg_roles`) and
gives every account its own login. The administrator's login gets the password just typed;
the others get theirs when the administrator next sets it (``users password``), because the
application keeps only argon2 hashes and cannot know them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users.signin import active_roles
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import User
from tcd_desktop.store.pg_roles import (
    DEFAULT_PREFIX,
    RoleSetupError,
    install_roles,
    manage_login,
    valid_login,
)


@dataclass(frozen=True)
class RolesInstalled:
    """What :func:`install_database_roles` did."""

    prefix: str
    logins: tuple[str, ...]
    need_password: tuple[str, ...]
    skipped: tuple[str, ...]


def install_database_roles(
    db: Database, actor: Actor, admin_password: str, prefix: str = DEFAULT_PREFIX
) -> RolesInstalled:
    """Install the database roles and a login per account (administrator, owner's URL)."""
    require(actor, Role.ADMINISTRATOR, action="cài đặt vai trò cơ sở dữ liệu")
    if db.dialect != "postgresql":
        raise ServiceError("Vai trò cơ sở dữ liệu chỉ dùng với PostgreSQL (máy chủ dùng chung).")
    try:
        install_roles(db.engine, prefix)
        logins, pending, skipped = [], [], []
        with db.session() as session:
            for user in session.scalars(select(User).where(User.deleted_at.is_(None))):
                if not valid_login(user.username):
                    skipped.append(user.username)
                    continue
                own = user.id == actor.user_id
                manage_login(
                    session,
                    user.username,
                    password=admin_password if own else None,
                    roles=active_roles(user),
                    active=user.is_active,
                )
                (logins if own else pending).append(user.username)
            append_audit(
                session,
                "db.roles_installed",
                user_id=actor.user_id,
                origin_desk=actor.desk_code,
                detail={"prefix": prefix, "logins": len(logins) + len(pending)},
            )
    except RoleSetupError as exc:
        raise ServiceError(str(exc)) from exc
    except DBAPIError as exc:
        raise ServiceError(
            "Máy chủ từ chối cài đặt vai trò: hãy chạy lệnh với địa chỉ (URL) của vai trò chủ sở "
            "hữu cơ sở dữ liệu, vai trò này cần quyền CREATEROLE."
        ) from exc
    return RolesInstalled(prefix, tuple(logins), tuple(pending), tuple(skipped))
