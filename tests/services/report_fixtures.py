"""Generated records for the report tests, with dates on both sides of every cut-off day.

Visits, petitions and cases are made with the ORM directly (no service), spread over three
units (a province, its department and a commune), with dates drawn mostly from the 14th and
15th of the months where TT 01/2024 windows start and end.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Petition, Reception, Unit, User
from tcd_desktop.store.models.org import UserRole

D = dt.date
#: Days on both sides of each cut-off of 2026 (and of the 2025 year end).
EDGES = [
    D(2025, 12, 14),
    D(2025, 12, 15),
    D(2026, 3, 14),
    D(2026, 3, 15),
    D(2026, 6, 14),
    D(2026, 6, 15),
    D(2026, 9, 14),
    D(2026, 9, 15),
    D(2026, 12, 14),
    D(2026, 12, 15),
]
FIELDS = ["DD.THD", "CS.NCC", "CB.TN", "CB", "TP.THA", "DANG", "KHAC", "MT", None, "HC-DD"]
OUTCOMES = ["thu_ly", "chuyen_don", "huong_dan", "yeu_cau_cap_duoi", "tra_lai", "luu_don", None]
PETITION_KINDS = ["khieu_nai", "to_cao", "kien_nghi", "phan_anh"]
RESULTS = ["dung", "sai", "dung_mot_phan", None]


@dataclass(frozen=True)
class Sample:
    """The units of the generated office and its supervisor's user id."""

    province: str
    department: str
    commune: str
    supervisor_id: uuid.UUID


def _day(rnd: random.Random) -> dt.date:
    if rnd.random() < 0.6:
        return rnd.choice(EDGES)
    return D(2025, 11, 1) + dt.timedelta(days=rnd.randrange(0, 430))


def _maybe_after(rnd: random.Random, day: dt.date) -> dt.date | None:
    if rnd.random() < 0.3:
        return None
    if rnd.random() < 0.5:
        later = [e for e in EDGES if e >= day]
        if later:
            return rnd.choice(later)
    return day + dt.timedelta(days=rnd.randrange(0, 90))


def make_sample(db: Database, n: int = 160, seed: int = 7) -> Sample:
    """Three units and about ``n`` visits, ``n`` petitions and ``n`` cases."""
    rnd = random.Random(seed)
    with db.session() as s:
        prov = Unit(code="T-LS", name="UBND tỉnh Lạng Sơn", level="province")
        s.add(prov)
        s.flush()
        dept = Unit(code="T-LS.STP", name="Sở Tư pháp", level="department", parent_id=prov.id)
        com = Unit(code="T-LS.X1", name="UBND xã Hữu Lũng", level="commune", parent_id=prov.id)
        s.add_all([dept, com])
        leader = User(username="lanhdao", full_name="Lãnh đạo")
        sup = User(username="giamsat", full_name="Giám sát", unit_id=prov.id)
        s.add_all([leader, sup])
        s.flush()
        s.add(UserRole(user_id=sup.id, role="supervisor", unit_id=None))
        units = [prov.id, dept.id, com.id]
        receptions: list[Reception] = []
        for i in range(n):
            day = _day(rnd)
            mass = rnd.random() < 0.15
            rec = Reception(
                number=f"R-{i:05d}",
                unit_id=rnd.choice(units),
                received_at=dt.datetime(day.year, day.month, day.day, 8, tzinfo=dt.UTC),
                received_on=day,
                kind=rnd.choice(["regular", "online", "periodic", "sudden"]),
                leader_id=leader.id if rnd.random() < 0.5 else None,
                headcount=rnd.randrange(5, 30) if mass else rnd.choice([1, 1, 2]),
                is_mass=mass,
                repeat_of_id=rnd.choice(receptions).id
                if receptions and rnd.random() < 0.3
                else None,
                deleted_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) if rnd.random() < 0.03 else None,
            )
            s.add(rec)
            s.flush()
            receptions.append(rec)
        petitions: list[Petition] = []
        for i in range(n):
            day = _day(rnd)
            processed = _maybe_after(rnd, day)
            pet = Petition(
                number=f"P-{i:05d}",
                unit_id=rnd.choice(units),
                received_on=day,
                kind=rnd.choice(PETITION_KINDS),
                field_code=rnd.choice(FIELDS),
                processed_on=processed,
                processing_outcome=rnd.choice(OUTCOMES) if processed else None,
                duplicate_of_id=rnd.choice(petitions).id
                if petitions and rnd.random() < 0.2
                else None,
                prior_handling=[{"body": "UBND"}] * rnd.choice([0, 0, 1, 2]),
                reception_id=rnd.choice(receptions).id if rnd.random() < 0.5 else None,
            )
            s.add(pet)
            s.flush()
            petitions.append(pet)
        for i in range(n):
            day = _day(rnd)
            closed = _maybe_after(rnd, day)
            decided = closed if closed and rnd.random() < 0.8 else None
            effect = decided + dt.timedelta(days=30) if decided and rnd.random() < 0.6 else None
            s.add(
                Case(
                    code=f"C-{i:05d}",
                    unit_id=rnd.choice(units),
                    kind=rnd.choice(["khieu_nai", "to_cao"]),
                    level=rnd.choice([1, 1, 2]),
                    received_on=day,
                    closed_on=closed,
                    decision_on=decided,
                    decision_result=rnd.choice(RESULTS) if decided else None,
                    due_on=day + dt.timedelta(days=rnd.randrange(20, 60)),
                    status=rnd.choice(["closed", "withdrawn", "terminated"])
                    if closed
                    else "verifying",
                    is_repeat=rnd.random() < 0.25,
                    legal_effect_on=effect,
                    enforcement_done_on=_maybe_after(rnd, effect) if effect else None,
                    petition_id=rnd.choice(petitions).id if rnd.random() < 0.3 else None,
                )
            )
        return Sample(prov.code, dept.code, com.code, sup.id)
