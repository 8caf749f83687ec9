"""Units abolished in 2025 count under their successor: in the reports (for periods after
they were abolished), on the dashboard (as a child of the successor) and in drill-downs."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, update

from tcd_desktop.domain.dashboard_period import parse_period as dash_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.report_periods import parse_period
from tcd_desktop.services import dashboard
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dashboard.successors import list_units, set_successor
from tcd_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tcd_desktop.services.reports import build_report, drill, form_codes, get_form
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Petition, Reception, Unit
from tests.services.report_fixtures import Sample, make_sample

ADMIN = Actor(uuid.uuid4(), "qt", "Quản trị", frozenset({Role.ADMINISTRATOR.value}))
FORMER = "T-LS.H1"

READER = Actor(None, "gs", "Giám sát", frozenset({"supervisor"}))


def _former_unit(db: Database, sample: Sample) -> None:
    """A former district under the province; every third record of the commune moves to it."""
    with db.session() as s:
        prov = s.scalar(select(Unit).where(Unit.code == sample.province))
        com = s.scalar(select(Unit).where(Unit.code == sample.commune))
        old = Unit(
            code=FORMER, name="UBND huyện Hữu Lũng (cũ)", level="district_former", parent_id=prov.id
        )
        s.add(old)
        s.flush()
        for model in (Reception, Petition, Case):
            ids = list(s.scalars(select(model.id).where(model.unit_id == com.id)))[::3]
            s.execute(update(model).where(model.id.in_(ids)).values(unit_id=old.id))


def _row(report, code: str):
    return next((r for r in report.rows if r.unit == code), None)


@pytest.fixture
def sample(db: Database) -> Sample:
    made = make_sample(db)
    _former_unit(db, made)
    return made


def test_reports_roll_an_abolished_unit_into_its_successor(db: Database, sample: Sample):
    after = parse_period("2026-Q3")  # begins 15/6/2026, long after 30/6/2025
    before = {code: build_report(db, READER, code, after) for code in form_codes()}
    result = set_successor(db, ADMIN, FORMER, sample.commune, "Nghị quyết sắp xếp 2025")
    assert result.value.successor_code == sample.commune
    assert result.value.effective_to == dt.date(2025, 6, 30)
    assert result.changes.ids(Entity.UNIT) == {result.value.id}
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    moved_something = False
    for code in form_codes():
        now = build_report(db, READER, code, after)
        old = before[code]
        assert now.total == old.total, code
        assert _row(now, FORMER) is None, code
        was_former, was_commune = _row(old, FORMER), _row(old, sample.commune)
        if was_former is None:
            continue
        expect = [
            None if a is None else a + (b or 0)
            for a, b in zip(was_commune.values, was_former.values, strict=True)
        ]
        assert _row(now, sample.commune).values == expect, code
        moved_something |= any(was_former.values)
        form = get_form(code)
        for col in form.columns:  # the commune's row lists its own and the old unit's records
            if not col.rule.counted or col.rule.aggregate != "n":
                continue
            rows = drill(db, actor, code, col.no, after, row_unit=sample.commune)
            assert len(rows) == _row(now, sample.commune).values[col.no - 1], (code, col.no)
    assert moved_something


def test_a_period_before_the_reorganisation_keeps_the_old_row(db: Database, sample: Sample):
    set_successor(db, ADMIN, FORMER, sample.commune, "sắp xếp", dt.date(2026, 7, 31))
    straddling = parse_period("2026-Q3")  # the unit still worked until 31/7/2026
    report = build_report(db, READER, "01/XLD", straddling)
    assert _row(report, FORMER) is not None


def test_dashboard_shows_the_old_unit_under_its_successor(db: Database, sample: Sample):
    set_successor(db, ADMIN, FORMER, sample.commune, "sắp xếp")
    period = dash_period("2026-Q3")
    supervisor = Actor(sample.supervisor_id, "gs", "Giám sát", frozenset({"supervisor"}))
    table = dashboard.load_table(db, supervisor, period, today=dt.date(2026, 9, 10))
    rows = {r.code: r for r in table.rows}
    old, com = rows[FORMER], rows[sample.commune]
    assert old.parent_id == com.unit_id and old.depth == com.depth + 1
    assert old.former and old.successor == com.name
    for metric in dashboard.METRICS:
        assert com.total[metric] == com.own[metric] + old.total[metric], metric
        spec = dashboard.DrillSpec(metric, period, com.unit_id, today=dt.date(2026, 9, 10))
        assert dashboard.drill_count(db, supervisor, spec) == com.total[metric], metric


def test_successor_checks_and_roles(db: Database, sample: Sample):
    with pytest.raises(PermissionDenied):
        set_successor(
            db, Actor(None, "gs", "GS", frozenset({"supervisor"})), FORMER, sample.commune, "x"
        )
    with pytest.raises(ValidationFailed):
        set_successor(db, ADMIN, FORMER, sample.commune, "  ")
    with pytest.raises(ValidationFailed):
        set_successor(db, ADMIN, FORMER, FORMER, "x")
    with pytest.raises(ValidationFailed):  # the province counts the old unit: a loop
        set_successor(db, ADMIN, sample.province, FORMER, "x")
    with pytest.raises(ValidationFailed):
        set_successor(db, ADMIN, FORMER, "NOPE", "x")
    with pytest.raises(NotFound):
        set_successor(db, ADMIN, "NOPE", FORMER, "x")
    set_successor(db, ADMIN, FORMER, sample.commune, "x")
    listed = {e.code: e for e in list_units(db, ADMIN)}
    assert listed[FORMER].successor_code == sample.commune
    cleared = set_successor(db, ADMIN, FORMER, None, "nhầm").value
    assert cleared.successor_code is None
