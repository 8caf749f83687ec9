"""Steps that change the legal clock or end a case early: complexity finding, suspension
(tạm đình chỉ) and resumption, withdrawal (whole or partial) and termination (đình chỉ).

A suspension opens a ``case_pauses`` row and sets ``Case.is_paused`` (the board shows the
case as paused); the continuation decision closes the row and recomputes ``due_on`` with
the suspended days excluded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.rules import RuleNotInForceError
from tcd_desktop.domain.workflow import (
    CaseKind,
    Step,
    SuspensionGround,
    TerminationGround,
    status_after,
)
from tcd_desktop.services.cases.acceptance import check_complexity
from tcd_desktop.services.cases.clock import _recompute_due, follow_up_due
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    finish_step,
    previous_status,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.cases.withdrawal import _mass_remaining, check_k3, check_withdrawal_form
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.store.models import Case, CasePause


def _send_by(session: Session, case: Case, on: dt.date) -> str | None:
    """Last day to send a suspension/termination decision (K14 from 01/7/2026, D5)."""
    rule_id = "D5" if case.kind == CaseKind.DENUNCIATION else "K14"
    try:
        return follow_up_due(_rulebook_for(session), case, rule_id, on).due.isoformat()
    except RuleNotInForceError:
        return None


def _close_pause(session: Session, case: Case, on: dt.date) -> CasePause | None:
    pause = session.scalar(
        select(CasePause)
        .where(CasePause.case_id == case.id, CasePause.resumed_on.is_(None))
        .where(CasePause.deleted_at.is_(None))
        .order_by(CasePause.paused_on.desc())
    )
    if pause is not None:
        pause.resumed_on = on
    case.is_paused, case.paused_since = False, None
    return pause


def mark_complex(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    criteria: Sequence[str],
    finding: str,
    very_complex: bool = False,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Written finding that the case is complex (or especially complex); due date recomputed."""
    case, _events, _state = start_step(
        session, actor, case_id, Step.MARK_COMPLEX, on, expected_version=expected_version
    )
    merged = [*case.complexity_grounds, *criteria]
    chosen, is_complex, very = check_complexity(case.kind, merged, finding, very_complex)
    if not is_complex:
        raise ValidationFailed(
            {"complexity_criteria": CASE_MESSAGES("complexity.criteria_missing")}
        )
    before = case.due_on
    case.complexity_grounds, case.is_complex, case.is_very_complex = chosen, True, very
    _recompute_due(session, case)
    warnings = []
    if before != case.due_on and before and case.due_on:
        warnings.append(
            CASE_MESSAGES(
                "step.due_moved", before=format_vn_date(before), after=format_vn_date(case.due_on)
            )
        )
    return finish_step(
        session,
        actor,
        case,
        Step.MARK_COMPLEX,
        on,
        note=finding,
        document_id=document_id,
        data={"criteria": chosen, "very_complex": very, "due_on": str(case.due_on)},
        warnings=warnings,
    )


def suspend(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    ground: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Tạm đình chỉ: the legal clock stops until the continuation decision."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    if ground not in SuspensionGround._value2member_map_:
        raise ValidationFailed({"ground": CASE_MESSAGES("suspension.ground_missing")})
    case, _events, state = start_step(
        session,
        actor,
        case_id,
        Step.SUSPENSION,
        on,
        expected_version=expected_version,
        ground=ground,
    )
    label = SuspensionGround(ground).label_vi
    session.add(
        CasePause(
            case_id=case.id,
            paused_on=on,
            reason="; ".join(t for t in (label, note.strip()) if t),
            created_by=actor.user_id,
            origin_desk=actor.desk_code,
        )
    )
    previous = case.status
    case.is_paused, case.paused_since = True, on
    return finish_step(
        session,
        actor,
        case,
        Step.SUSPENSION,
        on,
        status=status_after(state, Step.SUSPENSION),
        note=note,
        document_id=document_id,
        data={
            "ground": ground,
            "previous_status": previous,
            "send_by": _send_by(session, case, on),
        },
    )


def resume(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Quyết định tiếp tục giải quyết: the suspended days are excluded from the due date."""
    case, events, _state = start_step(
        session, actor, case_id, Step.RESUMPTION, on, expected_version=expected_version
    )
    since = case.paused_since
    if since is not None and on < since:
        raise ValidationFailed(
            {"on": CASE_MESSAGES("resumption.before_suspension", date=format_vn_date(since))}
        )
    before = case.due_on
    _close_pause(session, case, on)
    session.flush()
    _recompute_due(session, case)
    return finish_step(
        session,
        actor,
        case,
        Step.RESUMPTION,
        on,
        status=previous_status(events),
        note=note,
        document_id=document_id,
        data={
            "paused_on": str(since),
            "days_excluded": (on - since).days if since else 0,
            "due_before": str(before),
            "due_on": str(case.due_on),
            "send_by": _send_by(session, case, on),
        },
    )


def withdraw(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    partial: bool = False,
    contents: Sequence[str] = (),
    continue_reason: str = "",
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    form: str = "",
    withdrawing: str = "",
    checks: Sequence[str] | None = None,
) -> StepResult:
    """Rút khiếu nại/tố cáo, whole or partial (partial complaints only from 01/7/2026).

    ``form`` says how the request came (a signed request, or the record of a verbal one:
    Luật KN Điều 10, Luật TC Điều 33 k1); it is mandatory.  In a mass complaint
    (``Case.is_mass``) ``withdrawing`` names the complainant who withdraws: only their part
    ends and the others continue until everyone has withdrawn (NĐ 124/2020 Điều 7a).  A
    whole denunciation withdrawal needs the checks of Luật Tố cáo Điều 33 k3 (``checks``:
    the grounds found, possibly none); when one applies (or ``continue_reason`` is given) the
    resolution continues.
    """
    require(actor, *OFFICERS, action="xử lý vụ việc")
    step = Step.PARTIAL_WITHDRAWAL if partial else Step.WITHDRAWAL
    items = [c.strip() for c in contents if c.strip()]
    if partial and not items:
        raise ValidationFailed({"contents": CASE_MESSAGES("withdrawal.contents_missing")})
    how = check_withdrawal_form(form)
    case, events, state = start_step(
        session, actor, case_id, step, on, expected_version=expected_version
    )
    data: dict[str, object] = {"contents": items, "form": how.value, "form_label": how.label_vi}
    continuing = continue_reason.strip()
    if case.kind == CaseKind.DENUNCIATION and step == Step.WITHDRAWAL:
        found = check_k3(checks, continuing)
        data["checks"] = [c.value for c in found]
        continuing = "; ".join(t for t in (*[c.label_vi for c in found], continuing) if t)
    data["continue_reason"] = continuing if case.kind == CaseKind.DENUNCIATION else ""
    keep_open = bool(data["continue_reason"])
    if step == Step.WITHDRAWAL and case.kind == CaseKind.COMPLAINT and case.is_mass:
        remaining = _mass_remaining(session, case, events, withdrawing)
        data.update({"withdrawing": withdrawing.strip(), "remaining": remaining})
        keep_open = remaining > 0
    status = None
    if step == Step.WITHDRAWAL and not keep_open:
        if case.is_paused:
            _close_pause(session, case, on)
        case.closed_on = on
        status = status_after(state, step)
    if step == Step.WITHDRAWAL and not data["continue_reason"]:
        data["send_by"] = _send_by(session, case, on)  # the termination decision (đình chỉ)
    return finish_step(
        session, actor, case, step, on, status=status, note=note, document_id=document_id, data=data
    )


def terminate(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    ground: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Đình chỉ giải quyết on a legal ground (Luật KN Điều 10, 11a; Luật TC Điều 34 k2)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    if ground not in TerminationGround._value2member_map_:
        raise ValidationFailed({"ground": CASE_MESSAGES("termination.ground_missing")})
    require_text(
        note or TerminationGround(ground).label_vi, "note", CASE_MESSAGES("step.reason_missing")
    )
    case, _events, state = start_step(
        session,
        actor,
        case_id,
        Step.TERMINATION,
        on,
        expected_version=expected_version,
        ground=ground,
    )
    if case.is_paused:
        _close_pause(session, case, on)
    case.closed_on = on
    data: dict[str, object] = {"ground": ground, "send_by": _send_by(session, case, on)}
    if case.kind == CaseKind.COMPLAINT:
        data["continue_until"] = follow_up_due(
            _rulebook_for(session), case, "K15", on
        ).due.isoformat()
    return finish_step(
        session,
        actor,
        case,
        Step.TERMINATION,
        on,
        status=status_after(state, Step.TERMINATION),
        note=note,
        document_id=document_id,
        data=data,
    )
