"""Recommendations and reflections (kiến nghị, phản ánh) and anonymous information.

No statute sets the answer's deadline, so a leader assigns the case and sets the due date
(``due_rule = "LD"``).  Anonymous information (Luật Tố cáo Điều 25) keeps ``due_on`` empty
and never gets ``closed_on``: the board leaves it out of every deadline column.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import Step, status_after
from tcd_desktop.services.cases.clock import LEADER_RULE
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.store.models import User


def assign_recommendation(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    assignee_id: uuid.UUID,
    due_on: dt.date,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """A leader assigns the officer and sets the answer's due date (Luật TCD Điều 26 k2)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    if session.get(User, assignee_id) is None:
        raise ValidationFailed({"assignee_id": CASE_MESSAGES("acceptance.assignee_gone")})
    if due_on <= on:
        raise ValidationFailed(
            {"due_on": CASE_MESSAGES("assignment.due_before", date=format_vn_date(on))}
        )
    case, _events, _state = start_step(
        session,
        actor,
        case_id,
        Step.ASSIGNMENT,
        on,
        expected_version=expected_version,
        roles=(Role.LEADER,),
    )
    case.assignee_id, case.due_on, case.due_rule = assignee_id, due_on, LEADER_RULE
    return finish_step(
        session,
        actor,
        case,
        Step.ASSIGNMENT,
        on,
        note=note,
        document_id=document_id,
        data={
            "assignee_id": str(assignee_id),
            "due_on": due_on.isoformat(),
            "leader_id": str(actor.user_id) if actor.user_id else None,
        },
    )


def answer_recommendation(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    answer: str,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """The answer to the citizen: the case is closed (on time or late against the leader's date)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(answer, "answer", CASE_MESSAGES("step.answer_missing"))
    case, _events, state = start_step(
        session, actor, case_id, Step.ANSWER, on, expected_version=expected_version
    )
    case.closed_on = on
    return finish_step(
        session,
        actor,
        case,
        Step.ANSWER,
        on,
        note=text,
        document_id=document_id,
        status=status_after(state, Step.ANSWER),
    )


def close_anonymous(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    outcome: str,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """End the handling of anonymous information (checked, passed on, or kept for reference)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(outcome, "outcome", CASE_MESSAGES("step.information_outcome_missing"))
    case, _events, state = start_step(
        session, actor, case_id, Step.CLOSE, on, expected_version=expected_version
    )
    return finish_step(
        session,
        actor,
        case,
        Step.CLOSE,
        on,
        note=text,
        document_id=document_id,
        status=status_after(state, Step.CLOSE),
    )
