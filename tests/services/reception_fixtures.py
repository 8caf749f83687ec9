"""Builders for the reception-desk service tests: an office, signed-in actors, visits.

The ``office`` and ``fast_hashing`` fixtures built from these are in tests/conftest.py.
Password hashing uses cheap argon2 parameters there; the production parameters are
argon2-cffi's defaults (and a hash made with the cheap ones is upgraded on the next sign-in
by ``check_needs_rehash``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import users
from tcd_desktop.services.context import Actor
from tcd_desktop.services.reception.inputs import (
    CitizenInput,
    PetitionHandling,
    PetitionInput,
    PriorHandling,
    ReceivedDocument,
    RefusalInput,
    SavedVisit,
    VisitInput,
)
from tcd_desktop.services.setup import OfficeProfile, create_office
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import User

PASSWORD = "matkhau123"
VN = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True)
class Office:
    """A set-up office with one account per role."""

    db: Database
    profile: OfficeProfile
    admin: Actor
    officer: Actor
    handler: Actor
    leader: Actor
    supervisor: Actor


def add_user(db: Database, admin: Actor, username: str, role: Role, *, title: str = "") -> Actor:
    """Create an account with one role and return it as a signed-in actor."""
    with db.session() as s:
        info = users.create_user(
            s,
            admin,
            users.NewUser(
                username=username,
                full_name=f"Cán bộ {username}",
                password=PASSWORD,
                roles=(role,),
                title=title,
                unit_id=admin.unit_id,
            ),
        )
        row = s.get(User, info.id)
        assert row is not None
        return users.actor_for(s, row)


def make_office(db: Database) -> Office:
    """A first-run office (commune level, desk LS-01) with an account for every role.

    Hashes passwords: use it under the ``fast_hashing`` fixture.
    """
    with db.session() as s:
        profile = create_office(
            s,
            "Ủy ban nhân dân xã Tân Thanh",
            "UBND-X01",
            "Lạng Sơn",
            "LS-01",
            "admin",
            "Quản Trị Viên",
            PASSWORD,
        )
    with db.session() as s:
        admin = users.sign_in(s, "admin", PASSWORD)
    return Office(
        db=db,
        profile=profile,
        admin=admin,
        officer=add_user(db, admin, "tiepdan", Role.RECEPTION_OFFICER),
        handler=add_user(db, admin, "xulydon", Role.HANDLING_OFFICER),
        leader=add_user(db, admin, "chutich", Role.LEADER, title="Chủ tịch UBND xã"),
        supervisor=add_user(db, admin, "thanhtra", Role.SUPERVISOR),
    )


def citizen(name: str = "Nguyễn Văn An", **kw: object) -> CitizenInput:
    """A new citizen with a valid CCCD (born 1980 in Lạng Sơn) unless told otherwise."""
    data: dict[str, object] = {
        "full_name": name,
        "id_number": "020080001234",
        "birth_year": 1980,
        "address": "Thôn Bản Làn, xã Tân Thanh, tỉnh Lạng Sơn",
        "phone": "0912345678",
    }
    data.update(kw)
    return CitizenInput(**data)  # type: ignore[arg-type]


def petition(
    summary: str = "Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND",
    kind: str = "khieu_nai",
    **kw: object,
) -> PetitionInput:
    """One content item, forwarded for acceptance unless told otherwise."""
    data: dict[str, object] = {
        "kind": kind,
        "summary": summary,
        "respondent": "Ủy ban nhân dân xã Tân Thanh",
        "handling": PetitionHandling(),
    }
    data.update(kw)
    return PetitionInput(**data)  # type: ignore[arg-type]


def visit(at: dt.datetime | None = None, **kw: object) -> VisitInput:
    """A regular visit of one citizen with one complaint and one document."""
    data: dict[str, object] = {
        "citizen": citizen(),
        "petitions": [petition(documents=[ReceivedDocument("Đơn khiếu nại", 2, "original")])],
        "received_at": at or dt.datetime(2026, 8, 3, 9, 30, tzinfo=VN),
    }
    data.update(kw)
    return VisitInput(**data)  # type: ignore[arg-type]


def seed_register(office: Office) -> list[SavedVisit]:
    """Seven visits covering the register's cases: mass, mixed, sealed, guided, transferred,
    explained, refused, a repeat and a periodic visit with the leader."""
    from tcd_desktop.services.reception.intake import save_visit

    day = dt.timedelta(days=1)
    t0 = dt.datetime(2026, 8, 3, 9, 0, tzinfo=VN)
    binh = citizen(
        "Trần Thị Bình",
        id_number="020190004567",
        birth_year=1990,
        phone="0388123456",
        address="Số 5 đường Lê Lợi, phường Đông Kinh",
    )
    specs: list[VisitInput] = [
        visit(t0),
        visit(
            t0 + day,
            citizen=binh,
            headcount=8,
            representatives_appointed=True,
            appointment_document="Văn bản cử đại diện",
            petitions=[
                petition(
                    "Phản ánh ô nhiễm tiếng ồn của xưởng gỗ Hưng Thịnh",
                    "phan_anh",
                    field_code="HC-MT",
                    respondent="Xưởng gỗ Hưng Thịnh",
                    handling=PetitionHandling(
                        "transfer", "Sở Nông nghiệp và Môi trường", "15/CV-TCD"
                    ),
                )
            ],
        ),
        visit(
            t0 + 2 * day,
            citizen=citizen(
                "Đặng Văn Đức", id_number="020070005678", birth_year=1970, phone="0977000111"
            ),
            petitions=[
                petition(
                    "Tố cáo cán bộ địa chính nhận tiền", "to_cao", respondent="Ông Lò Văn Sáu"
                ),
                petition(
                    "Kiến nghị công khai quy hoạch",
                    "kien_nghi",
                    handling=PetitionHandling("guide", "Ủy ban nhân dân tỉnh", "16/HD-TCD"),
                ),
            ],
        ),
        visit(
            t0 + 3 * day,
            citizen=citizen("Lê Thị Cúc", id_number="", address="Xã Tân Lập"),
            petitions=[
                petition(
                    prior_handling=[PriorHandling("Chủ tịch UBND tỉnh", "100/QĐ-UBND")],
                    handling=PetitionHandling("explain"),
                )
            ],
        ),
        visit(
            t0 + 4 * day,
            citizen=citizen("Phạm Văn Dũng", id_number="020082006789", birth_year=1982, phone=""),
            refusal=RefusalInput("luat9_2"),
        ),
        visit(
            t0 + 30 * day,
            kind="periodic",
            leader_id=office.leader.user_id,
            citizen=CitizenInput(
                existing_id=None,
                full_name="Nguyễn Văn An",
                id_number="020080001234",
                birth_year=1980,
                address="Thôn Bản Làn, xã Tân Thanh, tỉnh Lạng Sơn",
            ),
        ),
    ]
    saved: list[SavedVisit] = []
    for spec in specs:
        if saved and spec.citizen.id_number == "020080001234":
            spec.citizen = CitizenInput(existing_id=saved[0].citizen_id)
            spec.repeat_of_id = saved[0].reception_id
        with office.db.session() as s:
            saved.append(save_visit(s, office.officer, spec))
    return saved
