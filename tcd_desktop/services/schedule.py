"""Leaders' periodic reception schedule (lịch tiếp công dân định kỳ của người đứng đầu).

Plan the reception days of each leader by month, see the days actually held (a day with a
periodic visit presided by the leader, or a session recorded as held with no visitor), and
warn when a leader is below the legal minimum (LAW.md §4):

* commune chairman: 1 day a week before 01/7/2026 (Luật TCD 2013 Điều 15 k2 điểm d),
  2 days a month from 01/7/2026 (Luật 136/2025);
* district chairman: 2 days a month (Điều 13 k5), a level abolished from 01/7/2025;
* provincial chairman, Tổng Thanh tra / Chủ nhiệm VPCP and other heads: 1 day a month.

The schema has no schedule table yet, so plans live in ``app_meta`` under
``sched:<leader id>:<YYYY-MM>`` (JSON) and a leader's category under ``leadercat:<id>``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import ReceptionKind, Role, UnitLevel
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, ValidationFailed
from tcd_desktop.services.intake_records import VN_TZ
from tcd_desktop.services.intake_types import LabelledEnum
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import AppMeta, Reception, Unit, User, UserRole


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


def _key(leader_id: uuid.UUID, year: int, month: int) -> str:
    return f"sched:{leader_id}:{year:04d}-{month:02d}"


def _load(session: Session, key: str) -> dict[str, object]:
    row = session.get(AppMeta, key)
    return json.loads(row.value) if row and row.value else {}


def _store(session: Session, key: str, data: dict[str, object]) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=text))
    else:
        row.value = text
    session.flush()


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
        raise NotFound("Không tìm thấy lãnh đạo này.")
    return user


def leader_category(session: Session, user: User) -> LeaderCategory:
    """The category set for the leader, or one inferred from title and unit level."""
    stored = session.get(AppMeta, f"leadercat:{user.id}")
    if stored is not None:
        return LeaderCategory(stored.value)
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
    _leader(session, leader_id)
    value = LeaderCategory(str(category)).value
    _store_text(session, f"leadercat:{leader_id}", value)
    append_audit(
        session,
        "schedule.category",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"category": value},
    )


def _store_text(session: Session, key: str, value: str) -> None:
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


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
            {"days": f"Ngày {wrong[0]:%d/%m/%Y} không thuộc tháng {month}/{year}."}
        )
    key = _key(leader_id, year, month)
    data = _load(session, key)
    data.update(planned=[d.isoformat() for d in chosen], place=nfc(place))
    _store(session, key, data)
    append_audit(
        session,
        "schedule.plan",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"month": f"{year:04d}-{month:02d}", "days": data["planned"]},
    )
    return leader_month(session, leader_id, year, month)


def record_held_day(
    session: Session, actor: Actor, leader_id: uuid.UUID, day: dt.date, *, note: str = ""
) -> LeaderMonth:
    """Record that the leader held a reception session on ``day`` (e.g. no citizen came)."""
    require(actor, Role.RECEPTION_OFFICER, Role.LEADER, action="ghi nhận buổi tiếp định kỳ")
    _leader(session, leader_id)
    if day > dt.datetime.now(VN_TZ).date():
        raise ValidationFailed({"day": "Không ghi nhận buổi tiếp cho ngày chưa đến."})
    key = _key(leader_id, day.year, day.month)
    data = _load(session, key)
    held = dict(data.get("held") or {})  # type: ignore[call-overload]
    held[day.isoformat()] = nfc(note) or "Đã tổ chức tiếp công dân định kỳ"
    data["held"] = held
    _store(session, key, data)
    append_audit(
        session,
        "schedule.held",
        entity="user",
        entity_id=leader_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"day": day.isoformat(), "note": held[day.isoformat()]},
    )
    return leader_month(session, leader_id, day.year, day.month)


def leader_month(
    session: Session,
    leader_id: uuid.UUID,
    year: int,
    month: int,
    *,
    today: dt.date | None = None,
) -> LeaderMonth:
    """The plan, days held and warnings of one leader for one month."""
    from tcd_desktop.services.schedule_check import evaluate

    user = _leader(session, leader_id)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    data = _load(session, _key(leader_id, year, month))
    planned = {dt.date.fromisoformat(d) for d in data.get("planned", [])}  # type: ignore[union-attr]
    notes = {dt.date.fromisoformat(k): str(v) for k, v in dict(data.get("held") or {}).items()}  # type: ignore[call-overload]
    visits: dict[dt.date, list[uuid.UUID]] = {}
    for rid, on in session.execute(
        select(Reception.id, Reception.received_on).where(
            Reception.leader_id == leader_id,
            Reception.kind == ReceptionKind.PERIODIC.value,
            Reception.received_on.between(first, last),
            Reception.deleted_at.is_(None),
        )
    ):
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
    category = leader_category(session, user)
    return evaluate(
        leader_id=leader_id,
        leader_name=user.full_name,
        category=category,
        year=year,
        month=month,
        days=days,
        place=str(data.get("place", "")),
        today=today or dt.datetime.now(VN_TZ).date(),
        held_after=_held_between(
            session, leader_id, last + dt.timedelta(1), last + dt.timedelta(6)
        ),
    )


def _held_between(
    session: Session, leader_id: uuid.UUID, start: dt.date, end: dt.date
) -> set[dt.date]:
    """Days held in a short span after a month (for a week that runs into the next month)."""
    held = set(
        session.scalars(
            select(Reception.received_on).where(
                Reception.leader_id == leader_id,
                Reception.kind == ReceptionKind.PERIODIC.value,
                Reception.received_on.between(start, end),
                Reception.deleted_at.is_(None),
            )
        )
    )
    data = _load(session, _key(leader_id, start.year, start.month))
    held |= {
        d
        for d in map(dt.date.fromisoformat, dict(data.get("held") or {}))  # type: ignore[call-overload]
        if start <= d <= end
    }
    return held


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
    require(
        actor,
        Role.RECEPTION_OFFICER,
        Role.LEADER,
        Role.SUPERVISOR,
        action="xem lịch tiếp công dân định kỳ",
    )
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
        leader_month(session, uid, year, month, today=today)
        for uid in dict.fromkeys(session.scalars(stmt))
    ]
    return sorted(months, key=lambda m: (not m.warnings, m.leader_name))
