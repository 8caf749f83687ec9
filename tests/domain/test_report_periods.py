"""TT 01/2024 report windows: 15th of the month before → 14th, Quý I from 15/12."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tcd_desktop.domain.report_periods import (
    CutoffRule,
    PeriodError,
    PeriodKind,
    current_period,
    custom_period,
    parse_period,
    statutory_period,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026-Q1", D(2025, 12, 15), D(2026, 3, 14), "Quý I năm 2026"),
        ("2026-Q2", D(2026, 3, 15), D(2026, 6, 14), "Quý II năm 2026"),
        ("2026-q3", D(2026, 6, 15), D(2026, 9, 14), "Quý III năm 2026"),
        ("2026-Q4", D(2026, 9, 15), D(2026, 12, 14), "Quý IV năm 2026"),
        ("2026-H1", D(2025, 12, 15), D(2026, 6, 14), "6 tháng năm 2026"),
        ("2026-9M", D(2025, 12, 15), D(2026, 9, 14), "9 tháng năm 2026"),
        (" 2026 ", D(2025, 12, 15), D(2026, 12, 14), "Năm 2026"),
    ],
)
def test_statutory_windows(text: str, start: dt.date, end: dt.date, label: str) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert parse_period(period.code) == period


def test_cutoff_day_is_data() -> None:
    rule = CutoffRule(20)
    q1 = statutory_period(PeriodKind.Q1, 2026, rule)
    assert (q1.start, q1.end) == (D(2025, 12, 21), D(2026, 3, 20))
    with pytest.raises(PeriodError, match="từ 1 đến 28"):
        CutoffRule(31)


@pytest.mark.parametrize("bad", ["2026-Q5", "26-Q1", "2026-H2", "năm nay", ""])
def test_bad_period_text_is_refused_in_vietnamese(bad: str) -> None:
    with pytest.raises(PeriodError, match="Kỳ báo cáo không hợp lệ"):
        parse_period(bad)


def test_quarters_tile_the_year_and_the_current_one_is_found() -> None:
    quarters = [
        statutory_period(k, 2026)
        for k in (PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4)
    ]
    for a, b in itertools.pairwise(quarters):
        assert b.start == a.end + dt.timedelta(days=1)
    assert current_period(D(2026, 12, 5)).code == "2026-Q4"
    assert current_period(D(2026, 12, 14)).code == "2026-Q4"
    assert current_period(D(2026, 12, 15)).code == "2027-Q1"
    assert current_period(D(2026, 3, 15)).code == "2026-Q2"
    assert PeriodKind.Q1.carries_narrative and not PeriodKind.Q3.carries_narrative


def test_custom_and_ad_hoc_ranges() -> None:
    adhoc = custom_period(D(2026, 5, 1), D(2026, 5, 31), PeriodKind.AD_HOC)
    assert adhoc.label == "Đột xuất từ 01/05/2026 đến 31/05/2026"
    assert adhoc.code == "2026-05-01..2026-05-31"
    with pytest.raises(PeriodError, match="trước ngày bắt đầu"):
        custom_period(D(2026, 5, 2), D(2026, 5, 1))
    with pytest.raises(PeriodError, match="ngày chốt theo quy định"):
        custom_period(D(2026, 5, 1), D(2026, 5, 2), PeriodKind.Q2)
