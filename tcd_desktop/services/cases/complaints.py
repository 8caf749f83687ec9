"""Complaint decisions (Luật Khiếu nại 2011 Điều 31, 40) and their legal effect (Điều 44).

The decision ends the resolution clock (``closed_on``: the board compares it with
``due_on``), fixes the date of legal effect (K10/K11) and starts the dispatch limit
(K4/K8, see ``explain_due``).  A second-level decision closes the first-level case.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.workflow import DecisionResult, Step, WorkflowState, status_after
from tcd_desktop.services.cases.clock import follow_up_due, second_complaint_window
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _load_case,
    _rulebook_for,
    finish_step,
    last_event_on,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed


def check_result(result: str) -> DecisionResult:
    """The decision result, or ``ValidationFailed``."""
    if result not in DecisionResult._value2member_map_:
        raise ValidationFailed({"result": CASE_MESSAGES("decision.result_missing")})
    return DecisionResult(result)


def decide_complaint(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    result: str,
    on: dt.date,
    number: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    dialogue_skip_reason: str = "",
) -> StepResult:
    """Quyết định giải quyết khiếu nại lần đầu/lần hai: right, partly right or wrong.

    Refused at second level and for a disciplinary decision without a dialogue (Điều 39,
    50), without a verification report unless the complaint is right (Điều 29), and at first
    level without the dialogue the verification result or a right/partly right finding
    requires (Điều 30 k1; NĐ 124/2020 Điều 28).  Any other first-level decision without a
    dialogue records why it was not held (``dialogue_skip_reason``).
    """
    require(actor, *OFFICERS, action="xử lý vụ việc")
    verdict = check_result(result)
    decision_no = require_text(number, "number", CASE_MESSAGES("step.decision_number_missing"))
    case, _events, state = start_step(
        session,
        actor,
        case_id,
        Step.DECISION,
        on,
        expected_version=expected_version,
        result=verdict.value,
    )
    skipped = dialogue_skipped(state, verdict, dialogue_skip_reason)
    book = _rulebook_for(session)
    effect = follow_up_due(
        book, case, "K10" if case.level == 1 else "K11", on, remote=case.is_remote
    )
    case.decision_number, case.decision_on, case.decision_result = decision_no, on, verdict.value
    case.legal_effect_on = effect.due
    case.closed_on = on
    warnings = []
    if case.due_on is not None and on > case.due_on:
        warnings.append(
            CASE_MESSAGES("decision.late", date=format_vn_date(case.due_on), rule=case.due_rule)
        )
    result_step = finish_step(
        session,
        actor,
        case,
        Step.DECISION,
        on,
        status=status_after(state, Step.DECISION),
        note=note,
        document_id=document_id,
        warnings=warnings,
        data={
            "number": decision_no,
            "result": verdict.value,
            "level": case.level,
            "legal_effect_on": effect.due.isoformat(),
            **skipped,
        },
    )
    if case.level == 2 and case.parent_case_id is not None:
        parent = _load_case(session, case.parent_case_id)
        finish_step(
            session,
            actor,
            parent,
            Step.SECOND_DECISION,
            on,
            status=CaseStatus.CLOSED.value,
            document_id=document_id,
            data={"child_case_id": str(case.id), "number": decision_no, "result": verdict.value},
        )
    return result_step


def dialogue_skipped(
    state: WorkflowState, verdict: DecisionResult, reason: str
) -> dict[str, object]:
    """A first-level decision without a dialogue: the reason it was not held (mandatory)."""
    if state.level != 1 or Step.DIALOGUE_HELD.value in state.done:
        return {}
    if verdict == DecisionResult.RIGHT and Step.VERIFICATION_REPORT.value not in state.done:
        return {"dialogue": "not_needed_decided_at_once"}  # Điều 29: right at once
    text = require_text(
        reason,
        "dialogue_skip_reason",
        CASE_MESSAGES("step.dialogue_skip_reason_missing"),
    )
    return {"dialogue": "skipped", "dialogue_skip_reason": text}


def confirm_legal_effect(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> StepResult:
    """The decision has taken legal effect (K10/K11): enforcement follow-up starts."""
    case, _events, state = start_step(
        session, actor, case_id, Step.LEGAL_EFFECT, on, expected_version=expected_version
    )
    return finish_step(
        session,
        actor,
        case,
        Step.LEGAL_EFFECT,
        on,
        status=status_after(state, Step.LEGAL_EFFECT),
        note=note,
        data={
            "legal_effect_on": case.legal_effect_on.isoformat() if case.legal_effect_on else None
        },
    )


def record_decision_receipt(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    evidence: str = "",
    expected_version: int | None = None,
) -> StepResult:
    """The day the complainant received the decision (delivery receipt, signed copy ...):
    the second-complaint window (K5, Luật KN Điều 33) counts from it, not from dispatch."""
    case, events, _state = start_step(
        session, actor, case_id, Step.DECISION_RECEIVED, on, expected_version=expected_version
    )
    posted = last_event_on(events, Step.DISPATCH)
    if posted is not None and on < posted:
        raise ValidationFailed(
            {"on": CASE_MESSAGES("decision.received_before_sent", date=format_vn_date(posted))}
        )
    case.decision_received_on = on
    window, what = second_complaint_window(_rulebook_for(session), case, events)
    return finish_step(
        session,
        actor,
        case,
        Step.DECISION_RECEIVED,
        on,
        note=evidence,
        data={
            "received_on": on.isoformat(),
            "second_complaint_until": window.due.isoformat(),
            "counted_from": what,
        },
    )
