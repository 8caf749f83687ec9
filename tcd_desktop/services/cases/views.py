"""Read side of a case for the case detail screen: summary, timeline and the steps allowed
now (each refused step with its legal reason).  Denouncers are always masked here; the
identity service reveals them to entitled users with a reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import CaseStatus, Role
from tcd_desktop.domain.workflow import CaseKind, ComplexityCriterion, Step, allowed_steps
from tcd_desktop.services.cases.core import _events_of, _load_case, workflow_state
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.identity import _case_text_filter, list_display_name
from tcd_desktop.store.models import Case, CaseEvent, Citizen, User

READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)


@dataclass(frozen=True)
class CaseView:
    """Everything the case header shows (no ORM objects)."""

    id: uuid.UUID
    code: str
    version: int
    kind: str
    kind_label: str
    level: int
    status: str
    status_label: str
    unit_id: uuid.UUID
    citizen_display: str
    summary: str
    assignee_id: uuid.UUID | None
    assignee_name: str
    received_on: dt.date
    accepted_on: dt.date | None
    rule_set_on: dt.date | None
    due_rule: str | None
    due_on: dt.date | None
    is_paused: bool
    paused_since: dt.date | None
    closed_on: dt.date | None
    is_complex: bool
    is_very_complex: bool
    complexity_grounds: list[str]
    complexity_labels: list[str]
    is_remote: bool
    is_mass: bool
    is_repeat: bool
    extensions: int
    extension_days: list[int]
    decision_number: str | None
    decision_on: dt.date | None
    decision_result: str | None
    legal_effect_on: dt.date | None
    enforcement_done_on: dt.date | None
    parent_case_id: uuid.UUID | None
    petition_id: uuid.UUID | None


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the case timeline: who, when, what, which document."""

    event_id: uuid.UUID
    step: str
    label: str
    occurred_on: dt.date
    recorded_at: dt.datetime
    actor_id: uuid.UUID | None
    actor_name: str
    note: str
    document_id: uuid.UUID | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StepOption:
    """A step of the case's procedure and whether the law allows it now."""

    step: str
    label: str
    allowed: bool
    reason: str | None


def find_case_by_code(session: Session, actor: Actor, code: str) -> uuid.UUID | None:
    """The id of the case whose code is ``code`` (spaces and letter case ignored), or ``None``.

    Used to link a second complaint to its first case by the code printed on the papers.
    """
    require(actor, *READERS, action="tìm vụ việc")
    wanted = "".join(code.split()).upper()
    if not wanted:
        return None
    stmt = select(Case.id).where(func.upper(Case.code) == wanted, Case.deleted_at.is_(None))
    return session.scalars(stmt.limit(1)).first()


def get_case(session: Session, actor: Actor, case_id: uuid.UUID) -> CaseView:
    """The case header; the denouncer of a denunciation is masked."""
    require(actor, *READERS, action="xem vụ việc")
    case = _load_case(session, case_id)
    person = session.get(Citizen, case.citizen_id) if case.citizen_id else None
    assignee = (
        session.scalar(select(User.full_name).where(User.id == case.assignee_id))
        if (case.assignee_id)
        else None
    )
    grounds = [str(g) for g in case.complexity_grounds]
    return CaseView(
        id=case.id,
        code=case.code,
        version=case.version,
        kind=case.kind,
        kind_label=CaseKind(case.kind).label_vi,
        level=case.level,
        status=case.status,
        status_label=CaseStatus(case.status).label_vi,
        unit_id=case.unit_id,
        citizen_display=list_display_name(
            case.kind,
            case.kind == CaseKind.ANONYMOUS,
            person.full_name if person else None,
            confidential=bool(person and person.is_confidential),
        ),
        summary=_case_text_filter(session, case)(case.summary),
        assignee_id=case.assignee_id,
        assignee_name=assignee or "",
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        rule_set_on=case.rule_set_on,
        due_rule=case.due_rule,
        due_on=case.due_on,
        is_paused=case.is_paused,
        paused_since=case.paused_since,
        closed_on=case.closed_on,
        is_complex=case.is_complex,
        is_very_complex=case.is_very_complex,
        complexity_grounds=grounds,
        complexity_labels=[
            ComplexityCriterion(g).label_vi
            for g in grounds
            if g in ComplexityCriterion._value2member_map_
        ],
        is_remote=case.is_remote,
        is_mass=case.is_mass,
        is_repeat=case.is_repeat,
        extensions=case.extensions,
        extension_days=[int(d) for d in case.extension_days],
        decision_number=case.decision_number,
        decision_on=case.decision_on,
        decision_result=case.decision_result,
        legal_effect_on=case.legal_effect_on,
        enforcement_done_on=case.enforcement_done_on,
        parent_case_id=case.parent_case_id,
        petition_id=case.petition_id,
    )


def case_timeline(session: Session, actor: Actor, case_id: uuid.UUID) -> list[TimelineEntry]:
    """Every step of the case in the order it was recorded."""
    require(actor, *READERS, action="xem vụ việc")
    shown = _case_text_filter(session, _load_case(session, case_id))  # a sealed case: redacted
    rows = session.execute(
        select(CaseEvent, User.full_name)
        .outerjoin(User, User.id == CaseEvent.actor_id)
        .where(CaseEvent.case_id == case_id, CaseEvent.deleted_at.is_(None))
        .order_by(CaseEvent.id)
    ).tuples()
    labels = {s.value: s.label_vi for s in Step}
    return [
        TimelineEntry(
            event_id=e.id,
            step=e.kind,
            label=labels.get(e.kind, e.kind),
            occurred_on=e.occurred_on,
            recorded_at=e.created_at,
            actor_id=e.actor_id,
            actor_name=name or "",
            note=shown(e.note),
            document_id=e.document_id,
            data=dict(e.data),
        )
        for e, name in rows
    ]


def available_steps(
    session: Session, actor: Actor, case_id: uuid.UUID, *, on: dt.date | None = None
) -> list[StepOption]:
    """The case's procedure with, for each step, whether it is allowed on ``on`` and why not."""
    require(actor, *READERS, action="xem vụ việc")
    case = _load_case(session, case_id)
    state = workflow_state(case, _events_of(session, case.id))
    return [
        StepOption(step=s.value, label=s.label_vi, allowed=r is None, reason=r)
        for s, r in allowed_steps(state, on or dt.date.today())
    ]
