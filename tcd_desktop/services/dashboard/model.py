"""What the dashboard shows, as plain dataclasses (no Qt, no session)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from tcd_desktop.domain.dashboard_period import Period

#: Vietnamese names of every metric (CLI, exports; the screen has translated headers).
METRIC_LABELS_VI = {
    "overdue": "Đang quá hạn",
    "due_soon": "Sắp đến hạn",
    "on_track": "Trong hạn",
    "paused": "Tạm dừng",
    "not_started": "Chưa tính hạn",
    "closed_on_time": "Đã giải quyết đúng hạn",
    "closed_late": "Đã giải quyết quá hạn",
    "backlog_30": "Quá hạn trên 30 ngày làm việc",
    "received": "Thụ lý mới trong kỳ",
    "mass": "Vụ việc đông người",
    "repeat": "Vụ việc tái diễn",
    "radar_1_5": "Quá hạn 1–5 ngày",
    "radar_6_10": "Quá hạn 6–10 ngày",
    "radar_11_30": "Quá hạn 11–30 ngày",
    "radar_over_30": "Quá hạn trên 30 ngày",
}
KIND_LABELS_VI = {
    "khieu_nai": "Khiếu nại",
    "to_cao": "Tố cáo",
    "kien_nghi_phan_anh": "Kiến nghị, phản ánh",
}
COMPLEXITY_LABELS_VI = {
    "normal": "Thông thường",
    "complex": "Phức tạp",
    "very_complex": "Đặc biệt phức tạp",
}


@dataclass(frozen=True)
class ReceptionDays:
    """Leaders' periodic reception days held in the period against the legal minimum."""

    leaders: int
    held: int
    required: int

    @property
    def compliance(self) -> float | None:
        """held ÷ required, at most 1 (``None`` when nothing is required)."""
        return min(1.0, self.held / self.required) if self.required else None


@dataclass(frozen=True)
class ReportsSent:
    """Statutory reports a unit had to send in a period: how many, on time, late."""

    due: int
    on_time: int
    late: int

    @property
    def share(self) -> float | None:
        """On time ÷ due (``None`` when nothing was due)."""
        return self.on_time / self.due if self.due else None


@dataclass(frozen=True)
class UnitRow:
    """One unit: its own figures and the totals with every unit below it."""

    unit_id: uuid.UUID
    code: str
    name: str
    level: str
    depth: int
    parent_id: uuid.UUID | None
    #: a unit from before the 01/7/2025 reorganisation (kept for history)
    former: bool
    successor: str | None
    own: dict[str, int]
    total: dict[str, int]
    reception: ReceptionDays
    #: the unit's own statutory reports due in the period (``None``: none was due)
    reports: ReportsSent | None = None

    @property
    def open(self) -> int:
        """Cases being resolved (every open state), subtree included."""
        t = self.total
        return t["overdue"] + t["due_soon"] + t["on_track"] + t["paused"] + t["not_started"]

    @property
    def closed(self) -> int:
        """Cases closed in the period, subtree included."""
        return self.total["closed_on_time"] + self.total["closed_late"]

    @property
    def on_time_rate(self) -> float | None:
        """closed on time ÷ (closed in the period + open and overdue)."""
        base = self.closed + self.total["overdue"]
        return self.total["closed_on_time"] / base if base else None


@dataclass(frozen=True)
class Median:
    """Median working days from acceptance (else receipt) to closing, for one group."""

    group: str
    label: str
    cases: int
    median_days: float | None


@dataclass(frozen=True)
class Grade:
    """A unit's rating: score, grade and the reason for it."""

    unit_id: uuid.UUID
    code: str
    name: str
    rank: int
    score: float | None
    grade: str
    grade_label: str
    reason: str
    components: dict[str, float | None]


@dataclass(frozen=True)
class DashboardTable:
    """The per-unit table of a period (first paint of the dashboard)."""

    period: Period
    today: dt.date
    due_soon_until: dt.date
    as_of: dt.datetime
    rows: list[UnitRow]
    totals: dict[str, int]
    reception: ReceptionDays
    grades: list[Grade]
    rating_version: str
    #: the unit the table was narrowed to (``None``: every unit)
    scope_unit: uuid.UUID | None = None

    @property
    def on_time_rate(self) -> float | None:
        """Over every unit shown."""
        closed = self.totals["closed_on_time"] + self.totals["closed_late"]
        base = closed + self.totals["overdue"]
        return self.totals["closed_on_time"] / base if base else None


@dataclass(frozen=True)
class MonthPoint:
    """One cut-off month of the charts (15th of the month before → 14th)."""

    year: int
    month: int
    received: dict[str, int]
    resolved: dict[str, int]
    resolved_late: int

    @property
    def on_time_rate(self) -> float | None:
        """Closed on time ÷ closed in that month."""
        total = sum(self.resolved.values())
        return (total - self.resolved_late) / total if total else None


@dataclass(frozen=True)
class OfficerLoad:
    """Open cases of one officer, with how many are due soon and overdue."""

    officer_id: uuid.UUID | None
    name: str
    open: int
    due_soon: int
    overdue: int


@dataclass(frozen=True)
class DashboardDetails:
    """The slower half: medians and chart series (loaded after the table)."""

    period: Period
    medians_by_kind: list[Median]
    medians_by_complexity: list[Median]
    months: list[MonthPoint]
    officers: list[OfficerLoad]


@dataclass(frozen=True)
class DrillSpec:
    """Which records a number counts: a metric, for a unit (and its children), a kind."""

    metric: str
    period: Period
    unit_id: uuid.UUID | None = None
    include_children: bool = True
    kind: str | None = None
    today: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)
