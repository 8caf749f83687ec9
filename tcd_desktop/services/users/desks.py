"""A desk is a desk (issue #11 §3): each installation has its own identity, registered in the
shared database under its own desk code, so every human number it issues comes from its own
series (``LS-02-2026-000123``) and two desks never draw from one series.

The identity is ``desk.ini`` beside the local settings (the data folder): a random
installation id made on first use, and the code the installation was last registered under.
An administrator registers an installation (``tcd-desktop users desk-register CODE
--installation ID``). The first installation to sign in to a database takes the office's
default desk (the one made at set-up) if nobody holds it yet; on SQLite, a single-user file,
the installation that opens it always does (a file copied to a new computer keeps working).
On PostgreSQL an unregistered installation cannot sign in once the default desk is taken.
"""

from __future__ import annotations

import configparser
import os
import re
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tcd_desktop.config.paths import user_data_dir
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError, StepNotAllowed, ValidationFailed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import AppMeta, Desk
from tcd_desktop.store.pg_roles import installed_prefix, manage_login

DESK_FILE = "desk.ini"
DESK_CODE_KEY = "desk_code"
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,30}[A-Z0-9]$")
_INSTALLATION = re.compile(r"^[0-9a-f]{32}$")


class DeskNotRegistered(ServiceError):
    """This installation is not a registered desk of the office (Vietnamese message)."""


@dataclass(frozen=True)
class DeskInfo:
    """A registered desk."""

    code: str
    name: str
    installation_id: str | None
    is_active: bool


def desk_file() -> Path:
    """Where this installation keeps its desk identity."""
    return user_data_dir() / DESK_FILE


def installation_id() -> str:
    """This installation's id, made (owner-only file) the first time it is asked for."""
    path = desk_file()
    parser = configparser.ConfigParser()
    if path.exists():
        parser.read(path, encoding="utf-8")
        value = parser.get("desk", "installation", fallback="")
        if _INSTALLATION.match(value):
            return value
    value = uuid.uuid4().hex
    _write(path, value, parser.get("desk", "code", fallback=""))
    return value


def _write(path: Path, installation: str, code: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(
        "# Danh tính bàn tiếp dân của máy này (TCD Desktop). Không chép sang máy khác.\n"
        f"[desk]\ninstallation = {installation}\ncode = {code}\n",
        encoding="utf-8",
    )
    os.replace(tmp, path)


def _remember(code: str) -> None:
    path = desk_file()
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    if parser.get("desk", "code", fallback="") != code:
        _write(path, installation_id(), code)


def local_code() -> str:
    """The code this installation was last registered under (may be stale; the database
    decides), or ''."""
    parser = configparser.ConfigParser()
    parser.read(desk_file(), encoding="utf-8")
    return parser.get("desk", "code", fallback="")


def desk_code_for_installation(session: Session) -> str:
    """The desk code this installation numbers under, binding the office's default desk to
    it when that desk is free (see the module's rules). Raises :class:`DeskNotRegistered`."""
    me = installation_id()
    code = session.scalar(
        select(Desk.code).where(
            Desk.installation_id == me, Desk.is_active.is_(True), Desk.deleted_at.is_(None)
        )
    )
    if code:
        _remember(code)
        return code
    default = session.get(AppMeta, DESK_CODE_KEY)
    desk = session.scalar(select(Desk).where(Desk.code == default.value)) if default else None
    if desk is None:
        return default.value if default else ""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if desk.installation_id is None or sqlite:
        try:
            with session.begin_nested():
                desk.installation_id = me
        except DBAPIError:  # a desk's own database login may not register itself
            pass
        else:
            _remember(desk.code)
            return desk.code
    raise DeskNotRegistered(
        "Máy này chưa được đăng ký là một bàn tiếp dân của cơ quan. Quản trị viên hãy đăng ký "
        f"nó: tcd-desktop users desk-register MÃ_BÀN --installation {me}"
    )


def register_desk(
    session: Session, actor: Actor, code: str, installation: str, name: str = ""
) -> DeskInfo:
    """Register an installation as the desk ``code`` (administrator only).

    One installation, one code: a code held by another installation is refused, and so is
    moving an installation that already numbers under another code (its numbers stay final).
    """
    require(actor, Role.ADMINISTRATOR, action="đăng ký bàn tiếp dân")
    code = nfc(code).strip().upper()
    installation = installation.strip().lower()
    errors: dict[str, str] = {}
    if not _CODE.match(code):
        errors["code"] = OFFICE("desk.code")
    if not _INSTALLATION.match(installation):
        errors["installation"] = OFFICE("desk.installation")
    if errors:
        raise ValidationFailed(errors)
    desk = session.scalar(select(Desk).where(Desk.code == code))
    other = session.scalar(select(Desk).where(Desk.installation_id == installation))
    if other is not None and other.code != code:
        raise StepNotAllowed(OFFICE("desk.machine_taken", code=other.code))
    if desk is not None and desk.installation_id not in (None, installation):
        raise StepNotAllowed(OFFICE("desk.code_taken", code=code))
    if desk is None:
        desk = Desk(
            code=code,
            name=nfc(name) or f"Bàn tiếp {code}",
            unit_id=actor.unit_id,
            created_by=actor.user_id,
            origin_desk=actor.desk_code,
        )
        session.add(desk)
    desk.installation_id, desk.is_active, desk.updated_by = installation, True, actor.user_id
    if name:
        desk.name = nfc(name)
    session.flush()
    append_audit(
        session,
        "desk.register",
        entity="desk",
        entity_id=desk.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"code": code, "installation": installation},
    )
    return _info(desk)


def create_desk_login(session: Session, actor: Actor, code: str) -> tuple[str, str] | None:
    """In an office with database roles, (re)make the desk's own PostgreSQL login with a new
    random password — what the desk connects as before anybody signs in — and return
    ``(login, password)`` to be written into that desk's database address; else None."""
    require(actor, Role.ADMINISTRATOR, action="tạo tài khoản cơ sở dữ liệu cho bàn tiếp dân")
    prefix = installed_prefix(session)
    desk = session.scalar(select(Desk).where(Desk.code == nfc(code).strip().upper()))
    if prefix is None or desk is None:
        return None
    login = f"{prefix}_desk_{desk.code.lower().replace('-', '_')}"
    password = secrets.token_urlsafe(18)
    manage_login(session, login, password=password, roles=(), active=True, desk=True)
    desk.db_login, desk.updated_by = login, actor.user_id
    session.flush()
    return login, password


def list_desks(session: Session, actor: Actor) -> list[DeskInfo]:
    """Every desk of the office (administrator only)."""
    require(actor, Role.ADMINISTRATOR, action="xem danh sách bàn tiếp dân")
    rows = session.scalars(select(Desk).where(Desk.deleted_at.is_(None)).order_by(Desk.code))
    return [_info(d) for d in rows]


def _info(desk: Desk) -> DeskInfo:
    return DeskInfo(desk.code, desk.name, desk.installation_id, desk.is_active)
