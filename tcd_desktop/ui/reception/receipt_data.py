"""The receipt (giấy biên nhận, Mẫu 02/TCD) of a visit just saved, from what the form held.

The visit was saved a moment ago from this very form, so the form's data plus the service's
:class:`SavedVisit` (final numbers, time of receipt) and the office profile are everything
the receipt prints. Pure functions: no Qt, no database.
"""

from __future__ import annotations

from typing import Any

from tcd_desktop.documents.fields import Issuer, ItemCondition, Official, Person, ReceivedItem
from tcd_desktop.documents.forms.receipt import ReceiptData
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.context import Actor
from tcd_desktop.services.intake_types import (
    DocumentCondition,
    IdKind,
    ParticipantRole,
    SavedVisit,
)
from tcd_desktop.services.setup import OfficeProfile
from tcd_desktop.ui.widgets.places import province_name

RECEIPT_FORM = "tcd.receipt"
_CONDITIONS = {
    DocumentCondition.ORIGINAL.value: ItemCondition.ORIGINAL,
    DocumentCondition.COPY.value: ItemCondition.COPY,
    DocumentCondition.CERTIFIED_COPY.value: ItemCondition.CERTIFIED_COPY,
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


def full_address(citizen: dict[str, Any]) -> str:
    """Street, commune and province on one line."""
    province = province_name(str(citizen.get("province_code") or ""))
    parts = [
        str(citizen.get("address") or "").strip(),
        str(citizen.get("commune") or "").strip(),
        province[:1].lower() + province[1:],  # "tỉnh Lạng Sơn" inside an address
    ]
    return ", ".join(p for p in parts if p)


def receipt_items(form: dict[str, Any]) -> tuple[ReceivedItem, ...]:
    """Every document of every content item, in order."""
    items = []
    for petition in form.get("petitions") or []:
        for doc in petition.get("documents") or []:
            name = str(doc.get("name") or "").strip()
            if not name:
                continue
            items.append(
                ReceivedItem(
                    name=name,
                    pages=int(doc.get("pages") or 0) or None,
                    condition=_CONDITIONS.get(str(doc.get("condition")), ItemCondition.COPY),
                )
            )
    return tuple(items)


def _agent_role(agent: dict[str, Any]) -> str:
    """ "người được ủy quyền", "luật sư"… as printed after "là"."""
    try:
        label = ParticipantRole(str(agent.get("role") or "")).label_vi
    except ValueError:
        return ""
    return label[:1].lower() + label[1:]


def build_receipt(
    form: dict[str, Any], saved: SavedVisit, profile: OfficeProfile | None, actor: Actor
) -> ReceiptData:
    """The receipt data for a saved visit; the number is the visit's receipt number."""
    citizen = form.get("citizen") or {}
    agent = citizen.get("agent") or {}
    giver = agent if agent.get("enabled") else citizen
    office = profile.office_name if profile else ""
    petitions = form.get("petitions") or []
    kinds = {p.get("kind") for p in petitions}
    kind = PetitionKind(kinds.pop()) if len(kinds) == 1 and None not in kinds else None
    summary = "; ".join(
        str(p.get("summary") or "").strip() for p in petitions if p.get("documents")
    )
    return ReceiptData(
        issuer=Issuer(name=office, place=place_of(profile.province) if profile else ""),
        received_at=saved.received_at,
        location=office,
        officer=Official(
            full_name=actor.full_name, position="Cán bộ tiếp công dân", organisation=office
        ),
        provider=Person(
            full_name=str(giver.get("full_name") or "").strip(),
            honorific=_HONORIFIC.get(str(citizen.get("gender") or ""), "")
            if giver is citizen
            else "",
            id_kind=_ID_KINDS.get(str(citizen.get("id_kind") or "cccd"), "Căn cước")
            if giver is citizen
            else "Căn cước",
            id_number=str(giver.get("id_number") or "").strip(),
            address=full_address(citizen) if giver is citizen else "",
            phone=str(giver.get("phone") or "").strip(),
        ),
        items=receipt_items(form),
        number=saved.receipt_number or "",
        petition_kind=kind,
        provider_role=_agent_role(agent) if giver is agent else "",
        content_summary=summary,
    )
