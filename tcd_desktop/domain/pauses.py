"""Suspended spans of a legal time limit: merging them and pushing a due date past them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from .calendar import WorkingCalendar, format_vn_date
from .deadline_checks import DeadlineError
from .deadline_messages import MESSAGES as WHY
from .enums import DayUnit

_fmt = format_vn_date


def merge_spans(paused: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    spans = []
    for a, b in paused:
        if b < a:
            raise DeadlineError(WHY("deadline.pause_backwards", start=_fmt(a), end=_fmt(b)))
        spans.append((a, b))
    spans.sort()
    merged: list[tuple[date, date]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def apply_pauses(
    unit: DayUnit,
    start: date,
    end: date,
    spans: list[tuple[date, date]],
    calendar: WorkingCalendar,
) -> tuple[date, int, list[tuple[date, date]]]:
    """Push ``end`` past every paused span that overlaps the running period ``(start, end]``.

    Returns the new end, the number of paused days (of ``unit``) and the spans that counted.
    """
    paused_total = 0
    used: list[tuple[date, date]] = []
    for a, b in spans:
        if b <= start:
            continue
        if a > end:
            break
        first = max(a, start + timedelta(days=1))
        if unit == DayUnit.CALENDAR:
            length = (b - first).days + 1
            end = end + timedelta(days=length)
        else:
            length = calendar.working_days_between(first - timedelta(days=1), b)
            end = calendar.add_working_days(end, length)
        paused_total += length
        if length:
            used.append((a, b))
    return end, paused_total, used


def days_between(a: date, b: date, inclusive_end: bool = False) -> list[date]:
    """Days in ``[a, b)`` (or ``[a, b]``)."""
    n = (b - a).days + (1 if inclusive_end else 0)
    return [a + timedelta(days=i) for i in range(n)]
