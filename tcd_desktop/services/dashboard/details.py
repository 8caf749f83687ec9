"""The dashboard's slower half: medians of the time to resolve, monthly series, officers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.dashboard_period import Period, month_range
from tcd_desktop.services.dashboard.model import (
    COMPLEXITY_LABELS_VI,
    KIND_LABELS_VI,
    Median,
    MonthPoint,
    OfficerLoad,
)
from tcd_desktop.store.queries import dashboard as q

CHART_MONTHS = 12


def _medians(
    session: Session,
    w: q.DashWindow,
    cal: WorkingCalendar,
    unit_id: uuid.UUID | None,
    children: bool,
) -> tuple[list[Median], list[Median]]:
    """Median working days to resolve, by kind and by complexity (cases closed in the period)."""
    by_kind: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_cx: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    between = cal.working_days_between
    for kind, cx, very, start, closed, n in q.closed_durations(session, w, unit_id, children):
        days = max(0, between(start, closed))
        by_kind[kind][days] += n
        by_cx["very_complex" if very else "complex" if cx else "normal"][days] += n

    def out(groups: dict[str, dict[int, int]], labels: dict[str, str]) -> list[Median]:
        return [
            Median(k, label, sum(groups[k].values()), weighted_median(groups[k]))
            for k, label in labels.items()
        ]

    return out(by_kind, KIND_LABELS_VI), out(by_cx, COMPLEXITY_LABELS_VI)


def weighted_median(counts: dict[int, int]) -> float | None:
    """The median of a multiset given as value → how many (as ``statistics.median``)."""
    total = sum(counts.values())
    if not total:
        return None
    wanted = [(total - 1) // 2, total // 2]
    found: list[int] = []
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        while wanted and wanted[0] < seen:
            found.append(value)
            wanted.pop(0)
    return (found[0] + found[1]) / 2


def _cut_key(day: dt.date) -> tuple[int, int]:
    if day.day >= 15:
        return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return day.year, day.month


def _months(
    session: Session, period: Period, unit_id: uuid.UUID | None, children: bool
) -> list[MonthPoint]:
    """Received and resolved per cut-off month by kind, for the 12 months to the period's end."""
    keys = []
    year, month = _cut_key(period.end)
    for _ in range(CHART_MONTHS):
        keys.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    keys.reverse()
    start = month_range(*keys[0])[0]
    end = month_range(*keys[-1])[1]
    received: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: dict.fromkeys(q.KINDS, 0))
    resolved: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: dict.fromkeys(q.KINDS, 0))
    late: dict[tuple[int, int], int] = defaultdict(int)
    for day, kind, n in q.monthly_received(session, start, end, unit_id, children):
        received[_cut_key(day)][kind] += n
    for day, kind, n, x in q.monthly_closed(session, start, end, unit_id, children):
        resolved[_cut_key(day)][kind] += n
        late[_cut_key(day)] += x
    return [
        MonthPoint(y, m, dict(received[(y, m)]), dict(resolved[(y, m)]), late[(y, m)])
        for y, m in keys
    ]


def _officers(
    session: Session, w: q.DashWindow, unit_id: uuid.UUID | None, children: bool
) -> list[OfficerLoad]:
    """The most loaded officers, with their due-soon and overdue cases."""
    return [
        OfficerLoad(a, name or "(chưa phân công)", n, s, o)
        for a, name, n, s, o in q.open_by_officer(session, w, unit_id, children)
    ]
