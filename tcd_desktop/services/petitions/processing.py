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

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.complaint_rules import NonAcceptanceGround
from tcd_desktop.domain.deadlines import (
    Deadline,
    compute_deadline,
    deadline_state,
    working_days_left,
)
from tcd_desktop.domain.enums import CaseStatus, PetitionKind, Role
from tcd_desktop.domain.workflow import FilingGround, ProcessingOutcome
from tcd_desktop.services.cases.acceptance import AcceptanceInput, accept
from tcd_desktop.services.cases.clock import DueExplanation
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    check_version,
    conflicts_as_errors,
    require_text,
    rulebook_for,
)
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, StepNotAllowed, ValidationFailed
from tcd_desktop.services.identity import list_display_name
from tcd_desktop.services.rulebook import Rulebook
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Citizen, Petition, Reception
from tcd_desktop.store.queries.sealed import is_sealed, people_of_petitions, redact_for_list

IN_PERSON = "in_person"
T2B_FROM = dt.date(2026, 7, 1)
QUEUE_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
_STATUS = {
    ProcessingOutcome.TRANSFER: CaseStatus.TRANSFERRED, ProcessingOutcome.GUIDE: CaseStatus.GUIDED,
    ProcessingOutcome.RETURN: CaseStatus.RETURNED, ProcessingOutcome.FILE: CaseStatus.FILED,
    ProcessingOutcome.REPORT_LOWER: CaseStatus.REPORTED_TO_LOWER,
}  # fmt: skip


@dataclass(frozen=True)
class QueueRow:
    """One petition awaiting processing (denouncers always masked in lists)."""

    petition_id: uuid.UUID
    number: str
    version: int
    unit_id: uuid.UUID
    received_on: dt.date
    channel: str
    kind: str
    kind_label: str
    citizen_display: str
    summary: str
    is_anonymous: bool
    is_over_level: bool
    processing_rule: str
    processing_due_on: dt.date
    answer_due_on: dt.date | None
    working_days_left: int
    state: str


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


def processing_deadline(
    book: Rulebook, petition: Petition, *, extended: bool | None = None
) -> Deadline:
    """T2 for any petition; D1 (extendable to 10 working days) for a named denunciation.

    ``extended`` defaults to the petition's own ``initial_check_extended``.
    """
    if petition.kind == PetitionKind.DENUNCIATION and not petition.is_anonymous:
        if extended is None:
            extended = bool(petition.initial_check_extended)
        variant = "extended" if extended else None
        rule = book.pack.get("D1", petition.received_on)
        return compute_deadline(rule, petition.received_on, book.calendar, variant=variant)
    return book.deadline("T2", petition.received_on)


def _answer_start(petition: Petition, reception: Reception | None) -> dt.date | None:
    if reception is not None:
        return reception.received_on
    return petition.received_on if petition.channel == IN_PERSON else None


def processing_queue(
    session: Session,
    actor: Actor,
    *,
    unit_id: uuid.UUID | None = None,
    kind: str | None = None,
    channel: str | None = None,
    today: dt.date | None = None,
    limit: int = 500,
) -> list[QueueRow]:
    """Petitions awaiting processing, soonest due first, optionally for one unit/kind/channel."""
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    book, today = rulebook_for(session), today or dt.date.today()
    stmt = (
        select(Petition, Citizen, Reception)
        .outerjoin(Citizen, Citizen.id == Petition.citizen_id)
        .outerjoin(Reception, Reception.id == Petition.reception_id)
        .where(Petition.status == CaseStatus.RECEIVED.value, Petition.deleted_at.is_(None))
        .order_by(Petition.received_on, Petition.id)
        .limit(limit)
    )
    if unit_id is not None:
        stmt = stmt.where(Petition.unit_id == unit_id)
    if kind is not None:
        stmt = stmt.where(Petition.kind == kind)
    if channel is not None:
        stmt = stmt.where(Petition.channel == channel)
    found = session.execute(stmt).tuples().all()
    sealed = {p.id for p, c, _r in found if is_sealed(p.kind, c is not None and c.is_confidential)}
    people = people_of_petitions(session, sealed)  # the denouncer and who came with them
    rows = []
    for petition, citizen, reception in found:
        rule = processing_deadline(book, petition)
        due = petition.processing_due_on or rule.due
        start = _answer_start(petition, reception)
        answer = reception.answer_due_on if reception and reception.answer_due_on else None
        if answer is None and start is not None:
            answer = book.deadline("T1", start).due
        rows.append(QueueRow(
            petition_id=petition.id, number=petition.number, version=petition.version,
            unit_id=petition.unit_id, received_on=petition.received_on, channel=petition.channel,
            kind=petition.kind, kind_label=PetitionKind(petition.kind).label_vi,
            citizen_display=list_display_name(
                petition.kind, petition.is_anonymous, citizen.full_name if citizen else None,
                confidential=bool(citizen and citizen.is_confidential),
            ),
            summary=redact_for_list(petition.summary, people.get(petition.id, ()))
            if petition.id in sealed else petition.summary,
            is_anonymous=petition.is_anonymous, is_over_level=petition.is_over_level,
            processing_rule=rule.rule_id, processing_due_on=due, answer_due_on=answer,
            working_days_left=working_days_left(due, today, book.calendar),
            state=str(deadline_state(due, today, book.calendar)),
        ))  # fmt: skip
    rows.sort(key=lambda r: (r.processing_due_on, r.received_on, r.number))
    return rows


def _load(session: Session, actor: Actor, petition_id: uuid.UUID, expected: int | None) -> Petition:
    require(actor, *OFFICERS, action="xử lý đơn")
    petition = session.get(Petition, petition_id)
    if petition is None or petition.deleted_at is not None:
        raise NotFound("Không tìm thấy đơn (có thể đã bị xoá).")
    check_version(petition.version, expected, "đơn")
    if petition.status != CaseStatus.RECEIVED:
        raise StepNotAllowed(
            f"Đơn {petition.number} đã được xử lý ({CaseStatus(petition.status).label_vi})."
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
            {"on": f"Ngày xử lý trước ngày nhận đơn {format_vn_date(petition.received_on)}."}
        )
    due = max(limit.due, petition.processing_due_on or limit.due)
    late = on > due
    warnings = [f"Xử lý đơn quá hạn: hạn {limit.rule_id} là ngày {format_vn_date(due)} "
                f"({limit.citation})."] if late else []  # fmt: skip
    petition.status = _STATUS[outcome].value
    petition.processing_outcome = outcome.value
    petition.processed_on = on
    petition.updated_by = actor.user_id
    with conflicts_as_errors("đơn"):
        session.flush()
        append_audit(
            session, f"petition.{outcome.value}", entity="petition", entity_id=petition.id,
            user_id=actor.user_id, origin_desk=actor.desk_code,
            detail={"number": petition.number, "on": on.isoformat(), "late": late,
                    "document_id": str(document_id) if document_id else None, **detail},
        )  # fmt: skip
    return PetitionOutcome(
        petition_id=petition.id, number=petition.number, status=petition.status,
        status_label=_STATUS[outcome].label_vi, outcome=outcome.value,
        outcome_label=outcome.label_vi, processed_on=on, version=petition.version, late=late,
        follow_up=follow_up, warnings=warnings,
    )  # fmt: skip


def transfer_petition(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, to_body: str,
    note: str = "", document_id: uuid.UUID | None = None, expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Chuyển đơn to the competent body (a denunciation within D2, notifying the denouncer)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(to_body, "to_body", "Phải ghi cơ quan có thẩm quyền nhận đơn chuyển.")
    book = rulebook_for(session)
    named_tc = petition.kind == PetitionKind.DENUNCIATION and not petition.is_anonymous
    limit = (
        book.deadline("D2", petition.received_on)
        if named_tc
        else processing_deadline(book, petition)
    )
    return _finish(session, actor, petition, ProcessingOutcome.TRANSFER, on,
                   {"to_body": body, "note": note}, limit=limit, document_id=document_id)  # fmt: skip


def guide_petition(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, to_body: str,
    note: str = "", document_id: uuid.UUID | None = None, expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Hướng dẫn: tell the citizen which body is competent (Luật TCD Điều 26 k1a)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(to_body, "to_body", "Phải ghi cơ quan có thẩm quyền để hướng dẫn công dân.")
    limit = processing_deadline(rulebook_for(session), petition)
    return _finish(session, actor, petition, ProcessingOutcome.GUIDE, on,
                   {"to_body": body, "note": note}, limit=limit, document_id=document_id)  # fmt: skip


def return_petition(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, reason: str = "",
    ground: str = "", document_id: uuid.UUID | None = None, expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Trả lại đơn (with its documents) and guide the citizen, stating the reason.

    For a complaint ``ground`` is the non-acceptance ground of Luật Khiếu nại Điều 11 (a
    choice list); the non-acceptance notice cites its clause.
    """
    petition = _load(session, actor, petition_id, expected_version)
    detail = non_acceptance_detail(petition, ground)
    text = require_text(reason or str(detail.get("ground_label", "")), "reason",
                        "Phải nêu lý do trả lại đơn.")  # fmt: skip
    limit = processing_deadline(rulebook_for(session), petition)
    return _finish(session, actor, petition, ProcessingOutcome.RETURN, on,
                   {"reason": text, **detail}, limit=limit, document_id=document_id)  # fmt: skip


def non_acceptance_detail(petition: Petition, ground: str) -> dict[str, object]:
    """The Điều 11 ground recorded with a returned complaint ({} when none is given)."""
    if not ground:
        return {}
    if petition.kind != PetitionKind.COMPLAINT:
        raise ValidationFailed(
            {
                "ground": "Căn cứ không thụ lý theo Điều 11 Luật Khiếu nại chỉ dùng cho đơn khiếu nại."
            }
        )
    if ground not in NonAcceptanceGround._value2member_map_:
        raise ValidationFailed(
            {"ground": "Căn cứ không thụ lý không có trong Điều 11 Luật Khiếu nại."}
        )
    chosen = NonAcceptanceGround(ground)
    return {"ground": chosen.value, "ground_label": chosen.label_vi,
            "ground_citation": chosen.citation}  # fmt: skip


def file_petition(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, ground: str,
    note: str = "", expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Lưu đơn without processing on a ground of TT 05/2021 Điều 28; reviewed after 1 year (T7)."""
    petition = _load(session, actor, petition_id, expected_version)
    if ground not in FilingGround._value2member_map_:
        raise ValidationFailed(
            {"ground": "Phải chọn căn cứ lưu đơn theo Điều 28 Thông tư 05/2021/TT-TTCP."}
        )
    book = rulebook_for(session)
    review = book.deadline("T7", on)
    return _finish(session, actor, petition, ProcessingOutcome.FILE, on,
                   {"ground": ground, "ground_label": FilingGround(ground).label_vi, "note": note,
                    "review_on": review.due.isoformat()},
                   limit=processing_deadline(book, petition), follow_up=review)  # fmt: skip


def report_to_lower(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, lower_body: str,
    note: str = "", document_id: uuid.UUID | None = None, expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Over-level petition: require the lower body to resolve it (Luật TCD Điều 26 k1b)."""
    petition = _load(session, actor, petition_id, expected_version)
    body = require_text(lower_body, "lower_body", "Phải ghi cơ quan cấp dưới có thẩm quyền.")
    petition.is_over_level = True
    limit = processing_deadline(rulebook_for(session), petition)
    return _finish(session, actor, petition, ProcessingOutcome.REPORT_LOWER, on,
                   {"lower_body": body, "note": note}, limit=limit, document_id=document_id)  # fmt: skip


def extend_initial_check(
    session: Session, actor: Actor, petition_id: uuid.UUID, *, on: dt.date, reason: str,
    expected_version: int | None = None,
) -> PetitionOutcome:  # fmt: skip
    """Extend a denunciation's initial check to 10 working days (Luật Tố cáo Điều 24 k1)."""
    petition = _load(session, actor, petition_id, expected_version)
    text = require_text(reason, "reason", "Phải nêu lý do gia hạn (xác minh nhiều nơi, ủy quyền).")
    if petition.kind != PetitionKind.DENUNCIATION or petition.is_anonymous:
        raise StepNotAllowed("Chỉ đơn tố cáo có danh tính mới gia hạn kiểm tra ban đầu (D1).")
    book = rulebook_for(session)
    normal, extended = (
        processing_deadline(book, petition, extended=False),
        processing_deadline(book, petition, extended=True),
    )
    if petition.initial_check_extended:
        raise StepNotAllowed(
            f"Đã gia hạn kiểm tra ban đầu tới ngày {format_vn_date(extended.due)}."
        )
    if on > normal.due:
        raise StepNotAllowed(
            f"Phải gia hạn trước khi hết thời hạn {format_vn_date(normal.due)} ({normal.citation})."
        )
    petition.processing_due_on, petition.initial_check_extended = extended.due, True
    petition.updated_by = actor.user_id
    with conflicts_as_errors("đơn"):
        session.flush()
        append_audit(session, "petition.extend_initial_check", entity="petition",
                     entity_id=petition.id, user_id=actor.user_id, origin_desk=actor.desk_code,
                     detail={"on": on.isoformat(), "reason": text, "due": extended.due.isoformat()})  # fmt: skip
    return PetitionOutcome(
        petition_id=petition.id, number=petition.number, status=petition.status,
        status_label=CaseStatus(petition.status).label_vi, outcome="", outcome_label="",
        processed_on=on, version=petition.version, follow_up=extended,
    )  # fmt: skip


def explain_petition_due(
    session: Session, petition_id: uuid.UUID, *, today: dt.date | None = None
) -> list[DueExplanation]:
    """The processing clock (T2 or D1) and, for an in-person visit, the answer clock (T1)."""
    petition = session.get(Petition, petition_id)
    if petition is None:
        raise NotFound("Không tìm thấy đơn.")
    book = rulebook_for(session)
    reception = session.get(Reception, petition.reception_id) if petition.reception_id else None
    clocks = [processing_deadline(book, petition)]
    if petition.received_on >= T2B_FROM:  # 45 days unprocessed (NĐ 154/2026 Điều 41)
        clocks.append(book.deadline("T2B", petition.received_on))
    start = _answer_start(petition, reception)
    if start is not None:
        clocks.append(book.deadline("T1", start))
    return [
        DueExplanation(
            rule_id=d.rule_id, step=book.pack.get(d.rule_id, d.start).step_vi, citation=d.citation,
            start_event=book.pack.get(d.rule_id, d.start).start_event_vi, start_on=d.start,
            due_on=d.due, unit=d.unit.label_vi, days_counted=d.days, text=d.explanation,
            is_main=i == 0, variant=d.variant, holidays_skipped=tuple(d.skipped),
            done_on=petition.processed_on, unconfirmed=d.unconfirmed,
            state=str(deadline_state(d.due, today or dt.date.today(), book.calendar, done_on=petition.processed_on)),
        )
        for i, d in enumerate(clocks)
    ]  # fmt: skip
