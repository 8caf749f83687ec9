"""Complaint time limits through the services: suspension and resumption, termination and
partial withdrawal under the 2026 law, remote and complex limits, the dialogue notice.

Due dates checked by hand against LAW.md.  Calendars (python -c 'import calendar; [print(calendar.month(2026, m)) for m in range(7, 11)]'):

        July 2026             August 2026          September 2026          October 2026
  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
         1  2  3  4  5                  1  2      1  2  3  4  5  6            1  2  3  4
   6  7  8  9 10 11 12   3  4  5  6  7  8  9   7  8  9 10 11 12 13   5  6  7  8  9 10 11
  13 14 15 16 17 18 19  10 11 12 13 14 15 16  14 15 16 17 18 19 20  12 13 14 15 16 17 18
  20 21 22 23 24 25 26  17 18 19 20 21 22 23  21 22 23 24 25 26 27  19 20 21 22 23 24 25
  27 28 29 30 31        24 25 26 27 28 29 30  28 29 30              26 27 28 29 30 31
                        31                    November: Mon 2, 9, 16, 23, 30.
Days off (LAW.md §3): Sat 22/8 is a make-up working day, Mon 31/8 is off in exchange; 1/9 and
2/9 Quốc khánh.  "ngày": calendar days from the day after the event, a last day off rolls to
the next working day (BLDS Điều 147–148); "NLV": working days only.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.domain.workflow import ComplexityCriterion
from tcd_desktop.services import dialogues
from tcd_desktop.services.cases import (
    assign_verification,
    case_timeline,
    decide_complaint,
    dispatch_decision,
    explain_due,
    extend_resolution,
    get_case,
    publish,
    resume,
    send_acceptance_notice,
    submit_verification_report,
    suspend,
    terminate,
    withdraw,
)
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.dialogues import Attendance, Participant
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed, ValidationFailed
from tcd_desktop.store.models import CasePause
from tcd_desktop.store.queries.board import board_counts
from tests.services.complaint_steps import accept_as, dialogue_people
from tests.services.conftest import Org, add_petition

D = dt.date
VN = dt.timezone(dt.timedelta(hours=7))
KN = "khieu_nai"


def test_suspension_pauses_the_clock_and_resumption_recomputes(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = accept_as(org, pid, D(2026, 8, 3), org.handler)  # K3 due Thu 3/9 (30 C from 3/8)
    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 5), verifier="Tổ xác minh")
        r = suspend(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 10),
            ground="tro_ngai",
            note="Người khiếu nại nằm viện",
        )
        assert (r.status, r.is_paused) == ("suspended", True)
        assert board_counts(s, D(2026, 8, 20), D(2026, 8, 27)).as_dict()["paused"] == 1
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="tạm đình chỉ"):
        submit_verification_report(s, org.handler, case_id, on=D(2026, 8, 12), summary="x")
    with org.db.session() as s:
        due = next(e for e in explain_due(s, SYSTEM, case_id, today=D(2026, 8, 20)) if e.is_main)
        assert due.state == "paused"
        r = resume(s, org.handler, case_id, on=D(2026, 8, 20))
        assert (r.status, r.is_paused) == ("verifying", False)
        pause = s.scalar(select(CasePause).where(CasePause.case_id == case_id))
        assert pause is not None and (pause.paused_on, pause.resumed_on) == (
            D(2026, 8, 10),
            D(2026, 8, 20),
        )
        main = next(e for e in explain_due(s, SYSTEM, case_id, today=D(2026, 8, 20)) if e.is_main)
    # Suspended from Mon 10/8, resumed Thu 20/8: 10 days (10–19/8) do not count.
    # 3/8 + 30 + 10 = Sat 12/9 → Mon 14/9.
    assert (r.due_on, main.due_on, main.suspended_days) == (D(2026, 9, 14),) * 2 + (10,)
    assert main.suspended_spans == ((D(2026, 8, 10), D(2026, 8, 19)),)
    assert "tạm đình chỉ" in main.text
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="không ở trạng thái"):
        resume(s, org.handler, case_id, on=D(2026, 8, 21))


def test_suspension_termination_and_partial_withdrawal_follow_the_2026_law(org: Org) -> None:
    old = add_petition(org.db, org, kind=KN, received_on=D(2026, 6, 1))
    old_id = accept_as(org, old, D(2026, 6, 5), org.handler)
    with org.db.session() as s:
        with pytest.raises(StepNotAllowed, match="Điều 11a"):
            suspend(s, org.handler, old_id, on=D(2026, 6, 10), ground="tro_ngai")
        with pytest.raises(StepNotAllowed, match="01/07/2026"):
            withdraw(
                s,
                org.handler,
                old_id,
                on=D(2026, 6, 10),
                partial=True,
                contents=["Ý 2"],
                form="written",
            )
        with pytest.raises(StepNotAllowed, match="01/07/2026"):
            terminate(s, org.handler, old_id, on=D(2026, 6, 10), ground="chet_giai_the")
        with pytest.raises(StepNotAllowed, match="Căn cứ tạm đình chỉ"):
            suspend(s, org.handler, old_id, on=D(2026, 7, 10), ground="cho_giam_dinh")
        part = withdraw(
            s,
            org.handler,
            old_id,
            on=D(2026, 7, 10),
            partial=True,
            contents=["Yêu cầu bồi thường"],
            form="written",
        )
        assert (part.status, part.closed_on) == ("accepted", None)
        whole = withdraw(s, org.handler, old_id, on=D(2026, 7, 15), form="verbal_record")
        assert (whole.status, whole.closed_on) == ("withdrawn", D(2026, 7, 15))
        with pytest.raises(StepNotAllowed, match="đã kết thúc"):
            assign_verification(s, org.handler, old_id, on=D(2026, 7, 16), verifier="x")
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = accept_as(org, pid, D(2026, 8, 3), org.handler)
    with org.db.session() as s:
        suspend(s, org.handler, case_id, on=D(2026, 8, 10), ground="bat_kha_khang")
        r = terminate(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 12),
            ground="chet_giai_the",
            note="Người khiếu nại đã chết",
        )
        assert (r.status, r.closed_on, r.is_paused) == ("terminated", D(2026, 8, 12), False)
        (entry,) = [t for t in case_timeline(s, org.handler, case_id) if t.step == "termination"]
    # K14: the termination decision is sent within 03 NLV of Wed 12/8 → Mon 17/8;
    # K15: the complainant may continue within 30 ngày of the notice: 12/8 + 30 = Fri 11/9.
    assert (entry.data["send_by"], entry.data["continue_until"]) == ("2026-08-17", "2026-09-11")


def test_remote_and_complex_limits_and_refusals(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    grounds = [ComplexityCriterion.MANY_PEOPLE.value]
    case_id = accept_as(
        org,
        pid,
        D(2026, 8, 4),
        org.handler,
        remote=True,
        complexity_criteria=grounds,
        complexity_finding="Nhiều hộ bị ảnh hưởng",
    )
    with org.db.session() as s:
        view = get_case(s, org.handler, case_id)
        # K3 remote + complex: 60 ngày from Tue 4/8: 30/9 is day 57, Sat 3/10 day 60 → Mon 5/10.
        assert (view.is_remote, view.due_on) == (True, D(2026, 10, 5))
        with pytest.raises(StepNotAllowed, match="không cho phép gia hạn"):
            extend_resolution(s, org.leader, case_id, on=D(2026, 8, 20), reason="Phức tạp")
        with pytest.raises(StepNotAllowed, match="Chưa có quyết định"):
            dispatch_decision(s, org.handler, case_id, on=D(2026, 8, 20))
        with pytest.raises(PermissionDenied):
            send_acceptance_notice(s, org.reception, case_id, on=D(2026, 8, 5))
        with pytest.raises(ValidationFailed, match="trước ngày thụ lý"):
            send_acceptance_notice(s, org.handler, case_id, on=D(2026, 8, 1))
        with pytest.raises(StepNotAllowed, match="Điều 29"):
            decide_complaint(s, org.handler, case_id, result="sai", on=D(2026, 8, 20), number="1")
        # A complaint found right at once needs no verification (Luật KN Điều 29).
        r = decide_complaint(s, org.handler, case_id, result="dung", on=D(2026, 8, 20), number="2")
        assert r.status == "decided"
        with pytest.raises(StepNotAllowed, match="Chỉ quyết định giải quyết khiếu nại lần hai"):
            publish(s, org.handler, case_id, on=D(2026, 8, 21), method="Niêm yết")


def test_dialogue_notice_warning_and_absent_complainant(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = accept_as(org, pid, D(2026, 8, 3), org.handler)
    with org.db.session() as s:
        with pytest.raises(ValidationFailed):
            dialogues.schedule_dialogue(
                s,
                org.handler,
                case_id,
                on=D(2026, 8, 20),
                scheduled_at=dt.datetime(2026, 8, 25, 9, tzinfo=VN),
                place="Xã",
                presiding="Chủ tịch",
                participants=[Participant("respondent", "Phạm Văn Bị")],
            )
        sched = dialogues.schedule_dialogue(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 21),
            scheduled_at=dt.datetime(2026, 8, 25, 9, tzinfo=VN),
            place="Xã",
            presiding="Chủ tịch",
            participants=dialogue_people()[2:4],
        )
    # Notice Fri 21/8 for Tue 25/8: fewer than 5 days (latest Thu 20/8) → warned, not blocked.
    (warning,) = sched.warnings
    assert "20/08/2026" in warning and "ít nhất 5 ngày" in warning
    with org.db.session() as s:
        with pytest.raises(ValidationFailed, match="lý do vắng mặt"):
            dialogues.record_dialogue(
                s,
                org.handler,
                sched.dialogue_id,
                held_on=D(2026, 8, 25),
                attendance=[Attendance("Nguyễn Văn An", False)],
                opinions=[],
                agreed_points="",
                disputed_points="",
                result="Vắng",
            )
        held = dialogues.record_dialogue(
            s,
            org.handler,
            sched.dialogue_id,
            held_on=D(2026, 8, 25),
            attendance=[
                Attendance("Nguyễn Văn An", False, "Không đến", False),
                Attendance("Phạm Văn Bị", True),
            ],
            opinions=[],
            agreed_points="",
            disputed_points="",
            result="Người khiếu nại vắng mặt",
        )
        assert "vẫn tiếp tục" in held.warnings[0]
