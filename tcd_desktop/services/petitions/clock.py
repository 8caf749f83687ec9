"""The clocks of a petition awaiting processing: a denunciation's extended initial check
(Luật Tố cáo Điều 24 k1) and the explanation of its due dates (T2 or D1, and T1)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.deadlines import (
    deadline_state,
)
from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.services.cases.clock import DueExplanation
from tcd_desktop.services.cases.core import (
    _rulebook_for,
    conflicts_as_errors,
    require_text,
)
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, StepNotAllowed
from tcd_desktop.services.petitions.messages import MESSAGES
from tcd_desktop.services.petitions.processing import PetitionOutcome, _load
from tcd_desktop.services.petitions.queue import (
    QUEUE_ROLES,
    answer_start,
    processing_deadline,
)
from tcd_desktop.services.petitions.t2b import t2b_deadline
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Petition, Reception


def extend_initial_check(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    reason: str,
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Extend a denunciation's initial check to 10 working days (Luật Tố cáo Điều 24 k1)."""
    petition = _load(session, actor, petition_id, expected_version)
    text = require_text(reason, "reason", MESSAGES("extend.reason_missing"))
    if petition.kind != PetitionKind.DENUNCIATION or petition.is_anonymous:
        raise StepNotAllowed(MESSAGES("extend.only_named_denunciation"))
    book = _rulebook_for(session)
    normal, extended = (
        processing_deadline(book, petition, extended=False),
        processing_deadline(book, petition, extended=True),
    )
    if petition.initial_check_extended:
        raise StepNotAllowed(MESSAGES("extend.already", date=format_vn_date(extended.due)))
    if on > normal.due:
        raise StepNotAllowed(
            MESSAGES("extend.too_late", date=format_vn_date(normal.due), citation=normal.citation)
        )
    petition.processing_due_on, petition.initial_check_extended = extended.due, True
    petition.updated_by = actor.user_id
    with conflicts_as_errors("đơn"):
        session.flush()
        append_audit(
            session,
            "petition.extend_initial_check",
            entity="petition",
            entity_id=petition.id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"on": on.isoformat(), "reason": text, "due": extended.due.isoformat()},
        )
    return PetitionOutcome(
        petition_id=petition.id,
        number=petition.number,
        status=petition.status,
        status_label=CaseStatus(petition.status).label_vi,
        outcome="",
        outcome_label="",
        processed_on=on,
        version=petition.version,
        follow_up=extended,
    )


def explain_petition_due(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, today: dt.date | None = None
) -> list[DueExplanation]:
    """The processing clock (T2 or D1), the 45-day clock (T2B, received from 01/7/2026) and,
    for an in-person visit, the answer clock (T1)."""
    require(actor, *QUEUE_ROLES, action="xem thời hạn xử lý đơn")
    petition = session.get(Petition, petition_id)
    if petition is None:
        raise NotFound(MESSAGES("processing.not_found"))
    book = _rulebook_for(session)
    reception = session.get(Reception, petition.reception_id) if petition.reception_id else None
    clocks = [processing_deadline(book, petition)]
    t2b = t2b_deadline(book, petition.received_on)  # 45 days unprocessed, from 01/7/2026
    if t2b is not None:
        clocks.append(t2b)
    start = answer_start(petition, reception)
    if start is not None:
        clocks.append(book.deadline("T1", start))
    return [
        DueExplanation(
            rule_id=d.rule_id,
            step=book.pack.get(d.rule_id, d.start).step_vi,
            citation=d.citation,
            start_event=book.pack.get(d.rule_id, d.start).start_event_vi,
            start_on=d.start,
            due_on=d.due,
            unit=d.unit.label_vi,
            days_counted=d.days,
            text=d.explanation,
            is_main=i == 0,
            variant=d.variant,
            holidays_skipped=tuple(d.skipped),
            done_on=petition.processed_on,
            unconfirmed=d.unconfirmed,
            state=str(
                deadline_state(
                    d.due, today or dt.date.today(), book.calendar, done_on=petition.processed_on
                )
            ),
        )
        for i, d in enumerate(clocks)
    ]
