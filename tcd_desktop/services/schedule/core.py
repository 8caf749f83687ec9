"""Leaders' periodic reception schedule (lịch tiếp công dân định kỳ của người đứng đầu).

Plan the reception days of each leader by month, see the days actually held (a day with a
periodic visit presided by the leader, or a session recorded as held with no visitor), and
warn when a leader is below the legal minimum (LAW.md §4):

* commune chairman: 1 day a week before 01/7/2026 (Luật TCD 2013 Điều 15 k2 điểm d),
  2 days a month from 01/7/2026 (Luật 136/2025);
* district chairman: 2 days a month (Điều 13 k5), a level abolished from 01/7/2025;
* provincial chairman, Tổng Thanh tra / Chủ nhiệm VPCP and other heads: 1 day a month.

Plans and held days are rows of ``reception_schedule_days`` (one per leader and day; the
month's place is repeated on each planned day); a leader's category is ``users.leader_category``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import VN_TZ
from tcd_desktop.domain.enums import LabelledEnum, Role, UnitLevel
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.schedule.days import (
    _day_row,
    _held_between,
    _month_rows,
    month_bounds,
    periodic_visits,
)
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Reception, Unit, User, UserRole


class LeaderCategory(LabelledEnum):
    """Which periodic-reception duty applies to a leader."""

    COMMUNE_CHAIRMAN = ("commune_chairman", "Chủ tịch Ủy ban nhân dân cấp xã")
    DISTRICT_CHAIRMAN = (
        "district_chairman",
        "Chủ tịch Ủy ban nhân dân cấp huyện (trước 01/7/2025)",
    )
    PROVINCIAL_CHAIRMAN = ("provincial_chairman", "Chủ tịch Ủy ban nhân dân cấp tỉnh")
    CENTRAL_HEAD = ("central_head", "Tổng Thanh tra Chính phủ, Chủ nhiệm Văn phòng Chính phủ")
    OTHER_HEAD = ("other_head", "Thủ trưởng cơ quan hành chính khác")


@dataclass(frozen=True)
class QuotaRule:
    """A minimum number of reception days per week or per month, in force for a period."""

    category: LeaderCategory
    per: str  # "week" or "month"
    days: int
    citation: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def applies(self, on: dt.date) -> bool:
        """True when the rule is in force on ``on``."""
        return (self.valid_from is None or on >= self.valid_from) and (
            self.valid_to is None or on <= self.valid_to
        )

    @property
    def text(self) -> str:
        """``tối thiểu 2 ngày/tháng (citation)``."""
        unit = "tuần" if self.per == "week" else "tháng"
        return f"tối thiểu {self.days} ngày/{unit} ({self.citation})"


LAW_2026 = dt.date(2026, 7, 1)
QUOTA_RULES: tuple[QuotaRule, ...] = (
    QuotaRule(
        LeaderCategory.COMMUNE_CHAIRMAN,
        "week",
        1,
        "Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d",
        valid_to=LAW_2026 - dt.timedelta(1),
    ),
    QuotaRule(
        LeaderCategory.COMMUNE_CHAIRMAN,
        "month",
        2,
        "Luật Tiếp công dân sửa đổi 2025 (Luật 136/2025/QH15)",
        valid_from=LAW_2026,
    ),
    QuotaRule(
        LeaderCategory.DISTRICT_CHAIRMAN,
        "month",
        2,
        "Luật Tiếp công dân 2013, Điều 13 khoản 5",
        valid_to=dt.date(2025, 6, 30),
    ),
    QuotaRule(
        LeaderCategory.PROVINCIAL_CHAIRMAN, "month", 1, "Luật Tiếp công dân 2013, Điều 12 khoản 5"
    ),
    QuotaRule(LeaderCategory.CENTRAL_HEAD, "month", 1, "Luật Tiếp công dân 2013, Điều 11 khoản 5"),
    QuotaRule(LeaderCategory.OTHER_HEAD, "month", 1, "Luật Tiếp công dân 2013, Điều 18 khoản 2"),
)


@dataclass(frozen=True)
class ReceptionDay:
    """One planned or held day."""

    day: dt.date
    planned: bool
    held: bool
    visit_ids: tuple[uuid.UUID, ...]
    note: str = ""


@dataclass(frozen=True)
class LeaderMonth:
    """A leader's month: plan, days held, the legal minimum and the warnings."""

    leader_id: uuid.UUID
    leader_name: str
    category: str
    year: int
    month: int
    days: tuple[ReceptionDay, ...]
    rule: str
    required: int
    planned_count: int
    held_count: int
    planned_shortfall: int
    held_shortfall: int
    place: str
    warnings: tuple[str, ...]


#: who may read the schedule
READERS = (Role.RECEPTION_OFFICER, Role.LEADER, Role.SUPERVISOR)
HELD_DEFAULT_NOTE = "Đã tổ chức tiếp công dân định kỳ"


def _leader(session: Session, leader_id: uuid.UUID) -> User:
    user = session.get(User, leader_id)
    roles = set(
        session.scalars(
            select(UserRole.role).where(
                UserRole.user_id == leader_id, UserRole.deleted_at.is_(None)
            )
        )
    )
    if (
        user is None
        or user.deleted_at is not None
        or not (roles & {Role.LEADER.value, Role.ADMINISTRATOR.value})
    ):
        raise NotFound(SERVICE_MESSAGES("not_found.leader"))
    return user


def _leader_category(session: Session, user: User) -> LeaderCategory:
    """The category set for the leader, or one inferred from title and unit level."""
    if user.leader_category:
        return LeaderCategory(user.leader_category)
    unit = session.get(Unit, user.unit_id) if user.unit_id else None
    if "chu tich" in fold(user.title) and unit is not None:
        return {
            UnitLevel.COMMUNE.value: LeaderCategory.COMMUNE_CHAIRMAN,
            UnitLevel.PROVINCE.value: LeaderCategory.PROVINCIAL_CHAIRMAN,
            UnitLevel.DISTRICT_FORMER.value: LeaderCategory.DISTRICT_CHAIRMAN,
        }.get(unit.level, LeaderCategory.OTHER_HEAD)
    return LeaderCategory.OTHER_HEAD


def quota_rule(category: LeaderCategory, on: dt.date) -> QuotaRule | None:
    """The minimum in force for a category on a date (None: no duty, e.g. abolished level)."""
    return next((r for r in QUOTA_RULES if r.category is category and r.applies(on)), None)


def set_leader_category(
    session: Session, actor: Actor, leader_id: uuid.UUID, category: LeaderCategory | str
) -> None:
    """Set which duty applies to a leader (administrator)."""
    require(actor, Role.ADMINISTRATOR, action="đặt chức danh tiếp công dân của lãnh đạo")
    user = _leader(session, leader_id)
    value = LeaderCategory(str(category)).value
    user.leader_category, user.updated_by = value, actor.user_id
    session.flush()
    append_audit(
        session,
        "schedule.category",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"category": value},
    )


def plan_month(
    session: Session,
    actor: Actor,
    leader_id: uuid.UUID,
    year: int,
    month: int,
    days: Iterable[dt.date],
    *,
    place: str = "",
) -> LeaderMonth:
    """Replace a leader's planned reception days for one month."""
    require(actor, Role.RECEPTION_OFFICER, Role.LEADER, action="lập lịch tiếp công dân định kỳ")
    _leader(session, leader_id)
    chosen = sorted(set(days))
    wrong = [d for d in chosen if (d.year, d.month) != (year, month)]
    if wrong:
        raise ValidationFailed(
            {
                "days": OFFICE(
                    "schedule.other_month", day=f"{wrong[0]:%d/%m/%Y}", month=month, year=year
                )
            }
        )
    where = nfc(place)
    rows = _month_rows(session, leader_id, *month_bounds(year, month))
    for day in sorted(set(rows) | set(chosen)):
        row = rows[day] if day not in chosen else _day_row(session, actor, rows, leader_id, day)
        if row.planned != (day in chosen) or row.place != where:
            row.planned, row.place, row.updated_by = day in chosen, where, actor.user_id
    session.flush()
    append_audit(
        session,
        "schedule.plan",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"month": f"{year:04d}-{month:02d}", "days": [d.isoformat() for d in chosen]},
    )
    return _leader_month(session, leader_id, year, month)


def record_held_day(
    session: Session, actor: Actor, leader_id: uuid.UUID, day: dt.date, *, note: str = ""
) -> LeaderMonth:
    """Record that the leader held a reception session on ``day`` (e.g. no citizen came)."""
    require(actor, Role.RECEPTION_OFFICER, Role.LEADER, action="ghi nhận buổi tiếp định kỳ")
    _leader(session, leader_id)
    if day > dt.datetime.now(VN_TZ).date():
        raise ValidationFailed({"day": OFFICE("schedule.future_day")})
    rows = _month_rows(session, leader_id, day, day)
    row = _day_row(session, actor, rows, leader_id, day)
    row.held, row.note = True, nfc(note) or HELD_DEFAULT_NOTE
    row.reception_id = row.reception_id or session.scalar(
        periodic_visits(leader_id, day, day).with_only_columns(Reception.id).limit(1)
    )
    session.flush()
    append_audit(
        session,
        "schedule.held",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"day": day.isoformat(), "note": row.note},
    )
    return _leader_month(session, leader_id, day.year, day.month)


def leader_month(
    session: Session,
    actor: Actor,
    leader_id: uuid.UUID,
    year: int,
    month: int,
    *,
    today: dt.date | None = None,
) -> LeaderMonth:
    """The plan, days held and warnings of one leader for one month."""
    require(actor, *READERS, action="xem lịch tiếp công dân định kỳ")
    return _leader_month(session, leader_id, year, month, today=today)


def _leader_month(
    session: Session,
    leader_id: uuid.UUID,
    year: int,
    month: int,
    *,
    today: dt.date | None = None,
) -> LeaderMonth:
    """The plan, days held and warnings of one leader for one month."""
    from tcd_desktop.services.schedule.check import evaluate

    user = _leader(session, leader_id)
    first, last = month_bounds(year, month)
    rows = [
        r for r in _month_rows(session, leader_id, first, last).values() if r.deleted_at is None
    ]
    planned = {r.day for r in rows if r.planned}
    notes = {r.day: r.note for r in rows if r.held}
    visits: dict[dt.date, list[uuid.UUID]] = {}
    for rid, on in session.execute(periodic_visits(leader_id, first, last)):
        visits.setdefault(on, []).append(rid)
    days = tuple(
        ReceptionDay(
            day=d,
            planned=d in planned,
            held=d in visits or d in notes,
            visit_ids=tuple(visits.get(d, ())),
            note=notes.get(d, ""),
        )
        for d in sorted(planned | set(visits) | set(notes))
    )
    category = _leader_category(session, user)
    return evaluate(
        leader_id=leader_id,
        leader_name=user.full_name,
        category=category,
        year=year,
        month=month,
        days=days,
        place=next((r.place for r in sorted(rows, key=lambda r: r.day) if r.place), ""),
        today=today or dt.datetime.now(VN_TZ).date(),
        held_after=_held_between(
            session, leader_id, last + dt.timedelta(1), last + dt.timedelta(6)
        ),
    )


def schedule_overview(
    session: Session,
    actor: Actor,
    year: int,
    month: int,
    *,
    unit_id: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> list[LeaderMonth]:
    """Every active leader's month (optionally of one unit), leaders with warnings first."""
    require(actor, *READERS, action="xem lịch tiếp công dân định kỳ")
    stmt = (
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            UserRole.role == Role.LEADER.value,
            UserRole.deleted_at.is_(None),
            User.is_active.is_(True),
            User.deleted_at.is_(None),
        )
        .order_by(User.full_name)
    )
    if unit_id is not None:
        stmt = stmt.where(User.unit_id == unit_id)
    months = [
        _leader_month(session, uid, year, month, today=today)
        for uid in dict.fromkeys(session.scalars(stmt))
    ]
    return sorted(months, key=lambda m: (not m.warnings, m.leader_name))
