"""The supervisor's dashboard: every number equals a count made from the records, parents
sum their children, each drill-down list is as long as its number, roles are checked."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tcd_desktop.domain.dashboard_period import parse_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, dashboard
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.rulebook import load_rulebook
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Unit

TODAY = dt.date(2026, 9, 10)
PERIOD = parse_period("2026-Q3")  # 15/6/2026 → 14/9/2026
SUPERVISOR = Actor(uuid.uuid4(), "gs", "Giám sát", frozenset({Role.SUPERVISOR.value}))
RECEPTION = Actor(uuid.uuid4(), "tn", "Tiếp nhận", frozenset({Role.RECEPTION_OFFICER.value}))


def expected_counts(db: Database) -> dict[uuid.UUID, dict[str, int]]:
    """Each unit's own figures, computed in Python from the case rows and the calendar."""
    with db.session() as s:
        cal = load_rulebook(s, SYSTEM).calendar
        window = board._board_window(s, TODAY)
        rows = s.execute(
            select(
                Case.unit_id,
                Case.due_on,
                Case.closed_on,
                Case.is_paused,
                Case.received_on,
                Case.is_mass,
                Case.is_repeat,
            ).where(Case.deleted_at.is_(None))
        ).all()
    out: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: dict.fromkeys(dashboard.METRICS, 0))
    for unit, due, closed, paused, received, mass, repeat in rows:
        row = out[unit]
        if PERIOD.start <= received <= PERIOD.end:
            row["received"] += 1
            row["mass"] += bool(mass)
            row["repeat"] += bool(repeat)
        if closed is not None:
            if PERIOD.start <= closed <= PERIOD.end:
                row["closed_late" if due and closed > due else "closed_on_time"] += 1
        elif paused:
            row["paused"] += 1
        elif due is None:
            row["not_started"] += 1
        elif due > window.due_soon_until:
            row["on_track"] += 1
        elif due >= TODAY:
            row["due_soon"] += 1
        else:
            row["overdue"] += 1
            age = cal.working_days_between(due, TODAY)
            bucket = (
                "radar_1_5"
                if age <= 5
                else "radar_6_10"
                if age <= 10
                else "radar_11_30"
                if age <= 30
                else "radar_over_30"
            )
            row[bucket] += 1
            row["backlog_30"] += age > 30
    return out


def test_periods_follow_the_cut_off_days() -> None:
    assert (PERIOD.start, PERIOD.end) == (dt.date(2026, 6, 15), dt.date(2026, 9, 14))
    q1 = parse_period("2026-Q1")
    assert (q1.start, q1.end) == (dt.date(2025, 12, 15), dt.date(2026, 3, 14))
    year = parse_period("2026")
    assert (year.start, year.end) == (dt.date(2025, 12, 15), dt.date(2026, 12, 14))
    for bad in ("2026-Q5", "26-Q1", "2026-13", "quý 3"):
        with pytest.raises(ValueError):
            parse_period(bad)


def test_table_equals_the_records_and_rolls_up(db: Database, tmp_path: Path) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(db, SYSTEM, cases=400, seed=5, today=TODAY)
    table = dashboard.load_table(db, SUPERVISOR, PERIOD, today=TODAY)
    own = expected_counts(db)
    zero = dict.fromkeys(dashboard.METRICS, 0)
    by_id = {r.unit_id: r for r in table.rows}
    with db.session() as s:
        assert len(by_id) == s.query(Unit).count()
    for row in table.rows:
        assert row.own == own.get(row.unit_id, zero), row.code
        children = [r for r in table.rows if r.parent_id == row.unit_id]
        for k in dashboard.METRICS:
            assert row.total[k] == row.own[k] + sum(c.total[k] for c in children), (row.code, k)
        assert row.reception.held >= sum(c.reception.held for c in children)
        assert row.reception.required >= sum(c.reception.required for c in children)
    assert sum(table.totals.values()) > 0
    assert table.totals["closed_on_time"] + table.totals["closed_late"] > 0
    assert table.totals["overdue"] == sum(
        table.totals[k] for k in dashboard.METRICS if k.startswith("radar_")
    )
    # every number of the first province's row: the drill-down list has exactly that length
    top = next(r for r in table.rows if r.depth == 0)
    for metric in dashboard.METRICS:
        spec = dashboard.DrillSpec(metric, PERIOD, top.unit_id, today=TODAY)
        assert dashboard.drill_count(db, SUPERVISOR, spec) == top.total[metric], metric
    spec = dashboard.DrillSpec("overdue", PERIOD, top.unit_id, today=TODAY)
    seen: list[uuid.UUID] = []
    after = None
    while True:
        _w, page, total = dashboard.drill_page(db, SUPERVISOR, spec, after=after, limit=7)
        if after is None:
            assert total == top.total["overdue"]
        seen += [c.id for c in page.cards]
        after = page.next_cursor
        if after is None:
            break
    assert len(seen) == len(set(seen)) == top.total["overdue"]
    out = tmp_path / "quahan.xlsx"
    assert dashboard.export_drill_xlsx(db, SUPERVISOR, spec, out) == top.total["overdue"]
    assert load_workbook(out).active.max_row >= top.total["overdue"]
    # the rating: every rated unit has a grade and the reason names the criteria
    rated = [g for g in table.grades if g.score is not None]
    assert rated and all(
        g.grade in "ABCD" and "Tỷ lệ giải quyết đúng hạn" in g.reason for g in rated
    )
    assert [g.rank for g in rated] == list(range(1, len(rated) + 1))


def test_narrowed_table_and_roles(db: Database) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(db, SYSTEM, cases=150, seed=8, today=TODAY)
    full = dashboard.load_table(db, SUPERVISOR, PERIOD, today=TODAY)
    top = next(r for r in full.rows if r.depth == 0)
    narrow = dashboard.load_table(db, SUPERVISOR, PERIOD, unit_id=top.unit_id, today=TODAY)
    assert narrow.rows[0].unit_id == top.unit_id and narrow.totals == top.total
    with pytest.raises(PermissionDenied):
        dashboard.load_table(db, RECEPTION, PERIOD, today=TODAY)
    with pytest.raises(PermissionDenied):
        dashboard.drill_page(db, RECEPTION, dashboard.DrillSpec("overdue", PERIOD))
    details = dashboard.load_details(db, SUPERVISOR, PERIOD, today=TODAY)
    assert len(details.months) == 12
    assert (details.months[-1].year, details.months[-1].month) == (2026, 9)
    import statistics

    with db.session() as s:
        cal = load_rulebook(s, SYSTEM).calendar
        rows = s.execute(
            select(Case.kind, Case.accepted_on, Case.received_on, Case.closed_on).where(
                Case.closed_on.between(PERIOD.start, PERIOD.end), Case.deleted_at.is_(None)
            )
        ).all()
    complaints = [
        max(0, cal.working_days_between(acc or rec, closed))
        for kind, acc, rec, closed in rows
        if kind == "khieu_nai"
    ]
    got = next(m for m in details.medians_by_kind if m.group == "khieu_nai")
    assert got.cases == len(complaints) > 0
    assert got.median_days == statistics.median(complaints)
    closed = sum(m.cases for m in details.medians_by_kind)
    assert closed == full.totals["closed_on_time"] + full.totals["closed_late"]
    assert sum(o.open for o in details.officers) <= sum(
        full.totals[k] for k in ("overdue", "due_soon", "on_track", "paused", "not_started")
    )


def test_reception_days_equal_the_records(db: Database) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data
    from tcd_desktop.store.models import Reception, ReceptionScheduleDay, UserRole

    generate_demo_data(db, SYSTEM, cases=300, seed=6, today=TODAY)
    table = dashboard.load_table(db, SUPERVISOR, PERIOD, today=TODAY)
    with db.session() as s:
        leaders = set(s.scalars(select(UserRole.user_id).where(UserRole.role == "leader")))
        visits = {
            (leader, day)
            for leader, day, kind in s.execute(
                select(Reception.leader_id, Reception.received_on, Reception.kind)
            )
            if leader in leaders and kind == "periodic" and PERIOD.contains(day)
        }
        held = {
            (r.leader_id, r.day)
            for r in s.scalars(select(ReceptionScheduleDay))
            if r.held and r.leader_id in leaders and PERIOD.contains(r.day)
        }
    assert table.reception.held == len(visits | held)
    assert table.reception.leaders == len(leaders)
