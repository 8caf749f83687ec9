"""Statutory reporting periods (Thông tư 01/2024/TT-TTCP data cut-offs) for the dashboard.

A period's data runs from the 15th of the month before to the 14th of its last month:
Quý I = 15/12 of the previous year → 14/3, Quý II = 15/3 → 14/6, Quý III = 15/6 → 14/9,
Quý IV = 15/9 → 14/12; 6 tháng = 15/12 → 14/6; 9 tháng = 15/12 → 14/9; năm = 15/12 → 14/12;
a month ``YYYY-MM`` = 15th of the month before → 14th. ``parse_period`` reads the command
line's spellings (``2026-Q3``, ``2026-H1``, ``2026-9M``, ``2026``, ``2026-08``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Day of the month a period's data starts (in the month before) and the day it ends.
CUT_START_DAY = 15
CUT_END_DAY = 14
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    """A closed date range with its key (``2026-Q3``) and Vietnamese label."""

    key: str
    label: str
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the period (both ends included)."""
        return self.start <= day <= self.end

    def months(self) -> list[tuple[int, int]]:
        """The (year, month) of every cut-off month the period covers, in order.

        A cut-off month ``m`` runs from the 15th of ``m - 1`` to the 14th of ``m``.
        """
        out: list[tuple[int, int]] = []
        year, month = _cut_month(self.start)
        last = _cut_month(self.end)
        while (year, month) <= last:
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def _cut_month(day: dt.date) -> tuple[int, int]:
    """The cut-off month a date belongs to (15/7 → August)."""
    if day.day >= CUT_START_DAY:
        return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return day.year, day.month


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """15th of the month before → 14th of ``month``."""
    before = (
        dt.date(year - 1, 12, CUT_START_DAY)
        if month == 1
        else dt.date(year, month - 1, CUT_START_DAY)
    )
    return before, dt.date(year, month, CUT_END_DAY)


def _span(key: str, label: str, year: int, first: int, last: int) -> Period:
    return Period(key, label, month_range(year, first)[0], month_range(year, last)[1])


def quarter(year: int, q: int) -> Period:
    """Quý ``q`` of ``year``."""
    if q not in _ROMAN:
        raise ValueError("quarter must be 1..4")
    return _span(f"{year}-Q{q}", f"Quý {_ROMAN[q]} năm {year}", year, 3 * q - 2, 3 * q)


def current_period(today: dt.date) -> Period:
    """The statutory quarter whose data range holds ``today`` (15/12/2026 → Quý I 2027)."""
    year, month = _cut_month(today)
    return quarter(year, (month - 1) // 3 + 1)


def previous_period(period: Period) -> Period:
    """The quarter before the one holding ``period.start``'s cut-off month."""
    year, month = _cut_month(period.start)
    q = (month - 1) // 3 + 1
    return quarter(year - 1, 4) if q == 1 else quarter(year, q - 1)


_PATTERNS = (
    (re.compile(r"^(\d{4})-Q([1-4])$", re.I), lambda y, x: quarter(y, int(x))),
    (
        re.compile(r"^(\d{4})-H1$", re.I),
        lambda y, _x: _span(f"{y}-H1", f"6 tháng năm {y}", y, 1, 6),
    ),
    (
        re.compile(r"^(\d{4})-9M$", re.I),
        lambda y, _x: _span(f"{y}-9M", f"9 tháng năm {y}", y, 1, 9),
    ),
    (re.compile(r"^(\d{4})$"), lambda y, _x: _span(f"{y}", f"Năm {y}", y, 1, 12)),
)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_period(text: str) -> Period:
    """``2026-Q3``, ``2026-H1``, ``2026-9M``, ``2026`` or ``2026-08``; ValueError otherwise."""
    text = text.strip()
    for pattern, build in _PATTERNS:
        match = pattern.match(text)
        if match:
            year = int(match.group(1))
            _check_year(year)
            return build(year, match.group(2) if match.lastindex and match.lastindex > 1 else "")
    match = _MONTH.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        year, month = int(match.group(1)), int(match.group(2))
        _check_year(year)
        start, end = month_range(year, month)
        return Period(f"{year}-{month:02d}", f"Tháng {month} năm {year}", start, end)
    raise ValueError(text)


def custom_period(start: dt.date, end: dt.date) -> Period:
    """Any range (both ends included)."""
    return Period(
        f"{start.isoformat()}..{end.isoformat()}",
        f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}",
        start,
        end,
    )


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValueError(str(year))
