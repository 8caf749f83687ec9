"""Leaders' periodic reception: plan, days held, the legal minimum before and after 01/7/2026."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.services import schedule
from tcd_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.store.models import AppMeta, AuditEntry, ReceptionScheduleDay, User
from tests.services.reception_fixtures import VN, Office, visit

D = dt.date


def _periodic(office: Office, day: dt.date) -> None:
    at = dt.datetime(day.year, day.month, day.day, 8, 30, tzinfo=VN)
    with office.db.session() as s:
        save_visit(s, office.officer, visit(at, kind="periodic", leader_id=office.leader.user_id))


def test_commune_chairman_needs_two_days_a_month_from_july_2026(office: Office) -> None:
    leader = office.leader.user_id
    assert leader is not None
    with office.db.session() as s:
        month = schedule.plan_month(
            s, office.officer, leader, 2026, 8, [D(2026, 8, 12)], place="Trụ sở tiếp công dân xã"
        )
    assert month.category == "commune_chairman" and month.required == 2
    assert month.planned_shortfall == 1 and "Luật 136/2025" in month.rule
    assert any("ít hơn mức tối thiểu 2 ngày/tháng" in w for w in month.warnings)
    with office.db.session() as s:
        schedule.plan_month(s, office.leader, leader, 2026, 8, [D(2026, 8, 12), D(2026, 8, 26)])
    _periodic(office, D(2026, 8, 12))
    with office.db.session() as s:
        half = schedule.leader_month(s, office.leader, leader, 2026, 8, today=D(2026, 9, 1))
    assert half.held_count == 1 and half.held_shortfall == 1
    assert any("thiếu 1 ngày" in w for w in half.warnings)
    assert any("26/08/2026 có lịch tiếp nhưng chưa ghi nhận" in w for w in half.warnings)
    with office.db.session() as s:
        schedule.record_held_day(
            s, office.officer, leader, D(2026, 8, 26), note="Không có công dân đến"
        )
        done = schedule.leader_month(s, office.leader, leader, 2026, 8, today=D(2026, 9, 1))
        actions = set(s.scalars(select(AuditEntry.action)))
    assert done.warnings == () and done.held_count == 2 and done.held_shortfall == 0
    day12, day26 = done.days
    assert day12.planned and day12.held and len(day12.visit_ids) == 1
    assert day26.note == "Không có công dân đến" and day26.visit_ids == ()
    assert {"schedule.plan", "schedule.held"} <= actions
    with office.db.session() as s:
        rows = s.scalars(select(ReceptionScheduleDay).order_by(ReceptionScheduleDay.day)).all()
        assert [(r.day, r.planned, r.held, r.reception_id) for r in rows] == [
            (D(2026, 8, 12), True, False, None),
            (D(2026, 8, 26), True, True, None),
        ]
        assert s.scalar(select(AppMeta.key).where(AppMeta.key.like("sched:%"))) is None


def test_plan_keeps_the_place_and_links_a_held_day_to_its_visit(office: Office) -> None:
    leader = office.leader.user_id
    assert leader is not None
    _periodic(office, D(2026, 8, 5))
    with office.db.session() as s:
        schedule.plan_month(
            s, office.officer, leader, 2026, 8, [D(2026, 8, 5), D(2026, 8, 19)], place="Hội trường"
        )
        schedule.record_held_day(s, office.officer, leader, D(2026, 8, 5))
        month = schedule.plan_month(
            s, office.officer, leader, 2026, 8, [D(2026, 8, 5)], place="Trụ sở tiếp công dân"
        )
        rows = {r.day: r for r in s.scalars(select(ReceptionScheduleDay))}
    assert month.place == "Trụ sở tiếp công dân" and month.planned_count == 1
    assert [d.day for d in month.days] == [D(2026, 8, 5)]
    assert month.days[0].note == schedule.HELD_DEFAULT_NOTE and len(month.days[0].visit_ids) == 1
    assert rows[D(2026, 8, 5)].reception_id == month.days[0].visit_ids[0]
    assert not rows[D(2026, 8, 19)].planned and rows[D(2026, 8, 19)].deleted_at is None


def test_commune_chairman_needed_one_day_a_week_before_july_2026(office: Office) -> None:
    leader = office.leader.user_id
    assert leader is not None
    with office.db.session() as s:
        june = schedule.plan_month(
            s,
            office.officer,
            leader,
            2026,
            6,
            [D(2026, 6, 3), D(2026, 6, 10), D(2026, 6, 17), D(2026, 6, 24)],
        )
    assert june.required == 5 and june.planned_shortfall == 1  # Mondays 1, 8, 15, 22, 29
    assert any("Tuần từ 29/06/2026 chưa có lịch" in w for w in june.warnings)
    for day in (D(2026, 6, 3), D(2026, 6, 10), D(2026, 6, 24), D(2026, 7, 1)):
        _periodic(office, day)
    with office.db.session() as s:
        june = schedule.leader_month(s, office.leader, leader, 2026, 6, today=D(2026, 7, 10))
    assert june.held_shortfall == 1  # the week of 15/6; the week of 29/6 was held on 01/7
    assert any("Tuần từ 15/06/2026" in w and "không tiếp" in w for w in june.warnings)


def test_other_categories_and_overview(office: Office) -> None:
    leader = office.leader.user_id
    assert leader is not None
    with office.db.session() as s:
        schedule.set_leader_category(s, office.admin, leader, "provincial_chairman")
        month = schedule.leader_month(s, office.leader, leader, 2026, 9, today=D(2026, 9, 1))
        assert (month.required, month.rule.startswith("tối thiểu 1 ngày/tháng")) == (1, True)
        schedule.set_leader_category(s, office.admin, leader, "district_chairman")
        abolished = schedule.leader_month(s, office.leader, leader, 2026, 9, today=D(2026, 9, 1))
        assert abolished.required == 0 and abolished.warnings == ()
        schedule.set_leader_category(s, office.admin, leader, "other_head")
        assert s.get(User, leader).leader_category == "other_head"  # type: ignore[union-attr]
        overview = schedule.schedule_overview(s, office.supervisor, 2026, 10, today=D(2026, 11, 2))
    assert [m.leader_name for m in overview] == ["Cán bộ chutich"]
    assert overview[0].held_shortfall == 1 and overview[0].warnings


def test_schedule_permissions_and_validation(office: Office) -> None:
    leader = office.leader.user_id
    assert leader is not None
    with pytest.raises(ValidationFailed, match="không thuộc tháng"), office.db.session() as s:
        schedule.plan_month(s, office.officer, leader, 2026, 8, [D(2026, 9, 1)])
    with pytest.raises(NotFound), office.db.session() as s:
        schedule.plan_month(
            s,
            office.officer,
            office.handler.user_id,  # type: ignore[arg-type]
            2026,
            8,
            [D(2026, 8, 3)],
        )
    with pytest.raises(PermissionDenied), office.db.session() as s:
        schedule.plan_month(s, office.handler, leader, 2026, 8, [D(2026, 8, 3)])
    with pytest.raises(PermissionDenied), office.db.session() as s:
        schedule.set_leader_category(s, office.officer, leader, "other_head")
    with pytest.raises(ValidationFailed), office.db.session() as s:
        schedule.record_held_day(s, office.officer, leader, D(2099, 1, 1))
