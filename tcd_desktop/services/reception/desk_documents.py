"""The reception desk's other documents: refusal notice, guidance slip, transfer slip, record.

``desk_document_choices`` says which of them a saved visit calls for (each refused one with
the reason); ``issue_desk_document`` builds the form's data from the database — the visit,
its citizen, its petitions with the desk's handling, the receiving unit and its head — and
issues it (:func:`services.documents.issue_document`: number, PDF, hash, audit) linked to
the visit and, for a per-petition slip, to the petition.

Every one of these documents names the petitioner: the refusal notice, the guidance slip
and the record are handed to them, the transfer slip names them because the competent body
must reply to them.  When the petitioner is a denouncer (or a sealed citizen) they are only
offered to — and issued by — the people entitled to the sealed identity, as for the
documents of a case (:mod:`services.case_documents`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.fields import (
    ContentRoute,
    ItemCondition,
    Official,
    Person,
    ReceivedItem,
    Signer,
)
from tcd_desktop.documents.forms.guidance_slip import GuidanceSlipData
from tcd_desktop.documents.forms.refusal import RefusalNoticeData
from tcd_desktop.documents.forms.transfer_slip import TransferSlipData
from tcd_desktop.documents.forms.verbal_record import VerbalRecordData
from tcd_desktop.documents.versions import (
    FormNotInForce,
    unconfirmed_note,
    version_on,
    versions_of,
)
from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.services.case_documents.facts import Body, _load_body, person_of
from tcd_desktop.services.case_documents.minutes import handling_opinions
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import ISSUING_ROLES, IssuedDocument, issue_document
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.messages import error_text
from tcd_desktop.services.reception.inputs import HandlingAction
from tcd_desktop.services.reception.messages import MESSAGES
from tcd_desktop.services.reception.read import PetitionRecord, VisitRecord, load_visit
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.models import Citizen, Reception, ReceptionParticipant, User

REFUSAL = "tcd.refusal"
GUIDANCE = "tcd.guidance"
TRANSFER = "xld.transfer"
RECORD = "tcd.record"
DESK_FORMS = (REFUSAL, GUIDANCE, TRANSFER, RECORD)
SEALED_REFUSAL = MESSAGES("document.sealed")
_CONDITIONS = {
    "original": ItemCondition.ORIGINAL,
    "copy": ItemCondition.COPY,
    "certified_copy": ItemCondition.CERTIFIED_COPY,
}


@dataclass(frozen=True)
class DeskDocumentChoice:
    """One document the desk may (or may not) issue for a saved visit."""

    form_code: str
    name_vi: str
    petition_id: uuid.UUID | None
    enabled: bool
    reason: str = ""
    """Why it cannot be issued (Vietnamese), when ``enabled`` is False."""
    unconfirmed: str = ""
    """Why the form number it would print is not checked against the Công báo ("" when
    its printed reference carries no "(chưa đối chiếu Công báo)" mark)."""


def _name(code: str, on: dt.date) -> str:
    try:
        return version_on(code, on).name_vi
    except FormNotInForce:
        return versions_of(code)[-1].name_vi


def _sealed(record: VisitRecord) -> bool:
    if any(p.kind == PetitionKind.DENUNCIATION.value for p in record.petitions):
        return True
    return bool(record.citizen and record.citizen.sealed) or any(
        p.sealed for p in record.participants
    )


def _may_read(actor: Actor, visit: Reception) -> bool:
    """The officer who received the visit and the leaders of its unit."""
    if actor.user_id is not None and actor.user_id == visit.officer_id:
        return True
    return Role.LEADER.value in actor.roles and actor.unit_id == visit.unit_id


def _blocked(session: Session, actor: Actor, visit: Reception, record: VisitRecord) -> str:
    """Why no desk document may be issued by ``actor`` (empty when they may)."""
    if not actor.has(*ISSUING_ROLES):
        return MESSAGES("document.no_right", username=actor.username)
    if _sealed(record) and not _may_read(actor, visit):
        return SEALED_REFUSAL
    return ""


def _not_in_force(code: str, on: dt.date) -> str:
    try:
        version_on(code, on)
    except FormNotInForce as exc:
        return error_text(exc)
    return ""


def _load(session: Session, actor: Actor, reception_id: uuid.UUID) -> tuple[Reception, VisitRecord]:
    record = load_visit(session, actor, reception_id, for_document=True)
    visit = session.get(Reception, reception_id)
    assert visit is not None  # load_visit raised NotFound otherwise
    return visit, record


def _label(p: PetitionRecord) -> str:
    return f" — đơn số {p.number}" if p.number else ""


def desk_document_choices(
    session: Session, actor: Actor, reception_id: uuid.UUID
) -> list[DeskDocumentChoice]:
    """The refusal notice, guidance and transfer slips and the record a visit calls for."""
    visit, record = _load(session, actor, reception_id)
    on = record.received_on
    blocked = _blocked(session, actor, visit, record)

    def choice(code: str, petition: PetitionRecord | None, reason: str) -> DeskDocumentChoice:
        why = blocked or reason or _not_in_force(code, on)
        name = _name(code, on) + (_label(petition) if petition else "")
        pid, note = (petition.id if petition else None), unconfirmed_note(code, on)
        return DeskDocumentChoice(code, name, pid, not why, why, note)

    refused = record.outcome == "refuse"
    out = [choice(REFUSAL, None, "" if refused else MESSAGES("document.not_refused"))]
    for action, code, none_reason in (
        (
            HandlingAction.GUIDE,
            GUIDANCE,
            MESSAGES("document.nothing_guided"),
        ),
        (
            HandlingAction.TRANSFER,
            TRANSFER,
            MESSAGES("document.nothing_transferred"),
        ),
    ):
        handled = [p for p in record.petitions if p.action == action.value and not refused]
        if code == GUIDANCE and len(handled) > 1:
            out.append(choice(GUIDANCE, None, ""))  # one slip routing every content
        out.extend(choice(code, p, "") for p in handled)
        if not handled:
            out.append(choice(code, None, none_reason))
    out.append(choice(RECORD, None, ""))
    return out


def _person(session: Session, visit: Reception) -> Person:
    citizen = session.get(Citizen, visit.citizen_id) if visit.citizen_id else None
    return person_of(citizen)


def _companions(session: Session, visit: Reception) -> tuple[Person, ...]:
    rows = session.scalars(
        select(Citizen)
        .join(ReceptionParticipant, ReceptionParticipant.citizen_id == Citizen.id)
        .where(
            ReceptionParticipant.reception_id == visit.id,
            ReceptionParticipant.deleted_at.is_(None),
        )
        .order_by(ReceptionParticipant.id)
    ).all()
    return tuple(person_of(c) for c in rows if c.id != visit.citizen_id)


def _kind(record: VisitRecord, petition: PetitionRecord | None = None) -> PetitionKind:
    """The petition's kind; for the whole visit, the kind when all contents share it."""
    if petition is not None:
        return PetitionKind(petition.kind)
    kinds = {p.kind for p in record.petitions}
    if len(kinds) == 1:
        return PetitionKind(kinds.pop())
    if PetitionKind.DENUNCIATION.value in kinds:
        return PetitionKind.DENUNCIATION
    if not kinds:
        raise ValidationFailed({"petitions": MESSAGES("document.no_content")})
    raise ValidationFailed({"petitions": MESSAGES("document.mixed_kinds")})


def _items(petitions: tuple[PetitionRecord, ...]) -> tuple[ReceivedItem, ...]:
    return tuple(
        ReceivedItem(d.name, d.pages or None, _CONDITIONS.get(d.condition, ItemCondition.COPY))
        for p in petitions
        for d in p.documents
    )


def _officer(session: Session, visit: Reception, body: Body) -> Official:
    user = session.get(User, visit.officer_id) if visit.officer_id else None
    return Official(user.full_name if user else "", "Cán bộ tiếp công dân", body.issuer.name)


def _petition(record: VisitRecord, petition_id: uuid.UUID | None, action: str) -> PetitionRecord:
    found = next((p for p in record.petitions if p.id == petition_id), None)
    if found is None or found.action != action:
        raise ValidationFailed({"petition": "Nội dung này không được xử lý theo cách đó."})
    return found


def _refusal(
    session: Session, visit: Reception, record: VisitRecord, body: Body
) -> RefusalNoticeData:
    if record.outcome != "refuse":
        raise ValidationFailed({"form": "Lượt tiếp này không bị từ chối tiếp."})
    ground = record.refusal_text or record.refusal_note
    if record.refusal_note and record.refusal_note != ground:
        ground = f"{ground} ({record.refusal_note})"
    return RefusalNoticeData(
        issuer=body.issuer,
        issued_on=record.received_on,
        citizen=_person(session, visit),
        visited_on=record.received_on,
        petition_kind=_kind(record),
        summary="; ".join(p.summary for p in record.petitions),
        ground=ground,
        ground_citation=record.refusal_citation,
        signer=body.signer,
    )


def _guidance(
    session: Session,
    visit: Reception,
    record: VisitRecord,
    body: Body,
    petition_id: uuid.UUID | None,
) -> tuple[GuidanceSlipData, str]:
    guided = [p for p in record.petitions if p.action == HandlingAction.GUIDE.value]
    chosen = [_petition(record, petition_id, HandlingAction.GUIDE.value)] if petition_id else guided
    if not chosen:
        raise ValidationFailed({"form": "Không có nội dung nào được hướng dẫn."})
    routes = tuple(ContentRoute(p.summary, p.body) for p in chosen) if len(chosen) > 1 else ()
    officer = _officer(session, visit, body)
    data = GuidanceSlipData(
        issuer=body.issuer,
        issued_on=record.received_on,
        citizen=_person(session, visit),
        petition_kind=_kind(record, chosen[0] if len(chosen) == 1 else None),
        content="; ".join(p.summary for p in chosen),
        reason=f"nội dung không thuộc thẩm quyền giải quyết của {body.issuer.name}",
        competent_body="; ".join(dict.fromkeys(p.body for p in chosen)),
        signer=Signer(officer.full_name, officer.position),
        received_on=record.received_on,
        routes=routes,
        for_head=body.head_title,
    )
    return data, chosen[0].document_number if len(chosen) == 1 else ""


def _transfer(
    session: Session,
    visit: Reception,
    record: VisitRecord,
    body: Body,
    petition_id: uuid.UUID | None,
) -> tuple[TransferSlipData, str]:
    p = _petition(record, petition_id, HandlingAction.TRANSFER.value)
    data = TransferSlipData(
        issuer=body.issuer,
        issued_on=record.received_on,
        to_body=p.body,
        petition_kind=PetitionKind(p.kind),
        sender=_person(session, visit),
        received_on=record.received_on,
        content=p.summary,
        signer=body.signer,
        signatory_count=max(1, record.headcount),
        attachments=tuple(f"{d.name} ({d.pages:02d} trang)" for d in p.documents),
    )
    return data, p.document_number


def _record(
    session: Session, visit: Reception, record: VisitRecord, body: Body
) -> VerbalRecordData:
    officer = _officer(session, visit, body)
    leader = session.get(User, visit.leader_id) if visit.leader_id else None
    chair = Official(leader.full_name, leader.title or body.head_title) if leader else officer
    profile = _office_profile(session)
    return VerbalRecordData(
        issuer=body.issuer,
        started_at=record.received_at,
        location=(profile.office_name if profile else "") or body.issuer.name,
        chair=chair,
        recorder=officer,
        citizen=_person(session, visit),
        companions=_companions(session, visit),
        headcount=max(1, record.headcount),
        petition_kind=_kind(record),
        statement="; ".join(f"{p.summary}" for p in record.petitions),
        evidence=_items(record.petitions),
        officer_opinions=handling_opinions(record.petitions),
        chair_conclusion=record.note,
    )


def issue_desk_document(
    session: Session,
    actor: Actor,
    reception_id: uuid.UUID,
    form_code: str,
    petition_id: uuid.UUID | None = None,
) -> IssuedDocument:
    """Build one desk document of a saved visit from the database and issue it.

    Raises ``PermissionDenied`` (no right to issue, or a sealed denouncer the actor may not
    read), ``ValidationFailed`` (the visit does not call for that document) or ``NotFound``.
    """
    visit, record = _load(session, actor, reception_id)
    blocked = _blocked(session, actor, visit, record)
    if blocked:
        raise PermissionDenied(blocked)
    body = _load_body(session, visit.unit_id)
    number = ""
    data: Any
    if form_code == REFUSAL:
        data = _refusal(session, visit, record, body)
    elif form_code == GUIDANCE:
        data, number = _guidance(session, visit, record, body, petition_id)
    elif form_code == TRANSFER:
        data, number = _transfer(session, visit, record, body, petition_id)
    elif form_code == RECORD:
        data = _record(session, visit, record, body)
    else:
        raise ValidationFailed({"form": f"Bàn tiếp công dân không lập văn bản «{form_code}»."})
    return issue_document(
        session,
        actor,
        form_code,
        data,
        reception_id=reception_id,
        petition_id=petition_id,
        number=number or None,
    )
