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
    resolver = esc(clean(data.resolver) or clean(data.issuer.name))
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
                f"{body_name} đã thụ lý giải quyết khiếu nại. Vậy thông báo để {who} được biết.", st
            )
        )
    else:
        citation = esc(clean(data.ground_citation) or v.legal_basis)
        body.append(
            para(
                "Sau khi xem xét nội dung đơn khiếu nại, đơn khiếu nại không đủ điều kiện thụ lý "
                f"giải quyết vì lý do sau đây: {value(data.reason)} (theo quy định tại {citation}).",
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
        signer=data.signer,
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
