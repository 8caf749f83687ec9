"""Dates, times and numbers written the Nghị định 30/2020 way."""

from __future__ import annotations

import datetime as dt

import pytest

from tcd_desktop.documents.dates import (
    doc_number,
    local_date,
    vn_date_time,
    vn_long_date,
    vn_short_date,
    vn_time,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 3, 5), "ngày 05 tháng 3 năm 2026"),
        (dt.date(2026, 2, 14), "ngày 14 tháng 02 năm 2026"),
        (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (dt.date(2025, 12, 25), "ngày 25 tháng 12 năm 2025"),
        (dt.date(2026, 10, 1), "ngày 01 tháng 10 năm 2026"),
        (dt.date(2026, 11, 9), "ngày 09 tháng 11 năm 2026"),
    ],
)
def test_long_date_leading_zeros(day: dt.date, expected: str) -> None:
    assert vn_long_date(day) == expected


def test_long_date_with_place() -> None:
    assert vn_long_date(dt.date(2026, 3, 5), "Lạng Sơn") == "Lạng Sơn, ngày 05 tháng 3 năm 2026"


def test_every_month_follows_the_zero_rule() -> None:
    for month in range(1, 13):
        text = vn_long_date(dt.date(2026, month, 10))
        assert f"tháng {month:02d} " in text if month <= 2 else f"tháng {month} " in text


def test_short_date() -> None:
    assert vn_short_date(dt.date(2026, 2, 3)) == "03/02/2026"
    assert vn_short_date(dt.date(2026, 7, 15)) == "15/7/2026"


def test_time_in_vietnam_time() -> None:
    assert vn_time(dt.time(9, 5)) == "09 giờ 05 phút"
    utc = dt.datetime(2026, 3, 4, 17, 30, tzinfo=dt.UTC)  # 00:30 on 5 March in Vietnam
    assert vn_time(utc) == "00 giờ 30 phút"
    assert local_date(utc) == dt.date(2026, 3, 5)
    assert vn_date_time(utc) == "00 giờ 30 phút, ngày 05 tháng 3 năm 2026"
    assert vn_time(dt.datetime(2026, 3, 5, 14, 45)) == "14 giờ 45 phút"  # naive = local


def test_document_numbers() -> None:
    assert doc_number(5, "TB", "BTCD") == "05/TB-BTCD"
    assert doc_number(12, "QĐ", "UBND") == "12/QĐ-UBND"
    assert doc_number(3, "", "UBND-TCD") == "03/UBND-TCD"
    with pytest.raises(ValueError):
        doc_number(0, "TB", "BTCD")
