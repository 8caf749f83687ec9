"""Dates and times written the way Nghị định 30/2020 wants them on administrative documents.

Day numbers below 10 and the months 1 and 2 get a leading zero ("ngày 05 tháng 01 năm 2020",
"ngày 14 tháng 02 năm 2026"); other months do not ("ngày 29 tháng 6 năm 2019").
Timestamps are shown in Vietnam time (UTC+7, no daylight saving).
"""

from __future__ import annotations

import datetime as dt

#: Vietnam's civil time: a fixed UTC+7 offset (no zoneinfo/tzdata needed on Windows).
VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")


def _day(d: dt.date) -> str:
    return f"{d.day:02d}"


def _month(d: dt.date) -> str:
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def vn_long_date(d: dt.date, place: str | None = None) -> str:
    """``ngày 05 tháng 3 năm 2026``; with ``place``: ``Lạng Sơn, ngày 05 tháng 3 năm 2026``."""
    text = f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"
    return f"{place}, {text}" if place else text


def vn_short_date(d: dt.date) -> str:
    """``05/3/2026`` — the compact form used inside sentences (same zero rule)."""
    return f"{_day(d)}/{_month(d)}/{d.year}"


def to_local(moment: dt.datetime) -> dt.datetime:
    """A timezone-aware timestamp in Vietnam time; a naive one is taken as already local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(VN_TZ)


def vn_time(moment: dt.time | dt.datetime) -> str:
    """``09 giờ 30 phút`` (aware datetimes are converted to Vietnam time first)."""
    if isinstance(moment, dt.datetime):
        moment = to_local(moment).time()
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def vn_date_time(moment: dt.datetime) -> str:
    """``09 giờ 30 phút, ngày 05 tháng 3 năm 2026`` in Vietnam time."""
    local = to_local(moment)
    return f"{vn_time(local)}, {vn_long_date(local.date())}"


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar date of ``moment`` in Vietnam time."""
    return to_local(moment).date()


def doc_number(sequence: int, doc_type: str, body_abbreviation: str) -> str:
    """``5, "TB", "BTCD"`` → ``05/TB-BTCD`` (numbers below 10 get a leading zero).

    Without a body abbreviation the symbol is the type alone (``05/TB``); without a type
    (công văn) it is the body alone (``05/UBND-TCD``).
    """
    if sequence < 1:
        raise ValueError("số văn bản phải là số nguyên dương")
    symbol = "-".join(part for part in (doc_type, body_abbreviation) if part)
    number = f"{sequence:02d}"
    return f"{number}/{symbol}" if symbol else number
