"""Builders for the service tests: a unit, users, citizens, petitions and documents made with
the ORM directly (no other service involved). The ``db`` and ``org`` fixtures (each test on
SQLite and on PostgreSQL) are in tests/conftest.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import (
    AuditEntry,
    Citizen,
    Document,
    Petition,
    Reception,
    Unit,
    User,
    UserRole,
)

DESK = "LS-01"


@dataclass(frozen=True)
class Org:
    """A province with one commune (units), actors per role, a complainant and a denouncer."""

    db: Database
    province: uuid.UUID
    commune: uuid.UUID
    reception: Actor
    handler: Actor
    leader: Actor
    other_handler: Actor
    commune_handler: Actor
    commune_leader: Actor
    supervisor: Actor
    admin: Actor
    complainant: uuid.UUID
    denouncer: uuid.UUID


def add_actor(
    database: Database, username: str, unit_id: uuid.UUID, *roles: Role, scoped: bool = True
) -> Actor:
    """A user with ``roles`` in ``unit_id`` (role rows scoped to the unit unless told)."""
    with database.session() as s:
        user = User(username=username, full_name=f"Cán bộ {username}", unit_id=unit_id)
        s.add(user)
        s.flush()
        for role in roles:
            s.add(UserRole(user_id=user.id, role=role.value, unit_id=unit_id if scoped else None))
        user_id = user.id
    return Actor(
        user_id=user_id,
        username=username,
        full_name=f"Cán bộ {username}",
        roles=frozenset(r.value for r in roles),
        unit_id=unit_id,
        desk_code=DESK,
    )


def add_citizen(database: Database, name: str, **extra: object) -> uuid.UUID:
    """A citizen with an ID number, phone and address."""
    with database.session() as s:
        citizen = Citizen(full_name=name, **extra)  # type: ignore[arg-type]
        s.add(citizen)
        s.flush()
        return citizen.id


def add_petition(
    database: Database,
    org: Org,
    *,
    kind: str,
    received_on: dt.date,
    unit_id: uuid.UUID | None = None,
    citizen_id: uuid.UUID | None = None,
    channel: str = "post",
    visit: bool = False,
    anonymous: bool = False,
    over_level: bool = False,
    signatories: int = 1,
    appointed: bool = False,
    summary: str = "Nội dung đơn",
    respondent: str = "Chủ tịch UBND xã Hữu Lũng",
    created_by: Actor | None = None,
) -> uuid.UUID:
    """A petition as registered by the reception desk (``visit`` adds the visit row)."""
    creator = created_by or org.reception
    unit = unit_id or org.province
    with database.session() as s:
        reception_id = None
        if visit:
            at = dt.datetime.combine(received_on, dt.time(8, 30), dt.UTC)
            reception = Reception(
                number=f"R-{uuid.uuid4().hex[:10]}",
                unit_id=unit,
                received_at=at,
                received_on=received_on,
                kind="regular",
                officer_id=creator.user_id,
                citizen_id=None if anonymous else (citizen_id or org.complainant),
                headcount=signatories,
                is_mass=signatories >= 5,
                representatives_appointed=appointed,
                created_by=creator.user_id,
            )
            s.add(reception)
            s.flush()
            reception_id = reception.id
            channel = "in_person"
        petition = Petition(
            number=f"P-{uuid.uuid4().hex[:10]}",
            unit_id=unit,
            reception_id=reception_id,
            citizen_id=None if anonymous else (citizen_id or org.complainant),
            received_on=received_on,
            channel=channel,
            kind=kind,
            summary=summary,
            respondent=respondent,
            signatory_count=signatories,
            is_anonymous=anonymous,
            is_over_level=over_level,
            created_by=creator.user_id,
        )
        s.add(petition)
        s.flush()
        return petition.id


def add_document(
    database: Database, form_code: str, issued_on: dt.date, **links: object
) -> uuid.UUID:
    """A generated document row (the PDF itself is another engineer's work)."""
    with database.session() as s:
        doc = Document(
            form_code=form_code,
            issued_on=issued_on,
            number=f"{form_code}/01",
            sha256=hashlib.sha256(form_code.encode()).hexdigest(),
            **links,
        )  # type: ignore[arg-type]
        s.add(doc)
        s.flush()
        return doc.id


def audit_actions(database: Database, entity_id: uuid.UUID | None = None) -> list[str]:
    """Audit actions in order (optionally for one entity)."""
    with database.session() as s:
        stmt = select(AuditEntry.action).order_by(AuditEntry.seq)
        if entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == str(entity_id))
        return list(s.scalars(stmt))


def count(database: Database, model: type, **where: object) -> int:
    """Rows of ``model`` matching equality filters."""
    with database.session() as s:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return int(s.scalar(stmt) or 0)


def make_org(db: Database) -> Org:
    """A province and a commune with one user per role, a complainant and a sealed denouncer."""
    with db.session() as s:
        province = Unit(code="UBT-LS", name="UBND tỉnh Lạng Sơn", level="province")
        s.add(province)
        s.flush()
        commune = Unit(
            code="UBX-HL", name="UBND xã Hữu Lũng", level="commune", parent_id=province.id
        )
        s.add(commune)
        s.flush()
        p, c = province.id, commune.id
    return Org(
        db=db,
        province=p,
        commune=c,
        reception=add_actor(db, "tiepdan", p, Role.RECEPTION_OFFICER),
        handler=add_actor(db, "xuly", p, Role.HANDLING_OFFICER),
        leader=add_actor(db, "lanhdao", p, Role.LEADER),
        other_handler=add_actor(db, "xuly2", p, Role.HANDLING_OFFICER),
        commune_handler=add_actor(db, "xulyxa", c, Role.HANDLING_OFFICER),
        commune_leader=add_actor(db, "lanhdaoxa", c, Role.LEADER),
        supervisor=add_actor(db, "thanhtra", p, Role.SUPERVISOR),
        admin=add_actor(db, "quantri", p, Role.ADMINISTRATOR, scoped=False),
        complainant=add_citizen(
            db,
            "Nguyễn Văn An",
            id_number="020085001234",
            phone="0912345678",
            address="Thôn Bản Lề, xã Hữu Lũng",
        ),
        denouncer=add_citizen(
            db,
            "Trần Thị Bình",
            id_number="020190004321",
            phone="0987654321",
            address="Số 5 đường Bà Triệu, phường Đông Kinh",
            is_confidential=True,
        ),
    )
