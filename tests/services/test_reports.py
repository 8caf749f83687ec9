"""Statutory report forms on generated data, SQLite and PostgreSQL.

Totals are compared with counts written directly in SQL here (not through the engine's
predicates); formula columns, subtotals and drill-down lengths are checked on every form.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, bindparam, text

from tcd_desktop.domain.report_periods import Period, PeriodKind, custom_period, parse_period
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied, ServiceError
from tcd_desktop.services.reports import (
    build_report,
    drill,
    form_codes,
    get_form,
    lock_report,
    set_opening_balance,
    unlock_report,
)
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Petition, Unit
from tests.services.conftest import audit_actions
from tests.services.report_fixtures import Sample, make_sample

PERIODS = ["2026-Q1", "2026-Q3", "2026-9M", "2026"]

R = "FROM receptions WHERE deleted_at IS NULL AND received_on BETWEEN :s AND :e"
P_WIN = (
    "FROM petitions WHERE deleted_at IS NULL AND received_on <= :e "
    "AND (processed_on IS NULL OR processed_on >= :s)"
)
P_DONE = "FROM petitions WHERE deleted_at IS NULL AND processed_on BETWEEN :s AND :e"
C_WIN = (
    "FROM cases WHERE deleted_at IS NULL AND received_on <= :e "
    "AND (closed_on IS NULL OR closed_on >= :s)"
)
C_DEC = (
    "FROM cases WHERE deleted_at IS NULL AND decision_on BETWEEN :s AND :e "
    "AND status NOT IN ('withdrawn','terminated')"
)
OK1 = "('thu_ly','chuyen_don','huong_dan','yeu_cau_cap_duoi')"
HEAD = "kind IN ('periodic','sudden')"

#: Independent counts: form → column → SQL returning the total of that column.
EXPECTED: dict[str, dict[int, str]] = {
    "01/TCD": {
        1: f"SELECT COUNT(*) {R}",
        2: f"SELECT COALESCE(SUM(headcount), 0) {R}",
        4: f"SELECT COUNT(*) {R} AND kind IN ('regular','online')",
        8: f"SELECT COUNT(*) {R} AND kind IN ('regular','online') AND is_mass",
        12: f"SELECT COUNT(*) FROM (SELECT DISTINCT unit_id, received_on {R} AND {HEAD} "
        "AND leader_id IS NOT NULL) x",
        16: f"SELECT COUNT(*) {R} AND {HEAD} AND leader_id IS NOT NULL "
        "AND repeat_of_id IS NOT NULL",
        23: f"SELECT COALESCE(SUM(headcount), 0) {R} AND {HEAD} AND leader_id IS NULL",
    },
    "02/TCD": {
        1: "SELECT COUNT(*) FROM petitions WHERE deleted_at IS NULL AND reception_id IS NOT NULL "
        "AND received_on BETWEEN :s AND :e",
        10: "SELECT COUNT(*) FROM petitions WHERE deleted_at IS NULL AND reception_id IS NOT NULL"
        " AND received_on BETWEEN :s AND :e AND duplicate_of_id IS NULL "
        "AND processing_outcome = 'thu_ly'",
    },
    "01/XLD": {
        1: f"SELECT COUNT(*) {P_WIN}",
        2: f"SELECT COUNT(*) {P_WIN} AND received_on < :s",
        4: f"SELECT COUNT(*) {P_DONE}",
        5: f"SELECT COUNT(*) {P_WIN} AND (processed_on IS NULL OR processed_on > :e)",
        6: f"SELECT COUNT(*) {P_DONE} AND processing_outcome IN {OK1}",
        7: f"SELECT COUNT(*) {P_DONE} AND processing_outcome IN {OK1} AND duplicate_of_id IS NULL",
        12: f"SELECT COUNT(*) {P_DONE} AND processing_outcome IN {OK1} "
        "AND json_array_length(prior_handling) >= 2",
        20: f"SELECT COUNT(*) {P_DONE} AND processing_outcome = 'chuyen_don'",
    },
    "02/XLD": {
        1: f"SELECT COUNT(*) {P_WIN} AND kind = 'khieu_nai'",
        8: f"SELECT COUNT(*) {P_DONE} AND kind = 'khieu_nai' AND duplicate_of_id IS NULL "
        "AND processing_outcome IN ('thu_ly','huong_dan','yeu_cau_cap_duoi')",
        11: f"SELECT COUNT(*) {P_DONE} AND kind = 'khieu_nai' AND duplicate_of_id IS NULL "
        "AND processing_outcome IN ('thu_ly','huong_dan','yeu_cau_cap_duoi') "
        "AND (field_code LIKE 'DD%' OR field_code = 'HC-DD')",
    },
    "03/XLD": {
        3: "SELECT COUNT(*) FROM petitions WHERE deleted_at IS NULL AND kind = 'to_cao' "
        "AND received_on BETWEEN :s AND :e",
        14: f"SELECT COUNT(*) {P_DONE} AND kind = 'to_cao' AND duplicate_of_id IS NULL "
        "AND processing_outcome IN ('thu_ly','chuyen_don','yeu_cau_cap_duoi') "
        "AND field_code = 'CB.TN'",
    },
    "04/XLD": {
        6: f"SELECT COUNT(*) {P_DONE} AND kind IN ('kien_nghi','phan_anh') AND received_on >= :s",
        19: f"SELECT COUNT(*) {P_DONE} AND kind IN ('kien_nghi','phan_anh') "
        "AND duplicate_of_id IS NULL AND processing_outcome = 'thu_ly' AND EXISTS ("
        "SELECT 1 FROM cases c WHERE c.petition_id = petitions.id AND c.deleted_at IS NULL "
        "AND c.closed_on <= :e)",
    },
    "01/KQGQ": {
        1: f"SELECT COUNT(*) {C_WIN} AND kind = 'khieu_nai'",
        5: f"SELECT COUNT(*) {C_DEC} AND kind = 'khieu_nai' AND decision_result IS NOT NULL",
        26: f"SELECT COUNT(*) {C_DEC} AND kind = 'khieu_nai' AND decision_result IS NOT NULL "
        "AND decision_on > due_on",
    },
    "02/KQGQ": {
        1: "SELECT COUNT(*) FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai' "
        "AND legal_effect_on <= :e AND (enforcement_done_on IS NULL OR enforcement_done_on >= :s)"
        " AND received_on <= :e AND (closed_on IS NULL OR closed_on >= :s)",
    },
    "03/KQGQ": {
        5: f"SELECT COUNT(*) {C_WIN} AND kind = 'to_cao' AND is_repeat",
        6: "SELECT COUNT(*) FROM cases WHERE deleted_at IS NULL AND kind = 'to_cao' AND ("
        "(decision_on BETWEEN :s AND :e AND decision_result IS NOT NULL "
        "AND status NOT IN ('withdrawn','terminated')) OR "
        "(status IN ('withdrawn','terminated') AND closed_on BETWEEN :s AND :e))",
    },
    "04/KQGQ": {
        2: "SELECT COUNT(*) FROM cases WHERE deleted_at IS NULL AND kind = 'to_cao' "
        "AND decision_on <= :e AND enforcement_done_on BETWEEN :s AND :e",
    },
}

READER = Actor(None, "gs", "Giám sát", frozenset({"supervisor"}))


def _sql(db: Database, sql: str, period: Period) -> int:
    stmt = text(sql).bindparams(bindparam("s", type_=Date()), bindparam("e", type_=Date()))
    with db.session() as s:
        return int(s.scalar(stmt, {"s": period.start, "e": period.end}) or 0)


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def _actor(sample: Sample) -> Actor:
    return Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))


@pytest.mark.parametrize("period_text", PERIODS)
def test_totals_equal_counts_written_in_sql(db: Database, sample: Sample, period_text: str):
    period = parse_period(period_text)
    for code, columns in EXPECTED.items():
        report = build_report(db, READER, code, period)
        for no, sql in columns.items():
            assert report.total[no - 1] == _sql(db, sql, period), (code, no, period_text)


def test_formulas_subtotals_and_gaps_hold_in_every_row(db: Database, sample: Sample):
    period = parse_period("2026")
    assert form_codes()
    for code in form_codes():
        form = get_form(code)
        report = build_report(db, READER, code, period)
        units = [r for r in report.rows if not r.level.startswith("subtotal")]
        assert len(units) == 3
        for row in [*report.rows, None]:
            values = report.total if row is None else row.values
            for eq in form.equalities:
                sums = {sum(values[c - 1] or 0 for c in side) for side in eq.sides}
                assert len(sums) == 1, (code, eq, row)
            for col in form.columns:
                if col.is_gap:
                    assert values[col.no - 1] == 0
        for i, col in enumerate(form.columns):
            if col.is_note:
                continue
            assert report.total[i] == sum(r.values[i] or 0 for r in units)
            subtotal_sum = sum(
                r.values[i] or 0
                for r in report.rows
                if r.level.startswith("subtotal:") and r.level != "subtotal:root"
            )
            assert subtotal_sum == report.total[i]


def test_unit_scope_is_the_unit_and_its_children(db: Database, sample: Sample):
    period = parse_period("2026")
    whole = build_report(db, READER, "01/XLD", period)
    commune = build_report(db, READER, "01/XLD", period, sample.commune)
    assert [r.unit for r in commune.rows] == [sample.commune]
    row = next(r for r in whole.rows if r.unit == sample.commune)
    assert commune.total == row.values
    assert build_report(db, READER, "01/XLD", period, sample.province).total == whole.total
    with pytest.raises(ServiceError, match="Không có cơ quan"):
        build_report(db, READER, "01/XLD", period, "NOPE")


def test_drill_down_lists_as_many_records_as_the_cell(db: Database, sample: Sample):
    period = parse_period("2026-9M")
    actor = _actor(sample)
    for code in form_codes():
        form = get_form(code)
        report = build_report(db, READER, code, period)
        for col in form.columns:
            parts = [col] if col.rule.counted else [form.column(n) for n in col.computed_from]
            if any(p.rule.aggregate in ("hc", "days") for p in parts) or col.is_note:
                continue
            rows = drill(db, actor, code, col.no, period)
            assert len(rows) == report.total[col.no - 1], (code, col.no)
    unit_rows = drill(db, actor, "01/XLD", 3, period, sample.department)
    assert {r.unit for r in unit_rows} <= {sample.department}
    with pytest.raises(PermissionDenied):
        drill(db, Actor(None, "x", "x", frozenset({"reception_officer"})), "01/XLD", 3, period)


def test_a_locked_period_survives_a_later_change(db: Database, sample: Sample):
    period = parse_period("2026-Q2")
    actor = _actor(sample)
    sent = lock_report(db, actor, "01/XLD", period).value
    with pytest.raises(ServiceError, match="đã khóa"):
        lock_report(db, actor, "01/XLD", period)
    with db.session() as s:
        unit_id = s.query(Unit.id).filter(Unit.code == sample.commune).scalar()
        s.add(
            Petition(
                number="P-LATE", unit_id=unit_id, received_on=dt.date(2026, 4, 1), kind="khieu_nai"
            )
        )
    again = build_report(db, READER, "01/XLD", period)
    assert again.total == sent.total
    assert again.locked is not None
    changed = {(d["level"], d["column"]) for d in again.differences}
    assert ("total", 3) in changed and ("total", 1) in changed
    with pytest.raises(ServiceError, match="lý do"):
        unlock_report(db, actor, "01/XLD", period, "  ")
    unlock_report(db, actor, "01/XLD", period, "Bổ sung đơn nhận ngày 01/4")
    live = build_report(db, READER, "01/XLD", period)
    assert live.locked is None and live.total[2] == sent.total[2] + 1
    assert {"report.lock", "report.unlock"} <= set(audit_actions(db))


def test_opening_balance_is_added_once_to_the_carried_over_column(db: Database, sample: Sample):
    actor = _actor(sample)
    q1, q2 = parse_period("2026-Q1"), parse_period("2026-Q2")
    before = build_report(db, READER, "01/XLD", q1).total
    set_opening_balance(db, actor, sample.commune, "01/XLD", 2, dt.date(2026, 1, 1), 7, "Sổ cũ")
    after = build_report(db, READER, "01/XLD", q1).total
    assert after[1] == before[1] + 7 and after[0] == before[0] + 7
    assert build_report(db, READER, "01/XLD", q2).total[1] == _sql(
        db, f"SELECT COUNT(*) {P_WIN} AND received_on < :s", q2
    )
    with pytest.raises(ServiceError, match="Đã nhập"):
        set_opening_balance(db, actor, sample.commune, "01/XLD", 2, dt.date(2026, 1, 1), 1)
    with pytest.raises(ServiceError, match="không nhập"):
        set_opening_balance(db, actor, sample.commune, "01/XLD", 1, dt.date(2026, 1, 1), 1)
    assert "report.opening_balance" in audit_actions(db)


def test_custom_and_ad_hoc_ranges(db: Database, sample: Sample):
    period = custom_period(dt.date(2026, 3, 15), dt.date(2026, 3, 15), PeriodKind.AD_HOC)
    report = build_report(db, READER, "01/TCD", period)
    assert report.total[0] == _sql(db, f"SELECT COUNT(*) {R}", period)
    assert report.to_dict()["period"] == {
        "from": "2026-03-15",
        "to": "2026-03-15",
        "label": period.label,
    }


def test_several_provinces_get_a_subtotal_each(db: Database, sample: Sample):
    with db.session() as s:
        other = Unit(code="T-HN", name="UBND thành phố Hà Nội", level="province")
        s.add(other)
        s.flush()
        commune = Unit(
            code="T-HN.X1", name="UBND phường Ba Đình", level="commune", parent_id=other.id
        )
        s.add(commune)
        s.flush()
        s.add(
            Petition(
                number="P-HN", unit_id=commune.id, received_on=dt.date(2026, 5, 5), kind="to_cao"
            )
        )
    report = build_report(db, READER, "01/XLD", parse_period("2026"))
    roots = [r for r in report.rows if r.level == "subtotal:root"]
    assert [r.unit for r in roots] == ["T-HN", "T-LS"]
    assert [sum(r.values[2] for r in roots)] == [report.total[2]]
    hanoi = report.rows.index(roots[0])
    units = [r for r in report.rows[hanoi + 1 : report.rows.index(roots[1])] if r.unit_id]
    assert roots[0].values == [sum(r.values[i] for r in units) for i in range(22)]
    assert roots[0].values[2] == 1
    # locked as it is, a form with several top units differs from now in nothing
    sent = lock_report(db, _actor(sample), "01/XLD", parse_period("2026")).value
    again = build_report(db, READER, "01/XLD", parse_period("2026"))
    assert again.locked is not None and again.differences == []
    assert again.total == sent.total
