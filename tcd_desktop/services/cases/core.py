"""Shared machinery of every case step: load, check the law, record, audit, detect conflicts.

A step is one transaction in the caller's session: the case row is checked against the
expected version, the workflow state machine (:mod:`tcd_desktop.domain.workflow`) allows or
refuses the step, one ``CaseEvent`` goes on the timeline, the case row changes and one audit
entry is appended.  ``StaleDataError`` from the optimistic lock becomes ``ConcurrentChange``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import CaseStatus, Role
from tcd_desktop.domain.workflow import Step, WorkflowState, refusal
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.conflicts import refuse_stale_case
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import (
    ConcurrentChange,
    NotFound,
    StepNotAllowed,
    ValidationFailed,
)
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.rulebook import Rulebook, _load_rulebook
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.ids import uuid7
from tcd_desktop.store.models import CalendarDay, Case, CaseEvent, RuleRow

OFFICERS = (Role.HANDLING_OFFICER, Role.LEADER)
STEP_ROLES = (Role.RECEPTION_OFFICER, *OFFICERS)
"""Every role some step of a case allows (each step then checks its own roles)."""
"""Roles that may record the steps of a case."""


@dataclass(frozen=True)
class StepResult:
    """What a recorded step changed, for the screen to refresh without re-reading."""

    case_id: uuid.UUID
    code: str
    step: str
    step_label: str
    event_id: uuid.UUID
    occurred_on: dt.date
    status: str
    status_label: str
    version: int
    due_on: dt.date | None
    closed_on: dt.date | None
    is_paused: bool
    warnings: list[str] = field(default_factory=list)
    created_case_id: uuid.UUID | None = None


@dataclass(frozen=True)
class EventRow:
    """The parts of a timeline event the state machine needs."""

    kind: str
    occurred_on: dt.date
    data: Mapping[str, Any]


def _load_case(session: Session, case_id: uuid.UUID) -> Case:
    """The case row, or ``NotFound``."""
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.case"))
    return case


def check_version(version: int, expected: int | None, what: str = "vụ việc") -> None:
    """Raise ``ConcurrentChange`` when the row changed since the caller read it."""
    if expected is not None and expected != version:
        raise ConcurrentChange(what)


@contextlib.contextmanager
def conflicts_as_errors(what: str = "vụ việc") -> Iterator[None]:
    """Turn the optimistic-lock failure of a flush into ``ConcurrentChange``."""
    try:
        yield
    except StaleDataError as exc:
        raise ConcurrentChange(what) from exc


def _events_of(session: Session, case_id: uuid.UUID) -> list[EventRow]:
    """Timeline of a case (kind, date, data) in the order it was recorded."""
    rows = session.execute(
        select(CaseEvent.kind, CaseEvent.occurred_on, CaseEvent.data)
        .where(CaseEvent.case_id == case_id, CaseEvent.deleted_at.is_(None))
        .order_by(CaseEvent.id)
    ).all()
    return [EventRow(k, d, data or {}) for k, d, data in rows]


def workflow_state(case: Case, events: list[EventRow]) -> WorkflowState:
    """The state machine's view of a case and its timeline."""
    kinds = [e.kind for e in events]
    reports = [e for e in events if e.kind == Step.VERIFICATION_REPORT]
    further = kinds.count(Step.FURTHER_DENUNCIATION.value)
    return WorkflowState(
        kind=case.kind,
        level=case.level,
        status=case.status,
        done=frozenset(kinds),
        is_paused=case.is_paused,
        paused_since=case.paused_since,
        is_complex=case.is_complex,
        is_very_complex=case.is_very_complex,
        extensions=case.extensions,
        verification_differs=bool(reports and reports[-1].data.get("differs")),
        legal_effect_on=case.legal_effect_on,
        due_on=case.due_on,
        has_second_complaint=Step.SECOND_COMPLAINT.value in kinds,
        open_further_denunciation=further > kinds.count(Step.RE_RESOLUTION.value),
        is_disciplinary=bool(case.is_disciplinary),
    )


def ensure_allowed(
    state: WorkflowState,
    step: Step,
    on: dt.date,
    *,
    result: str | None = None,
    ground: str | None = None,
) -> None:
    """Raise ``StepNotAllowed`` with the legal reason when the law refuses ``step``."""
    reason = refusal(state, step, on, result=result, ground=ground)
    if reason is not None:
        raise StepNotAllowed(reason)


def check_date(case: Case, on: dt.date, field_name: str = "on") -> None:
    """A step cannot be dated before the case was accepted."""
    start = case.accepted_on or case.received_on
    if on < start:
        raise ValidationFailed(
            {field_name: CASE_MESSAGES("step.before_acceptance", date=format_vn_date(start))}
        )


def start_step(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    step: Step,
    on: dt.date,
    *,
    expected_version: int | None = None,
    roles: tuple[Role, ...] = OFFICERS,
    result: str | None = None,
    ground: str | None = None,
) -> tuple[Case, list[EventRow], WorkflowState]:
    """Permission, existence, version, date and legality checks shared by every step."""
    require(actor, *STEP_ROLES, action="xử lý vụ việc")
    require(actor, *roles, action=SERVICE_MESSAGES("action.step", step=step))
    case = _load_case(session, case_id)
    refuse_stale_case(case, expected_version, step, on)  # both sides for the dialog
    check_date(case, on)
    events = _events_of(session, case.id)
    state = workflow_state(case, events)
    ensure_allowed(state, step, on, result=result, ground=ground)
    return case, events, state


def finish_step(
    session: Session,
    actor: Actor,
    case: Case,
    step: Step,
    on: dt.date,
    *,
    status: str | None = None,
    note: str = "",
    document_id: uuid.UUID | None = None,
    data: Mapping[str, Any] | None = None,
    warnings: list[str] | None = None,
    created_case_id: uuid.UUID | None = None,
) -> StepResult:
    """Record the step: timeline event, case row, audit entry; one flush, conflicts mapped."""
    require(actor, *STEP_ROLES, action="xử lý vụ việc")
    payload = _jsonable(dict(data or {}))
    if status is not None:
        case.status = status
    case.updated_by = actor.user_id
    case.updated_at = utcnow()  # every step bumps the version, so concurrent edits collide
    event = CaseEvent(
        id=uuid7(),
        case_id=case.id,
        kind=step.value,
        occurred_on=on,
        actor_id=actor.user_id,
        note=note.strip(),
        document_id=document_id,
        data=payload,
        created_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(event)
    with conflicts_as_errors():  # append_audit flushes the event and the case row with it
        detail = {"code": case.code, "on": on.isoformat(), "event_id": str(event.id), **payload}
        if document_id:
            detail["document_id"] = str(document_id)
        append_audit(
            session,
            f"case.{step.value}",
            entity="case",
            entity_id=case.id,
            detail=detail,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return StepResult(
        case_id=case.id,
        code=case.code,
        step=step.value,
        step_label=step.label_vi,
        event_id=event.id,
        occurred_on=on,
        status=case.status,
        status_label=CaseStatus(case.status).label_vi,
        version=case.version,
        due_on=case.due_on,
        closed_on=case.closed_on,
        is_paused=case.is_paused,
        warnings=list(warnings or []),
        created_case_id=created_case_id,
    )


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(data, default=str, ensure_ascii=False))


_RULEBOOKS: dict[str, Rulebook] = {}


def _rulebook_for(session: Session) -> Rulebook:
    """The database's rule book, rebuilt only when its overrides or calendar days change.

    Building a working calendar costs a few milliseconds per year it covers; a step that
    needs due dates only pays two small queries to check the cache key.
    """
    rules = session.execute(
        select(RuleRow.id, RuleRow.version).where(
            RuleRow.source == "override", RuleRow.deleted_at.is_(None)
        )
    ).all()
    days = session.execute(
        select(CalendarDay.id, CalendarDay.version).where(CalendarDay.deleted_at.is_(None))
    ).all()
    key = repr((sorted(map(tuple, rules)), sorted(map(tuple, days))))
    book = _RULEBOOKS.get(key)
    if book is None:
        book = _load_rulebook(session)
        if len(_RULEBOOKS) > 8:
            _RULEBOOKS.clear()
        _RULEBOOKS[key] = book
    return book


def previous_status(events: list[EventRow]) -> str:
    """Status the case had before its latest suspension (restored on resumption)."""
    for event in reversed(events):
        if event.kind == Step.SUSPENSION:
            return str(event.data.get("previous_status", CaseStatus.ACCEPTED.value))
    return CaseStatus.ACCEPTED.value


def last_event_on(events: list[EventRow], step: Step) -> dt.date | None:
    """Date of the latest ``step`` on the timeline, or ``None``."""
    for event in reversed(events):
        if event.kind == step:
            return event.occurred_on
    return None


def require_text(value: str, field_name: str, message: str) -> str:
    """A stripped non-empty text, or ``ValidationFailed`` for ``field_name``."""
    text = (value or "").strip()
    if not text:
        raise ValidationFailed({field_name: message})
    return text
