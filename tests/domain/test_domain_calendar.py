"""Working calendar: 2026 facts from LAW.md §3, administrator overrides, and properties."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tcd_desktop.domain.calendar import CalendarOverride, WorkingCalendar, format_vn_date

D = date
# One calendar for the property tests (hypothesis dislikes function-scoped fixtures).
CAL = WorkingCalendar()
CAL.preload(1999, 2062)
DATES = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))


# ---------------------------------------------------------------------- 2026 facts


@pytest.mark.parametrize("day", [D(2026, 2, d) for d in range(14, 23)])
def test_tet_2026_nine_days_off(cal: WorkingCalendar, day: date) -> None:
    """LAW.md §3: officials are off Sat 14/2 to Sun 22/2/2026, nine continuous days."""
    assert not cal.is_working_day(day)


def test_tet_2026_named_weekdays(cal: WorkingCalendar) -> None:
    """The five weekdays of Tết 2026 are named holidays (Vietnamese names)."""
    tet = [(d, n) for d, n in cal.non_working_weekdays(2026) if d.month == 2]
    assert [d.day for d, _ in tet] == [16, 17, 18, 19, 20]
    assert all("Tết" in n for _, n in tet)
    assert cal.is_working_day(D(2026, 2, 13)) and cal.is_working_day(D(2026, 2, 23))


def test_gio_to_2026_observed_monday(cal: WorkingCalendar) -> None:
    """Giỗ Tổ 26/4/2026 is a Sunday, so Monday 27/4 is the substitute day off."""
    assert cal.is_holiday(D(2026, 4, 26))
    assert not cal.is_working_day(D(2026, 4, 27))
    assert "Giỗ Tổ" in (cal.name_of(D(2026, 4, 27)) or "")
    assert cal.is_working_day(D(2026, 4, 28))


def test_30_4_and_1_5_2026(cal: WorkingCalendar) -> None:
    """30/4 (Thu) and 1/5 (Fri) 2026 are days off with their Vietnamese names."""
    assert cal.name_of(D(2026, 4, 30)) == "Ngày Chiến thắng"
    assert cal.name_of(D(2026, 5, 1)) == "Ngày Quốc tế Lao động"
    assert not cal.is_working_day(D(2026, 4, 30))
    assert not cal.is_working_day(D(2026, 5, 1))


def test_national_day_2026_swap(cal: WorkingCalendar) -> None:
    """Sat 22/8/2026 is a make-up working day for Mon 31/8; 1–2/9 are Quốc khánh."""
    assert cal.is_working_day(D(2026, 8, 22))
    assert not cal.is_working_day(D(2026, 8, 31))
    assert not cal.is_working_day(D(2026, 9, 1))
    assert not cal.is_working_day(D(2026, 9, 2))
    assert cal.is_working_day(D(2026, 9, 3))
    makeup = cal.makeup_working_days(2026)
    assert [d for d, _ in makeup] == [D(2026, 8, 22)]
    assert "31/08/2026" in makeup[0][1]
    assert cal.name_of(D(2026, 9, 2)) == "Quốc khánh"


def test_weekends_and_reasons(cal: WorkingCalendar) -> None:
    """Ordinary weekends are not holidays but are not working days either."""
    sat, sun = D(2026, 10, 10), D(2026, 10, 11)
    assert not cal.is_working_day(sat) and not cal.is_holiday(sat)
    assert cal.day_off_reason(sat) == "Thứ Bảy"
    assert cal.day_off_reason(sun) == "Chủ nhật"
    assert cal.day_off_reason(D(2026, 10, 12)) is None
    assert cal.name_of(sat) is None


def test_counting_helpers(cal: WorkingCalendar) -> None:
    """Hand-checked counts around Tết and 2/9/2026."""
    assert cal.next_working_day(D(2026, 2, 13)) == D(2026, 2, 23)
    assert cal.previous_working_day(D(2026, 2, 23)) == D(2026, 2, 13)
    assert cal.working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 1
    assert cal.working_days_between(D(2026, 2, 23), D(2026, 2, 13)) == -1
    assert cal.working_days_between(D(2026, 8, 28), D(2026, 9, 3)) == 1
    assert cal.add_working_days(D(2026, 9, 3), -1) == D(2026, 8, 28)
    assert cal.add_working_days(D(2026, 9, 3), 0) == D(2026, 9, 3)
    assert cal.roll_forward(D(2026, 8, 29)) == D(2026, 9, 3)
    assert cal.roll_backward(D(2026, 9, 2)) == D(2026, 8, 28)
    assert format_vn_date(D(2026, 3, 5)) == "05/03/2026"


# ---------------------------------------------------------------------- overrides


def test_override_extra_day_off_wins() -> None:
    """An administrator's extra day off turns a working day into a named holiday."""
    cal = WorkingCalendar([CalendarOverride(D(2026, 9, 3), "off", "Nghỉ bù theo thông báo")])
    assert not cal.is_working_day(D(2026, 9, 3))
    assert cal.name_of(D(2026, 9, 3)) == "Nghỉ bù theo thông báo"
    assert (D(2026, 9, 3), "Nghỉ bù theo thông báo") in cal.non_working_weekdays(2026)
    assert cal.roll_forward(D(2026, 9, 2)) == D(2026, 9, 4)


def test_override_makeup_saturday_and_cancelled_holiday() -> None:
    """A make-up Saturday becomes a working day; a package holiday can be cancelled."""
    cal = WorkingCalendar(
        [
            CalendarOverride(D(2026, 10, 10), "work", "Làm bù"),
            CalendarOverride(D(2026, 11, 24), "work", ""),
            CalendarOverride(D(2026, 8, 22), "off", "Không làm bù"),
        ]
    )
    assert cal.is_working_day(D(2026, 10, 10))
    assert (D(2026, 10, 10), "Làm bù") in cal.makeup_working_days(2026)
    assert cal.is_working_day(D(2026, 11, 24)) and not cal.is_holiday(D(2026, 11, 24))
    assert not cal.is_working_day(D(2026, 8, 22))
    assert D(2026, 8, 22) not in dict(cal.makeup_working_days(2026))
    # The default calendar is unaffected.
    assert not WorkingCalendar().is_working_day(D(2026, 10, 10))


def test_with_overrides_returns_new_calendar(cal: WorkingCalendar) -> None:
    """with_overrides layers on top and leaves the original untouched."""
    other = cal.with_overrides([CalendarOverride(D(2026, 7, 1), "off", "Sự kiện")])
    assert not other.is_working_day(D(2026, 7, 1))
    assert cal.is_working_day(D(2026, 7, 1))
    assert other.overrides[0].day == D(2026, 7, 1)


def test_override_kind_is_checked() -> None:
    """Only 'off' and 'work' are accepted."""
    with pytest.raises(ValueError, match="off"):
        CalendarOverride(D(2026, 1, 1), "holiday", "x")  # type: ignore[arg-type]


def test_working_day_index(cal: WorkingCalendar) -> None:
    """The exported index agrees with the single-day queries."""
    idx = cal.working_day_index(2026, 2026)
    assert len(idx.flags) == 365 and len(idx.cumulative) == 366
    assert idx.flags[idx.position(D(2026, 8, 22))] == 1
    assert idx.flags[idx.position(D(2026, 8, 31))] == 0
    assert idx.cumulative[-1] == sum(idx.flags)
    with pytest.raises(IndexError):
        idx.position(D(2027, 1, 1))


def test_bulk_speed(cal: WorkingCalendar) -> None:
    """Bulk recomputation must be cheap: 50 000 working-day additions in well under 5 s."""
    cal.preload(2024, 2030)
    base = D(2024, 1, 1)
    t0 = time.perf_counter()
    for i in range(50_000):
        cal.add_working_days(base + timedelta(days=i % 2000), 10 + i % 20)
    assert time.perf_counter() - t0 < 5.0


# ---------------------------------------------------------------------- properties


def _naive_between(a: date, b: date) -> int:
    lo, hi = min(a, b), max(a, b)
    count = sum(
        1 for i in range(1, (hi - lo).days + 1) if CAL.is_working_day(lo + timedelta(days=i))
    )
    return count if b >= a else -count


@given(DATES, st.integers(min_value=1, max_value=400))
def test_add_working_days_lands_on_working_day_after_start(d: date, n: int) -> None:
    """The result is a working day strictly after the start, exactly n working days later."""
    result = CAL.add_working_days(d, n)
    assert result > d
    assert CAL.is_working_day(result)
    assert CAL.working_days_between(d, result) == n


@given(DATES, st.integers(min_value=1, max_value=400))
def test_add_then_subtract(d: date, n: int) -> None:
    """Going n working days forward then back lands on the last working day ≤ d."""
    assert CAL.add_working_days(CAL.add_working_days(d, n), -n) == CAL.roll_backward(d)


@given(DATES)
def test_roll_forward_idempotent(d: date) -> None:
    """roll_forward is idempotent, never earlier, and returns d exactly on working days."""
    rolled = CAL.roll_forward(d)
    assert rolled >= d
    assert CAL.roll_forward(rolled) == rolled
    assert CAL.is_working_day(rolled)
    assert (rolled == d) == CAL.is_working_day(d)
    assert (rolled - d).days <= 12  # longest run of days off is Tết


@settings(max_examples=60)
@given(DATES, st.integers(min_value=-90, max_value=90))
def test_between_matches_naive_count(a: date, offset: int) -> None:
    """The prefix-sum index agrees with counting day by day."""
    b = a + timedelta(days=offset)
    assert CAL.working_days_between(a, b) == _naive_between(a, b)


@given(DATES, DATES, DATES)
def test_between_additive_and_antisymmetric(a: date, b: date, c: date) -> None:
    """(a, b] + (b, c] = (a, c] and swapping the ends flips the sign."""
    assert CAL.working_days_between(a, b) + CAL.working_days_between(b, c) == (
        CAL.working_days_between(a, c)
    )
    assert CAL.working_days_between(a, b) == -CAL.working_days_between(b, a)
