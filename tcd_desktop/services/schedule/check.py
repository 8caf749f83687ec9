"""Checking a leader's month against the legal minimum of periodic reception days."""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Iterable

from tcd_desktop.services.schedule.core import LeaderCategory, LeaderMonth, ReceptionDay, quota_rule

WEEK = dt.timedelta(days=7)


def _weekdays_between(start: dt.date, end: dt.date) -> int:
    """Monday–Friday days from ``start`` to ``end`` inclusive."""
    days = (end - start).days + 1
    return sum(1 for i in range(max(days, 0)) if (start + dt.timedelta(i)).weekday() < 5)


def evaluate(
    *,
    leader_id: uuid.UUID,
    leader_name: str,
    category: LeaderCategory,
    year: int,
    month: int,
    days: tuple[ReceptionDay, ...],
    place: str,
    today: dt.date,
    held_after: Iterable[dt.date] = (),
) -> LeaderMonth:
    """Build the month's summary; ``held_after`` are days held in the week after the month."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    label = f"{month}/{year}"
    planned = sorted(d.day for d in days if d.planned)
    held = sorted(d.day for d in days if d.held)
    warnings: list[str] = [
        f"Ngày {d:%d/%m/%Y} có lịch tiếp nhưng chưa ghi nhận buổi tiếp nào."
        for d in planned
        if d < today and d not in held
    ]
    rule = quota_rule(category, first)
    required = planned_short = held_short = 0
    if rule is None:
        text = f"Không có mức tối thiểu cho {category.label_vi} trong tháng {label}"
    elif rule.per == "month":
        text = rule.text
        required = rule.days
        planned_short = max(0, required - len(planned))
        if planned_short:
            warnings.insert(
                0,
                f"Lịch tháng {label} của {leader_name} có {len(planned)} ngày "
                f"tiếp, ít hơn mức {text}.",
            )
        missing = max(0, required - len(held))
        if last < today:
            held_short = missing
            if missing:
                warnings.insert(
                    0,
                    f"Tháng {label} {leader_name} mới tiếp {len(held)} ngày, "
                    f"thiếu {missing} ngày so với mức {text}.",
                )
        elif missing and _weekdays_between(today, last) < missing:
            warnings.insert(
                0,
                f"Không còn đủ ngày làm việc trong tháng {label} để {leader_name} đạt mức {text}.",
            )
    else:
        text = rule.text
        held_all = set(held) | set(held_after)
        mondays = [
            d for d in (first + dt.timedelta(i) for i in range(last.day)) if d.weekday() == 0
        ]
        required = len(mondays)
        for monday in mondays:
            sunday = monday + dt.timedelta(days=6)
            if not any(monday <= d <= sunday for d in planned):
                planned_short += 1
                warnings.append(f"Tuần từ {monday:%d/%m/%Y} chưa có lịch tiếp ({text}).")
            if sunday < today and not any(monday <= d <= sunday for d in held_all):
                held_short += 1
                warnings.append(
                    f"Tuần từ {monday:%d/%m/%Y} {leader_name} không tiếp công dân định kỳ ({text})."
                )
    return LeaderMonth(
        leader_id=leader_id,
        leader_name=leader_name,
        category=category.value,
        year=year,
        month=month,
        days=days,
        rule=text,
        required=required,
        planned_count=len(planned),
        held_count=len(held),
        planned_shortfall=planned_short,
        held_shortfall=held_short,
        place=place,
        warnings=tuple(warnings),
    )
