"""Phiếu đề xuất thụ lý đơn (TT 05/2021 Mẫu 01) and Văn bản đôn đốc giải quyết (reminder).

The proposal is internal: the officer who processed the petition proposes that the
competent head accept it (the petition, its sender, content, prior resolution, why it
meets the conditions), with boxes for the proposer and the approving leader.
The reminder (old 09-TCD; TT 05/2021 number UNCONFIRMED) asks a body that received a
transferred petition, or a lower body, to resolve it and report, citing the transfer and
the time limit that has passed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.fields import Issuer, Official, Person, Signer
from tcd_desktop.documents.forms.common import (
    date_or_dots,
    kind_phrase,
    para,
    recipients,
    resolve,
    spec,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

PROPOSAL_CODE = "xld.proposal"
REMINDER_CODE = "xld.reminder"


@dataclass(frozen=True)
class AcceptanceProposalData:
    """Fields of the proposal to accept a petition (TT 05/2021 Mẫu 01)."""

    issuer: Issuer
    issued_on: dt.date
    petitioner: Person
    petition_kind: PetitionKind
    received_on: dt.date
    content: str
    resolver: str
    """The head competent to accept ("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")."""
    proposer: Official
    approver: Signer
    number: str = ""
    respondent: str = ""
    prior_resolution: str = ""
    """What earlier bodies did with the matter ("Chưa được giải quyết" if nothing)."""
    conditions: str = ""
    """Why the petition meets the acceptance conditions (Luật KN Điều 11, Luật TC Điều 29)."""


@dataclass(frozen=True)
class ReminderData:
    """Fields of the reminder to resolve a petition (văn bản đôn đốc)."""

    issuer: Issuer
    issued_on: dt.date
    to_body: str
    petition_kind: PetitionKind
    petitioner: str
    content: str
    transfer_reference: str
    """ "Phiếu chuyển đơn số 15/PC-BTCD ngày 05/3/2026"."""
    signer: Signer
    number: str = ""
    due_on: dt.date | None = None
    """The time limit that has passed."""
    report_by: dt.date | None = None
    """By when the body must report the result."""


def render_acceptance_proposal(
    data: AcceptanceProposalData, version: FormVersion | None = None
) -> bytes:
    """The proposal as PDF bytes."""
    v = resolve(PROPOSAL_CODE, data.issued_on, version)
    st = styles()
    kind = esc(kind_phrase(data.petition_kind))
    p = data.petitioner
    body: list[Flowable] = [
        para(
            f"Ngày {esc(date_or_dots(data.received_on).removeprefix('ngày '))}, "
            f"{esc(clean(data.issuer.name))} nhận được đơn {kind} của {esc(p.pronoun)} "
            f"<b>{esc(p.full_name)}</b>; địa chỉ: {value(p.address)}.",
            st,
        ),
        para(f"Người bị {kind}: {value(data.respondent)}.", st),
        para(f"Nội dung đơn: {value(data.content)}.", st),
        para(f"Kết quả giải quyết trước đó (nếu có): {value(data.prior_resolution)}.", st),
        para(
            f"Qua nghiên cứu, xét thấy đơn đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết "
            f"của {value(data.resolver)}: {value(data.conditions)}.",
            st,
        ),
        para(
            f"Đề xuất {value(data.resolver)} thụ lý giải quyết {kind} theo quy định của pháp luật.",
            st,
        ),
    ]
    a = data.approver
    proposer_lines = tuple(
        t for t in (data.proposer.position, data.proposer.organisation) if clean(t)
    )
    boxes = (
        SignatureBox("Người đề xuất", name=data.proposer.full_name, lines=proposer_lines),
        SignatureBox(
            a.position,
            "(Ý kiến phê duyệt, ký, ghi rõ họ tên)",
            a.full_name,
            title_lines=(a.authority,) if clean(a.authority) else (),
        ),
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=GridClosing(boxes),
            addressees=(clean(data.resolver),),
        )
    )


def render_reminder(data: ReminderData, version: FormVersion | None = None) -> bytes:
    """The reminder as PDF bytes."""
    v = resolve(REMINDER_CODE, data.issued_on, version)
    st = styles()
    kind = esc(kind_phrase(data.petition_kind))
    body = [
        para(
            f"{esc(clean(data.issuer.name))} đã có {value(data.transfer_reference)} chuyển "
            f"đơn {kind} của {value(data.petitioner)} đến {value(data.to_body)} để giải "
            "quyết theo thẩm quyền.",
            st,
        ),
        para(f"Nội dung đơn: {value(data.content)}.", st),
        para(
            f"Đến nay đã quá thời hạn giải quyết ({esc(date_or_dots(data.due_on))}) nhưng "
            f"{esc(clean(data.issuer.name))} chưa nhận được kết quả giải quyết.",
            st,
        ),
        para(
            f"Căn cứ {esc(v.legal_basis)}, {esc(clean(data.issuer.name))} đề nghị "
            f"{value(data.to_body)} khẩn trương xem xét, giải quyết đơn theo quy định của pháp "
            f"luật và báo cáo kết quả giải quyết trước {esc(date_or_dots(data.report_by))}.",
            st,
        ),
    ]
    closing = StandardClosing(
        recipients=recipients("Như trên", f"{clean(data.petitioner)} (để biết)"),
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
            addressees=(clean(data.to_body),),
        )
    )
