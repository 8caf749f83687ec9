"""Recording steps that only mark progress: notices, verification, dispatch, publication,
enforcement.  ``record_step`` is the fast single-step save (a handful of statements); the
named functions validate their inputs and then call it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import CaseKind, Step, status_after
from tcd_desktop.services.cases.clock import follow_up_due
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.store.models import Case

SIMPLE_STEPS = frozenset(
    {
        Step.ACCEPTANCE_NOTICE,
        Step.ASSIGN_VERIFICATION,
        Step.VERIFICATION_REPORT,
        Step.DISPATCH,
        Step.HANDLING,
        Step.PUBLICATION,
        Step.ENFORCEMENT_UPDATE,
        Step.ENFORCEMENT_DONE,
        Step.DOCUMENT_ISSUED,
    }
)
"""Steps that change nothing but the status and the timeline (plus their dates)."""

#: who may record a step with ``record_step``: documents are issued by the desk as well
_DOCUMENT_ROLES = (Role.RECEPTION_OFFICER, *OFFICERS)

_TIMED = {  # step → (complaint level 1, complaint level 2, denunciation) follow-up rule
    Step.ACCEPTANCE_NOTICE: ("K2", "K6", "D3"),
    Step.DISPATCH: ("K4", "K8", "D6"),
    Step.PUBLICATION: (None, "K9", "D8"),
    Step.HANDLING: (None, None, "D7"),
}


def _late_warning(session: Session, case: Case, step: Step, on: dt.date) -> str | None:
    rules = _TIMED.get(step)
    if rules is None:
        return None
    if case.kind == CaseKind.DENUNCIATION:
        rule_id = rules[2]
    else:
        rule_id = rules[0] if case.level == 1 else rules[1]
    if rule_id is None:
        return None
    if step == Step.ACCEPTANCE_NOTICE:
        start = case.received_on if rule_id in ("K2", "K6") else case.accepted_on
    else:
        start = case.decision_on
    if start is None:
        return None
    limit = follow_up_due(_rulebook_for(session), case, rule_id, start)
    if on <= limit.due:
        return None
    return (
        f"«{step.label_vi}» muộn: hạn {rule_id} là ngày {format_vn_date(limit.due)} "
        f"({limit.citation})."
    )


def record_step(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    step: Step,
    *,
    on: dt.date,
    note: str = "",
    document_id: uuid.UUID | None = None,
    data: Mapping[str, Any] | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Save one progress step (see ``SIMPLE_STEPS``) in the caller's transaction.

    Checks the role, the version and the law, then writes the timeline event, the case row
    and the audit entry.  Steps with a legal time limit (notices, dispatch, publication,
    handling) add a warning when done late; they are recorded all the same.
    """
    require(actor, *_DOCUMENT_ROLES, action="xử lý vụ việc")
    step = Step(step)
    if step not in SIMPLE_STEPS:
        raise StepNotAllowed(CASE_MESSAGES("step.own_operation", step=step))
    roles = _DOCUMENT_ROLES if step == Step.DOCUMENT_ISSUED else OFFICERS
    case, _events, state = start_step(
        session, actor, case_id, step, on, expected_version=expected_version, roles=roles
    )
    warning = _late_warning(session, case, step, on) if step in _TIMED else None
    payload = dict(data or {})
    if warning:
        payload["late"] = True
    if step == Step.ENFORCEMENT_DONE:
        case.enforcement_done_on = on
    return finish_step(
        session,
        actor,
        case,
        step,
        on,
        status=status_after(state, step),
        note=note,
        document_id=document_id,
        data=payload,
        warnings=[warning] if warning else [],
    )


def send_acceptance_notice(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    recipients: tuple[str, ...] = (),
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Thông báo thụ lý (KN: Mẫu 03 within K2/K6; TC: Mẫu 05/06 to denouncer and accused, D3)."""
    return record_step(
        session,
        actor,
        case_id,
        Step.ACCEPTANCE_NOTICE,
        on=on,
        document_id=document_id,
        data={"recipients": list(recipients)},
        expected_version=expected_version,
    )


def assign_verification(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    verifier: str,
    content: str = "",
    verifier_id: uuid.UUID | None = None,
    days: int | None = None,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Giao xác minh in writing: who verifies what, for how long (Luật KN Điều 29, TC Điều 31)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    who = require_text(verifier, "verifier", CASE_MESSAGES("step.verifier_missing"))
    data = {
        "verifier": who,
        "verifier_id": str(verifier_id) if verifier_id else None,
        "content": content.strip(),
        "days": days,
    }
    return record_step(
        session,
        actor,
        case_id,
        Step.ASSIGN_VERIFICATION,
        on=on,
        document_id=document_id,
        data=data,
        expected_version=expected_version,
    )


def submit_verification_report(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    summary: str,
    differs_from_demand: bool = False,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Báo cáo kết quả xác minh; ``differs_from_demand`` makes a first-level dialogue mandatory."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(summary, "summary", CASE_MESSAGES("step.verification_summary_missing"))
    return record_step(
        session,
        actor,
        case_id,
        Step.VERIFICATION_REPORT,
        on=on,
        note=text,
        document_id=document_id,
        data={"differs": differs_from_demand},
        expected_version=expected_version,
    )


def dispatch_decision(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    recipients: tuple[str, ...] = (),
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Gửi quyết định (K4/K8) or kết luận (D6) to the parties; late dispatch is flagged."""
    return record_step(
        session,
        actor,
        case_id,
        Step.DISPATCH,
        on=on,
        document_id=document_id,
        data={"recipients": list(recipients)},
        expected_version=expected_version,
    )


def publish(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    method: str,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Công khai (K9, D8).  Nothing about the denouncer is recorded (Luật Tố cáo Điều 40 k3)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    how = require_text(method, "method", CASE_MESSAGES("step.publication_method_missing"))
    return record_step(
        session,
        actor,
        case_id,
        Step.PUBLICATION,
        on=on,
        document_id=document_id,
        data={"method": how},
        expected_version=expected_version,
    )


def record_handling(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    measures: str,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Xử lý kết luận nội dung tố cáo (D7); enforcement follow-up starts."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(measures, "measures", CASE_MESSAGES("step.measures_missing"))
    return record_step(
        session,
        actor,
        case_id,
        Step.HANDLING,
        on=on,
        note=text,
        document_id=document_id,
        expected_version=expected_version,
    )


def record_enforcement(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    progress: str,
    done: bool = False,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Theo dõi thi hành: a progress note, or (``done``) the end of enforcement."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(progress, "progress", CASE_MESSAGES("step.progress_missing"))
    step = Step.ENFORCEMENT_DONE if done else Step.ENFORCEMENT_UPDATE
    return record_step(
        session,
        actor,
        case_id,
        step,
        on=on,
        note=text,
        document_id=document_id,
        expected_version=expected_version,
    )
