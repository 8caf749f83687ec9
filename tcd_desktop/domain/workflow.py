"""Workflow state machine of a case: which step the law allows in which state, and why not.

Pure data and functions.  A service builds a :class:`WorkflowState` from a case row and its
timeline, asks :func:`refusal` whether a step is allowed (``None``) or not (a Vietnamese
reason citing the law), records the step, then sets the status given by :func:`status_after`.
Complaints follow Luật Khiếu nại 2011 (LAW.md §5), denunciations Luật Tố cáo 2018 (§6),
recommendations and reflections Luật Tiếp công dân Điều 26–28 (§7); anonymous information
(Luật Tố cáo Điều 25) is its own record type with no statutory clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .calendar import format_vn_date
from .enums import CaseStatus
from .grounds import (
    ComplexityCriterion,
    DecisionResult,
    FilingGround,
    ProcessingOutcome,
    ReResolutionGround,
    SuspensionGround,
    TerminationGround,
)
from .workflow_steps import (
    _AFTER_CLOSE,
    _BEFORE_RESOLUTION,
    _ENFORCEMENT,
    _NEEDS_RESOLUTION,
    _ONCE,
    _S,
    _STATUS_AFTER,
    _WHILE_PAUSED,
    KN,
    STEPS_BY_KIND,
    SUSPENSION_GROUNDS,
    TC,
    TERMINATION_GROUNDS,
    CaseKind,
    Step,
)

__all__ = [
    "LAW_136_IN_FORCE",
    "CaseKind",
    "ComplexityCriterion",
    "DecisionResult",
    "FilingGround",
    "ProcessingOutcome",
    "ReResolutionGround",
    "Step",
    "SuspensionGround",
    "TerminationGround",
    "WorkflowState",
    "allowed_steps",
    "refusal",
    "status_after",
]

#: Luật 136/2025/QH15 and NĐ 154–156/2026 apply from this date (LAW.md §1, §10).
LAW_136_IN_FORCE = date(2026, 7, 1)


@dataclass(frozen=True)
class WorkflowState:
    """What the law needs to know about a case to allow or refuse a step."""

    kind: str
    level: int = 1
    status: str = CaseStatus.ACCEPTED.value
    done: frozenset[str] = frozenset()
    is_paused: bool = False
    paused_since: date | None = None
    is_complex: bool = False
    is_very_complex: bool = False
    extensions: int = 0
    verification_differs: bool = False
    legal_effect_on: date | None = None
    due_on: date | None = None
    has_second_complaint: bool = False
    open_further_denunciation: bool = False
    is_disciplinary: bool = False

    @property
    def resolved(self) -> bool:
        """True once the decision (khiếu nại) or conclusion (tố cáo) is issued."""
        return _S.DECISION.value in self.done or _S.CONCLUSION.value in self.done


def _law(kind: str) -> str:
    return TC if kind == CaseKind.DENUNCIATION else KN


def _kind_refusal(kind: CaseKind, step: Step) -> str:
    if kind == CaseKind.ANONYMOUS:
        return (
            f"«{step.label_vi}» không áp dụng: thông tin nặc danh không được xử lý như tố cáo "
            f"và không có thời hạn luật định ({TC}, Điều 25)."
        )
    if step == _S.EXTENSION and kind == CaseKind.COMPLAINT:
        return (
            f"{KN} không cho phép gia hạn thời hạn giải quyết khiếu nại; vụ việc phức tạp "
            "hoặc ở vùng sâu, vùng xa đã có thời hạn dài hơn (Điều 28, Điều 37)."
        )
    if step in (_S.DIALOGUE_SCHEDULED, _S.DIALOGUE_HELD) and kind == CaseKind.DENUNCIATION:
        return (
            f"Đối thoại là thủ tục giải quyết khiếu nại ({KN}, Điều 30), không áp dụng cho tố cáo."
        )
    if kind in (CaseKind.RECOMMENDATION, CaseKind.REFLECTION):
        return (
            f"«{step.label_vi}» không áp dụng cho {kind.label_vi.lower()}: lãnh đạo giao xử "
            "lý và ấn định thời hạn (Luật Tiếp công dân 2013, Điều 26–28)."
        )
    return f"«{step.label_vi}» không áp dụng cho vụ việc {kind.label_vi.lower()}."


def refusal(
    state: WorkflowState,
    step: Step,
    on: date,
    *,
    result: str | None = None,
    ground: str | None = None,
) -> str | None:
    """Why the law does not allow ``step`` on ``on`` in ``state`` (Vietnamese), or ``None``.

    ``result`` is the decision result for :attr:`Step.DECISION`; ``ground`` the suspension or
    termination ground for those steps.
    """
    if step == _S.DOCUMENT_ISSUED:  # a record of a paper, in any state; changes nothing
        return None
    kind = CaseKind(state.kind)
    if step not in STEPS_BY_KIND[kind]:
        return _kind_refusal(kind, step)
    status = CaseStatus(state.status)
    if status.is_final and not (status == CaseStatus.CLOSED and step in _AFTER_CLOSE):
        return f"Vụ việc đã kết thúc ({status.label_vi}); không thể thực hiện «{step.label_vi}»."
    if state.is_paused and step not in _WHILE_PAUSED:
        since = f" từ ngày {format_vn_date(state.paused_since)}" if state.paused_since else ""
        return (
            f"Vụ việc đang tạm đình chỉ giải quyết{since}; phải có quyết định tiếp tục giải "
            f"quyết trước khi «{step.label_vi}» ({_law(kind)})."
        )
    if step in _ONCE and step.value in state.done:
        return f"Bước «{step.label_vi}» đã được thực hiện cho vụ việc này."
    what = "kết luận nội dung tố cáo" if kind == CaseKind.DENUNCIATION else "quyết định giải quyết"
    if step in _BEFORE_RESOLUTION and state.resolved:
        return f"Vụ việc đã có {what}; không thể «{step.label_vi}» ({_law(kind)})."
    if step in _NEEDS_RESOLUTION and not state.resolved:
        return f"Chưa có {what} nên chưa thể «{step.label_vi}»."
    return _specific(state, kind, step, on, result, ground)


def _specific(
    state: WorkflowState,
    kind: CaseKind,
    step: Step,
    on: date,
    result: str | None,
    ground: str | None,
) -> str | None:
    done = state.done
    new_law = on >= LAW_136_IN_FORCE
    if step == _S.RESUMPTION and not state.is_paused:
        return "Vụ việc không ở trạng thái tạm đình chỉ nên không có gì để tiếp tục."
    if step == _S.SUSPENSION:
        if state.is_paused:
            return "Vụ việc đang tạm đình chỉ."
        if kind == CaseKind.COMPLAINT and not new_law:
            return (
                f"Tạm đình chỉ giải quyết khiếu nại chỉ áp dụng từ 01/07/2026 ({KN}, Điều 11a, "
                "bổ sung bởi Luật số 136/2025/QH15)."
            )
        if ground is not None and ground not in SUSPENSION_GROUNDS[kind]:
            return f"Căn cứ tạm đình chỉ không đúng quy định ({_law(kind)}, {_art(kind, 'susp')})."
    if step == _S.TERMINATION and ground is not None:
        if ground not in TERMINATION_GROUNDS[kind]:
            return f"Căn cứ đình chỉ không đúng quy định ({_law(kind)}, {_art(kind, 'term')})."
        if kind == CaseKind.COMPLAINT and ground != TerminationGround.WITHDRAWN and not new_law:
            return (
                f"Đình chỉ vì lý do khác việc rút khiếu nại chỉ áp dụng từ 01/07/2026 ({KN}, "
                "Điều 11a, bổ sung bởi Luật số 136/2025/QH15)."
            )
    if step == _S.PARTIAL_WITHDRAWAL and kind == CaseKind.COMPLAINT and not new_law:
        return (
            "Rút một phần nội dung khiếu nại chỉ áp dụng từ 01/07/2026 (Luật số "
            "136/2025/QH15); trước ngày này chỉ được rút toàn bộ (Luật Khiếu nại, Điều 10)."
        )
    if step == _S.VERIFICATION_REPORT and _S.ASSIGN_VERIFICATION.value not in done:
        return f"Chưa giao nhiệm vụ xác minh bằng văn bản ({_law(kind)}, {_art(kind, 'verify')})."
    if step == _S.DIALOGUE_HELD and _S.DIALOGUE_SCHEDULED.value not in done:
        return f"Chưa thông báo đối thoại cho các bên ({KN}, Điều 30; NĐ 124/2020, Điều 28)."
    if step == _S.MINUTES_SIGNED and _S.DIALOGUE_HELD.value not in done:
        return "Chưa tổ chức đối thoại nên chưa có biên bản để lưu."
    if step == _S.DECISION:
        return _decision_refusal(state, result)
    if step == _S.CONCLUSION and _S.VERIFICATION_REPORT.value not in done:
        return f"Chưa có báo cáo kết quả xác minh nội dung tố cáo ({TC}, Điều 31, Điều 35)."
    if step == _S.MARK_COMPLEX and state.is_very_complex:
        return "Vụ việc đã được xác định là đặc biệt phức tạp."
    if step == _S.EXTENSION:
        return _extension_refusal(state)
    if step == _S.LEGAL_EFFECT:
        if state.level == 1 and state.has_second_complaint:
            return (
                f"Người khiếu nại đã khiếu nại lần hai nên quyết định giải quyết lần đầu không "
                f"có hiệu lực theo thời hạn ({KN}, Điều 44 khoản 1)."
            )
        if _S.DISPATCH.value not in done:
            return f"Chưa gửi quyết định giải quyết cho người khiếu nại ({KN}, Điều 32, Điều 41)."
        if state.legal_effect_on and on < state.legal_effect_on:
            return (
                f"Quyết định chưa có hiệu lực pháp luật: có hiệu lực từ ngày "
                f"{format_vn_date(state.legal_effect_on)} ({KN}, Điều 44)."
            )
    if step in _ENFORCEMENT and state.status != CaseStatus.ENFORCING:
        need = "xử lý kết luận" if kind == CaseKind.DENUNCIATION else "quyết định có hiệu lực"
        return f"Chưa có {need} nên chưa tổ chức thực hiện ({_law(kind)})."
    if step == _S.PUBLICATION and kind == CaseKind.COMPLAINT and state.level != 2:
        return f"Chỉ quyết định giải quyết khiếu nại lần hai phải công khai ({KN}, Điều 41)."
    if step == _S.SECOND_COMPLAINT:
        if state.level != 1:
            return (
                f"Khiếu nại đã có quyết định giải quyết lần hai thì không thụ lý khiếu nại "
                f"tiếp ({KN}, Điều 11 khoản 7)."
            )
        if state.has_second_complaint:
            return "Vụ việc đã có khiếu nại lần hai đang được giải quyết."
        if not state.resolved and (state.due_on is None or on <= state.due_on):
            return (
                f"Chỉ được khiếu nại lần hai khi đã có quyết định giải quyết lần đầu hoặc đã "
                f"hết thời hạn giải quyết mà không được giải quyết ({KN}, Điều 33)."
            )
    if step == _S.DECISION_RECEIVED and _S.DISPATCH.value not in done:
        return f"Chưa gửi quyết định giải quyết cho người khiếu nại ({KN}, Điều 32)."
    if step == _S.SECOND_DECISION and not state.has_second_complaint:
        return "Vụ việc chưa có khiếu nại lần hai."
    if step == _S.RE_RESOLUTION and not state.open_further_denunciation:
        return f"Chưa có tố cáo tiếp đối với vụ việc này ({TC}, Điều 37)."
    if step == _S.ANSWER and _S.ASSIGNMENT.value not in done:
        return "Lãnh đạo chưa giao xử lý và ấn định thời hạn trả lời (Luật Tiếp công dân, Điều 26)."
    return None


def _decision_refusal(state: WorkflowState, result: str | None) -> str | None:
    done = state.done
    held = _S.DIALOGUE_HELD.value in done
    if state.level == 2 and not held:
        return f"Giải quyết khiếu nại lần hai bắt buộc phải tổ chức đối thoại ({KN}, Điều 39)."
    if state.is_disciplinary and not held:
        return (
            f"Giải quyết khiếu nại quyết định kỷ luật bắt buộc phải tổ chức đối thoại "
            f"({KN}, Điều 50)."
        )
    # Without a result yet (listing the steps) the step stays offered: a complaint found right
    # may be decided at once; decide_complaint re-checks with the actual result.
    if (
        result is not None
        and result != DecisionResult.RIGHT
        and _S.VERIFICATION_REPORT.value not in done
    ):
        return (
            f"Chưa có báo cáo kết quả xác minh; chỉ được giải quyết ngay khi khiếu nại đúng "
            f"({KN}, Điều 29)."
        )
    if state.level == 1 and state.verification_differs and _S.DIALOGUE_HELD.value not in done:
        return (
            f"Yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau nên phải tổ chức "
            f"đối thoại trước khi quyết định ({KN}, Điều 30 khoản 1)."
        )
    verified = _S.VERIFICATION_REPORT.value in done
    if (
        state.level == 1
        and not held
        and verified
        and result in (DecisionResult.RIGHT, DecisionResult.PARTLY)
    ):
        return (
            f"Quyết định kết luận khiếu nại đúng hoặc đúng một phần sau xác minh phải tổ chức "
            f"đối thoại trước ({KN}, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28)."
        )
    return None


def _extension_refusal(state: WorkflowState) -> str | None:
    base = f"{TC}, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3"
    if not (state.is_complex or state.is_very_complex):
        return f"Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn ({base})."
    allowed = 2 if state.is_very_complex else 1
    if state.extensions >= allowed:
        rule = (
            "đặc biệt phức tạp được gia hạn tối đa hai lần"
            if allowed == 2
            else "phức tạp chỉ được gia hạn một lần"
        )
        return f"Vụ việc {rule}, mỗi lần không quá 30 ngày; đã gia hạn {state.extensions} lần ({base})."
    return None


def _art(kind: CaseKind, what: str) -> str:
    table = {
        ("susp", True): "Điều 34 khoản 1",
        ("susp", False): "Điều 11a",
        ("term", True): "Điều 34 khoản 2",
        ("term", False): "Điều 10, Điều 11a",
        ("verify", True): "Điều 31",
        ("verify", False): "Điều 29",
    }
    return table[(what, kind == CaseKind.DENUNCIATION)]


def status_after(state: WorkflowState, step: Step) -> str:
    """Case status once ``step`` is recorded (resumption is restored by the service)."""
    return str(_STATUS_AFTER.get(step, state.status))


def allowed_steps(state: WorkflowState, on: date) -> list[tuple[Step, str | None]]:
    """Every step applicable to the case's kind with its refusal reason (``None`` = allowed)."""
    kind = CaseKind(state.kind)
    return [(s, refusal(state, s, on)) for s in Step if s in STEPS_BY_KIND[kind]]
