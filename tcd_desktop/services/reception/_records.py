"""Writing the rows of a visit: citizens, participants, petitions, numbers, repeat flags.

Helpers of :func:`tcd_desktop.services.reception.intake.save_visit`, which validates first and runs
them in its single transaction; each created or changed row gets its audit entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import ReceptionKind
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.services.conflicts import CITIZEN_FIELDS, refuse_stale_citizen
from tcd_desktop.services.context import Actor
from tcd_desktop.services.reception._validation import CleanCitizen
from tcd_desktop.services.reception.inputs import (
    HandlingAction,
    ParticipantRole,
    PetitionInput,
    VisitInput,
)
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Case, Citizen, Petition, Reception, ReceptionParticipant
from tcd_desktop.store.numbering import format_number, next_number

VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")  # no tzdata needed on Windows


#: Number series kinds (the sample data uses the same ones, so numbers never collide).
RECEPTION_SERIES, PETITION_SERIES, RECEIPT_SERIES = "reception", "petition", "receipt"


STATUS_BY_ACTION = {
    HandlingAction.FORWARD: "received",
    HandlingAction.GUIDE: "guided",
    HandlingAction.TRANSFER: "transferred",
    HandlingAction.EXPLAIN: "filed",
}


def fresh_number(
    session: Session, desk: str, kind: str, year: int, column: Any | None = None
) -> str:
    """The next number of a desk's series (skipping any already used in ``column``)."""
    while True:
        number = format_number(desk, year, next_number(session, desk, kind, year))
        if column is None or session.scalar(select(column).where(column == number)) is None:
            return number


def citizen_row(
    session: Session,
    actor: Actor,
    data: CleanCitizen,
    unit_id: uuid.UUID | None,
    desk: str,
    *,
    confidential: bool,
) -> Citizen:
    """Create the citizen, or update the linked one with what the form changed."""
    values = {name: getattr(data, name) for name in CITIZEN_FIELDS}
    if data.existing_id is not None:
        # locked: two desks saving for one citizen take turns instead of a stale flush
        row = session.get(Citizen, data.existing_id, with_for_update=True, populate_existing=True)
        assert row is not None  # checked by validation
        changed = [k for k, v in values.items() if v not in (None, "") and getattr(row, k) != v]
        refuse_stale_citizen(row, data.version, {k: values[k] for k in changed})
        for key in changed:
            setattr(row, key, values[key])
        if "full_name" in changed:
            row.name_folded = fold(row.full_name)
        if "address" in changed:
            row.address_folded = fold(row.address)
        if confidential and not row.is_confidential:
            row.is_confidential = True
            changed.append("is_confidential")
        if changed:
            row.updated_by = actor.user_id
            session.flush()
            append_audit(
                session,
                "citizen.update",
                entity="citizen",
                entity_id=row.id,
                user_id=actor.user_id,
                origin_desk=desk,
                detail={"fields": changed},
            )
        return row
    row = Citizen(
        **values,
        name_folded=fold(data.full_name),
        address_folded=fold(data.address),
        is_organisation=data.is_organisation,
        is_confidential=confidential,
        unit_id=unit_id,
        created_by=actor.user_id,
        origin_desk=desk,
    )
    session.add(row)
    session.flush()
    append_audit(
        session,
        "citizen.create",
        entity="citizen",
        entity_id=row.id,
        user_id=actor.user_id,
        origin_desk=desk,
        detail={"confidential": confidential},
    )
    return row


def add_participants(
    session: Session,
    actor: Actor,
    visit: VisitInput,
    reception: Reception,
    citizen: Citizen,
    parts: list[CleanCitizen],
    unit_id: uuid.UUID,
    desk: str,
    denunciation: bool,
) -> list[uuid.UUID]:
    """Add the participant rows (the petitioner first as representative of a mass visit)."""
    ids = []
    rows: list[tuple[uuid.UUID, str, str]] = []
    if reception.is_mass:  # the petitioner speaks for the group: the first representative
        rows.append(
            (citizen.id, ParticipantRole.REPRESENTATIVE.value, nfc(visit.appointment_document))
        )
    for data, part in zip(parts, visit.participants, strict=True):
        sealed = denunciation and part.role in (
            ParticipantRole.REPRESENTATIVE.value,
            ParticipantRole.MEMBER.value,
        )
        person = citizen_row(session, actor, data, unit_id, desk, confidential=sealed)
        if person.id == citizen.id and reception.is_mass:
            continue
        proof = nfc(part.proof_document) or (
            nfc(visit.appointment_document)
            if part.role == ParticipantRole.REPRESENTATIVE.value
            else ""
        )
        rows.append((person.id, part.role, proof))
    for person_id, role, proof in rows:
        row = ReceptionParticipant(
            reception_id=reception.id,
            citizen_id=person_id,
            role=role,
            proof_document=proof,
            created_by=actor.user_id,
            origin_desk=desk,
        )
        session.add(row)
        session.flush()
        ids.append(row.id)
    return ids


def earlier_petitions(session: Session, reception_id: uuid.UUID | None) -> list[Petition]:
    """The petitions of an earlier visit the new one repeats."""
    if reception_id is None:
        return []
    return list(
        session.scalars(
            select(Petition)
            .where(Petition.reception_id == reception_id, Petition.deleted_at.is_(None))
            .order_by(Petition.number)
        )
    )


def mark_cases_repeated(
    session: Session, actor: Actor, petition_ids: list[uuid.UUID], desk: str
) -> list[uuid.UUID]:
    """Flag the cases opened from these petitions as repeated (Case.is_repeat); audited."""
    if not petition_ids:
        return []
    cases = list(
        session.scalars(
            select(Case).where(
                Case.petition_id.in_(petition_ids),
                Case.deleted_at.is_(None),
                Case.is_repeat.is_(False),
            )
        )
    )
    for case in cases:
        case.is_repeat, case.updated_by = True, actor.user_id
        session.flush()
        append_audit(
            session,
            "case.mark_repeat",
            entity="case",
            entity_id=case.id,
            user_id=actor.user_id,
            origin_desk=desk,
        )
    return [c.id for c in cases]


def add_petition(
    session: Session,
    actor: Actor,
    visit: VisitInput,
    item: PetitionInput,
    reception: Reception,
    book: Any,
    desk: str,
    earlier: list[Petition],
) -> Petition:
    """Create one petition of the visit with its status, T2 due date and audit entry."""
    action = HandlingAction(item.handling.action)
    refused = visit.refusal is not None
    duplicate_of = item.duplicate_of_id or next(
        (p.id for p in earlier if p.kind == item.kind), earlier[0].id if earlier else None
    )
    summary, respondent = nfc(item.summary), nfc(item.respondent)
    petition = Petition(
        number=fresh_number(
            session, desk, PETITION_SERIES, reception.received_on.year, Petition.number
        ),
        unit_id=reception.unit_id,
        reception_id=reception.id,
        citizen_id=reception.citizen_id,
        received_on=reception.received_on,
        channel="online" if visit.kind == ReceptionKind.ONLINE.value else "in_person",
        kind=item.kind,
        field_code=item.field_code,
        summary=summary,
        summary_folded=fold(summary),
        respondent=respondent,
        respondent_folded=fold(respondent),
        prior_handling=[
            {
                "body": nfc(p.body),
                "decision_number": nfc(p.decision_number),
                "decided_on": p.decided_on.isoformat() if p.decided_on else None,
                "result": nfc(p.result),
            }
            for p in item.prior_handling
        ],
        documents_received=[
            {"name": nfc(d.name), "pages": d.pages, "condition": d.condition}
            for d in item.documents
        ],
        signatory_count=visit.headcount,
        duplicate_of_id=duplicate_of,
        status="rejected" if refused else STATUS_BY_ACTION[action],
        processing_outcome="refuse"
        if refused
        else (None if action is HandlingAction.FORWARD else action.value),
        processing_due_on=book.deadline("T2", reception.received_on).due,
        processed_on=(
            reception.received_on if refused or action is not HandlingAction.FORWARD else None
        ),
        created_by=actor.user_id,
        origin_desk=desk,
    )
    session.add(petition)
    session.flush()
    append_audit(
        session,
        "petition.create",
        entity="petition",
        entity_id=petition.id,
        user_id=actor.user_id,
        origin_desk=desk,
        detail={
            "number": petition.number,
            "kind": petition.kind,
            "status": petition.status,
            "duplicate_of": str(duplicate_of) if duplicate_of else None,
        },
    )
    if duplicate_of is not None:
        mark_cases_repeated(session, actor, [duplicate_of], desk)
    return petition
