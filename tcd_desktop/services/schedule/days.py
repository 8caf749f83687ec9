"""Rows of a leader's reception schedule and the periodic visits that show days held.

Helpers of :mod:`tcd_desktop.services.schedule`: one ``reception_schedule_days`` row per
leader and day (never hard-deleted; a day taken out of the plan keeps its row with
``planned`` false), and the periodic visits presided by the leader.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import ReceptionKind
from tcd_desktop.services.context import Actor
from tcd_desktop.store.models import Reception, ReceptionScheduleDay


def _month_rows(
    session: Session, leader_id: uuid.UUID, first: dt.date, last: dt.date
) -> dict[dt.date, ReceptionScheduleDay]:
    """The leader's schedule rows from ``first`` to ``last``, by day."""
    rows = session.scalars(
        select(ReceptionScheduleDay).where(
            ReceptionScheduleDay.leader_id == leader_id,
            ReceptionScheduleDay.day.between(first, last),
        )
    )
    return {row.day: row for row in rows}


def _day_row(
    session: Session,
    actor: Actor,
    rows: dict[dt.date, ReceptionScheduleDay],
    leader_id: uuid.UUID,
    day: dt.date,
) -> ReceptionScheduleDay:
    """The row of ``day`` (revived if it was soft-deleted), created when missing."""
    row = rows.get(day)
    if row is None:
        row = ReceptionScheduleDay(
            leader_id=leader_id, day=day, created_by=actor.user_id, origin_desk=actor.desk_code
        )
        session.add(row)
        rows[day] = row
    row.deleted_at, row.updated_by = None, actor.user_id
    return row


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def periodic_visits(leader_id: uuid.UUID, start: dt.date, end: dt.date) -> Select[Any]:
    """Periodic visits presided by the leader from ``start`` to ``end`` (id, day)."""
    return (
        select(Reception.id, Reception.received_on)
        .where(
            Reception.leader_id == leader_id,
            Reception.kind == ReceptionKind.PERIODIC.value,
            Reception.received_on.between(start, end),
            Reception.deleted_at.is_(None),
        )
        .order_by(Reception.received_at, Reception.id)
    )


def _held_between(
    session: Session, leader_id: uuid.UUID, start: dt.date, end: dt.date
) -> set[dt.date]:
    """Days held from ``start`` to ``end``: periodic visits and days recorded as held."""
    held = {on for _id, on in session.execute(periodic_visits(leader_id, start, end))}
    held |= {
        day
        for day, row in _month_rows(session, leader_id, start, end).items()
        if row.held and row.deleted_at is None
    }
    return held
