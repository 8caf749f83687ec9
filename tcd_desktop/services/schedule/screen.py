"""Operations of the schedule screen: each opens its own transaction and checks the actor;
writes return the leader's month and what they changed (the runner publishes it)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.schedule import core
from tcd_desktop.services.schedule.core import READERS, LeaderMonth

PLANNERS = (Role.RECEPTION_OFFICER, Role.LEADER)


def month_overview(
    db: Database, actor: Actor, year: int, month: int, *, unit_id: uuid.UUID | None = None
) -> list[LeaderMonth]:
    """Every active leader's month (optionally of one unit), leaders with warnings first."""
    require(actor, *READERS, action="xem lịch tiếp công dân định kỳ")
    with db.session() as session:
        return core.schedule_overview(session, actor, year, month, unit_id=unit_id)


def save_month_plan(
    db: Database,
    actor: Actor,
    leader_id: uuid.UUID,
    year: int,
    month: int,
    days: Iterable[dt.date],
    *,
    place: str = "",
) -> OpResult[LeaderMonth]:
    """Store the planned days of ``leader_id`` for the month."""
    require(actor, *PLANNERS, action="lập lịch tiếp công dân định kỳ")
    with db.session() as session:
        result = core.plan_month(session, actor, leader_id, year, month, days, place=place)
    return OpResult(result, Changes.of(Entity.SCHEDULE, [leader_id]))


def record_held(
    db: Database, actor: Actor, leader_id: uuid.UUID, day: dt.date, *, note: str = ""
) -> OpResult[LeaderMonth]:
    """Record that the leader held a periodic reception session on ``day``."""
    require(actor, *PLANNERS, action="ghi nhận buổi tiếp định kỳ")
    with db.session() as session:
        result = core.record_held_day(session, actor, leader_id, day, note=note)
    return OpResult(result, Changes.of(Entity.SCHEDULE, [leader_id]))


def change_leader_category(
    db: Database, actor: Actor, leader_id: uuid.UUID, category: str, year: int, month: int
) -> OpResult[LeaderMonth]:
    """Set the leader's reception duty; the month shown, evaluated with it."""
    require(actor, Role.ADMINISTRATOR, action="đặt chức danh tiếp công dân của lãnh đạo")
    with db.session() as session:
        core.set_leader_category(session, actor, leader_id, category)
        result = core.leader_month(session, actor, leader_id, year, month)
    changes = Changes.of(Entity.SCHEDULE, [leader_id]).plus(Entity.USER, [leader_id])
    return OpResult(result, changes)


__all__ = ["change_leader_category", "month_overview", "record_held", "save_month_plan"]
