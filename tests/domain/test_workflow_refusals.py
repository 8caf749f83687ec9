"""Steps the case workflow refuses (domain/workflow.py ``refusal``), each with its reason.

Each refusal is checked next to the nearest state in which the same step is allowed, so a
test fails if the machine starts refusing for the wrong reason as well as if it lets the step
through.
"""

from __future__ import annotations

from datetime import date

import pytest

from tcd_desktop.domain.workflow import (
    STEPS_BY_KIND,
    CaseKind,
    DecisionResult,
    Step,
    SuspensionGround,
    TerminationGround,
    WorkflowState,
    refusal,
)

OLD_LAW = date(2026, 3, 2)  # before Luật 136/2025/QH15 (01/07/2026)
NEW_LAW = date(2026, 8, 3)
C, D = CaseKind.COMPLAINT.value, CaseKind.DENUNCIATION.value
R, F, A = CaseKind.RECOMMENDATION.value, CaseKind.REFLECTION.value, CaseKind.ANONYMOUS.value
KN, TC = "Luật Khiếu nại 2011", "Luật Tố cáo 2018"
RIGHT, PARTLY, WRONG = (r.value for r in DecisionResult)


def done(*steps: Step) -> frozenset[str]:
    return frozenset(s.value for s in steps)


def state(kind: str, **fields: object) -> WorkflowState:
    return WorkflowState(kind=kind, **fields)  # type: ignore[arg-type]


def refused(current: WorkflowState, step: Step, on: date = OLD_LAW, **kw: str | None) -> str:
    reason = refusal(current, step, on, **kw)
    assert reason is not None, f"{step} was allowed"
    return reason


def allowed(current: WorkflowState, step: Step, on: date = OLD_LAW, **kw: str | None) -> None:
    assert refusal(current, step, on, **kw) is None


# ------------------------------------------------------------------ steps of another kind


def test_steps_of_another_kind_are_refused_for_every_kind() -> None:
    checked = 0
    for kind in CaseKind:
        for step in set(Step) - STEPS_BY_KIND[kind] - {Step.DOCUMENT_ISSUED}:
            reason = refused(state(kind.value), step)
            # the kind is checked first: the same reason whatever state the case is in
            closed = state(kind.value, status="closed", is_paused=True, done=done(step))
            assert refused(closed, step) == reason, (kind, step)
            checked += 1
    assert checked > 0


def test_kind_refusals_cite_the_law_of_the_kind() -> None:
    anonymous = refused(state(A), Step.ACCEPTANCE_NOTICE)
    assert "thông tin nặc danh không được xử lý như tố cáo" in anonymous
    assert f"({TC}, Điều 25)" in anonymous
    assert refused(state(C), Step.EXTENSION).startswith(
        f"{KN} không cho phép gia hạn thời hạn giải quyết khiếu nại"
    )
    for step in (Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD):
        assert refused(state(D), step) == (
            f"Đối thoại là thủ tục giải quyết khiếu nại ({KN}, Điều 30), không áp dụng cho tố cáo."
        )
    for kind in (R, F):
        reason = refused(state(kind), Step.DECISION)
        assert reason.startswith(f"«{Step.DECISION.label_vi}» không áp dụng cho")
        assert "(Luật Tiếp công dân 2013, Điều 26–28)" in reason
    assert refused(state(C), Step.CONCLUSION) == (
        f"«{Step.CONCLUSION.label_vi}» không áp dụng cho vụ việc khiếu nại."
    )
    assert refused(state(D), Step.ANSWER) == (
        f"«{Step.ANSWER.label_vi}» không áp dụng cho vụ việc tố cáo."
    )


# ---------------------------------------------------------------------------- paused cases


def test_a_paused_case_takes_only_resumption_withdrawal_or_termination() -> None:
    paused = state(C, status="suspended", is_paused=True, paused_since=date(2026, 7, 6))
    reason = refused(paused, Step.ASSIGN_VERIFICATION, NEW_LAW)
    assert reason == (
        "Vụ việc đang tạm đình chỉ giải quyết từ ngày 06/07/2026; phải có quyết định tiếp tục "
        f"giải quyết trước khi «{Step.ASSIGN_VERIFICATION.label_vi}» ({KN})."
    )
    assert "tạm đình chỉ" in refused(paused, Step.SUSPENSION, NEW_LAW)
    for step in (Step.RESUMPTION, Step.WITHDRAWAL, Step.PARTIAL_WITHDRAWAL, Step.TERMINATION):
        allowed(paused, step, NEW_LAW)
    undated = state(D, status="suspended", is_paused=True)
    reason = refused(undated, Step.CONCLUSION)
    assert "từ ngày" not in reason and reason.endswith(f"({TC}).")


def test_resumption_needs_a_paused_case() -> None:
    assert refused(state(D), Step.RESUMPTION) == (
        "Vụ việc không ở trạng thái tạm đình chỉ nên không có gì để tiếp tục."
    )


# ------------------------------------------------------------------- once, before, after


def test_steps_done_once_are_refused_the_second_time() -> None:
    allowed(state(C), Step.ACCEPTANCE_NOTICE)
    assert refused(state(C, done=done(Step.ACCEPTANCE_NOTICE)), Step.ACCEPTANCE_NOTICE) == (
        f"Bước «{Step.ACCEPTANCE_NOTICE.label_vi}» đã được thực hiện cho vụ việc này."
    )
    sent = state(D, status="decided", done=done(Step.CONCLUSION, Step.DISPATCH))
    assert "đã được thực hiện" in refused(sent, Step.DISPATCH)
    # steps that may repeat: another verification assignment, another enforcement update
    allowed(state(C, done=done(Step.ASSIGN_VERIFICATION)), Step.ASSIGN_VERIFICATION)
    enforcing = state(C, status="enforcing", done=done(Step.DECISION, Step.ENFORCEMENT_UPDATE))
    allowed(enforcing, Step.ENFORCEMENT_UPDATE)


def test_no_investigation_step_after_the_decision_or_conclusion() -> None:
    decided = state(C, status="decided", done=done(Step.DECISION))
    assert refused(decided, Step.ASSIGN_VERIFICATION) == (
        f"Vụ việc đã có quyết định giải quyết; không thể «{Step.ASSIGN_VERIFICATION.label_vi}» "
        f"({KN})."
    )
    assert "đã có quyết định giải quyết" in refused(decided, Step.DECISION, result=RIGHT)
    concluded = state(D, status="decided", done=done(Step.CONCLUSION))
    assert refused(concluded, Step.WITHDRAWAL) == (
        f"Vụ việc đã có kết luận nội dung tố cáo; không thể «{Step.WITHDRAWAL.label_vi}» ({TC})."
    )


def test_no_dispatch_or_effect_before_the_decision_or_conclusion() -> None:
    assert refused(state(C), Step.DISPATCH) == (
        f"Chưa có quyết định giải quyết nên chưa thể «{Step.DISPATCH.label_vi}»."
    )
    assert refused(state(D), Step.HANDLING) == (
        f"Chưa có kết luận nội dung tố cáo nên chưa thể «{Step.HANDLING.label_vi}»."
    )
    for step in (Step.LEGAL_EFFECT, Step.PUBLICATION, Step.DECISION_RECEIVED):
        assert refused(state(C), step).startswith("Chưa có quyết định giải quyết"), step
    assert refused(state(D), Step.FURTHER_DENUNCIATION).startswith("Chưa có kết luận")


# ------------------------------------------------------------- suspension and termination


def test_complaint_suspension_only_from_1_july_2026() -> None:
    ground = SuspensionGround.OBSTACLE.value
    assert refused(state(C), Step.SUSPENSION, OLD_LAW, ground=ground) == (
        f"Tạm đình chỉ giải quyết khiếu nại chỉ áp dụng từ 01/07/2026 ({KN}, Điều 11a, "
        "bổ sung bởi Luật số 136/2025/QH15)."
    )
    allowed(state(C), Step.SUSPENSION, date(2026, 7, 1), ground=ground)
    allowed(state(D), Step.SUSPENSION, OLD_LAW, ground=SuspensionGround.AWAIT_RESULT.value)


def test_suspension_grounds_of_each_law() -> None:
    assessment = SuspensionGround.AWAIT_ASSESSMENT.value
    assert refused(state(C), Step.SUSPENSION, NEW_LAW, ground=assessment) == (
        f"Căn cứ tạm đình chỉ không đúng quy định ({KN}, Điều 11a)."
    )
    assert refused(state(D), Step.SUSPENSION, ground=SuspensionGround.FORCE_MAJEURE.value) == (
        f"Căn cứ tạm đình chỉ không đúng quy định ({TC}, Điều 34 khoản 1)."
    )
    allowed(state(D), Step.SUSPENSION, ground=assessment)
    allowed(state(C), Step.SUSPENSION, NEW_LAW, ground=SuspensionGround.FILES_SEIZED.value)


def test_termination_grounds_of_each_law() -> None:
    assert refused(state(C), Step.TERMINATION, NEW_LAW, ground=TerminationGround.SETTLED.value) == (
        f"Căn cứ đình chỉ không đúng quy định ({KN}, Điều 10, Điều 11a)."
    )
    gone = TerminationGround.COMPLAINANT_GONE.value
    assert refused(state(D), Step.TERMINATION, ground=gone) == (
        f"Căn cứ đình chỉ không đúng quy định ({TC}, Điều 34 khoản 2)."
    )
    assert refused(state(C), Step.TERMINATION, OLD_LAW, ground=gone) == (
        f"Đình chỉ vì lý do khác việc rút khiếu nại chỉ áp dụng từ 01/07/2026 ({KN}, "
        "Điều 11a, bổ sung bởi Luật số 136/2025/QH15)."
    )
    allowed(state(C), Step.TERMINATION, NEW_LAW, ground=gone)
    allowed(state(D), Step.TERMINATION, ground=TerminationGround.SETTLED.value)


def test_partial_withdrawal_of_a_complaint_only_from_1_july_2026() -> None:
    assert refused(state(C), Step.PARTIAL_WITHDRAWAL, OLD_LAW).startswith(
        "Rút một phần nội dung khiếu nại chỉ áp dụng từ 01/07/2026"
    )
    allowed(state(C), Step.PARTIAL_WITHDRAWAL, NEW_LAW)
    allowed(state(D), Step.PARTIAL_WITHDRAWAL, OLD_LAW)


# ---------------------------------------------------------------- verification, dialogue


def test_verification_report_needs_a_written_assignment() -> None:
    assert refused(state(C), Step.VERIFICATION_REPORT) == (
        f"Chưa giao nhiệm vụ xác minh bằng văn bản ({KN}, Điều 29)."
    )
    assert refused(state(D), Step.VERIFICATION_REPORT) == (
        f"Chưa giao nhiệm vụ xác minh bằng văn bản ({TC}, Điều 31)."
    )
    assert refused(state(D, done=done(Step.ASSIGN_VERIFICATION)), Step.CONCLUSION) == (
        f"Chưa có báo cáo kết quả xác minh nội dung tố cáo ({TC}, Điều 31, Điều 35)."
    )


def test_dialogue_in_order_notice_then_dialogue_then_minutes() -> None:
    assert refused(state(C), Step.DIALOGUE_HELD) == (
        f"Chưa thông báo đối thoại cho các bên ({KN}, Điều 30; NĐ 124/2020, Điều 28)."
    )
    assert refused(state(C, done=done(Step.DIALOGUE_SCHEDULED)), Step.MINUTES_SIGNED) == (
        "Chưa tổ chức đối thoại nên chưa có biên bản để lưu."
    )


def test_complexity_marked_until_very_complex() -> None:
    allowed(state(D, is_complex=True), Step.MARK_COMPLEX)
    assert refused(state(D, is_very_complex=True), Step.MARK_COMPLEX) == (
        "Vụ việc đã được xác định là đặc biệt phức tạp."
    )


def test_denunciation_extensions_one_if_complex_two_if_very_complex() -> None:
    base = f"{TC}, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3"
    assert refused(state(D), Step.EXTENSION) == (
        f"Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn ({base})."
    )
    assert refused(state(D, is_complex=True, extensions=1), Step.EXTENSION) == (
        "Vụ việc phức tạp chỉ được gia hạn một lần, mỗi lần không quá 30 ngày; "
        f"đã gia hạn 1 lần ({base})."
    )
    allowed(state(D, is_very_complex=True, extensions=1), Step.EXTENSION)
    assert refused(state(D, is_very_complex=True, extensions=2), Step.EXTENSION) == (
        "Vụ việc đặc biệt phức tạp được gia hạn tối đa hai lần, mỗi lần không quá 30 ngày; "
        f"đã gia hạn 2 lần ({base})."
    )


# ------------------------------------------------------------------------------ decision


def test_decision_needs_the_dialogues_the_law_requires() -> None:
    held = done(Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD)
    verified = done(Step.ASSIGN_VERIFICATION, Step.VERIFICATION_REPORT)
    assert refused(state(C, level=2, done=verified), Step.DECISION, result=WRONG) == (
        f"Giải quyết khiếu nại lần hai bắt buộc phải tổ chức đối thoại ({KN}, Điều 39)."
    )
    allowed(state(C, level=2, done=held | verified), Step.DECISION, result=WRONG)
    assert refused(state(C, is_disciplinary=True), Step.DECISION, result=RIGHT) == (
        f"Giải quyết khiếu nại quyết định kỷ luật bắt buộc phải tổ chức đối thoại ({KN}, Điều 50)."
    )
    differs = state(C, verification_differs=True, done=done(Step.VERIFICATION_REPORT))
    assert refused(differs, Step.DECISION, result=WRONG).endswith(f"({KN}, Điều 30 khoản 1).")
    allowed(state(C, verification_differs=True, done=held), Step.DECISION, result=RIGHT)


def test_decision_without_verification_only_when_the_complaint_is_right() -> None:
    for result in (WRONG, PARTLY):
        assert refused(state(C), Step.DECISION, result=result) == (
            "Chưa có báo cáo kết quả xác minh; chỉ được giải quyết ngay khi khiếu nại đúng "
            f"({KN}, Điều 29)."
        )
    allowed(state(C), Step.DECISION, result=RIGHT)
    allowed(state(C), Step.DECISION)  # no result yet: the step stays offered


def test_found_right_after_verification_needs_a_dialogue_first() -> None:
    verified = state(C, done=done(Step.ASSIGN_VERIFICATION, Step.VERIFICATION_REPORT))
    for result in (RIGHT, PARTLY):
        reason = refused(verified, Step.DECISION, result=result)
        assert reason.endswith(f"({KN}, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28).")
    allowed(verified, Step.DECISION, result=WRONG)


# ----------------------------------------------------------- after the decision/conclusion


def test_legal_effect_of_a_first_decision() -> None:
    decided = done(Step.DECISION)
    assert refused(state(C, done=decided), Step.LEGAL_EFFECT) == (
        f"Chưa gửi quyết định giải quyết cho người khiếu nại ({KN}, Điều 32, Điều 41)."
    )
    sent = done(Step.DECISION, Step.DISPATCH)
    challenged = state(C, done=sent, has_second_complaint=True)
    assert refused(challenged, Step.LEGAL_EFFECT).endswith(f"({KN}, Điều 44 khoản 1).")
    waiting = state(C, done=sent, legal_effect_on=date(2026, 4, 1))
    assert refused(waiting, Step.LEGAL_EFFECT, date(2026, 3, 31)) == (
        f"Quyết định chưa có hiệu lực pháp luật: có hiệu lực từ ngày 01/04/2026 ({KN}, Điều 44)."
    )
    allowed(waiting, Step.LEGAL_EFFECT, date(2026, 4, 1))
    assert refused(state(C, done=decided), Step.DECISION_RECEIVED) == (
        f"Chưa gửi quyết định giải quyết cho người khiếu nại ({KN}, Điều 32)."
    )


def test_enforcement_needs_a_decision_in_force_or_a_handled_conclusion() -> None:
    assert refused(state(C, status="decided", done=done(Step.DECISION)), Step.ENFORCEMENT_DONE) == (
        f"Chưa có quyết định có hiệu lực nên chưa tổ chức thực hiện ({KN})."
    )
    concluded = state(D, status="decided", done=done(Step.CONCLUSION))
    assert refused(concluded, Step.ENFORCEMENT_UPDATE) == (
        f"Chưa có xử lý kết luận nên chưa tổ chức thực hiện ({TC})."
    )


def test_only_second_instance_complaint_decisions_are_published() -> None:
    first = state(C, status="decided", done=done(Step.DECISION))
    assert refused(first, Step.PUBLICATION) == (
        f"Chỉ quyết định giải quyết khiếu nại lần hai phải công khai ({KN}, Điều 41)."
    )


def test_second_complaint_after_a_first_decision_or_an_overdue_first_instance() -> None:
    decided = done(Step.DECISION)
    assert refused(state(C, level=2, done=decided), Step.SECOND_COMPLAINT).endswith(
        f"({KN}, Điều 11 khoản 7)."
    )
    assert refused(state(C, done=decided, has_second_complaint=True), Step.SECOND_COMPLAINT) == (
        "Vụ việc đã có khiếu nại lần hai đang được giải quyết."
    )
    reason = f"hết thời hạn giải quyết mà không được giải quyết ({KN}, Điều 33)."
    assert refused(state(C), Step.SECOND_COMPLAINT).endswith(reason)
    due = state(C, due_on=date(2026, 3, 2))
    assert refused(due, Step.SECOND_COMPLAINT, date(2026, 3, 2)).endswith(reason)
    allowed(due, Step.SECOND_COMPLAINT, date(2026, 3, 3))
    closed = state(C, status="closed", done=decided)
    assert refused(closed, Step.SECOND_DECISION) == "Vụ việc chưa có khiếu nại lần hai."


def test_re_resolution_needs_a_further_denunciation() -> None:
    closed = state(D, status="closed", done=done(Step.CONCLUSION))
    assert refused(closed, Step.RE_RESOLUTION) == (
        f"Chưa có tố cáo tiếp đối với vụ việc này ({TC}, Điều 37)."
    )


@pytest.mark.parametrize("kind", [R, F])
def test_answer_needs_the_leader_assignment(kind: str) -> None:
    assert refused(state(kind), Step.ANSWER) == (
        "Lãnh đạo chưa giao xử lý và ấn định thời hạn trả lời (Luật Tiếp công dân, Điều 26)."
    )
