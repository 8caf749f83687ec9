"""Sign-in: argon2id password hashes, throttling, the signed-in :class:`Actor`.

Passwords are hashed with argon2id (argon2-cffi). Sign-in is throttled: after
``MAX_FAILED_ATTEMPTS`` wrong passwords in a row the account is locked for
``LOCK_DURATION``; every failure and every success writes an audit entry.  A failure says
the same thing whether the username is unknown, the password wrong or the account locked
(and takes the same time), and the audit keeps a username only when the account exists —
never what was typed.  A successful sign-in derives the session key that encrypts the
desk's drafts (:mod:`tcd_desktop.services.session_key`). Account
management lives in :mod:`tcd_desktop.services.users`, which re-exports this module's API.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied, ServiceError
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.session_key import derive_session_key
from tcd_desktop.services.users.desks import (
    DeskNotRegistered,
    desk_code_for_installation,
    installation_id,
)
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.database import Database, DatabaseError
from tcd_desktop.store.models import AppMeta, User, UserRole
from tcd_desktop.store.pg_roles import installed_prefix, stored_password_hash

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = dt.timedelta(minutes=5)

MIN_PASSWORD_LENGTH = 8
DESK_CODE_KEY = "desk_code"
VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")  # no tzdata needed on Windows

_hasher = PasswordHasher()
_dummy: dict[str, str] = {}

BAD_CREDENTIALS = (
    "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá do nhập sai nhiều "
    f"lần (khoá {int(LOCK_DURATION.total_seconds() // 60)} phút). Hãy thử lại sau hoặc liên hệ "
    "quản trị hệ thống."
)
"""The one answer to every failed sign-in before the password is proved right: it never
tells whether the username exists or is locked."""


class SignInFailed(ServiceError):
    """Wrong username or password, a locked or a deactivated account (Vietnamese message)."""


@dataclass(frozen=True)
class UserInfo:
    """An account as the administrator screen shows it (never the password hash)."""

    id: uuid.UUID
    username: str
    full_name: str
    title: str
    unit_id: uuid.UUID | None
    roles: tuple[str, ...]
    is_active: bool
    is_sample: bool
    locked_until: dt.datetime | None
    failed_attempts: int


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``."""
    return _hasher.hash(password)


def _dummy_hash() -> str:
    """A hash verified when the username is unknown, so a wrong name costs as much time."""
    if "hash" not in _dummy:
        _dummy["hash"] = _hasher.hash("tcd-desktop-dummy-password")
    return _dummy["hash"]


def check_password(stored: str, password: str) -> bool:
    """True when ``password`` matches the stored hash (always takes one hash's time)."""
    try:
        return bool(_hasher.verify(stored or _dummy_hash(), password)) and bool(stored)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    """Vietnamese reason why ``password`` is too weak, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return OFFICE("password.too_short", length=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return OFFICE("password.spaces")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        return OFFICE("password.letters_digits")
    return None


def active_roles(user: User) -> tuple[str, ...]:
    """The roles a user holds now (removed roles are soft-deleted rows)."""
    return tuple(sorted({r.role for r in user.roles if r.deleted_at is None}))


def user_info(user: User) -> UserInfo:
    """Plain view of a user row."""
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        title=user.title,
        unit_id=user.unit_id,
        roles=active_roles(user),
        is_active=user.is_active,
        is_sample=user.is_sample,
        locked_until=user.locked_until,
        failed_attempts=user.failed_attempts,
    )


def actor_for(session: Session, user: User, desk_code: str | None = None) -> Actor:
    """The :class:`Actor` a signed-in user acts as: at ``desk_code`` (this installation's
    registered desk), else at the office profile's desk."""
    if desk_code is None:
        desk = session.get(AppMeta, DESK_CODE_KEY)
        desk_code = desk.value if desk else ""
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(active_roles(user)),
        unit_id=user.unit_id,
        desk_code=desk_code,
    )


def find_user(session: Session, username: str) -> User | None:
    """The live account with this username (case-insensitive), or None."""
    name = nfc(username).lower()
    return session.scalar(
        select(User).where(func.lower(User.username) == name, User.deleted_at.is_(None))
    )


def _fail(session: Session, message: str) -> SignInFailed:
    """Commit the failure record (it must survive the caller's rollback) and build the error."""
    session.commit()
    return SignInFailed(message)


def _unlocked(now: dt.datetime) -> ColumnElement[bool]:
    return or_(User.locked_until.is_(None), User.locked_until <= now)


def _count_failure(
    session: Session, user_id: uuid.UUID, now: dt.datetime
) -> tuple[int, dt.datetime | None] | None:
    """Count one wrong password and lock at the fifth, in ONE statement (UPDATE … RETURNING).

    Concurrent wrong passwords queue on the row lock, so each is counted exactly once and the
    account locks after ``MAX_FAILED_ATTEMPTS`` of them; an expired lock starts counting
    again. Returns None when the account is locked by the time the statement runs. The row's
    ``version`` is left alone: a sign-in attempt is no edit of the account.
    """
    expired = and_(User.locked_until.is_not(None), User.locked_until <= now)
    attempts = case((expired, 1), else_=User.failed_attempts + 1)
    stmt = (
        update(User)
        .where(User.id == user_id, _unlocked(now))
        .values(
            failed_attempts=attempts,
            locked_until=case((attempts >= MAX_FAILED_ATTEMPTS, now + LOCK_DURATION), else_=None),
        )
        .returning(User.failed_attempts, User.locked_until)
        .execution_options(synchronize_session=False)
    )
    row = session.execute(stmt).first()
    return None if row is None else (int(row[0]), row[1])


def _clear_failures(session: Session, user_id: uuid.UUID, now: dt.datetime) -> bool:
    """Reset the counter after a right password, unless a concurrent attempt locked the
    account meanwhile (then False); one statement, like :func:`_count_failure`."""
    stmt = (
        update(User)
        .where(User.id == user_id, _unlocked(now))
        .values(failed_attempts=0, locked_until=None)
        .returning(User.id)
        .execution_options(synchronize_session=False)
    )
    return session.execute(stmt).first() is not None


def _refuse_locked(session: Session, user: User, until: dt.datetime | None) -> SignInFailed:
    detail = {"locked_until": until.isoformat()} if until is not None else {}
    append_audit(
        session,
        "auth.sign_in_refused_locked",
        entity="user",
        entity_id=user.id,
        user_id=user.id,
        detail=detail,
    )
    return _fail(session, BAD_CREDENTIALS)


def sign_in(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> Actor:
    """Check a username and password and return the signed-in :class:`Actor`.

    Raises :class:`SignInFailed`. Unlike other services, a failed sign-in **commits** the
    failure counter and its audit entry before raising, so a rollback cannot erase them.
    """
    now = now or utcnow()
    user = find_user(session, username)
    if user is None:
        check_password("", password)  # same cost as a real check
        # What was typed is never stored: it may be a password typed into the wrong box.
        append_audit(
            session, "auth.sign_in_failed", entity="user", detail={"reason": "unknown_user"}
        )
        raise _fail(session, BAD_CREDENTIALS)
    if user.locked_until is not None and user.locked_until > now:
        check_password("", password)  # a locked account answers as slowly as any other
        raise _refuse_locked(session, user, user.locked_until)
    stored = stored_password_hash(session, user.id, lambda: user.password_hash)
    if not check_password(stored, password):
        counted = _count_failure(session, user.id, now)
        if counted is None:  # another attempt locked the account meanwhile
            raise _refuse_locked(session, user, None)
        attempts, locked_until = counted
        detail: dict[str, object] = {"reason": "bad_password", "attempt": attempts}
        if locked_until is not None:
            detail["locked_until"] = locked_until.isoformat()
        append_audit(
            session,
            "auth.sign_in_failed",
            entity="user",
            entity_id=user.id,
            user_id=user.id,
            detail=detail,
        )
        raise _fail(session, BAD_CREDENTIALS)
    if not user.is_active:
        append_audit(
            session,
            "auth.sign_in_failed",
            entity="user",
            entity_id=user.id,
            user_id=user.id,
            detail={"reason": "inactive"},
        )
        raise _fail(session, "Tài khoản đã ngừng hoạt động. Hãy liên hệ quản trị hệ thống.")
    if not _clear_failures(session, user.id, now):
        raise _refuse_locked(session, user, None)
    try:
        desk_code = desk_code_for_installation(session)
    except DeskNotRegistered as exc:
        append_audit(
            session,
            "auth.sign_in_refused_desk",
            entity="user",
            entity_id=user.id,
            user_id=user.id,
            detail={"installation": installation_id()},
        )
        raise _fail(session, str(exc)) from exc
    if _hasher.check_needs_rehash(stored) and installed_prefix(session) is None:
        # a networked office checks sign-ins as the desk, whose login may not write password
        # hashes: the hash is refreshed at the account's next password change instead
        user.password_hash = hash_password(password)
    append_audit(session, "auth.sign_in", entity="user", entity_id=user.id, user_id=user.id)
    key = derive_session_key(password, user.id)
    return dataclasses.replace(actor_for(session, user, desk_code), session_key=key)


def sign_in_at_desk(db: Database, username: str, password: str) -> Actor:
    """The sign-in of the screens and the command line: check the password (counted, audited)
    and, in a networked office, go on as the user's own database role."""
    with db.session() as session:
        actor = sign_in(session, username, password)
    use_own_login(db, username, password)
    return actor


def use_own_login(db: Database, username: str, password: str) -> None:
    """After a successful sign-in in a networked office (database roles installed), connect
    as the user's own PostgreSQL role with the password just typed — never as the owner or
    the desk. Nothing on SQLite or without database roles.

    Raises :class:`SignInFailed` when the server refuses the login (e.g. the administrator
    has not yet set the password of an account made before the roles were installed).
    """
    if db.dialect != "postgresql":
        return
    with db.session() as session:
        if installed_prefix(session) is None:
            return
    login = nfc(username).lower()
    if db.login_name() == login:
        return
    try:
        before = db.url
        db.switch_login(login, password)
        db.before_sign_in = db.before_sign_in or before
    except DatabaseError as exc:
        raise SignInFailed(
            "Máy chủ cơ sở dữ liệu không nhận tài khoản này. Hãy nhờ quản trị hệ thống đặt lại "
            "mật khẩu cho tài khoản."
        ) from exc


def return_to_desk_login(db: Database) -> None:
    """Sign-out in a networked office: connect again as the desk (or whatever connection was
    in use before the user's own login), so the next sign-in is not checked under the last
    user's role. Nothing on SQLite or when no user login replaced the connection."""
    if db.before_sign_in:
        db.return_to(db.before_sign_in)
        db.before_sign_in = ""


def users_with_role(session: Session, actor: Actor, role: Role | str) -> list[UserInfo]:
    """Active users holding ``role`` (for pickers: presiding leader, receiving officer); any
    signed-in role may list them."""
    if not actor.roles:
        raise PermissionDenied(SERVICE_MESSAGES("sign_in.officers"))
    stmt = (
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            UserRole.role == str(role),
            UserRole.deleted_at.is_(None),
            User.is_active.is_(True),
            User.deleted_at.is_(None),
        )
        .order_by(User.full_name)
    )
    return [user_info(u) for u in session.scalars(stmt).unique()]
