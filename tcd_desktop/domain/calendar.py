"""Working calendar of Vietnamese state bodies.

Public holidays come from the ``holidays`` package (Vietnam, always ``language="vi"``,
observed and substituted days included).  The package also knows the government's
working-day swaps: a substituted day off is an ordinary holiday entry
("Ngày nghỉ (thay cho ngày 22/08/2026)") and the Saturday worked in exchange is listed in
the ``weekend_workdays`` attribute of the holiday object.  Administrator overrides (extra
days off, make-up Saturdays, cancelled holidays) always win over the package.

The calendar keeps a precomputed index over a contiguous range of years: one flag per day
(working or not) and the running count of working days.  With it every query is O(1) or a
binary search, which is what bulk recomputation of a million deadlines needs.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

import holidays

__all__ = [
    "CalendarAnnouncements",
    "CalendarOverride",
    "WorkingCalendar",
    "WorkingDayIndex",
    "format_vn_date",
]

OverrideKind = Literal["off", "work"]

_WEEKEND = frozenset({5, 6})  # Saturday, Sunday (5-day week of state bodies)
_WEEKDAY_NAMES_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_DEFAULT_OFF_NAME = "Ngày nghỉ"
_DEFAULT_WORK_NAME = "Ngày làm việc bù"
_MIN_YEAR = 1
_MAX_YEAR = 9999


def format_vn_date(d: date) -> str:
    """Format a date as ``dd/mm/yyyy``, the usual Vietnamese short form."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


@dataclass(frozen=True, slots=True)
class CalendarOverride:
    """An administrator's correction of one day: ``kind="off"`` or ``kind="work"``."""

    day: date
    kind: OverrideKind
    name: str = ""
    confirmed: bool = True

    def __post_init__(self) -> None:
        if self.kind not in ("off", "work"):
            raise ValueError(f"CalendarOverride.kind must be 'off' or 'work', not {self.kind!r}")


@dataclass(frozen=True, slots=True)
class CalendarAnnouncements:
    """Which of the package's days are officially announced (LAW.md §3, §11).

    Each year the Prime Minister sets the Tết days and the second Quốc khánh day, and the
    Bộ Nội vụ publishes the swaps (BLLĐ 2019 Điều 112 k3).  Until a year is announced, those
    days are the package's estimate: ``announced_through`` is the last announced year, and a
    package day of a later year whose name contains one of ``yearly_names`` is unconfirmed,
    as is every make-up Saturday of such a year.  A day whose name contains one of
    ``unconfirmed_names`` (24/11 Ngày Văn hóa Việt Nam, pending the amendment of Điều 112) is
    unconfirmed in every year.  An administrator's day (``CalendarOverride``) carries its own
    flag and always wins.
    """

    announced_through: int
    yearly_names: tuple[str, ...] = ()
    unconfirmed_names: tuple[str, ...] = ()
    notes: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def confirmed(self, d: date, name: str, *, makeup: bool = False) -> bool:
        """True when the package's day ``d`` named ``name`` is officially announced."""
        low = name.lower()
        if any(n.lower() in low for n in self.unconfirmed_names):
            return False
        if d.year <= self.announced_through:
            return True
        return not makeup and not any(n.lower() in low for n in self.yearly_names)

    def note_for(self, name: str) -> str:
        """The pack's note on why a day named ``name`` is unconfirmed (may be empty)."""
        low = name.lower()
        return next((v for k, v in self.notes.items() if k.lower() in low), "")


@dataclass(frozen=True, slots=True)
class _YearInfo:
    """Resolved days of one year after applying the overrides."""

    days_off: dict[date, str]  # named non-working days (including those on weekends)
    makeup: dict[date, str]  # weekend days that are working days
    flags: bytes  # one byte per day of the year: 1 = working day
    unconfirmed: dict[date, str] = field(default_factory=dict)  # named days not announced


@dataclass(frozen=True, slots=True)
class WorkingDayIndex:
    """Precomputed index over ``[origin, origin + len(flags))``.

    ``flags[i]`` is 1 when ``origin + i`` is a working day; ``cumulative[i]`` is the number
    of working days in ``[origin, origin + i)`` (so ``len(cumulative) == len(flags) + 1``).
    Suitable for vectorised use (e.g. ``numpy.frombuffer``).
    """

    origin: date
    flags: bytes
    cumulative: array

    def position(self, d: date) -> int:
        """Index of ``d`` in :attr:`flags`; raises ``IndexError`` outside the range."""
        i = d.toordinal() - self.origin.toordinal()
        if not 0 <= i < len(self.flags):
            raise IndexError(f"{d} is outside the index ({self.origin} + {len(self.flags)} days)")
        return i


class WorkingCalendar:
    """Working days, holidays and make-up days of Vietnamese state bodies."""

    def __init__(
        self,
        overrides: Iterable[CalendarOverride] = (),
        announcements: CalendarAnnouncements | None = None,
    ) -> None:
        """Create a calendar; later overrides of the same day replace earlier ones.

        Without ``announcements`` every day is taken as confirmed.
        """
        self._overrides: dict[date, CalendarOverride] = {o.day: o for o in overrides}
        self._announcements = announcements
        self._years: dict[int, _YearInfo] = {}
        self._lock = threading.RLock()
        # (first_year, last_year, origin ordinal, flags, cumulative)
        self._index: tuple[int, int, int, bytes, array] | None = None

    # ------------------------------------------------------------------ construction
    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        """The administrator overrides in effect, sorted by day."""
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def with_overrides(self, overrides: Iterable[CalendarOverride]) -> WorkingCalendar:
        """Return a new calendar with ``overrides`` added on top of the current ones."""
        return WorkingCalendar([*self._overrides.values(), *overrides], self._announcements)

    @property
    def announcements(self) -> CalendarAnnouncements | None:
        """Which package days are officially announced (``None``: all taken as confirmed)."""
        return self._announcements

    def _year(self, year: int) -> _YearInfo:
        info = self._years.get(year)
        if info is None:
            with self._lock:
                info = self._years.get(year)
                if info is None:
                    info = self._build_year(year)
                    self._years[year] = info
        return info

    def _build_year(self, year: int) -> _YearInfo:
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            raise ValueError(f"year {year} is outside the supported range")
        span = [y for y in (year - 1, year, year + 1) if _MIN_YEAR <= y <= _MAX_YEAR]
        package = holidays.country_holidays("VN", years=span, language="vi", observed=True)
        days_off = {d: str(n) for d, n in package.items() if d.year == year}
        makeup: dict[date, str] = {}
        for d in package.weekend_workdays:
            if d.year == year:
                makeup[d] = _makeup_name(d, package)
        unconfirmed: dict[date, str] = {}
        ann = self._announcements
        if ann is not None:
            for d, n in days_off.items():
                if not ann.confirmed(d, n):
                    unconfirmed[d] = n
            for d, n in makeup.items():
                if not ann.confirmed(d, n, makeup=True):
                    unconfirmed[d] = n
        for d, override in self._overrides.items():
            if d.year != year:
                continue
            unconfirmed.pop(d, None)
            if not override.confirmed:
                unconfirmed[d] = override.name or (
                    _DEFAULT_OFF_NAME if override.kind == "off" else _DEFAULT_WORK_NAME
                )
            if override.kind == "off":
                days_off[d] = override.name or _DEFAULT_OFF_NAME
                makeup.pop(d, None)
            else:
                days_off.pop(d, None)
                if d.weekday() in _WEEKEND:
                    makeup[d] = override.name or _DEFAULT_WORK_NAME
        first = date(year, 1, 1)
        n_days = (date(year, 12, 31) - first).days + 1
        flags = bytearray(n_days)
        for i in range(n_days):
            d = first + timedelta(days=i)
            if d in days_off:
                continue
            if d.weekday() not in _WEEKEND or d in makeup:
                flags[i] = 1
        return _YearInfo(
            dict(sorted(days_off.items())),
            dict(sorted(makeup.items())),
            bytes(flags),
            dict(sorted(unconfirmed.items())),
        )

    def _ensure(self, first_year: int, last_year: int) -> tuple[int, int, int, bytes, array]:
        """Return an index covering at least ``first_year..last_year``."""
        idx = self._index
        if idx is not None and idx[0] <= first_year and last_year <= idx[1]:
            return idx
        with self._lock:
            idx = self._index
            if idx is not None:
                if idx[0] <= first_year and last_year <= idx[1]:
                    return idx
                first_year, last_year = min(first_year, idx[0]), max(last_year, idx[1])
            first_year = max(_MIN_YEAR, first_year)
            last_year = min(_MAX_YEAR, last_year)
            flags = b"".join(self._year(y).flags for y in range(first_year, last_year + 1))
            cumulative = array("l", [0]) * (len(flags) + 1)
            running = 0
            for i, flag in enumerate(flags):
                running += flag
                cumulative[i + 1] = running
            idx = (first_year, last_year, date(first_year, 1, 1).toordinal(), flags, cumulative)
            self._index = idx
            return idx

    def preload(self, first_year: int, last_year: int) -> None:
        """Build the index for ``first_year..last_year`` ahead of bulk work."""
        self._ensure(first_year, last_year)

    def working_day_index(self, first_year: int, last_year: int) -> WorkingDayIndex:
        """Return a read-only :class:`WorkingDayIndex` covering exactly the given years."""
        _, _, origin, flags, cumulative = self._ensure(first_year, last_year)
        start = date(first_year, 1, 1).toordinal() - origin
        stop = date(last_year, 12, 31).toordinal() - origin + 1
        base = cumulative[start]
        cum = array("l", (c - base for c in cumulative[start : stop + 1]))
        return WorkingDayIndex(date(first_year, 1, 1), flags[start:stop], cum)

    # ------------------------------------------------------------------ single days
    def _pos(self, d: date) -> tuple[int, bytes, array]:
        idx = self._index
        if idx is None or not idx[0] <= d.year <= idx[1]:
            idx = self._ensure(d.year - 1, d.year + 1)
        return d.toordinal() - idx[2], idx[3], idx[4]

    def is_working_day(self, d: date) -> bool:
        """True if state bodies work on ``d`` (weekday that is no holiday, or make-up day)."""
        i, flags, _ = self._pos(d)
        return bool(flags[i])

    def is_holiday(self, d: date) -> bool:
        """True if ``d`` is a named day off: public holiday, substitute day or extra day off."""
        return d in self._year(d.year).days_off

    def name_of(self, d: date) -> str | None:
        """Vietnamese name of the holiday or make-up working day on ``d``, else ``None``."""
        info = self._year(d.year)
        return info.days_off.get(d) or info.makeup.get(d)

    def day_off_reason(self, d: date) -> str | None:
        """Why ``d`` is not a working day (holiday name, "Thứ Bảy", "Chủ nhật"), or ``None``."""
        if self.is_working_day(d):
            return None
        name = self._year(d.year).days_off.get(d)
        if name:
            return name
        if d.weekday() in _WEEKEND:
            return _WEEKDAY_NAMES_VI[d.weekday()]
        return _DEFAULT_OFF_NAME

    def non_working_weekdays(self, year: int) -> list[tuple[date, str]]:
        """Days off that fall Monday–Friday in ``year``, with their names, in date order."""
        info = self._year(year)
        return [(d, n) for d, n in info.days_off.items() if d.weekday() not in _WEEKEND]

    def holidays_in(self, year: int) -> list[tuple[date, str]]:
        """All named days off of ``year`` (including those on weekends), in date order."""
        return list(self._year(year).days_off.items())

    def makeup_working_days(self, year: int) -> list[tuple[date, str]]:
        """Saturdays/Sundays of ``year`` that are working days (làm bù), in date order."""
        return list(self._year(year).makeup.items())

    def is_confirmed(self, d: date) -> bool:
        """False when ``d``'s status (day off or make-up day) is not officially announced."""
        return d not in self._year(d.year).unconfirmed

    def unconfirmed_in(self, year: int) -> list[tuple[date, str]]:
        """Days of ``year`` whose status is an estimate or not yet announced, in order."""
        return list(self._year(year).unconfirmed.items())

    def unconfirmed_between(self, a: date, b: date) -> list[tuple[date, str]]:
        """Unconfirmed days in ``[a, b]`` with their names (empty when ``b < a``)."""
        out: list[tuple[date, str]] = []
        for year in range(a.year, b.year + 1):
            out.extend((d, n) for d, n in self._year(year).unconfirmed.items() if a <= d <= b)
        return out

    # ------------------------------------------------------------------ counting
    def add_working_days(self, d: date, n: int) -> date:
        """Return the ``n``-th working day after ``d`` (counting starts the day after ``d``).

        ``n < 0`` counts backwards: the ``|n|``-th working day before ``d``.  ``n == 0``
        returns ``d`` unchanged.
        """
        if n == 0:
            return d
        span = abs(n) * 7 // 5 + 40
        if n > 0:
            last = d + timedelta(days=min(span, (date.max - d).days))
            idx = self._ensure(d.year - 1, last.year)
        else:
            first = d - timedelta(days=min(span, (d - date.min).days))
            idx = self._ensure(first.year, d.year + 1)
        while True:
            _, y1, origin, _, cum = idx
            i = d.toordinal() - origin
            target = cum[i + 1] + n if n > 0 else cum[i] + n + 1
            if 1 <= target <= cum[-1]:
                return date.fromordinal(origin + bisect_left(cum, target) - 1)
            if target < 1:
                if idx[0] <= _MIN_YEAR:
                    raise OverflowError("date before the supported range")
                idx = self._ensure(idx[0] - 10, y1)
            else:
                if y1 >= _MAX_YEAR:
                    raise OverflowError("date after the supported range")
                idx = self._ensure(idx[0], y1 + 10)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        return self.add_working_days(d, -1)

    def roll_forward(self, d: date) -> date:
        """``d`` if it is a working day, else the next working day (BLDS Điều 148 k5)."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def roll_backward(self, d: date) -> date:
        """``d`` if it is a working day, else the previous working day."""
        return d if self.is_working_day(d) else self.add_working_days(d, -1)

    def working_days_between(self, a: date, b: date) -> int:
        """Number of working days in ``(a, b]``; negative (``-count of (b, a]``) if ``b < a``."""
        lo, hi = (a, b) if a <= b else (b, a)
        idx = self._index
        if idx is None or not (idx[0] <= lo.year and hi.year <= idx[1]):
            idx = self._ensure(lo.year - 1, hi.year + 1)
        origin, cum = idx[2], idx[4]
        return cum[b.toordinal() - origin + 1] - cum[a.toordinal() - origin + 1]

    def days_off_between(self, a: date, b: date) -> list[tuple[date, str]]:
        """Named weekday days off in ``(a, b]`` (holidays that interrupted a working count)."""
        out: list[tuple[date, str]] = []
        for year in range(a.year, b.year + 1):
            out.extend((d, n) for d, n in self.non_working_weekdays(year) if a < d <= b)
        return out


def _makeup_name(d: date, package: holidays.HolidayBase) -> str:
    """Name a make-up Saturday after the day off it pays for, when the package says so."""
    marker = d.strftime("%d/%m/%Y")
    for day_off, name in sorted(package.items()):
        if marker in str(name):
            return f"{_DEFAULT_WORK_NAME} cho ngày nghỉ {format_vn_date(day_off)}"
    return _DEFAULT_WORK_NAME
