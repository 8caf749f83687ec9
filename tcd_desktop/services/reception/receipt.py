"""The receipt (giấy biên nhận, Mẫu 02/TCD) of a saved visit, built from the database.

Like the desk's other documents (:mod:`tcd_desktop.services.reception.desk_documents`) the receipt is
built from the saved record — the visit, its petitioner or the agent who handed the papers
over, the documents received with each content, the receiving officer and the office — never
from what a form on screen happens to hold. A sealed visit's receipt is only issued by the
people entitled to the denouncer's identity.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.fields import Issuer, ItemCondition, Official, Person, ReceivedItem
from tcd_desktop.documents.forms.receipt import ReceiptData
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.places import province_name
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import IssuedDocument, issue_document
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.desk_documents import _blocked, _load
from tcd_desktop.services.reception.inputs import IdKind, ParticipantRole
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.models import Citizen, ReceptionParticipant

RECEIPT_FORM = "tcd.receipt"
#: Roles of a person who comes for the petitioner and hands the papers over.
AGENT_ROLES = (
    ParticipantRole.PROXY.value,
    ParticipantRole.LAWYER.value,
    ParticipantRole.LEGAL_AID.value,
    ParticipantRole.GUARDIAN.value,
)
_CONDITIONS = {
    "original": ItemCondition.ORIGINAL,
    "copy": ItemCondition.COPY,
    "certified_copy": ItemCondition.CERTIFIED_COPY,
}
_ID_KINDS = {
    IdKind.CCCD.value: "Căn cước",
    IdKind.CMND.value: "Chứng minh nhân dân",
    IdKind.PASSPORT.value: "Hộ chiếu",
    IdKind.OTHER.value: "Giấy tờ tùy thân",
}
_HONORIFIC = {"nam": "Ông", "nu": "Bà"}
_PLACE_PREFIXES = ("Thành phố ", "Tỉnh ", "thành phố ", "tỉnh ")


def place_of(province: str) -> str:
    """ "Tỉnh Lạng Sơn" → "Lạng Sơn" (ô 4 of the NĐ 30/2020 layout)."""
    for prefix in _PLACE_PREFIXES:
        if province.startswith(prefix):
            return province[len(prefix) :]
    return province


def full_address(citizen: Citizen) -> str:
    """Street, commune and province on one line ("tỉnh Lạng Sơn" inside an address)."""
    province = province_name(citizen.province_code or "")
    parts = [
        (citizen.address or "").strip(),
        (citizen.commune or "").strip(),
        province[:1].lower() + province[1:],
    ]
    return ", ".join(p for p in parts if p)


def _agent(session: Session, reception_id: uuid.UUID) -> tuple[Citizen, str] | None:
    """The agent who came for the petitioner and the role as printed after "là"."""
    row = session.execute(
        select(Citizen, ReceptionParticipant.role)
        .join(ReceptionParticipant, ReceptionParticipant.citizen_id == Citizen.id)
        .where(
            ReceptionParticipant.reception_id == reception_id,
            ReceptionParticipant.deleted_at.is_(None),
            ReceptionParticipant.role.in_(AGENT_ROLES),
        )
        .order_by(ReceptionParticipant.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    label = ParticipantRole(row[1]).label_vi
    return row[0], label[:1].lower() + label[1:]


def _provider(citizen: Citizen | None, agent: tuple[Citizen, str] | None) -> Person:
    if agent is not None:
        person = agent[0]
        return Person(
            full_name=person.full_name.strip(),
            id_kind="Căn cước",
            id_number=(person.id_number or "").strip(),
            phone=(person.phone or "").strip(),
        )
    if citizen is None:
        return Person(full_name="")
    return Person(
        full_name=citizen.full_name.strip(),
        honorific=_HONORIFIC.get(citizen.gender or "", ""),
        id_kind=_ID_KINDS.get(citizen.id_kind or IdKind.CCCD.value, "Căn cước"),
        id_number=(citizen.id_number or "").strip(),
        address=full_address(citizen),
        phone=(citizen.phone or "").strip(),
    )


def receipt_data(session: Session, actor: Actor, reception_id: uuid.UUID) -> ReceiptData:
    """The receipt of a saved visit; its number is the visit's receipt number."""
    visit, record = _load(session, actor, reception_id)
    blocked = _blocked(session, actor, visit, record)
    if blocked:
        raise PermissionDenied(blocked)
    if not record.receipt_number:
        raise ValidationFailed(
            {"form": "Lượt tiếp này không nhận tài liệu nên không có giấy biên nhận."}
        )
    profile = _office_profile(session)
    office = profile.office_name if profile else ""
    citizen = session.get(Citizen, visit.citizen_id) if visit.citizen_id else None
    agent = _agent(session, visit.id)
    kinds = {p.kind for p in record.petitions}
    kind = PetitionKind(kinds.pop()) if len(kinds) == 1 else None
    items = tuple(
        ReceivedItem(
            name=d.name,
            pages=d.pages or None,
            condition=_CONDITIONS.get(d.condition, ItemCondition.COPY),
        )
        for p in record.petitions
        for d in p.documents
        if d.name.strip()
    )
    return ReceiptData(
        issuer=Issuer(name=office, place=place_of(profile.province) if profile else ""),
        received_at=record.received_at,
        location=office,
        officer=Official(
            full_name=record.officer_name or actor.full_name,
            position="Cán bộ tiếp công dân",
            organisation=office,
        ),
        provider=_provider(citizen, agent),
        items=items,
        number=record.receipt_number,
        petition_kind=kind,
        provider_role=agent[1] if agent is not None else "",
        content_summary="; ".join(p.summary.strip() for p in record.petitions if p.documents),
    )


def issue_receipt(session: Session, actor: Actor, reception_id: uuid.UUID) -> IssuedDocument:
    """Issue the receipt of a saved visit (number, PDF, hash, audit) in the caller's session."""
    data = receipt_data(session, actor, reception_id)
    return issue_document(
        session, actor, RECEIPT_FORM, data, reception_id=reception_id, number=data.number
    )
