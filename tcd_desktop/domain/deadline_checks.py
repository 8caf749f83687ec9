"""Checks of the deadline engine that the law adds to plain counting.

* D12 has no number in the Luật Tố cáo: the sector law's limit must be given (``--days``).
* Complaints could not be suspended before 01/7/2026 (Luật 136/2025/QH15): a rule with
  ``suspension_from`` refuses a paused span that starts earlier.
* Days whose status is not officially announced make a deadline "unconfirmed".
"""

from __future__ import annotations

import dataclasses
from datetime import date

from .calendar import WorkingCalendar, format_vn_date
from .deadline_messages import MESSAGES as WHY
from .rule_model import Rule

__all__ = ["DeadlineError", "check_suspension", "unconfirmed_note", "with_days"]

_fmt = format_vn_date


class DeadlineError(ValueError):
    """The requested computation is not allowed by the rule; the message is Vietnamese."""


def with_days(rule: Rule, days: int | None) -> Rule:
    """The rule with the caller's limit (D12); refuses a missing or unwanted number."""
    if days is None:
        if rule.days_required and rule.days == 0:
            raise DeadlineError(WHY("deadline.days_missing", rule=rule.id, citation=rule.citation))
        return rule
    if not rule.days_required:
        raise DeadlineError(
            WHY(
                "deadline.days_fixed",
                rule=rule.id,
                days=rule.days,
                unit=rule.unit,
                citation=rule.citation,
            )
        )
    if days <= 0:
        raise DeadlineError(WHY("deadline.days_positive"))
    return dataclasses.replace(rule, days=days)


def check_suspension(rule: Rule, spans: list[tuple[date, date]]) -> None:
    """Suspension of a complaint exists only from 01/7/2026 (Luật 136/2025/QH15)."""
    if not spans or rule.suspension_from is None:
        return
    first = spans[0][0]
    if first < rule.suspension_from:
        raise DeadlineError(
            WHY(
                "deadline.suspension_too_early",
                rule=rule.id,
                date=_fmt(first),
                since=_fmt(rule.suspension_from),
            )
        )


def unconfirmed_note(
    calendar: WorkingCalendar, lo: date, hi: date
) -> tuple[list[tuple[date, str]], str]:
    """Unconfirmed days in ``[lo, hi]`` and the sentence that names them (empty if none)."""
    days = calendar.unconfirmed_between(lo, hi)
    if not days:
        return [], ""
    listed = ", ".join(f"{_fmt(d)} ({n})" for d, n in days)
    return days, (
        f"CHƯA CHẮC CHẮN: cách tính dựa vào ngày chưa được công bố chính thức: {listed}; "
        "hạn có thể thay đổi khi lịch nghỉ được công bố"
    )
