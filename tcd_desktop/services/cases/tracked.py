"""Clocks that used to warn without being tracked, now due dates of the case (issue 8, rule 10).

* D10 (Luật Tố cáo Điều 38): a denunciation not resolved in time and sent to the superior:
  the superior asks the resolver for a report within 05 working days of receipt (D10), the
  resolver reports within 05 working days of the request (D10B).
* D11 (Điều 26 k2): a denunciation forwarded by the press or another body: the outcome is
  reported to them within 20 days of receipt.

The officer starts a clock with the day its event happened (``start_clock``) and closes it
when the act is done (``meet_clock``); :func:`explain_due` lists each with its state like
every other due date of the case.  T2B (45 days unprocessed, NĐ 154/2026 Điều 41) is a
petition clock (:mod:`tcd_desktop.services.petitions.t2b`): listed with the petition's
processing clocks, shown, filtered and counted in the petition queue.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.cases.clock import follow_up_due
from tcd_desktop.services.cases.core import (
    OFFICERS,
    EventRow,
    StepResult,
    _load_case,
    _rulebook_for,
    finish_step,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed

#: rule → what starts it, in the officer's words
TRACKED = {
    "D10": "Cấp trên nhận được tố cáo do quá hạn mà chưa được giải quyết",
    "D10B": "Người giải quyết nhận được văn bản yêu cầu báo cáo của cấp trên",
    "D11": "Nhận tố cáo do cơ quan báo chí, cơ quan, tổ chức khác chuyển đến",
}


def _check_rule(rule_id: str) -> str:
    if rule_id not in TRACKED:
        raise ValidationFailed(
            {"rule": CASE_MESSAGES("clock.not_tracked", rules=", ".join(TRACKED))}
        )
    return rule_id


def open_clocks(events: list[EventRow], rule_id: str) -> int:
    """How many clocks of ``rule_id`` are started and not yet met."""
    started = sum(
        1 for e in events if e.kind == Step.CLOCK_STARTED and e.data.get("rule") == rule_id
    )
    met = sum(1 for e in events if e.kind == Step.CLOCK_MET and e.data.get("rule") == rule_id)
    return started - met


def start_clock(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    rule_id: str,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> StepResult:
    """Start tracking D10, D10B or D11 from ``on`` (the day of its starting event)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    rule = _check_rule(rule_id)
    found = _load_case(session, case_id)
    if on < found.received_on:
        raise ValidationFailed(
            {"on": CASE_MESSAGES("clock.before_received", date=format_vn_date(found.received_on))}
        )
    recorded_on = max(on, found.accepted_on or found.received_on)  # D11 may start at receipt
    case, _events, _state = start_step(
        session, actor, case_id, Step.CLOCK_STARTED, recorded_on, expected_version=expected_version
    )
    due = follow_up_due(_rulebook_for(session), case, rule, on)
    return finish_step(
        session,
        actor,
        case,
        Step.CLOCK_STARTED,
        recorded_on,
        note=note,
        data={
            "rule": rule,
            "event": TRACKED[rule],
            "start_on": on.isoformat(),
            "due_on": due.due.isoformat(),
        },
        warnings=[f"Hạn {rule}: {format_vn_date(due.due)} ({due.citation})."],
    )


def meet_clock(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    rule_id: str,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> StepResult:
    """The act of a tracked clock is done on ``on`` (request sent, report made, answer sent)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    rule = _check_rule(rule_id)
    case, events, _state = start_step(
        session, actor, case_id, Step.CLOCK_MET, on, expected_version=expected_version
    )
    if open_clocks(events, rule) <= 0:
        raise StepNotAllowed(CASE_MESSAGES("clock.not_started", rule=rule))
    return finish_step(session, actor, case, Step.CLOCK_MET, on, note=note, data={"rule": rule})
