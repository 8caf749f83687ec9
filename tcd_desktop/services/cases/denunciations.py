"""Denunciation steps of Luật Tố cáo 2018: extensions (D4), conclusion, further denunciation
and re-resolution (D9).  Notices, verification, dispatch (D6), handling (D7) and
publication (D8) are progress steps in :mod:`services.cases.steps`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import CaseStatus, Role
from tcd_desktop.domain.workflow import CaseKind, ReResolutionGround, Step, status_after
from tcd_desktop.services.cases.acceptance import case_code
from tcd_desktop.services.cases.clock import _recompute_due, follow_up_due
from tcd_desktop.services.cases.complaints import check_result
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.hierarchy import _require_superior
from tcd_desktop.services.cases.messages import HIERARCHY
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.store.models import Case, User

MAX_EXTENSION_DAYS = 30
EXTENSION_CITATION = "Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3"


def extend_resolution(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    reason: str,
    days: int = MAX_EXTENSION_DAYS,
    number: str = "",
    recipients: tuple[str, ...] = (),
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Quyết định gia hạn (Mẫu 01, NĐ 31/2019), approved by a leader; each ≤ 30 days.

    One extension for a complex case, two for an especially complex one; the notices go to
    the denouncer, the accused and interested parties (``recipients``).
    """
    require(actor, *OFFICERS, action="xử lý vụ việc")
    text = require_text(reason, "reason", CASE_MESSAGES("step.extension_reason_missing"))
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise StepNotAllowed(
            CASE_MESSAGES(
                "extension.too_long",
                limit=MAX_EXTENSION_DAYS,
                citation=EXTENSION_CITATION,
                days=days,
            )
        )
    case, _events, _state = start_step(
        session,
        actor,
        case_id,
        Step.EXTENSION,
        on,
        expected_version=expected_version,
        roles=(Role.LEADER,),
    )
    before = case.due_on
    case.extensions += 1
    case.extension_days = [*case.extension_days, days]
    deadline = _recompute_due(session, case)
    warnings = []
    if before is not None and on > before:
        warnings.append(CASE_MESSAGES("extension.late", date=format_vn_date(before)))
    return finish_step(
        session,
        actor,
        case,
        Step.EXTENSION,
        on,
        note=text,
        document_id=document_id,
        warnings=warnings,
        data={
            "number": number.strip(),
            "days": days,
            "count": case.extensions,
            "due_before": str(before),
            "due_on": str(case.due_on),
            "recipients": list(recipients),
            "explanation": deadline.explanation if deadline else "",
        },
    )


def conclude_denunciation(
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
) -> StepResult:
    """Kết luận nội dung tố cáo (Mẫu 12): đúng, đúng một phần or sai sự thật (Điều 35)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    verdict = check_result(result)
    conclusion_no = require_text(number, "number", CASE_MESSAGES("step.conclusion_number_missing"))
    case, _events, state = start_step(
        session, actor, case_id, Step.CONCLUSION, on, expected_version=expected_version
    )
    case.decision_number, case.decision_on, case.decision_result = conclusion_no, on, verdict.value
    case.closed_on = on
    warnings = []
    if case.due_on is not None and on > case.due_on:
        warnings.append(CASE_MESSAGES("conclusion.late", date=format_vn_date(case.due_on)))
    book = _rulebook_for(session)
    follow = {r: follow_up_due(book, case, r, on).due.isoformat() for r in ("D6", "D7", "D8")}
    return finish_step(
        session,
        actor,
        case,
        Step.CONCLUSION,
        on,
        status=status_after(state, Step.CONCLUSION),
        note=note,
        document_id=document_id,
        warnings=warnings,
        data={"number": conclusion_no, "result": verdict.value, **follow},
    )


def lodge_further_denunciation(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    received_on: dt.date,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Tố cáo tiếp received by the superior: it must be reviewed within D9 (20 days)."""
    case, _events, _state = start_step(
        session,
        actor,
        case_id,
        Step.FURTHER_DENUNCIATION,
        received_on,
        expected_version=expected_version,
    )
    review = follow_up_due(_rulebook_for(session), case, "D9", received_on)
    return finish_step(
        session,
        actor,
        case,
        Step.FURTHER_DENUNCIATION,
        received_on,
        note=note,
        document_id=document_id,
        data={"received_on": received_on.isoformat(), "review_by": review.due.isoformat()},
    )


def decide_re_resolution(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    reopen: bool,
    ground: str | None = None,
    assignee_id: uuid.UUID | None = None,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """The superior's review of a further denunciation (Điều 37): keep the conclusion, or
    reopen it on a ground of Điều 37 k3 — a new linked case whose D4 clock starts on ``on``."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    if reopen and ground not in ReResolutionGround._value2member_map_:
        raise ValidationFailed({"ground": CASE_MESSAGES("re_resolution.ground_missing")})
    if assignee_id is not None and session.get(User, assignee_id) is None:
        raise ValidationFailed({"assignee_id": CASE_MESSAGES("acceptance.assignee_gone")})
    case, _events, _state = start_step(
        session, actor, case_id, Step.RE_RESOLUTION, on, expected_version=expected_version
    )
    unit = _require_superior(
        session,
        actor.unit_id,
        case.unit_id,
        HIERARCHY("superior.re_resolution"),
        "Luật Tố cáo 2018, Điều 37",
    )
    child: Case | None = None
    if reopen:
        child = Case(
            code=case_code(session, actor, unit, on),
            petition_id=case.petition_id,
            unit_id=unit.id,
            citizen_id=case.citizen_id,
            parent_case_id=case.id,
            kind=CaseKind.DENUNCIATION.value,
            level=2,
            field_code=case.field_code,
            summary=case.summary,
            status=CaseStatus.ACCEPTED.value,
            is_remote=case.is_remote,
            assignee_id=assignee_id,
            received_on=on,
            accepted_on=on,
            rule_set_on=on,
            created_by=actor.user_id,
            updated_by=actor.user_id,
            origin_desk=actor.desk_code,
        )
        session.add(child)
        session.flush()
        _recompute_due(session, child)
        finish_step(
            session,
            actor,
            child,
            Step.ACCEPTANCE,
            on,
            note=note,
            document_id=document_id,
            data={"parent_case_id": str(case.id), "parent_code": case.code, "ground": ground},
        )
    return finish_step(
        session,
        actor,
        case,
        Step.RE_RESOLUTION,
        on,
        note=note,
        document_id=document_id,
        created_case_id=child.id if child else None,
        data={
            "reopen": reopen,
            "ground": ground,
            "child_case_id": str(child.id) if child else None,
        },
    )
