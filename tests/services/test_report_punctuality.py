"""The rating's report punctuality comes from the locks: sent (locked) vs due, per unit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.domain.dashboard_period import parse_period as dash_period
from tcd_desktop.domain.report_periods import custom_period, parse_period
from tcd_desktop.services import dashboard
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dashboard.rating import load_pack, rate_units
from tcd_desktop.services.reports import lock_report, unlock_report
from tcd_desktop.store.database import Database
from tcd_desktop.store.models.reports import ReportLock
from tests.services.report_fixtures import Sample, make_sample

Q3 = parse_period("2026-Q3")  # 15/6 → 14/9/2026, due 19/9/2026 (five days)
TODAY = dt.date(2026, 12, 1)

READER = Actor(None, "gs", "Giám sát", frozenset({"supervisor"}))


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db, n=60)


def _lock(db: Database, actor: Actor, form: str, scope: str | None, day: dt.date) -> None:
    """Lock ``form`` for Q3 and pretend it happened at 09:00 on ``day`` (Việt Nam)."""
    lock_report(db, actor, form, Q3, scope)
    with db.session() as s:
        lock = s.scalars(
            select(ReportLock).where(
                ReportLock.form_code == form, ReportLock.scope == (scope or "")
            )
        ).one()
        lock.locked_at = dt.datetime(day.year, day.month, day.day, 2, tzinfo=dt.UTC)


def test_punctuality_counts_locks_against_the_due_day(db: Database, sample: Sample):
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    assert load_pack().due_days == 5 and len(load_pack().report_forms) == 10
    _lock(db, actor, "01/TCD", sample.province, dt.date(2026, 9, 19))  # on the due day
    _lock(db, actor, "01/XLD", sample.department, dt.date(2026, 9, 16))
    _lock(db, actor, "02/XLD", sample.department, dt.date(2026, 9, 18))
    _lock(db, actor, "03/XLD", sample.department, dt.date(2026, 9, 20))  # a day late
    unlock_report(db, actor, "02/XLD", Q3, "sửa số liệu", sample.department)  # still was sent
    with db.session() as s:
        dues = set(s.scalars(select(ReportLock.due_on)))
    assert dues == {dt.date(2026, 9, 19)}

    table = dashboard.load_table(db, actor, dash_period("2026-Q4"), today=TODAY)
    rows = {r.code: r for r in table.rows}
    prov, dept, com = rows[sample.province], rows[sample.department], rows[sample.commune]
    assert (prov.reports.due, prov.reports.on_time, prov.reports.late) == (10, 1, 0)
    assert (dept.reports.due, dept.reports.on_time, dept.reports.late) == (10, 3, 1)
    assert (com.reports.due, com.reports.on_time, com.reports.late) == (10, 1, 0)
    grades = {g.code: g for g in rate_units(table.rows)}
    assert grades[sample.department].components["report_punctuality"] == pytest.approx(30.0)
    if grades[sample.department].score is not None:
        assert "3/10 báo cáo đúng hạn, 1 muộn" in grades[sample.department].reason

    # the quarter before judges Q2's reports (due 19/6/2026): none was locked → 0 of 10
    before = dashboard.load_table(db, actor, dash_period("2026-Q3"), today=TODAY)
    assert {(r.reports.due, r.reports.on_time) for r in before.rows} == {(10, 0)}
    # nothing due yet when "today" is before the due day
    early = dashboard.load_table(db, actor, dash_period("2026-Q4"), today=dt.date(2026, 9, 19))
    assert all(r.reports is None for r in early.rows)


def test_a_custom_range_has_no_due_day(db: Database, sample: Sample):
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    custom = custom_period(dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    report = lock_report(db, actor, "01/TCD", custom).value
    assert report.locked is not None and report.locked["due"] is None
    report = lock_report(db, actor, "01/TCD", Q3).value
    assert report.locked is not None and report.locked["due"] == "2026-09-19"
