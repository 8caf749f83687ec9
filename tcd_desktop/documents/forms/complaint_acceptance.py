"""Thông báo về việc thụ lý / không thụ lý giải quyết khiếu nại (NĐ 124/2020 Mẫu 03 / 04).

Sent to the complainant (copies to the forwarding body and the same-level inspectorate).
Non-acceptance cites the ground of Điều 11 Luật Khiếu nại.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Person, Signer
from tcd_desktop.documents.forms.common import (
    id_phrase,
    para,
    recipients,
    resolve,
    sentence_date,
    spec,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

ACCEPT_CODE = "kn.acceptance"
REJECT_CODE = "kn.non_acceptance"
LEVELS = {1: "lần đầu", 2: "lần hai"}


@dataclass(frozen=True)
class ComplaintAcceptanceData:
    """Fields of the acceptance (``accepted=True``) or non-acceptance notice."""

    issuer: Issuer
    issued_on: dt.date
    complainant: Person
    received_on: dt.date
    subject: str
    """What the complaint is about ("Quyết định số 125/QĐ-UBND ngày … về việc thu hồi đất")."""
    accepted: bool
    signer: Signer
    number: str = ""
    level: int = 1
    resolver: str = ""
    """Who is competent to resolve it (default: the issuing body)."""
    reason: str = ""
    """Non-acceptance: the reason in words."""
    ground_citation: str = ""
    """Non-acceptance: the clause, e.g. "khoản 5 Điều 11 Luật Khiếu nại"."""
    forwarded_by: str = ""
    """Body that forwarded the complaint (receives a copy)."""
    inspectorate: str = ""
    """Inspectorate of the same level (receives a copy of an acceptance)."""

    @property
    def code(self) -> str:
        """``kn.acceptance`` or ``kn.non_acceptance``."""
        return ACCEPT_CODE if self.accepted else REJECT_CODE


def competent_resolver(data: ComplaintAcceptanceData) -> str:
    """The person competent to resolve (Luật KN Điều 17–26): a head, never the committee.

    "Ủy ban nhân dân tỉnh Lạng Sơn" as resolver becomes "Chủ tịch Ủy ban nhân dân tỉnh Lạng
    Sơn"; other bodies get "Thủ trưởng …".
    """
    text = clean(data.resolver) or clean(data.issuer.name)
    if text.startswith("Ủy ban nhân dân"):
        return f"Chủ tịch {text}"
    if text.startswith(("Chủ tịch", "Thủ trưởng", "Giám đốc", "Chánh", "Trưởng", "Bộ trưởng")):
        return text
    return f"Thủ trưởng {text}"


def competent_signer(signer: Signer, resolver: str) -> Signer:
    """The notice is signed by the competent head in person ("TM." of a collective does not
    apply); a deputy signs "KT. <head>" with their own position (NĐ 30/2020 ô 7a)."""
    head = "Chủ tịch" if resolver.startswith("Chủ tịch") else ""
    authority = clean(signer.authority)
    if authority.upper().startswith("TM."):
        authority = ""
    if head and clean(signer.position).lower().startswith("phó") and not authority:
        authority = f"KT. {head}"
    return Signer(full_name=signer.full_name, position=signer.position, authority=authority)


def render_complaint_acceptance(
    data: ComplaintAcceptanceData, version: FormVersion | None = None
) -> bytes:
    """The notice as PDF bytes, in the version in force on its date."""
    if data.level not in LEVELS:
        raise ValueError("Lần giải quyết khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).")
    v = resolve(data.code, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    who = f"{esc(data.complainant.pronoun)} <b>{esc(data.complainant.full_name)}</b>"
    competent = competent_resolver(data)
    resolver = esc(competent)
    level = LEVELS[data.level]
    body = [
        para(
            f"{esc(sentence_date(data.received_on))}, {body_name} đã nhận được đơn khiếu nại "
            f"{level} của {who}; {id_phrase(data.complainant)}; địa chỉ: "
            f"{value(data.complainant.address)}.",
            st,
        ),
        para(f"Khiếu nại về việc: {value(data.subject)}.", st),
    ]
    if data.accepted:
        citation = esc(str(v.params.get("acceptance_citation", v.legal_basis)))
        body.append(
            para(
                f"Sau khi xem xét nội dung đơn khiếu nại, căn cứ {citation}, đơn khiếu nại đủ điều "
                f"kiện thụ lý và thuộc thẩm quyền giải quyết {level} của {resolver}.",
                st,
            )
        )
        body.append(
            para(
                f"{resolver} đã thụ lý giải quyết khiếu nại. Vậy thông báo để {who} được biết.", st
            )
        )
    else:
        citation = esc(clean(data.ground_citation) or v.legal_basis)
        body.append(
            para(
                "Sau khi xem xét nội dung đơn khiếu nại, đơn khiếu nại không đủ điều kiện thụ lý "
                f"giải quyết vì lý do sau đây: {value(data.reason)} (theo quy định tại {citation}). "
                f"{resolver} không thụ lý giải quyết khiếu nại này.",
                st,
            )
        )
        body.append(para(f"Vậy thông báo để {who} được biết.", st))
    closing = StandardClosing(
        recipients=recipients(
            "Như trên",
            [data.forwarded_by] if clean(data.forwarded_by) else [],
            [data.inspectorate] if clean(data.inspectorate) and data.accepted else [],
        ),
        signer=competent_signer(data.signer, competent),
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            addressees=(data.complainant.addressed,),
        )
    )
