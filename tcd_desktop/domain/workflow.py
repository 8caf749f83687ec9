"""Workflow state machine of a case: which step the law allows in which state, and why not.

Pure data and functions.  A service builds a :class:`WorkflowState` from a case row and its
timeline, asks :func:`refusal` whether a step is allowed (``None``) or not (a Vietnamese
reason citing the law, a coded message of ``workflow_messages.py``), records the step, then sets the status given by :func:`status_after`.
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
from .messages import Message
from .workflow_messages import MESSAGES as _M
from .workflow_steps import (
    _AFTER_CLOSE,
    _BEFORE_RESOLUTION,
    _ENFORCEMENT,
    _NEEDS_RESOLUTION,
    _ONCE,
    _S,
    _STATUS_AFTER,
    _WHILE_PAUSED,
    STEPS_BY_KIND,
    SUSPENSION_GROUNDS,
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


def _law(kind: str) -> Message:
    return _M("law.denunciations" if kind == CaseKind.DENUNCIATION else "law.complaints")


def _kind_refusal(kind: CaseKind, step: Step) -> str:
    if kind == CaseKind.ANONYMOUS:
        return _M("kind.anonymous", step=step)
    if step == _S.EXTENSION and kind == CaseKind.COMPLAINT:
        return _M("kind.no_complaint_extension")
    if step in (_S.DIALOGUE_SCHEDULED, _S.DIALOGUE_HELD) and kind == CaseKind.DENUNCIATION:
        return _M("kind.no_denunciation_dialogue")
    if kind in (CaseKind.RECOMMENDATION, CaseKind.REFLECTION):
        return _M("kind.assigned_by_leader", step=step, kind=_M(f"kind.{kind.value}"))
    return _M("kind.not_applicable", step=step, kind=_M(f"kind.{kind.value}"))


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
        return _M("state.closed", status=status, step=step)
    if state.is_paused and step not in _WHILE_PAUSED:
        if state.paused_since:
            return _M(
                "state.paused_since",
                date=format_vn_date(state.paused_since),
                step=step,
                law=_law(kind),
            )
        return _M("state.paused", step=step, law=_law(kind))
    if step in _ONCE and step.value in state.done:
        return _M("state.done_once", step=step)
    denunciation = kind == CaseKind.DENUNCIATION
    if step in _BEFORE_RESOLUTION and state.resolved:
        return _M("state.concluded" if denunciation else "state.decided", step=step, law=_law(kind))
    if step in _NEEDS_RESOLUTION and not state.resolved:
        return _M("state.not_concluded" if denunciation else "state.not_decided", step=step)
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
        return _M("step.not_paused")
    if step == _S.SUSPENSION:
        if state.is_paused:
            return _M("step.already_paused")
        if kind == CaseKind.COMPLAINT and not new_law:
            return _M("step.suspension_too_early")
        if ground is not None and ground not in SUSPENSION_GROUNDS[kind]:
            return _M("step.suspension_ground", law=_law(kind), article=_art(kind, "susp"))
    if step == _S.TERMINATION and ground is not None:
        if ground not in TERMINATION_GROUNDS[kind]:
            return _M("step.termination_ground", law=_law(kind), article=_art(kind, "term"))
        if kind == CaseKind.COMPLAINT and ground != TerminationGround.WITHDRAWN and not new_law:
            return _M("step.termination_too_early")
    if step == _S.PARTIAL_WITHDRAWAL and kind == CaseKind.COMPLAINT and not new_law:
        return _M("step.partial_withdrawal_too_early")
    if step == _S.VERIFICATION_REPORT and _S.ASSIGN_VERIFICATION.value not in done:
        return _M("step.verification_not_assigned", law=_law(kind), article=_art(kind, "verify"))
    if step == _S.DIALOGUE_HELD and _S.DIALOGUE_SCHEDULED.value not in done:
        return _M("step.dialogue_not_notified")
    if step == _S.MINUTES_SIGNED and _S.DIALOGUE_HELD.value not in done:
        return _M("step.dialogue_not_held")
    if step == _S.DECISION:
        return _decision_refusal(state, result)
    if step == _S.CONCLUSION and _S.VERIFICATION_REPORT.value not in done:
        return _M("step.no_verification_report")
    if step == _S.MARK_COMPLEX and state.is_very_complex:
        return _M("step.already_very_complex")
    if step == _S.EXTENSION:
        return _extension_refusal(state)
    if step == _S.LEGAL_EFFECT:
        if state.level == 1 and state.has_second_complaint:
            return _M("step.second_complaint_lodged")
        if _S.DISPATCH.value not in done:
            return _M("step.decision_not_sent_effect")
        if state.legal_effect_on and on < state.legal_effect_on:
            return _M("step.not_yet_effective", date=format_vn_date(state.legal_effect_on))
    if step in _ENFORCEMENT and state.status != CaseStatus.ENFORCING:
        need = (
            "step.enforcement_no_handling"
            if kind == CaseKind.DENUNCIATION
            else "step.enforcement_not_effective"
        )
        return _M(need, law=_law(kind))
    if step == _S.PUBLICATION and kind == CaseKind.COMPLAINT and state.level != 2:
        return _M("step.publication_second_only")
    if step == _S.SECOND_COMPLAINT:
        if state.level != 1:
            return _M("step.no_third_complaint")
        if state.has_second_complaint:
            return _M("step.second_complaint_open")
        if not state.resolved and (state.due_on is None or on <= state.due_on):
            return _M("step.second_complaint_too_early")
    if step == _S.DECISION_RECEIVED and _S.DISPATCH.value not in done:
        return _M("step.decision_not_sent")
    if step == _S.SECOND_DECISION and not state.has_second_complaint:
        return _M("step.no_second_complaint")
    if step == _S.RE_RESOLUTION and not state.open_further_denunciation:
        return _M("step.no_further_denunciation")
    if step == _S.ANSWER and _S.ASSIGNMENT.value not in done:
        return _M("step.not_assigned")
    return None


def _decision_refusal(state: WorkflowState, result: str | None) -> str | None:
    done = state.done
    held = _S.DIALOGUE_HELD.value in done
    if state.level == 2 and not held:
        return _M("decision.second_needs_dialogue")
    if state.is_disciplinary and not held:
        return _M("decision.disciplinary_needs_dialogue")
    # Without a result yet (listing the steps) the step stays offered: a complaint found right
    # may be decided at once; decide_complaint re-checks with the actual result.
    if (
        result is not None
        and result != DecisionResult.RIGHT
        and _S.VERIFICATION_REPORT.value not in done
    ):
        return _M("decision.needs_verification")
    if state.level == 1 and state.verification_differs and _S.DIALOGUE_HELD.value not in done:
        return _M("decision.differs_needs_dialogue")
    verified = _S.VERIFICATION_REPORT.value in done
    if (
        state.level == 1
        and not held
        and verified
        and result in (DecisionResult.RIGHT, DecisionResult.PARTLY)
    ):
        return _M("decision.right_needs_dialogue")
    return None


def _extension_refusal(state: WorkflowState) -> str | None:
    if not (state.is_complex or state.is_very_complex):
        return _M("extension.not_complex")
    allowed = 2 if state.is_very_complex else 1
    if state.extensions >= allowed:
        rule = "extension.twice_used" if allowed == 2 else "extension.once_used"
        return _M(rule, count=state.extensions)
    return None


def _art(kind: CaseKind, what: str) -> Message:
    return _M(f"article.{what}_{'denunciation' if kind == CaseKind.DENUNCIATION else 'complaint'}")


def status_after(state: WorkflowState, step: Step) -> str:
    """Case status once ``step`` is recorded (resumption is restored by the service)."""
    return str(_STATUS_AFTER.get(step, state.status))


def allowed_steps(state: WorkflowState, on: date) -> list[tuple[Step, str | None]]:
    """Every step applicable to the case's kind with its refusal reason (``None`` = allowed)."""
    kind = CaseKind(state.kind)
    return [(s, refusal(state, s, on)) for s in Step if s in STEPS_BY_KIND[kind]]
