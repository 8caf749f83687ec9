"""Petition processing deadlines: the denunciation check, anonymous information, recommendations,
stale writes, single-step speed and calendar changes.

Calendar used for the hand counts (python -c 'import calendar; print(calendar.month(2026, 8))'):

        August 2026                 Days off 2026 (LAW.md §3): Tết 14–22/2, Mon 27/4 (Giỗ Tổ),
    Mo Tu We Th Fr Sa Su            30/4–1/5, Mon 31/8 off for the make-up Saturday 22/8,
                    1  2            1–2/9 (Quốc khánh).
     3  4  5  6  7  8  9
    10 11 12 13 14 15 16
    17 18 19 20 21 22 23
    24 25 26 27 28 29 30
    31
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import event, select

from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import (
    answer_recommendation,
    assign_recommendation,
    close_anonymous,
    decide_complaint,
    explain_due,
    get_case,
    recompute_open_cases,
    record_step,
)
from tcd_desktop.services.cases.core import conflicts_as_errors
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import (
    ConcurrentChange,
    PermissionDenied,
    StepNotAllowed,
    ValidationFailed,
)
from tcd_desktop.services.rulebook import set_calendar_day
from tcd_desktop.store.models import Case, Petition
from tcd_desktop.store.queries.board import board_counts
from tests.services.conftest import Org, add_petition, audit_actions
from tests.services.petition_helpers import KN, KNG, TC, D, accept


def test_denunciation_initial_check_extends_to_ten_working_days(org: Org) -> None:
    pid = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 3), citizen_id=org.denouncer)
    with org.db.session() as s:
        # D1 = 7 working days after Mon 3/8 → Wed 12/8; extending on Thu 13/8 is too late.
        with pytest.raises(StepNotAllowed, match="12/08/2026"):
            petitions.extend_initial_check(
                s, org.handler, pid, on=D(2026, 8, 13), reason="Nhiều nơi"
            )
        with pytest.raises(ValidationFailed):
            petitions.extend_initial_check(s, org.handler, pid, on=D(2026, 8, 11), reason="")
        out = petitions.extend_initial_check(
            s, org.handler, pid, on=D(2026, 8, 11), reason="Phải kiểm tra ở hai xã"
        )
        # 10 working days: ... 12 (7), 13 (8), 14 (9), Mon 17/8 (10).
        assert out.follow_up is not None and out.follow_up.due == D(2026, 8, 17)
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Đã gia hạn"):
        petitions.extend_initial_check(s, org.handler, pid, on=D(2026, 8, 12), reason="lần hai")
    with org.db.session() as s:
        row = next(r for r in petitions.processing_queue(s, org.handler) if r.petition_id == pid)
        assert row.processing_due_on == D(2026, 8, 17)
        due, t2b = petitions.explain_petition_due(s, org.handler, pid)
        assert (due.rule_id, due.variant, due.due_on) == ("D1", "extended", D(2026, 8, 17))
        assert t2b.rule_id == "T2B"  # 45 days unprocessed (NĐ 154/2026 Điều 41), from 01/7/2026
        stored = s.get(Petition, pid)
        assert stored is not None and stored.initial_check_extended
    result = accept(org, pid, D(2026, 8, 14))
    assert result.warnings == []  # within the extended D1


def test_anonymous_information_has_no_clock_and_stays_off_the_board(org: Org) -> None:
    pid = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 3), anonymous=True)
    result = accept(org, pid, D(2026, 8, 5))
    today, soon = D(2026, 8, 20), D(2026, 8, 27)
    with org.db.session() as s:
        view = get_case(s, org.handler, result.case_id)
        assert (view.kind, view.due_on, view.due_rule) == (CaseKind.ANONYMOUS.value, None, None)
        assert explain_due(s, SYSTEM, result.case_id) == []
        counts = board_counts(s, today, soon)
        assert sum(counts.as_dict().values()) == 0 and counts.not_started == 1
        with pytest.raises(StepNotAllowed, match="Điều 25"):
            record_step(s, org.handler, result.case_id, Step.ACCEPTANCE_NOTICE, on=D(2026, 8, 6))
        closed = close_anonymous(
            s,
            org.handler,
            result.case_id,
            on=D(2026, 8, 10),
            outcome="Chuyển cơ quan quản lý để kiểm tra",
        )
        assert (closed.status, closed.closed_on) == ("closed", None)
        counts = board_counts(s, today, soon)
        assert sum(counts.as_dict().values()) == 0 and counts.not_started == 1


def test_recommendation_is_assigned_by_a_leader_with_a_due_date(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KNG, received_on=D(2026, 8, 3))
    case_id = accept(org, pid, D(2026, 8, 5)).case_id
    with org.db.session() as s:
        assert get_case(s, org.handler, case_id).due_on is None
        with pytest.raises(StepNotAllowed, match="chưa giao"):
            answer_recommendation(s, org.handler, case_id, on=D(2026, 8, 6), answer="Đã trả lời")
        with pytest.raises(PermissionDenied):
            assign_recommendation(
                s,
                org.handler,
                case_id,
                on=D(2026, 8, 6),
                assignee_id=org.other_handler.user_id,
                due_on=D(2026, 9, 30),
            )
    with org.db.session() as s:
        step = assign_recommendation(
            s,
            org.leader,
            case_id,
            on=D(2026, 8, 6),
            assignee_id=org.other_handler.user_id,
            due_on=D(2026, 9, 30),
        )
        assert step.due_on == D(2026, 9, 30)
        (due,) = explain_due(s, SYSTEM, case_id, today=D(2026, 8, 20))
        assert (due.rule_id, due.due_on, due.start_on, due.state) == (
            "LD",
            D(2026, 9, 30),
            D(2026, 8, 6),
            "on_track",
        )
        assert "Cán bộ lanhdao" in due.text and "Điều 26" in due.citation
        done = answer_recommendation(
            s, org.other_handler, case_id, on=D(2026, 9, 15), answer="Đã trả lời bằng văn bản"
        )
        assert (done.status, done.closed_on) == ("closed", D(2026, 9, 15))
        assert board_counts(s, D(2026, 9, 20), D(2026, 9, 25)).as_dict()["closed_on_time"] == 1


def test_a_stale_write_becomes_concurrent_change(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = accept(org, pid, D(2026, 8, 5)).case_id
    first = org.db._factory()  # a second desk that read the case before the other saved
    try:
        stale = first.get(Case, case_id)
        assert stale is not None
        with org.db.session() as s:
            record_step(s, org.handler, case_id, Step.ACCEPTANCE_NOTICE, on=D(2026, 8, 6))
        stale.summary = "sửa"
        with pytest.raises(ConcurrentChange), conflicts_as_errors():
            first.flush()
    finally:
        first.rollback()
        first.close()
    with org.db.session() as s:
        assert s.scalar(select(Case.version).where(Case.id == case_id)) == 3


def test_fast_single_step_save(org: Org) -> None:
    """One workflow step is a handful of statements (and well under 20 ms on SQLite)."""
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = accept(org, pid, D(2026, 8, 3)).case_id
    statements: list[str] = []

    def spy(conn, cursor, sql, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(sql.split()[0].upper())

    event.listen(org.db.engine, "before_cursor_execute", spy)
    try:
        with org.db.session() as s:
            record_step(
                s,
                org.handler,
                case_id,
                Step.ASSIGN_VERIFICATION,
                on=D(2026, 8, 4),
                data={"verifier": "Tổ xác minh"},
            )
    finally:
        event.remove(org.db.engine, "before_cursor_execute", spy)
    work = [st for st in statements if st in ("SELECT", "INSERT", "UPDATE", "DELETE")]
    # case, timeline, event, case row, audit head, audit entry, head update.
    assert len(work) <= 8, statements
    if org.db.dialect == "sqlite":
        best = 1.0
        for i in range(5):
            start = time.perf_counter()
            with org.db.session() as s:
                record_step(
                    s,
                    org.handler,
                    case_id,
                    Step.ASSIGN_VERIFICATION,
                    on=D(2026, 8, 5 + i),
                    data={"verifier": "Tổ"},
                )
            best = min(best, time.perf_counter() - start)
        assert best < 0.020


def test_calendar_change_moves_only_undecided_due_dates(org: Org) -> None:
    open_id = accept(
        org, add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3)), D(2026, 8, 3)
    ).case_id
    decided_id = accept(
        org, add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3)), D(2026, 8, 3)
    ).case_id
    with org.db.session() as s:
        decide_complaint(s, org.handler, decided_id, result="dung", on=D(2026, 8, 20), number="1")
        # The office declares Thu 3/9/2026 an extra day off: K3 (3/8 + 30 = Wed 2/9, holiday)
        # now rolls past Thu 3/9 to Fri 4/9.
        set_calendar_day(s, SYSTEM, D(2026, 9, 3), kind="off", name="Nghỉ bù (thử)")
    with org.db.session() as s:
        with pytest.raises(PermissionDenied):
            recompute_open_cases(s, org.handler)
        (change,) = recompute_open_cases(s, org.leader)
        assert (change.case_id, change.before, change.after) == (
            open_id,
            D(2026, 9, 3),
            D(2026, 9, 4),
        )
        assert get_case(s, org.handler, decided_id).due_on == D(2026, 9, 3)
    assert "case.due_recomputed" in audit_actions(org.db, open_id)
