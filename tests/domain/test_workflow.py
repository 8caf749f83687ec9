"""The case workflow state machine (domain/workflow.py): every step it allows, what each step
leaves the case's status as, the terminal states, and whole cases walked step by step.

The refused steps and their reasons are in test_workflow_refusals.py.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.workflow import (
    STEPS_BY_KIND,
    CaseKind,
    DecisionResult,
    Step,
    SuspensionGround,
    TerminationGround,
    WorkflowState,
    allowed_steps,
    refusal,
    status_after,
)

OLD_LAW = date(2026, 3, 2)  # before Luật 136/2025/QH15 (01/07/2026)
NEW_LAW = date(2026, 8, 3)
C, D = CaseKind.COMPLAINT.value, CaseKind.DENUNCIATION.value
R, F, A = CaseKind.RECOMMENDATION.value, CaseKind.REFLECTION.value, CaseKind.ANONYMOUS.value
ST = CaseStatus
FINAL = [s for s in CaseStatus if s.is_final]
VERIFIED = frozenset({Step.ASSIGN_VERIFICATION.value, Step.VERIFICATION_REPORT.value})


def done(*steps: Step) -> frozenset[str]:
    return frozenset(s.value for s in steps)


def state(kind: str, **fields: object) -> WorkflowState:
    return WorkflowState(kind=kind, **fields)  # type: ignore[arg-type]


def ok(kind: str, step: Step, after: CaseStatus, on: date = OLD_LAW, **fields: object) -> object:
    """One allowed step: ``result``/``ground`` go to refusal(), the rest makes the state."""
    result, ground = fields.pop("result", None), fields.pop("ground", None)
    return pytest.param(kind, step, fields, on, result, ground, after, id=f"{kind}-{step.value}")


DEC, CON = done(Step.DECISION), done(Step.CONCLUSION)
ASSIGNED = done(Step.ASSIGN_VERIFICATION)
SCHEDULED, HELD = done(Step.DIALOGUE_SCHEDULED), done(Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD)
DISPATCHED = done(Step.DECISION, Step.DISPATCH)
ALLOWED = [
    ok(C, Step.ACCEPTANCE_NOTICE, ST.ACCEPTED),
    ok(C, Step.MARK_COMPLEX, ST.ACCEPTED, NEW_LAW),
    ok(C, Step.ASSIGN_VERIFICATION, ST.VERIFYING),
    ok(C, Step.VERIFICATION_REPORT, ST.VERIFYING, status="verifying", done=ASSIGNED),
    ok(C, Step.SUSPENSION, ST.SUSPENDED, NEW_LAW, ground=SuspensionGround.FORCE_MAJEURE.value),
    # resumption keeps the status: the service restores the one from before the suspension
    ok(C, Step.RESUMPTION, ST.SUSPENDED, NEW_LAW, status="suspended", is_paused=True),
    ok(C, Step.PARTIAL_WITHDRAWAL, ST.ACCEPTED, NEW_LAW),
    ok(C, Step.WITHDRAWAL, ST.WITHDRAWN),
    ok(C, Step.TERMINATION, ST.TERMINATED, ground=TerminationGround.WITHDRAWN.value),
    ok(
        C, Step.TERMINATION, ST.TERMINATED, NEW_LAW, ground=TerminationGround.COMPLAINANT_GONE.value
    ),
    ok(C, Step.DIALOGUE_SCHEDULED, ST.DIALOGUE),
    ok(C, Step.DIALOGUE_HELD, ST.DIALOGUE, status="dialogue", done=SCHEDULED),
    ok(C, Step.MINUTES_SIGNED, ST.DIALOGUE, status="dialogue", done=HELD),
    ok(C, Step.DECISION, ST.DECIDED, result=DecisionResult.RIGHT.value),
    ok(C, Step.DECISION, ST.DECIDED, done=VERIFIED, result=DecisionResult.WRONG.value),
    ok(
        C,
        Step.DECISION,
        ST.DECIDED,
        level=2,
        done=HELD | VERIFIED,
        result=DecisionResult.PARTLY.value,
    ),
    ok(C, Step.DISPATCH, ST.DECIDED, status="decided", done=DEC),
    ok(C, Step.DECISION_RECEIVED, ST.DECIDED, status="decided", done=DISPATCHED),
    ok(C, Step.LEGAL_EFFECT, ST.ENFORCING, done=DISPATCHED, legal_effect_on=OLD_LAW),
    ok(C, Step.PUBLICATION, ST.DECIDED, level=2, status="decided", done=DEC),
    ok(C, Step.ENFORCEMENT_UPDATE, ST.ENFORCING, status="enforcing", done=DEC),
    ok(C, Step.ENFORCEMENT_DONE, ST.CLOSED, status="enforcing", done=DEC),
    ok(C, Step.SECOND_COMPLAINT, ST.DECIDED, status="decided", done=DEC),
    # not decided in time: the complainant may go to the second instance (Điều 33)
    ok(C, Step.SECOND_COMPLAINT, ST.ACCEPTED, due_on=date(2026, 3, 1)),
    ok(C, Step.SECOND_DECISION, ST.CLOSED, status="closed", done=DEC, has_second_complaint=True),
    ok(D, Step.ACCEPTANCE_NOTICE, ST.ACCEPTED),
    ok(D, Step.MARK_COMPLEX, ST.ACCEPTED, is_complex=True),
    ok(D, Step.ASSIGN_VERIFICATION, ST.VERIFYING),
    ok(D, Step.VERIFICATION_REPORT, ST.VERIFYING, status="verifying", done=ASSIGNED),
    ok(D, Step.SUSPENSION, ST.SUSPENDED, ground=SuspensionGround.AWAIT_ASSESSMENT.value),
    ok(D, Step.RESUMPTION, ST.SUSPENDED, status="suspended", is_paused=True),
    ok(D, Step.PARTIAL_WITHDRAWAL, ST.ACCEPTED),
    ok(D, Step.WITHDRAWAL, ST.WITHDRAWN),
    ok(D, Step.TERMINATION, ST.TERMINATED, ground=TerminationGround.ACCUSED_DIED.value),
    ok(D, Step.EXTENSION, ST.ACCEPTED, is_complex=True),
    ok(D, Step.EXTENSION, ST.ACCEPTED, is_very_complex=True, extensions=1),
    ok(D, Step.CONCLUSION, ST.DECIDED, status="verifying", done=VERIFIED),
    ok(D, Step.DISPATCH, ST.DECIDED, status="decided", done=CON),
    ok(D, Step.HANDLING, ST.ENFORCING, status="decided", done=CON),
    ok(D, Step.PUBLICATION, ST.DECIDED, status="decided", done=CON),
    ok(D, Step.ENFORCEMENT_UPDATE, ST.ENFORCING, status="enforcing", done=CON),
    ok(D, Step.ENFORCEMENT_DONE, ST.CLOSED, status="enforcing", done=CON),
    ok(D, Step.FURTHER_DENUNCIATION, ST.CLOSED, status="closed", done=CON),
    ok(D, Step.RE_RESOLUTION, ST.CLOSED, status="closed", done=CON, open_further_denunciation=True),
    ok(D, Step.TO_POLICE, ST.CLOSED, status="closed", done=CON),
    ok(D, Step.CLOCK_STARTED, ST.CLOSED, status="closed"),
    ok(D, Step.CLOCK_MET, ST.CLOSED, status="closed"),
    ok(R, Step.ASSIGNMENT, ST.ACCEPTED),
    ok(R, Step.ANSWER, ST.CLOSED, done=done(Step.ASSIGNMENT)),
    ok(F, Step.ASSIGNMENT, ST.ACCEPTED),
    ok(F, Step.ANSWER, ST.CLOSED, done=done(Step.ASSIGNMENT)),
    ok(A, Step.ASSIGN_VERIFICATION, ST.VERIFYING),
    ok(A, Step.VERIFICATION_REPORT, ST.VERIFYING, status="verifying", done=ASSIGNED),
    ok(A, Step.CLOSE, ST.CLOSED, status="verifying"),
]


@pytest.mark.parametrize(("kind", "step", "fields", "on", "result", "ground", "after"), ALLOWED)
def test_allowed_step_and_the_status_it_leaves(
    kind: str,
    step: Step,
    fields: dict[str, object],
    on: date,
    result: str | None,
    ground: str | None,
    after: CaseStatus,
) -> None:
    current = state(kind, **fields)
    assert refusal(current, step, on, result=result, ground=ground) is None
    assert status_after(current, step) == after.value


def test_every_step_of_every_kind_has_an_allowed_case() -> None:
    covered = {(p.values[0], p.values[1]) for p in ALLOWED}
    expected = {(kind.value, step) for kind, steps in STEPS_BY_KIND.items() for step in steps}
    assert expected and covered == expected


def test_acceptance_is_not_a_timeline_step_of_any_kind() -> None:
    """Thụ lý happens when the petition is processed; the machine never offers it again."""
    for kind in CaseKind:
        assert Step.ACCEPTANCE not in STEPS_BY_KIND[kind]
        assert refusal(state(kind.value), Step.ACCEPTANCE, OLD_LAW) is not None
    assert len(CaseKind) == 5


@pytest.mark.parametrize("kind", list(CaseKind))
@pytest.mark.parametrize("status", list(CaseStatus))
def test_a_document_may_be_recorded_in_every_state(kind: CaseKind, status: CaseStatus) -> None:
    current = state(kind.value, status=status.value, is_paused=True)
    assert refusal(current, Step.DOCUMENT_ISSUED, OLD_LAW) is None
    assert status_after(current, Step.DOCUMENT_ISSUED) == status.value


@pytest.mark.parametrize("kind", list(CaseKind))
@pytest.mark.parametrize("status", FINAL, ids=[s.value for s in FINAL])
def test_terminal_states_refuse_every_step(kind: CaseKind, status: CaseStatus) -> None:
    """Only a closed case goes on, and only with the steps that follow a closed case."""
    after_close = {
        Step.SECOND_COMPLAINT,
        Step.SECOND_DECISION,
        Step.FURTHER_DENUNCIATION,
        Step.RE_RESOLUTION,
        Step.DECISION_RECEIVED,
        Step.TO_POLICE,
        Step.CLOCK_STARTED,
        Step.CLOCK_MET,
    }
    current = state(kind.value, status=status.value, done=done(Step.DECISION, Step.CONCLUSION))
    checked = 0
    for step in STEPS_BY_KIND[kind]:
        reason = refusal(current, step, NEW_LAW)
        if status == CaseStatus.CLOSED and step in after_close:
            assert reason is None or "đã kết thúc" not in reason, step
        else:
            assert reason == (
                f"Vụ việc đã kết thúc ({status.label_vi}); không thể thực hiện «{step.label_vi}»."
            )
        checked += 1
    assert checked == len(STEPS_BY_KIND[kind]) > 0


def test_status_after_a_step_that_sets_no_status_keeps_the_current_one() -> None:
    for status in (ST.ACCEPTED, ST.VERIFYING, ST.DIALOGUE, ST.DECIDED, ST.ENFORCING):
        current = state(C, status=status.value)
        assert status_after(current, Step.ACCEPTANCE_NOTICE) == status.value
        assert status_after(current, Step.DECISION) == ST.DECIDED.value


def test_allowed_steps_lists_the_kind_steps_in_order_with_reasons() -> None:
    fresh = state(C)
    listed = allowed_steps(fresh, OLD_LAW)
    assert [s for s, _ in listed] == [s for s in Step if s in STEPS_BY_KIND[CaseKind.COMPLAINT]]
    assert all(reason == refusal(fresh, s, OLD_LAW) for s, reason in listed)
    assert {s for s, reason in listed if reason is None} == {
        Step.ACCEPTANCE_NOTICE,
        Step.MARK_COMPLEX,
        Step.ASSIGN_VERIFICATION,
        Step.DIALOGUE_SCHEDULED,
        Step.WITHDRAWAL,
        Step.TERMINATION,
        Step.DECISION,
    }
    # from 01/07/2026 suspension and partial withdrawal of a complaint become possible
    newly = {s for s, reason in allowed_steps(fresh, NEW_LAW) if reason is None}
    assert newly - {s for s, reason in listed if reason is None} == {
        Step.SUSPENSION,
        Step.PARTIAL_WITHDRAWAL,
    }
    assert [s for s, _ in allowed_steps(state(A), OLD_LAW)] == [
        Step.ASSIGN_VERIFICATION,
        Step.VERIFICATION_REPORT,
        Step.CLOSE,
    ]


# --------------------------------------------------------------- whole cases, step by step


def record(
    current: WorkflowState, step: Step, on: date, result: str | None = None
) -> WorkflowState:
    """``step`` must be allowed; the state a service would keep after recording it."""
    assert refusal(current, step, on, result=result) is None, step
    return dataclasses.replace(
        current,
        done=current.done | {step.value},
        status=status_after(current, step),
        is_paused=step == Step.SUSPENSION or (current.is_paused and step != Step.RESUMPTION),
    )


def walk(current: WorkflowState, on: date, *steps: Step | tuple[Step, str]) -> WorkflowState:
    for item in steps:
        step, result = item if isinstance(item, tuple) else (item, None)
        current = record(current, step, on, result)
    return current


def test_first_complaint_from_acceptance_to_enforcement() -> None:
    case = walk(
        state(C),
        OLD_LAW,
        Step.ACCEPTANCE_NOTICE,
        Step.ASSIGN_VERIFICATION,
        Step.VERIFICATION_REPORT,
        Step.DIALOGUE_SCHEDULED,
        Step.DIALOGUE_HELD,
        Step.MINUTES_SIGNED,
        (Step.DECISION, DecisionResult.PARTLY.value),
        Step.DISPATCH,
        Step.DECISION_RECEIVED,
    )
    assert case.status == ST.DECIDED.value and case.resolved
    case = walk(
        dataclasses.replace(case, legal_effect_on=OLD_LAW),
        OLD_LAW,
        Step.LEGAL_EFFECT,
        Step.ENFORCEMENT_UPDATE,
        Step.ENFORCEMENT_DONE,
    )
    assert case.status == ST.CLOSED.value
    # closed, a second complaint may still come; nothing of the first instance may
    assert refusal(case, Step.SECOND_COMPLAINT, OLD_LAW) is None
    assert refusal(case, Step.ENFORCEMENT_UPDATE, OLD_LAW) is not None


def test_second_complaint_decided_after_a_dialogue_and_published() -> None:
    case = walk(
        state(C, level=2),
        OLD_LAW,
        Step.ASSIGN_VERIFICATION,
        Step.VERIFICATION_REPORT,
        Step.DIALOGUE_SCHEDULED,
        Step.DIALOGUE_HELD,
        (Step.DECISION, DecisionResult.WRONG.value),
        Step.DISPATCH,
        Step.PUBLICATION,
    )
    assert case.status == ST.DECIDED.value
    assert refusal(case, Step.SECOND_COMPLAINT, OLD_LAW) is not None


def test_denunciation_suspended_resumed_concluded_and_handled() -> None:
    case = walk(
        state(D, is_complex=True),
        OLD_LAW,
        Step.ACCEPTANCE_NOTICE,
        Step.EXTENSION,
        Step.ASSIGN_VERIFICATION,
        Step.SUSPENSION,
    )
    assert case.status == ST.SUSPENDED.value and case.is_paused
    assert refusal(case, Step.VERIFICATION_REPORT, OLD_LAW) is not None
    case = dataclasses.replace(record(case, Step.RESUMPTION, OLD_LAW), status="verifying")
    case = walk(
        case,
        OLD_LAW,
        Step.VERIFICATION_REPORT,
        Step.CONCLUSION,
        Step.DISPATCH,
        Step.HANDLING,
        Step.PUBLICATION,
        Step.ENFORCEMENT_DONE,
        Step.TO_POLICE,
    )
    assert case.status == ST.CLOSED.value


def test_recommendation_and_anonymous_information_close() -> None:
    assert walk(state(R), OLD_LAW, Step.ASSIGNMENT, Step.ANSWER).status == ST.CLOSED.value
    assert walk(state(F), OLD_LAW, Step.ASSIGNMENT, Step.ANSWER).status == ST.CLOSED.value
    anonymous = walk(
        state(A), OLD_LAW, Step.ASSIGN_VERIFICATION, Step.VERIFICATION_REPORT, Step.CLOSE
    )
    assert anonymous.status == ST.CLOSED.value
    assert refusal(anonymous, Step.ASSIGN_VERIFICATION, OLD_LAW) is not None
