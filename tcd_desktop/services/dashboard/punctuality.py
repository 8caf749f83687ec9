"""Report punctuality (the rating's "Gửi báo cáo định kỳ đúng hạn"): locked vs due.

A statutory report is "sent" when a supervisor locks it (``report_locks``; unlocking later
does not undo the sending). It is due ``due_days`` days after the end of its period
(``resources/rating/xep-loai-v1.json``, ``punctuality``: the submission deadlines of
TT 01/2024 were not available, so the office sets them). The reports a unit must send in a
dashboard period are the quarterly reports (every form listed in the pack) whose due day
falls in the period and has passed; a lock of a unit covers that unit and every unit below
it (a lock of the whole office, scope "", covers every unit). On time: the first lock that
covers the unit was made on or before the due day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.dashboard_period import Period
from tcd_desktop.domain.report_periods import CutoffRule, PeriodKind, statutory_period
from tcd_desktop.services.dashboard.model import ReportsSent
from tcd_desktop.store.models import AppMeta, Unit
from tcd_desktop.store.models.reports import ReportLock

__all__ = ["QUARTERS", "ReportsSent", "due_on"]

QUARTERS = (PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4)
VN_OFFSET = dt.timedelta(hours=7)  # locked_at is UTC; the day it counts for is Việt Nam's
CUTOFF_META_KEY = "reports.cutoff_day"  # services.reports.service.CUTOFF_META_KEY


def due_on(period_end: dt.date, due_days: int) -> dt.date:
    """The day a report of a period ending ``period_end`` is due."""
    return period_end + dt.timedelta(days=due_days)


def _cutoff(session: Session) -> CutoffRule:
    meta = session.get(AppMeta, CUTOFF_META_KEY)
    return CutoffRule(int(meta.value)) if meta and meta.value.strip() else CutoffRule()


def _due_reports(
    session: Session, period: Period, today: dt.date, due_days: int
) -> list[tuple[dt.date, dt.date, dt.date]]:
    """``(start, end, due)`` of every quarterly report due in ``period`` by ``today``."""
    rule = _cutoff(session)
    out = []
    for year in range(period.start.year - 1, period.end.year + 2):
        for kind in QUARTERS:
            p = statutory_period(kind, year, rule)
            due = due_on(p.end, due_days)
            if period.start <= due <= period.end and due < today:
                out.append((p.start, p.end, due))
    return out


def _covered(
    units: Sequence[tuple[uuid.UUID, str, uuid.UUID | None]],
) -> dict[str, set[uuid.UUID]]:
    """Scope code → the units a lock of that scope covers (the unit and those below it)."""
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for uid, _code, parent in units:
        children.setdefault(parent, []).append(uid)
    out: dict[str, set[uuid.UUID]] = {"": {uid for uid, _c, _p in units}}
    for uid, code, _parent in units:
        seen: set[uuid.UUID] = set()
        todo = [uid]
        while todo:
            cur = todo.pop()
            if cur not in seen:
                seen.add(cur)
                todo.extend(children.get(cur, []))
        out[code] = seen
    return out


def _reports_sent(
    session: Session,
    period: Period,
    today: dt.date,
    forms: Iterable[str],
    due_days: int,
) -> dict[uuid.UUID, ReportsSent]:
    """Per live unit: the reports (quarter × form) due in ``period`` and how they were sent."""
    forms = list(forms)
    due = _due_reports(session, period, today, due_days)
    if not due or not forms:
        return {}
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.successor_id, Unit.parent_id).where(
            Unit.deleted_at.is_(None)
        )
    ).all()
    units = [(uid, code, succ or parent) for uid, code, succ, parent in rows]
    covered = _covered(units)
    locks = session.execute(
        select(
            ReportLock.form_code,
            ReportLock.period_from,
            ReportLock.period_to,
            ReportLock.scope,
            ReportLock.locked_at,
            ReportLock.due_on,
        ).where(
            ReportLock.deleted_at.is_(None),
            ReportLock.form_code.in_(forms),
            ReportLock.period_from.in_([d[0] for d in due]),
        )
    ).all()
    # the first lock covering each (unit, form, period), with the due day recorded on it
    first: dict[tuple[uuid.UUID, str, dt.date, dt.date], tuple[dt.date, dt.date | None]] = {}
    for form, start, end, scope, at, recorded_due in locks:
        utc = at if at.tzinfo is None else at.astimezone(dt.UTC).replace(tzinfo=None)
        day = (utc + VN_OFFSET).date()
        for uid in covered.get(scope, ()):
            key = (uid, form, start, end)
            if key not in first or day < first[key][0]:
                first[key] = (day, recorded_due)
    out: dict[uuid.UUID, ReportsSent] = {}
    for uid, _code, _parent in units:
        on_time = late = 0
        for start, end, day_due in due:
            for form in forms:
                sent = first.get((uid, form, start, end))
                if sent is None:
                    continue
                if sent[0] <= (sent[1] or day_due):
                    on_time += 1
                else:
                    late += 1
        out[uid] = ReportsSent(len(due) * len(forms), on_time, late)
    return out
