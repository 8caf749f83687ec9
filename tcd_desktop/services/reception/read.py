"""Reading a saved visit back (reopen the form, print the receipt, slips and notices).

A sealed denouncer is masked unless ``reveal=True`` is asked by the officer who received
the visit or a leader of its unit, with a reason; every reveal writes an audit entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.reception.grounds import refusal_ground
from tcd_desktop.services.reception.inputs import PriorHandling, ReceivedDocument
from tcd_desktop.services.sealed_text import redact
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import (
    Citizen,
    FieldCategory,
    Petition,
    Reception,
    ReceptionParticipant,
    Unit,
    User,
)
from tcd_desktop.store.queries.register_rows import handling_of
from tcd_desktop.store.queries.search import SEALED_NAME

_READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)


@dataclass(frozen=True)
class PersonRecord:
    """The petitioner or a participant (identity blank when sealed and not revealed)."""

    citizen_id: uuid.UUID | None
    full_name: str
    id_number: str
    id_kind: str
    birth_year: int | None
    address: str
    phone: str
    role: str
    proof_document: str
    sealed: bool


@dataclass(frozen=True)
class PetitionRecord:
    """A petition of the visit with the desk's handling."""

    id: uuid.UUID
    number: str
    kind: str
    field_code: str | None
    summary: str
    respondent: str
    prior_handling: tuple[PriorHandling, ...]
    documents: tuple[ReceivedDocument, ...]
    status: str
    action: str
    body: str
    document_number: str
    processing_due_on: dt.date | None


@dataclass(frozen=True)
class VisitRecord:
    """Everything a printed document or the reopened form needs about one visit."""

    reception_id: uuid.UUID
    number: str
    receipt_number: str
    received_at: dt.datetime
    received_on: dt.date
    kind: str
    unit_name: str
    officer_name: str
    leader_name: str
    headcount: int
    is_mass: bool
    representatives_appointed: bool
    citizen: PersonRecord | None
    participants: tuple[PersonRecord, ...]
    petitions: tuple[PetitionRecord, ...]
    outcome: str
    refusal_ground: str
    refusal_text: str
    refusal_citation: str
    refusal_note: str
    answer_due_on: dt.date | None
    repeat_of_id: uuid.UUID | None
    note: str


def _person(c: Citizen | None, role: str, proof: str, show: bool) -> PersonRecord | None:
    if c is None:
        return None
    hidden = c.is_confidential and not show
    return PersonRecord(
        citizen_id=c.id,
        full_name=SEALED_NAME if hidden else c.full_name,
        id_number="" if hidden else (c.id_number or ""),
        id_kind=c.id_kind,
        birth_year=None if hidden else c.birth_year,
        address="" if hidden else c.address,
        phone="" if hidden else (c.phone or ""),
        role=role,
        proof_document=proof,
        sealed=c.is_confidential,
    )


def _may_reveal(actor: Actor, visit: Reception) -> bool:
    if actor.user_id is not None and actor.user_id == visit.officer_id:
        return True
    return Role.LEADER.value in actor.roles and actor.unit_id == visit.unit_id


def load_visit(
    session: Session,
    actor: Actor,
    reception_id: uuid.UUID,
    *,
    reveal: bool = False,
    reason: str = "",
    for_document: bool = False,
) -> VisitRecord:
    """A saved visit; ``reveal`` shows a sealed denouncer's identity (audited, restricted).

    The free text of a sealed visit (contents, notes) comes without the identity unless it
    is revealed — or ``for_document``, when an entitled officer prints the visit's own
    papers for the denouncer (the desk documents check the entitlement first)."""
    require(actor, *_READERS, action="xem phiếu tiếp công dân")
    visit = session.get(Reception, reception_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.visit"))
    parts = session.execute(
        select(ReceptionParticipant, Citizen)
        .join(Citizen, Citizen.id == ReceptionParticipant.citizen_id)
        .where(
            ReceptionParticipant.reception_id == visit.id, ReceptionParticipant.deleted_at.is_(None)
        )
        .order_by(ReceptionParticipant.id)
    ).all()
    main = session.get(Citizen, visit.citizen_id) if visit.citizen_id else None
    sealed = any(c.is_confidential for c in [main, *(c for _, c in parts)] if c is not None)
    if reveal and sealed:
        if not _may_reveal(actor, visit):
            raise PermissionDenied(SERVICE_MESSAGES("identity.visit_refused"))
        if not reason.strip():
            raise ValidationFailed({"reason": SERVICE_MESSAGES("identity.reason_missing")})
        append_audit(
            session,
            "citizen.identity_view",
            entity="reception",
            entity_id=visit.id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"reason": reason.strip()},
        )
    record = handling_of(visit)
    people = [c for c in [main, *(c for _, c in parts)] if c is not None]

    def text(value: str) -> str:
        """Free text as this actor may see it: a sealed visit's without the identity."""
        clear = reveal or (for_document and _may_reveal(actor, visit))
        return redact(value, people) if sealed and not clear else value

    petitions = []
    for p in session.scalars(
        select(Petition)
        .where(Petition.reception_id == visit.id, Petition.deleted_at.is_(None))
        .order_by(Petition.number)
    ):
        act = record.action_for(p.id)
        petitions.append(
            PetitionRecord(
                id=p.id,
                number=p.number,
                kind=p.kind,
                field_code=p.field_code,
                summary=text(p.summary),
                respondent=p.respondent,
                prior_handling=tuple(
                    PriorHandling(
                        body=e.get("body", ""),
                        decision_number=e.get("decision_number", ""),
                        decided_on=dt.date.fromisoformat(e["decided_on"])
                        if e.get("decided_on")
                        else None,
                        result=e.get("result", ""),
                    )
                    for e in p.prior_handling
                    if isinstance(e, dict)
                ),
                documents=tuple(
                    ReceivedDocument(d["name"], int(d.get("pages", 1)), d.get("condition", "copy"))
                    for d in p.documents_received
                    if isinstance(d, dict)
                ),
                status=p.status,
                action=act.action if act else "",
                body=act.body if act else "",
                document_number=act.document_number if act else "",
                processing_due_on=p.processing_due_on,
            )
        )
    ground = refusal_ground(record.refusal_ground)
    unit = session.get(Unit, visit.unit_id)
    officer = session.get(User, visit.officer_id) if visit.officer_id else None
    leader = session.get(User, visit.leader_id) if visit.leader_id else None
    show = reveal and sealed
    return VisitRecord(
        reception_id=visit.id,
        number=visit.number,
        receipt_number=record.receipt_number,
        received_at=visit.received_at,
        received_on=visit.received_on,
        kind=visit.kind,
        unit_name=unit.name if unit else "",
        officer_name=officer.full_name if officer else "",
        leader_name=leader.full_name if leader else "",
        headcount=visit.headcount,
        is_mass=visit.is_mass,
        representatives_appointed=visit.representatives_appointed,
        citizen=_person(main, "petitioner", "", show),
        participants=tuple(
            p
            for p in (_person(c, part.role, part.proof_document, show) for part, c in parts)
            if p is not None
        ),
        petitions=tuple(petitions),
        outcome=visit.outcome,
        refusal_ground=record.refusal_ground,
        refusal_text=ground.text_vi if ground else "",
        refusal_citation=record.refusal_citation,
        refusal_note=text(record.refusal_note),
        answer_due_on=visit.answer_due_on,
        repeat_of_id=visit.repeat_of_id,
        note=text(record.note),
    )


def field_catalogue(session: Session, actor: Actor) -> list[tuple[str, str, str | None]]:
    """The fields (lĩnh vực) for the form's picker: (code, name, parent code)."""
    require(actor, *_READERS, action="xem danh mục lĩnh vực")
    return [
        tuple(r)
        for r in session.execute(  # type: ignore[misc]
            select(FieldCategory.code, FieldCategory.name, FieldCategory.parent_code)
            .where(FieldCategory.deleted_at.is_(None))
            .order_by(FieldCategory.code)
        )
    ]


def is_denunciation(record: VisitRecord) -> bool:
    """True when the visit carries a denunciation (documents must not show the identity)."""
    return any(p.kind == PetitionKind.DENUNCIATION.value for p in record.petitions)
