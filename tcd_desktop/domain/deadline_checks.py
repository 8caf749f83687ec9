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
from .rule_model import Rule

__all__ = ["DeadlineError", "check_suspension", "unconfirmed_note", "with_days"]

_fmt = format_vn_date


class DeadlineError(ValueError):
    """The requested computation is not allowed by the rule; the message is Vietnamese."""


def with_days(rule: Rule, days: int | None) -> Rule:
    """The rule with the caller's limit (D12); refuses a missing or unwanted number."""
    if days is None:
        if rule.days_required and rule.days == 0:
            raise DeadlineError(
                f"Quy định {rule.id} ({rule.citation}) không có số ngày trong Luật: thời hạn là "
                "thời hạn của pháp luật chuyên ngành về xử lý vi phạm hành chính. Hãy nhập số "
                "ngày đó (--days N)."
            )
        return rule
    if not rule.days_required:
        raise DeadlineError(
            f"Quy định {rule.id} đã có thời hạn {rule.days} {rule.unit.label_vi} "
            f"({rule.citation}); chỉ nhập số ngày (--days) cho quy định không có số ngày "
            "trong Luật (D12)."
        )
    if days <= 0:
        raise DeadlineError("Số ngày (--days) phải lớn hơn 0.")
    return dataclasses.replace(rule, days=days)


def check_suspension(rule: Rule, spans: list[tuple[date, date]]) -> None:
    """Suspension of a complaint exists only from 01/7/2026 (Luật 136/2025/QH15)."""
    if not spans or rule.suspension_from is None:
        return
    first = spans[0][0]
    if first < rule.suspension_from:
        raise DeadlineError(
            f"Không thể tạm đình chỉ thời hạn {rule.id} từ ngày {_fmt(first)}: việc tạm đình chỉ "
            f"giải quyết khiếu nại chỉ áp dụng từ ngày {_fmt(rule.suspension_from)} (Luật Khiếu "
            "nại, Điều 11a, bổ sung bởi Luật số 136/2025/QH15); trước đó khiếu nại không được "
            "tạm đình chỉ."
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
