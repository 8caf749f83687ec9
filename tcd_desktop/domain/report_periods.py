"""Reporting periods of Thông tư 01/2024/TT-TTCP and their data cut-off windows.

Periodic reports count from the day after the cut-off day of the month before the period
to the cut-off day of its last month: with the default cut-off day 14, Quý I runs from
15/12 of the previous year to 14/3, Quý II from 15/3 to 14/6, 6 tháng from 15/12 to 14/6,
9 tháng to 14/9 and the year to 14/12. The cut-off day is data (:class:`CutoffRule`), so an
administrator can change it if a later circular does. Chuyên đề and đột xuất reports, and
any custom range, take the dates of the request.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tcd_desktop.domain.enums import LabelledEnum

__all__ = [
    "DEFAULT_CUTOFF_DAY",
    "CutoffRule",
    "Period",
    "PeriodError",
    "PeriodKind",
    "current_period",
    "custom_period",
    "parse_period",
    "statutory_period",
]

DEFAULT_CUTOFF_DAY = 14


class PeriodError(ValueError):
    """A period text or range that cannot be used; the message is Vietnamese."""


class PeriodKind(LabelledEnum):
    """Kind of report (kỳ báo cáo)."""

    Q1 = ("Q1", "Quý I")
    Q2 = ("Q2", "Quý II")
    Q3 = ("Q3", "Quý III")
    Q4 = ("Q4", "Quý IV")
    H1 = ("H1", "6 tháng")
    M9 = ("9M", "9 tháng")
    YEAR = ("Y", "Năm")
    THEMATIC = ("thematic", "Chuyên đề")
    AD_HOC = ("ad_hoc", "Đột xuất")
    CUSTOM = ("custom", "Tùy chọn")

    @property
    def carries_narrative(self) -> bool:
        """Quý I, 6 tháng, 9 tháng and năm carry the narrative report; Quý II–IV only data."""
        return self in (PeriodKind.Q1, PeriodKind.H1, PeriodKind.M9, PeriodKind.YEAR)


#: Last month of each statutory period and how many months it spans.
_SHAPE: dict[PeriodKind, tuple[int, int]] = {
    PeriodKind.Q1: (3, 3),
    PeriodKind.Q2: (6, 3),
    PeriodKind.Q3: (9, 3),
    PeriodKind.Q4: (12, 3),
    PeriodKind.H1: (6, 6),
    PeriodKind.M9: (9, 9),
    PeriodKind.YEAR: (12, 12),
}


@dataclass(frozen=True)
class CutoffRule:
    """The data cut-off day: a window ends on this day and starts the day after it.

    ``day`` is 14 under TT 01/2024 (window 15 → 14). Days 1–28 are allowed so every month
    has the day.
    """

    day: int = DEFAULT_CUTOFF_DAY

    def __post_init__(self) -> None:
        if not 1 <= self.day <= 28:
            raise PeriodError(f"Ngày chốt số liệu phải từ 1 đến 28, không phải {self.day}.")


@dataclass(frozen=True)
class Period:
    """A report window, both ends included, with its kind and a Vietnamese label."""

    kind: PeriodKind
    start: dt.date
    end: dt.date
    year: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(
                f"Ngày kết thúc {self.end:%d/%m/%Y} trước ngày bắt đầu {self.start:%d/%m/%Y}."
            )

    @property
    def code(self) -> str:
        """``2026-Q3``, ``2026-H1``, ``2026-9M``, ``2026``, or ``2026-01-01..2026-02-01``."""
        if self.year is not None and self.kind in _SHAPE:
            return str(self.year) if self.kind is PeriodKind.YEAR else f"{self.year}-{self.kind}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """``Quý III năm 2026``, ``6 tháng năm 2026``, ``Năm 2026`` or the dates."""
        if self.year is not None and self.kind is PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.year is not None and self.kind in _SHAPE:
            return f"{self.kind.label_vi} năm {self.year}"
        return f"{self.kind.label_vi} từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls inside the window."""
        return self.start <= day <= self.end


def _window(year: int, last_month: int, months: int, rule: CutoffRule) -> tuple[dt.date, dt.date]:
    end = dt.date(year, last_month, rule.day)
    first_month = last_month - months  # the month before the period's first month
    start_year = year if first_month >= 1 else year - 1
    start_month = first_month if first_month >= 1 else first_month + 12
    return dt.date(start_year, start_month, rule.day) + dt.timedelta(days=1), end


def statutory_period(kind: PeriodKind, year: int, rule: CutoffRule | None = None) -> Period:
    """The TT 01/2024 window of ``kind`` in ``year``."""
    if kind not in _SHAPE:
        raise PeriodError(f"{kind.label_vi} không phải kỳ báo cáo định kỳ: cần nhập ngày.")
    if not 1900 <= year <= 9999:
        raise PeriodError(f"Năm báo cáo không hợp lệ: {year}.")
    last, months = _SHAPE[kind]
    start, end = _window(year, last, months, rule or CutoffRule())
    return Period(kind, start, end, year)


def custom_period(start: dt.date, end: dt.date, kind: PeriodKind = PeriodKind.CUSTOM) -> Period:
    """A window with the dates of a request (chuyên đề, đột xuất) or of the user."""
    if kind in _SHAPE:
        raise PeriodError(f"{kind.label_vi} có ngày chốt theo quy định, không nhập ngày.")
    return Period(kind, start, end)


_PATTERN = re.compile(r"^\s*(\d{4})(?:-(Q[1-4]|H1|9M))?\s*$", re.IGNORECASE)


def parse_period(text: str, rule: CutoffRule | None = None) -> Period:
    """Parse ``YYYY-Q1`` … ``YYYY-Q4``, ``YYYY-H1``, ``YYYY-9M`` or ``YYYY``."""
    match = _PATTERN.match(text or "")
    if not match:
        raise PeriodError(
            f"Kỳ báo cáo không hợp lệ: {text!r} (dùng YYYY-Q1..Q4, YYYY-H1, YYYY-9M hoặc YYYY,"
            " ví dụ 2026-Q3)."
        )
    year = int(match.group(1))
    suffix = (match.group(2) or "Y").upper()
    return statutory_period(PeriodKind(suffix), year, rule)


def current_period(today: dt.date, rule: CutoffRule | None = None) -> Period:
    """The quarter whose window contains ``today`` (15/12 already belongs to next Quý I)."""
    rule = rule or CutoffRule()
    year = today.year + 1 if (today.month, today.day) > (12, rule.day) else today.year
    for kind in (PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4):
        period = statutory_period(kind, year, rule)
        if period.contains(today):
            return period
    raise PeriodError(f"Không xác định được kỳ báo cáo của ngày {today:%d/%m/%Y}.")
