"""Saving a visit at the reception desk (Phiếu tiếp công dân), in one transaction.

``save_visit`` validates everything first (Vietnamese messages keyed by field, nothing
written while any remain), then creates the reception, the citizen(s), the participants,
one petition per content item, the desk's handling, the due dates (T1 answer to the
citizen on the reception, T2 processing on each petition) and the audit entries. Numbers
come from the desk's own series, so a receipt printed on an offline desk is already final.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.delegation import representative_limits
from tcd_desktop.domain.enums import PetitionKind, ReceptionKind, Role
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.reception._records import (
    RECEIPT_SERIES,
    RECEPTION_SERIES,
    VN_TZ,
    add_participants,
    add_petition,
    citizen_row,
    earlier_petitions,
    fresh_number,
)
from tcd_desktop.services.reception._validation import (
    CleanCitizen,
    check_petition,
    check_visit,
    clean_citizen,
    known_field_codes,
)
from tcd_desktop.services.reception.grounds import refusal_ground
from tcd_desktop.services.reception.inputs import (
    HandlingAction,
    PetitionInput,
    SavedPetition,
    SavedVisit,
    VisitInput,
)
from tcd_desktop.services.reception.messages import MESSAGES
from tcd_desktop.services.rulebook import _load_rulebook
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import Reception
from tcd_desktop.store.queries.register_rows import HandlingRecord, PetitionAction

CLOCK_SKEW = dt.timedelta(minutes=10)


def _context(
    session: Session, actor: Actor, visit: VisitInput, errors: dict[str, str]
) -> tuple[str, uuid.UUID | None]:
    profile = _office_profile(session)
    desk = actor.desk_code or (profile.desk_code if profile else "")
    unit_id = visit.unit_id or actor.unit_id or (profile.unit_id if profile else None)
    if not desk:
        errors["desk_code"] = MESSAGES("visit.desk_missing")
    if unit_id is None:
        errors["unit_id"] = MESSAGES("visit.unit_missing")
    return desk, unit_id


def _summary(items: list[PetitionInput]) -> str:
    texts = [nfc(p.summary) for p in items]
    if len(texts) == 1:
        return texts[0]
    return "\n".join(
        f"{i}. {PetitionKind(p.kind).label_vi}: {t}"
        for i, (p, t) in enumerate(zip(items, texts, strict=True), 1)
    )


def _validate(
    session: Session, actor: Actor, visit: VisitInput, now: dt.datetime
) -> tuple[str, uuid.UUID, dt.datetime, CleanCitizen, list[CleanCitizen]]:
    errors: dict[str, str] = {}
    desk, unit_id = _context(session, actor, visit, errors)
    received_at = visit.received_at or now
    if received_at.tzinfo is None:
        errors["received_at"] = MESSAGES("visit.time_zone")
        received_at = now
    elif received_at > now + CLOCK_SKEW:
        errors["received_at"] = MESSAGES("visit.in_future")
    received_on = received_at.astimezone(VN_TZ).date()
    main = clean_citizen(session, visit.citizen, "citizen", errors, need_identity=True)
    parts = [
        clean_citizen(session, p.citizen, f"participants[{i}].citizen", errors, need_identity=False)
        for i, p in enumerate(visit.participants)
    ]
    check_visit(session, visit, received_on, errors)
    if not visit.petitions:
        errors["petitions"] = MESSAGES("visit.petitions_missing")
    fields = known_field_codes(session)
    for i, item in enumerate(visit.petitions):
        check_petition(session, item, f"petitions[{i}]", errors, fields)
    if errors:
        raise ValidationFailed(errors)
    assert unit_id is not None
    return desk, unit_id, received_at.astimezone(dt.UTC), main, parts


def save_visit(
    session: Session, actor: Actor, visit: VisitInput, *, now: dt.datetime | None = None
) -> SavedVisit:
    """Validate and save one visit with everything it created, in the caller's transaction."""
    require(actor, Role.RECEPTION_OFFICER, Role.LEADER, action="ghi phiếu tiếp công dân")
    desk, unit_id, received_at, main, parts = _validate(session, actor, visit, now or utcnow())
    received_on = received_at.astimezone(VN_TZ).date()
    year = received_on.year
    book = _load_rulebook(session)
    denunciation = any(p.kind == PetitionKind.DENUNCIATION.value for p in visit.petitions)
    citizen = citizen_row(session, actor, main, unit_id, desk, confidential=denunciation)
    refused = visit.refusal is not None
    actions = {HandlingAction(p.handling.action) for p in visit.petitions}
    outcome = "refuse" if refused else (actions.pop().value if len(actions) == 1 else "mixed")
    due, explanation, citation = None, "", ""
    if refused:
        ground = refusal_ground(visit.refusal.ground)  # type: ignore[union-attr]
        citation = ground.citation if ground else ""
        if ground is not None and ground.written_notice:
            deadline = book.deadline("T5", received_on)
            due, explanation = deadline.due, deadline.explanation
    elif any(
        HandlingAction(p.handling.action) in (HandlingAction.FORWARD, HandlingAction.TRANSFER)
        for p in visit.petitions
    ):
        deadline = book.deadline("T1", received_on)
        due, explanation = deadline.due, deadline.explanation
    has_documents = any(p.documents for p in visit.petitions)
    record = HandlingRecord(
        note=nfc(visit.note),
        refusal_ground=visit.refusal.ground if visit.refusal else "",
        refusal_note=nfc(visit.refusal.note) if visit.refusal else "",
        refusal_citation=citation,
        receipt_number=(
            fresh_number(session, desk, RECEIPT_SERIES, year)
            if has_documents and not refused
            else ""
        ),
    )
    summary = _summary(visit.petitions)
    reception = Reception(
        number=fresh_number(session, desk, RECEPTION_SERIES, year, Reception.number),
        unit_id=unit_id,
        received_at=received_at,
        received_on=received_on,
        kind=visit.kind,
        officer_id=visit.officer_id or actor.user_id,
        leader_id=visit.leader_id,
        citizen_id=citizen.id,
        headcount=visit.headcount,
        is_mass=representative_limits(visit.headcount) is not None,
        representatives_appointed=visit.representatives_appointed,
        summary=summary,
        summary_folded=fold(summary),
        field_code=visit.petitions[0].field_code,
        outcome=outcome,
        answer_due_on=due,
        repeat_of_id=visit.repeat_of_id,
        created_by=actor.user_id,
        origin_desk=desk,
    )
    session.add(reception)
    session.flush()
    participant_ids = add_participants(
        session, actor, visit, reception, citizen, parts, unit_id, desk, denunciation
    )
    earlier = earlier_petitions(session, visit.repeat_of_id)
    saved = []
    for item in visit.petitions:
        petition = add_petition(session, actor, visit, item, reception, book, desk, earlier)
        record.petitions.append(
            PetitionAction(
                petition_id=str(petition.id),
                action=item.handling.action,
                body=nfc(item.handling.body),
                document_number=nfc(item.handling.document_number),
                note=nfc(item.handling.note),
            )
        )
        saved.append(
            SavedPetition(
                petition.id,
                petition.number,
                petition.kind,
                petition.status,
                item.handling.action,
                petition.processing_due_on,
            )
        )
    for column, value in record.columns().items():
        setattr(reception, column, value)
    session.flush()
    append_audit(
        session,
        "reception.create",
        entity="reception",
        entity_id=reception.id,
        user_id=actor.user_id,
        origin_desk=desk,
        detail={
            "number": reception.number,
            "receipt": record.receipt_number,
            "outcome": outcome,
            "petitions": len(saved),
            "mass": reception.is_mass,
            "repeat_of": str(visit.repeat_of_id) if visit.repeat_of_id else None,
        },
    )
    for dismissed in visit.dismissed_repeats:
        append_audit(
            session,
            "reception.repeat_dismissed",
            entity="reception",
            entity_id=reception.id,
            user_id=actor.user_id,
            origin_desk=desk,
            detail={"dismissed": str(dismissed)},
        )
    return SavedVisit(
        reception_id=reception.id,
        number=reception.number,
        receipt_number=record.receipt_number or None,
        received_at=received_at,
        received_on=received_on,
        citizen_id=citizen.id,
        answer_due_on=due,
        answer_due_explanation=explanation,
        outcome=outcome,
        is_mass=reception.is_mass,
        petitions=tuple(saved),
        participant_ids=tuple(participant_ids),
        warnings=_warnings(visit),
    )


def _warnings(visit: VisitInput) -> tuple[str, ...]:
    out: list[str] = []
    if visit.kind == ReceptionKind.ONLINE.value and any(
        p.kind == PetitionKind.DENUNCIATION.value for p in visit.petitions
    ):
        out.append(MESSAGES("saved.online_denunciation"))
    if visit.refusal is not None:
        ground = refusal_ground(visit.refusal.ground)
        if ground is not None and ground.written_notice:
            out.append(MESSAGES("saved.written_refusal"))
    return tuple(out)
