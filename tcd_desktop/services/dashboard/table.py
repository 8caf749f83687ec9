"""Building the per-unit table: counts per unit, the hierarchy rolled up, reception days."""

from __future__ import annotations

import calendar as pycal
import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import func, literal_column, select, union
from sqlalchemy.orm import Session, load_only

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.dashboard_period import Period
from tcd_desktop.domain.enums import ReceptionKind, Role, UnitLevel
from tcd_desktop.services.board import _board_window
from tcd_desktop.services.dashboard.model import ReceptionDays, UnitRow
from tcd_desktop.services.dashboard.punctuality import _reports_sent
from tcd_desktop.services.dashboard.rating import load_pack
from tcd_desktop.services.schedule import quota_rule
from tcd_desktop.services.schedule.core import _leader_category
from tcd_desktop.store.models import Reception, ReceptionScheduleDay, Unit, User, UserRole
from tcd_desktop.store.queries import dashboard as q
from tcd_desktop.store.queries.scope import children_map, subtree

REORGANISATION = dt.date(2025, 7, 1)
NO_DAYS = ReceptionDays(0, 0, 0)


def _dash_window(
    session: Session, period: Period, today: dt.date, cal: WorkingCalendar
) -> q.DashWindow:
    """The board's day and "due soon" limit, the period, and the radar's due-date limits."""
    window = _board_window(session, today, cal)
    limits = q.age_limits(today, cal.working_days_between, (5, 10, 30))
    return q.DashWindow(today, window.due_soon_until, period.start, period.end, limits)


def _required(category: object, months: list[tuple[int, int]]) -> int:
    total = 0
    for year, month in months:
        first = dt.date(year, month, 1)
        rule = quota_rule(category, first)  # type: ignore[arg-type]
        if rule is None:
            continue
        if rule.per == "month":
            total += rule.days
        else:
            last = pycal.monthrange(year, month)[1]
            total += sum(1 for d in range(1, last + 1) if dt.date(year, month, d).weekday() == 0)
    return total


def _reception_days(
    session: Session, period: Period, today: dt.date
) -> dict[uuid.UUID, ReceptionDays]:
    """Per unit: its leaders, the periodic reception days they held in the period and the
    legal minimum for the calendar months that began in the period and have ended."""
    # only what the category needs: the audit timestamps' conversion of every leader row
    # was a quarter of the table's first paint on PostgreSQL
    leaders = session.scalars(
        select(User)
        .options(load_only(User.id, User.unit_id, User.leader_category, User.title))
        .where(
            User.deleted_at.is_(None),
            User.id.in_(
                select(UserRole.user_id).where(
                    UserRole.role == Role.LEADER.value, UserRole.deleted_at.is_(None)
                )
            ),
        )
    ).all()
    if not leaders:
        return {}
    ids = [u.id for u in leaders]
    visits = select(Reception.leader_id, Reception.received_on).where(
        Reception.leader_id.in_(ids),
        # a literal, not a bound value: SQLite matches it to ix_receptions_periodic's WHERE
        Reception.kind == literal_column(f"'{ReceptionKind.PERIODIC.value}'"),
        Reception.received_on.between(period.start, period.end),
        Reception.deleted_at.is_(None),
    )
    sessions = select(ReceptionScheduleDay.leader_id, ReceptionScheduleDay.day).where(
        ReceptionScheduleDay.leader_id.in_(ids),
        ReceptionScheduleDay.held.is_(True),
        ReceptionScheduleDay.deleted_at.is_(None),
        ReceptionScheduleDay.day.between(period.start, period.end),
    )
    days = union(visits, sessions).subquery()  # UNION: one day held counts once
    held: dict[uuid.UUID, int] = dict(
        session.execute(select(days.c.leader_id, func.count()).group_by(days.c.leader_id))
        .tuples()
        .all()
    )
    months = []
    first = dt.date(period.start.year, period.start.month, 1)
    if first < period.start:
        first = (first + dt.timedelta(days=32)).replace(day=1)
    while first <= period.end:
        last = first.replace(day=pycal.monthrange(first.year, first.month)[1])
        if last < today:
            months.append((first.year, first.month))
        first = last + dt.timedelta(days=1)
    out: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0, 0])
    for user in leaders:
        if user.unit_id is None:
            continue
        acc = out[user.unit_id]
        acc[0] += 1
        acc[1] += held.get(user.id, 0)
        acc[2] += _required(_leader_category(session, user), months)
    return {u: ReceptionDays(*v) for u, v in out.items()}


def _build_rows(
    session: Session,
    w: q.DashWindow,
    period: Period,
    scope_unit: uuid.UUID | None,
) -> list[UnitRow]:
    """Rows in tree order; a parent's totals are its own cases plus its children's totals."""
    # units first: the leaders' categories below read their unit from the identity map
    units = {u.id: u for u in session.scalars(select(Unit).where(Unit.deleted_at.is_(None)))}
    counts = q.unit_counts(session, w)
    days = _reception_days(session, period, w.today)
    pack = load_pack()
    sent = _reports_sent(session, period, w.today, pack.report_forms, pack.due_days)
    children, roots = children_map(session)
    zero = dict.fromkeys(q.METRICS, 0)
    totals: dict[uuid.UUID, dict[str, int]] = {}
    rec: dict[uuid.UUID, ReceptionDays] = {}

    def roll(uid: uuid.UUID, seen: frozenset[uuid.UUID]) -> None:
        total = dict(counts.get(uid, zero))
        r = days.get(uid, NO_DAYS)
        leaders, held, required = r.leaders, r.held, r.required
        for child in children.get(uid, []):
            if child in seen:
                continue
            roll(child, seen | {child})
            for k, v in totals[child].items():
                total[k] += v
            c = rec[child]
            leaders, held, required = leaders + c.leaders, held + c.held, required + c.required
        totals[uid] = total
        rec[uid] = ReceptionDays(leaders, held, required)

    for root in roots:
        roll(root, frozenset({root}))
    start = [scope_unit] if scope_unit is not None else roots
    rows: list[UnitRow] = []
    depth_of: dict[uuid.UUID, int] = {}
    for root in start:
        for uid in subtree(children, root):
            unit = units[uid]
            parent = unit.successor_id or unit.parent_id
            depth = depth_of.get(parent, -1) + 1 if parent in depth_of else 0
            depth_of[uid] = depth
            former = (
                unit.level == UnitLevel.DISTRICT_FORMER.value
                or unit.successor_id is not None
                or (unit.effective_to is not None and unit.effective_to < REORGANISATION)
            )
            successor = units.get(unit.successor_id) if unit.successor_id else None
            rows.append(
                UnitRow(
                    unit_id=uid,
                    code=unit.code,
                    name=unit.name,
                    level=unit.level,
                    depth=depth,
                    parent_id=parent,
                    former=former,
                    successor=successor.name if successor else None,
                    own=dict(counts.get(uid, zero)),
                    total=totals[uid],
                    reception=rec[uid],
                    reports=sent.get(uid),
                )
            )
    return rows


def sum_roots(rows: list[UnitRow]) -> tuple[dict[str, int], ReceptionDays]:
    """Totals over the top rows shown (depth 0): every case of the table once."""
    totals = dict.fromkeys(q.METRICS, 0)
    leaders = held = required = 0
    for row in rows:
        if row.depth == 0:
            for k, v in row.total.items():
                totals[k] += v
            leaders += row.reception.leaders
            held += row.reception.held
            required += row.reception.required
    return totals, ReceptionDays(leaders, held, required)
