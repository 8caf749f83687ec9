"""Petition processing (xử lý đơn, TT 05/2021/TT-TTCP): the queue and its legal outcomes.

The queue lists petitions awaiting processing with their processing due date (T2; D1 for a
denunciation) and, for a citizen who came in person, the answer date (T1).  Each outcome
(accept, transfer, guide, return, file, ask the lower level) sets the petition's status,
outcome and processing date in one transaction with an audit entry, and reports the
follow-up clock it starts.  Acceptance creates the case (:mod:`services.cases.acceptance`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.complaint_rules import NonAcceptanceGround
from tcd_desktop.domain.deadlines import (
    Deadline,
)
from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.domain.workflow import FilingGround, ProcessingOutcome
from tcd_desktop.services.cases.acceptance import AcceptanceInput, accept
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    check_version,
    conflicts_as_errors,
    require_text,
)
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, StepNotAllowed, ValidationFailed
from tcd_desktop.services.petitions.messages import MESSAGES
from tcd_desktop.services.petitions.queue import processing_deadline
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Petition

_STATUS = {
    ProcessingOutcome.TRANSFER: CaseStatus.TRANSFERRED,
    ProcessingOutcome.GUIDE: CaseStatus.GUIDED,
    ProcessingOutcome.RETURN: CaseStatus.RETURNED,
    ProcessingOutcome.FILE: CaseStatus.FILED,
    ProcessingOutcome.REPORT_LOWER: CaseStatus.REPORTED_TO_LOWER,
}


@dataclass(frozen=True)
class PetitionOutcome:
    """Result of processing one petition."""

    petition_id: uuid.UUID
    number: str
    status: str
    status_label: str
    outcome: str
    outcome_label: str
    processed_on: dt.date
    version: int
    late: bool = False
    follow_up: Deadline | None = None
    warnings: list[str] = field(default_factory=list)


def _load(session: Session, actor: Actor, petition_id: uuid.UUID, expected: int | None) -> Petition:
    require(actor, *OFFICERS, action="xử lý đơn")
    petition = session.get(Petition, petition_id)
    if petition is None or petition.deleted_at is not None:
        raise NotFound(MESSAGES("processing.gone"))
    check_version(petition.version, expected, "đơn")
    if petition.status != CaseStatus.RECEIVED:
        raise StepNotAllowed(
            MESSAGES(
                "processing.already_processed",
                number=petition.number,
                status=CaseStatus(petition.status),
            )
        )
    return petition


def accept_petition(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    data: AcceptanceInput,
    *,
    expected_version: int | None = None,
) -> StepResult:
    """Thụ lý: create the case (kind, level, complexity, remote, assignee, rule set, code)."""
    petition = _load(session, actor, petition_id, expected_version)
    return accept(session, actor, petition, data)


def _finish(
    session: Session,
    actor: Actor,
    petition: Petition,
    outcome: ProcessingOutcome,
    on: dt.date,
    detail: dict[str, object],
    *,
    limit: Deadline,
    follow_up: Deadline | None = None,
    document_id: uuid.UUID | None = None,
) -> PetitionOutcome:
    if on < petition.received_on:
        raise ValidationFailed(
            {"on": MESSAGES("outcome.before_received", date=format_vn_date(petition.received_on))}
        )
    due = max(limit.due, petition.processing_due_on or limit.due)
    late = on > due
    warnings: list[str] = (
        [
            MESSAGES(
                "outcome.late",
                rule=limit.rule_id,
                date=format_vn_date(due),
                citation=limit.citation,
            )
        ]
        if late
        else []
    )
    petition.status = _STATUS[outcome].value
    petition.processing_outcome = outcome.value
    petition.processed_on = on
    petition.updated_by = actor.user_id
    with conflicts_as_errors("đơn"):
        session.flush()
        append_audit(
            session,
            f"petition.{outcome.value}",
            entity="petition",
            entity_id=petition.id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={
                "number": petition.number,
                "on": on.isoformat(),
                "late": late,
                "document_id": str(document_id) if document_id else None,
                **detail,
            },
        )
    return PetitionOutcome(
        petition_id=petition.id,
        number=petition.number,
        status=petition.status,
        status_label=_STATUS[outcome].label_vi,
        outcome=outcome.value,
        outcome_label=outcome.label_vi,
        processed_on=on,
        version=petition.version,
        late=late,
        follow_up=follow_up,
        warnings=warnings,
    )


def transfer_petition(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    to_body: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Chuyển đơn to the competent body (a denunciation within D2, notifying the denouncer)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(to_body, "to_body", MESSAGES("transfer.body_missing"))
    book = _rulebook_for(session)
    named_tc = petition.kind == PetitionKind.DENUNCIATION and not petition.is_anonymous
    limit = (
        book.deadline("D2", petition.received_on)
        if named_tc
        else processing_deadline(book, petition)
    )
    return _finish(
        session,
        actor,
        petition,
        ProcessingOutcome.TRANSFER,
        on,
        {"to_body": body, "note": note},
        limit=limit,
        document_id=document_id,
    )


def guide_petition(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    to_body: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Hướng dẫn: tell the citizen which body is competent (Luật TCD Điều 26 k1a)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(to_body, "to_body", MESSAGES("guide.body_missing"))
    limit = processing_deadline(_rulebook_for(session), petition)
    return _finish(
        session,
        actor,
        petition,
        ProcessingOutcome.GUIDE,
        on,
        {"to_body": body, "note": note},
        limit=limit,
        document_id=document_id,
    )


def return_petition(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    reason: str = "",
    ground: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Trả lại đơn (with its documents) and guide the citizen, stating the reason.

    For a complaint ``ground`` is the non-acceptance ground of Luật Khiếu nại Điều 11 (a
    choice list); the non-acceptance notice cites its clause.
    """
    petition = _load(session, actor, petition_id, expected_version)
    detail = non_acceptance_detail(petition, ground)
    text = require_text(
        reason or str(detail.get("ground_label", "")), "reason", MESSAGES("return.reason_missing")
    )
    limit = processing_deadline(_rulebook_for(session), petition)
    return _finish(
        session,
        actor,
        petition,
        ProcessingOutcome.RETURN,
        on,
        {"reason": text, **detail},
        limit=limit,
        document_id=document_id,
    )


def non_acceptance_detail(petition: Petition, ground: str) -> dict[str, object]:
    """The Điều 11 ground recorded with a returned complaint ({} when none is given)."""
    if not ground:
        return {}
    if petition.kind != PetitionKind.COMPLAINT:
        raise ValidationFailed({"ground": MESSAGES("return.ground_only_complaint")})
    if ground not in NonAcceptanceGround._value2member_map_:
        raise ValidationFailed({"ground": MESSAGES("return.ground_unknown")})
    chosen = NonAcceptanceGround(ground)
    return {
        "ground": chosen.value,
        "ground_label": chosen.label_vi,
        "ground_citation": chosen.citation,
    }


def file_petition(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    ground: str,
    note: str = "",
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Lưu đơn without processing on a ground of TT 05/2021 Điều 28; reviewed after 1 year (T7)."""
    petition = _load(session, actor, petition_id, expected_version)
    if ground not in FilingGround._value2member_map_:
        raise ValidationFailed({"ground": MESSAGES("file.ground_missing")})
    book = _rulebook_for(session)
    review = book.deadline("T7", on)
    return _finish(
        session,
        actor,
        petition,
        ProcessingOutcome.FILE,
        on,
        {
            "ground": ground,
            "ground_label": FilingGround(ground).label_vi,
            "note": note,
            "review_on": review.due.isoformat(),
        },
        limit=processing_deadline(book, petition),
        follow_up=review,
    )


def report_to_lower(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    on: dt.date,
    lower_body: str,
    note: str = "",
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> PetitionOutcome:
    """Over-level petition: require the lower body to resolve it (Luật TCD Điều 26 k1b)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(lower_body, "lower_body", MESSAGES("lower.body_missing"))
    petition.is_over_level = True
    limit = processing_deadline(_rulebook_for(session), petition)
    return _finish(
        session,
        actor,
        petition,
        ProcessingOutcome.REPORT_LOWER,
        on,
        {"lower_body": body, "note": note},
        limit=limit,
        document_id=document_id,
    )
