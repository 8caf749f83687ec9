"""Notices of the outcome of petition processing (TT 05/2021): transfer, guidance, return.

- ``xld.transfer_notice`` tells the petitioner that the petition went to the competent body;
- ``xld.guidance`` tells them which body (or bodies, per content) to send it to;
- ``xld.return`` returns the petition (and its papers), to the petitioner or to the body
  that transferred it to the wrong place, with the reason.
Form numbers under TT 05/2021 are UNCONFIRMED (FORMS.md §3): reference templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import ContentRoute, Issuer, Person, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    date_or_dots,
    kind_phrase,
    para,
    recipients,
    resolve,
    sentence_date,
    spec,
)
from tcd_desktop.documents.forms.guidance_slip import route_lines
from tcd_desktop.documents.styles import Styles, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind


class ProcessingOutcome(StrEnum):
    """Which notice: the petition was transferred, the petitioner is guided, or it is returned."""

    TRANSFER = "transfer"
    GUIDE = "guide"
    RETURN = "return"


CODES = {
    ProcessingOutcome.TRANSFER: "xld.transfer_notice",
    ProcessingOutcome.GUIDE: "xld.guidance",
    ProcessingOutcome.RETURN: "xld.return",
}


@dataclass(frozen=True)
class PetitionOutcomeData:
    """Fields of a petition-processing notice."""

    issuer: Issuer
    issued_on: dt.date
    outcome: ProcessingOutcome
    petitioner: Person
    petition_kind: PetitionKind
    received_on: dt.date
    content: str
    signer: Signer
    number: str = ""
    petition_date: dt.date | None = None
    reason: str = ""
    """Why the body does not handle it (not competent, returned because …)."""
    competent_body: str = ""
    """Transfer: the body it went to. Guidance / return: the body to approach."""
    transfer_reference: str = ""
    """Transfer: number of the transfer slip. Return to a body: that body's transfer document."""
    addressee: str = ""
    """Kính gửi when not the petitioner (e.g. the body that transferred it wrongly)."""
    routes: tuple[ContentRoute, ...] = ()
    returned_documents: tuple[str, ...] = ()
    legal_basis: str = ""


def _transfer(
    d: PetitionOutcomeData, st: Styles, body_name: str, who: str, kind: str
) -> list[Flowable]:
    ref = (
        f" theo Phiếu chuyển đơn số {esc(d.transfer_reference)}"
        if clean(d.transfer_reference)
        else ""
    )
    return [
        para(
            f"Nội dung đơn không thuộc thẩm quyền giải quyết của {body_name}"
            + (f", vì: {esc(d.reason)}" if clean(d.reason) else "")
            + f". {body_name} đã chuyển đơn {kind} của {who} đến <b>{value(d.competent_body)}</b>"
            f"{ref} để xem xét, giải quyết theo thẩm quyền.",
            st,
        ),
        para(
            f"Vậy thông báo để {who} biết và liên hệ với {value(d.competent_body)} để được "
            "giải quyết theo quy định của pháp luật.",
            st,
        ),
    ]


def _guide(
    d: PetitionOutcomeData, st: Styles, body_name: str, who: str, kind: str
) -> list[Flowable]:
    out: list[Flowable] = [
        para(
            f"Nội dung đơn không thuộc thẩm quyền giải quyết của {body_name}, vì: {value(d.reason)}.",
            st,
        )
    ]
    if d.routes:
        out.append(
            para(
                "Đơn có nhiều nội dung thuộc thẩm quyền giải quyết của các cơ quan khác nhau; "
                f"đề nghị {who} tách đơn theo từng nội dung và gửi như sau:",
                st,
            )
        )
        out += route_lines(d.routes, st)
    else:
        out.append(
            para(
                f"Đề nghị {who} gửi đơn {kind} đến <b>{value(d.competent_body)}</b> để được xem xét, "
                "giải quyết theo quy định của pháp luật.",
                st,
            )
        )
    return out


def _return(
    d: PetitionOutcomeData, st: Styles, body_name: str, who: str, kind: str
) -> list[Flowable]:
    out = [para(f"{body_name} trả lại đơn {kind} nêu trên vì lý do: {value(d.reason)}.", st)]
    if clean(d.competent_body):
        out.append(
            para(
                f"Đề nghị gửi đơn đến <b>{esc(d.competent_body)}</b> để được xem xét, giải quyết "
                "theo thẩm quyền.",
                st,
            )
        )
    if d.returned_documents:
        out.append(para("Tài liệu gửi trả kèm theo:", st))
        out += bullet_lines(d.returned_documents, st)
    return out


_BODIES = {
    ProcessingOutcome.TRANSFER: _transfer,
    ProcessingOutcome.GUIDE: _guide,
    ProcessingOutcome.RETURN: _return,
}


def render_petition_outcome(data: PetitionOutcomeData, version: FormVersion | None = None) -> bytes:
    """The notice for ``data.outcome`` as PDF bytes, in the version in force on its date."""
    v = resolve(CODES[data.outcome], data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    who = f"{esc(data.petitioner.pronoun)} <b>{esc(data.petitioner.full_name)}</b>"
    kind = esc(kind_phrase(data.petition_kind))
    via = ""
    if (
        clean(data.addressee)
        and clean(data.transfer_reference)
        and data.outcome is ProcessingOutcome.RETURN
    ):
        via = (
            f", do {esc(data.addressee)} chuyển đến theo văn bản số {esc(data.transfer_reference)}"
        )
    opening = para(
        f"{esc(sentence_date(data.received_on))}, {body_name} nhận được đơn {kind} đề "
        f"{esc(date_or_dots(data.petition_date))} của {who}; địa chỉ: "
        f"{value(data.petitioner.address)}{via}. Nội dung đơn: {value(data.content)}.",
        st,
    )
    basis = para(f"Căn cứ {esc(clean(data.legal_basis) or v.legal_basis)}.", st)
    body = [opening, basis, *_BODIES[data.outcome](data, st, body_name, who, kind)]
    addressee = clean(data.addressee) or data.petitioner.addressed
    closing = StandardClosing(
        recipients=recipients(
            "Như trên",
            [data.petitioner.addressed] if clean(data.addressee) else [],
            [data.competent_body]
            if data.outcome is ProcessingOutcome.TRANSFER and clean(data.competent_body)
            else [],
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
            addressees=(addressee,),
        )
    )
