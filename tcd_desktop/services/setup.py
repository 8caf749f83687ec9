"""First run: the office profile and the administrator account, or "try with sample data".

The office profile (office name, unit, province, desk code used in every human number) is
kept in ``app_meta`` so that every session and command finds it without a query per call.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role, UnitLevel
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.services import users
from tcd_desktop.services._field_catalogue import DEFAULT_FIELDS as DEFAULT_FIELDS
from tcd_desktop.services._field_catalogue import seed_field_catalogue
from tcd_desktop.services.context import SYSTEM, Actor, require_signed_in
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.progress import Progress
from tcd_desktop.store.audit import append_audit

# the first-run screen checks a server address through here (ui/ never imports store/)
from tcd_desktop.store.connection_check import Problem as Problem
from tcd_desktop.store.connection_check import ServerCheck as ServerCheck
from tcd_desktop.store.connection_check import check_server as check_server
from tcd_desktop.store.connection_check import server_url as server_url
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AppMeta, Citizen, Desk, Reception, Unit, User

OFFICE_NAME_KEY = "office_name"
OFFICE_UNIT_ID_KEY = "office_unit_id"
OFFICE_UNIT_CODE_KEY = "office_unit_code"
OFFICE_PROVINCE_KEY = "office_province"
DESK_CODE_KEY = users.DESK_CODE_KEY
_DESK_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,30}[A-Z0-9]$")

SAMPLE_PASSWORD = "mau12345"
#: (username, full name, title, role) of the accounts created with the sample data.
SAMPLE_USERS: tuple[tuple[str, str, str, Role], ...] = (
    ("tiepdan", "Nguyễn Thị Tiếp (mẫu)", "Cán bộ tiếp công dân", Role.RECEPTION_OFFICER),
    ("xulydon", "Trần Văn Xử (mẫu)", "Chuyên viên xử lý đơn", Role.HANDLING_OFFICER),
    ("lanhdao", "Lê Văn Lãnh (mẫu)", "Chủ tịch Ủy ban nhân dân", Role.LEADER),
    ("giamsat", "Phạm Thị Giám (mẫu)", "Thanh tra viên", Role.SUPERVISOR),
    ("quantri", "Hoàng Văn Quản (mẫu)", "Quản trị hệ thống", Role.ADMINISTRATOR),
)


@dataclass(frozen=True)
class OfficeProfile:
    """Who this installation is: the receiving body and the desk code used for numbering."""

    office_name: str
    unit_id: uuid.UUID | None
    unit_code: str
    province: str
    desk_code: str


@dataclass(frozen=True)
class SampleOffice:
    """What "try with sample data" created; ``passwords`` maps username → password."""

    profile: OfficeProfile
    passwords: dict[str, str]


def _meta(session: Session, key: str) -> str:
    row = session.get(AppMeta, key)
    return row.value if row else ""


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value


def office_profile(session: Session, actor: Actor) -> OfficeProfile | None:
    """The office profile, or None before the first run (any signed-in role may read it)."""
    require_signed_in(actor, "xem thông tin cơ quan")
    return _office_profile(session)


def _office_profile(session: Session) -> OfficeProfile | None:
    """The office profile, or None before the first run: the services' own helper."""
    desk = _meta(session, DESK_CODE_KEY)
    if not desk:
        return None
    unit_id = _meta(session, OFFICE_UNIT_ID_KEY)
    return OfficeProfile(
        office_name=_meta(session, OFFICE_NAME_KEY),
        unit_id=uuid.UUID(unit_id) if unit_id else None,
        unit_code=_meta(session, OFFICE_UNIT_CODE_KEY),
        province=_meta(session, OFFICE_PROVINCE_KEY),
        desk_code=desk,
    )


def office_heading(db: Database) -> tuple[str, bool]:
    """The office's name and whether the database holds sample data: what the sign-in screen
    shows before anybody is signed in (nothing personal, so no actor)."""
    with db.session() as session:
        profile = _office_profile(session)
    return (profile.office_name if profile else ""), db.is_sample


def days_off(db: Database, years: tuple[int, ...]) -> list[tuple[dt.date, str, bool]]:
    """(date, name, is a make-up working day) of ``years`` in date order: the public holiday
    calendar the first run shows for confirmation (nothing personal, so no actor)."""
    from tcd_desktop.services.rulebook import _load_rulebook

    with db.session() as session:
        calendar = _load_rulebook(session).calendar
    rows: list[tuple[dt.date, str, bool]] = []
    for year in years:
        rows += [(d, name, False) for d, name in calendar.holidays_in(year)]
        rows += [(d, name, True) for d, name in calendar.makeup_working_days(year)]
    return sorted(rows)


def needs_first_run(db: Database) -> bool:
    """True while no account exists: the application must show the first-run dialog."""
    with db.session() as session:
        count = session.scalar(
            select(func.count()).select_from(User).where(User.deleted_at.is_(None))
        )
    return not count


def _validate_office(
    unit_name: str,
    unit_code: str,
    province: str,
    desk_code: str,
    admin_full_name: str,
    admin_username: str,
    admin_password: str,
) -> None:
    errors: dict[str, str] = {}
    if not unit_name:
        errors["unit_name"] = OFFICE("setup.unit_name")
    if not unit_code:
        errors["unit_code"] = OFFICE("setup.unit_code")
    elif len(unit_code) > 32:
        errors["unit_code"] = OFFICE("setup.unit_code_long")
    if not province:
        errors["province"] = OFFICE("setup.province")
    if not _DESK_CODE.match(desk_code):
        errors["desk_code"] = OFFICE("setup.desk_code")
    if not admin_username or any(c.isspace() for c in admin_username):
        errors["admin_username"] = OFFICE("setup.admin_username")
    if not admin_full_name:
        errors["admin_full_name"] = OFFICE("setup.admin_name")
    problem = users.password_problem(admin_password)
    if problem:
        errors["admin_password"] = problem
    if errors:
        raise ValidationFailed(errors)


def create_office(
    session: Session,
    unit_name: str,
    unit_code: str,
    province: str,
    desk_code: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    *,
    unit_level: UnitLevel | str = UnitLevel.COMMUNE,
    province_code: str = "",
    desk_name: str = "",
) -> OfficeProfile:
    """First run: create the unit, the desk and the administrator, and store the profile.

    Refused (``StepNotAllowed``) when the database already has an office or any account.
    """
    unit_name, unit_code, province = nfc(unit_name), nfc(unit_code).upper(), nfc(province)
    desk_code, admin_username = nfc(desk_code).upper(), nfc(admin_username).lower()
    _validate_office(
        unit_name,
        unit_code,
        province,
        desk_code,
        nfc(admin_full_name),
        admin_username,
        admin_password,
    )
    if _office_profile(session) is not None or session.scalar(select(func.count(User.id))):
        raise StepNotAllowed(OFFICE("setup.done"))
    unit = session.scalar(select(Unit).where(Unit.code == unit_code))
    if unit is None:
        unit = Unit(
            code=unit_code,
            name=unit_name,
            name_folded=fold(unit_name),
            level=UnitLevel(str(unit_level)).value,
            province_code=province_code,
            origin_desk=desk_code,
        )
        session.add(unit)
    if session.scalar(select(Desk).where(Desk.code == desk_code)) is None:
        session.flush()
        session.add(
            Desk(
                code=desk_code,
                name=desk_name or f"Bàn tiếp {desk_code}",
                unit_id=unit.id,
                origin_desk=desk_code,
            )
        )
    session.flush()
    _store_profile(session, unit, province, desk_code)
    seed_field_catalogue(session)
    system = _system_at(desk_code)
    admin = users.create_user(
        session,
        system,
        users.NewUser(
            username=admin_username,
            full_name=admin_full_name,
            password=admin_password,
            roles=(Role.ADMINISTRATOR,),
            title="Quản trị hệ thống",
            unit_id=unit.id,
        ),
    )
    append_audit(
        session,
        "office.create",
        entity="unit",
        entity_id=unit.id,
        origin_desk=desk_code,
        detail={"unit_code": unit_code, "desk_code": desk_code, "admin": str(admin.id)},
    )
    profile = _office_profile(session)
    assert profile is not None
    return profile


def _system_at(desk_code: str) -> Actor:
    return Actor(
        user_id=None,
        username=SYSTEM.username,
        full_name=SYSTEM.full_name,
        roles=SYSTEM.roles,
        desk_code=desk_code,
    )


def _store_profile(session: Session, unit: Unit, province: str, desk_code: str) -> None:
    _set_meta(session, OFFICE_NAME_KEY, unit.name)
    _set_meta(session, OFFICE_UNIT_ID_KEY, str(unit.id))
    _set_meta(session, OFFICE_UNIT_CODE_KEY, unit.code)
    _set_meta(session, OFFICE_PROVINCE_KEY, province)
    _set_meta(session, DESK_CODE_KEY, desk_code)
    session.flush()


def _sample_unit(session: Session) -> Unit:
    """The unit the sample office works for: the one with the most visits in the demo data."""
    unit_id = _meta(session, OFFICE_UNIT_ID_KEY)
    if unit_id:
        unit = session.get(Unit, uuid.UUID(unit_id))
        if unit is not None:
            return unit
    busiest = session.execute(
        select(Reception.unit_id, func.count())
        .group_by(Reception.unit_id)
        .order_by(func.count().desc())
        .limit(1)
    ).first()
    unit = session.get(Unit, busiest[0]) if busiest else None
    unit = unit or session.scalar(select(Unit).where(Unit.deleted_at.is_(None)).limit(1))
    if unit is None:
        unit = Unit(
            code="MAU",
            name="Ủy ban nhân dân xã Mẫu (dữ liệu mẫu)",
            name_folded=fold("Ủy ban nhân dân xã Mẫu (dữ liệu mẫu)"),
            level=UnitLevel.COMMUNE.value,
        )
        session.add(unit)
        session.flush()
    return unit


def _province_name(session: Session, unit: Unit) -> str:
    """The province of a sample unit, from its province's people's committee name."""
    prefix = "Ủy ban nhân dân "
    names = session.scalars(
        select(Unit.name).where(
            Unit.province_code == unit.province_code, Unit.level == UnitLevel.PROVINCE.value
        )
    )
    for name in names:
        if unit.province_code and name.startswith(prefix):
            rest = name[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return "Tỉnh mẫu"


def load_sample_office(
    db: Database, *, cases: int = 2000, seed: int = 1, progress: Progress | None = None
) -> SampleOffice:
    """ "Try with sample data": demo data, an office profile and one sample account per role.

    Refused on a database that already has accounts or citizens. The demo data marks the
    database as sample (``Database.is_sample``); every sample account has ``is_sample``.
    """
    with db.session() as session:
        if session.scalar(select(func.count(User.id))) or session.scalar(
            select(func.count(Citizen.id))
        ):
            raise StepNotAllowed(OFFICE("setup.demo_not_empty"))
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(
        db, SYSTEM, cases=cases, seed=seed, progress=progress
    )  # Progress: can stop it
    passwords: dict[str, str] = {}
    with db.session() as session:
        unit = _sample_unit(session)
        desk_code = _meta(session, DESK_CODE_KEY)
        if not desk_code:
            desk = session.scalar(
                select(Desk)
                .where(Desk.deleted_at.is_(None))
                .order_by((Desk.unit_id == unit.id).desc(), Desk.code)
                .limit(1)
            )
            if desk is None:
                desk = Desk(code="MAU-01", name="Bàn tiếp mẫu", unit_id=unit.id)
                session.add(desk)
                session.flush()
            desk_code = desk.code
        province = _meta(session, OFFICE_PROVINCE_KEY) or _province_name(session, unit)
        _store_profile(session, unit, province, desk_code)
        seed_field_catalogue(session)
        system = _system_at(desk_code)
        for username, full_name, title, role in SAMPLE_USERS:
            if users.find_user(session, username) is not None:
                username = f"{username}.mau"
            users.create_user(
                session,
                system,
                users.NewUser(
                    username=username,
                    full_name=full_name,
                    password=SAMPLE_PASSWORD,
                    roles=(role,),
                    title=title,
                    unit_id=unit.id,
                    is_sample=True,
                ),
            )
            passwords[username] = SAMPLE_PASSWORD
        append_audit(
            session,
            "office.load_sample",
            entity="unit",
            entity_id=unit.id,
            origin_desk=desk_code,
            detail={"cases": cases, "seed": seed},
        )
        profile = _office_profile(session)
    assert profile is not None
    return SampleOffice(profile=profile, passwords=passwords)
