"""Phiếu chuyển đơn (petition transfer slip; TT 05/2021 Mẫu 03 for denunciations).

Sent to the competent body with the petition; the petitioner gets a copy "để biết". A
transferred denunciation names the denouncer only because the competent body must reply
to them: the stored document is marked as containing a sealed identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Person, Signer
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
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

CODE = "xld.transfer"


@dataclass(frozen=True)
class TransferSlipData:
    """Fields of the transfer slip."""

    issuer: Issuer
    issued_on: dt.date
    to_body: str
    petition_kind: PetitionKind
    sender: Person
    received_on: dt.date
    content: str
    signer: Signer
    number: str = ""
    petition_date: dt.date | None = None
    """The date written on the petition."""
    signatory_count: int = 1
    legal_basis: str = ""
    attachments: tuple[str, ...] = ()
    copy_to_sender: bool = True


def render_transfer_slip(data: TransferSlipData, version: FormVersion | None = None) -> bytes:
    """The transfer slip as PDF bytes, in the version in force on its date."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    kind = kind_phrase(data.petition_kind)
    body_name = esc(clean(data.issuer.name))
    who = f"{esc(data.sender.pronoun)} <b>{esc(data.sender.full_name)}</b>"
    others = (
        f" (và {data.signatory_count - 1} người khác cùng ký tên)"
        if data.signatory_count > 1
        else ""
    )
    body = [
        para(
            f"{esc(sentence_date(data.received_on))}, {body_name} nhận được đơn {esc(kind)} "
            f"đề {esc(date_or_dots(data.petition_date))} của {who}{esc(others)}; "
            f"địa chỉ: {value(data.sender.address)}.",
            st,
        ),
        para(f"Nội dung đơn: {value(data.content)}.", st),
        para(
            f"Căn cứ {esc(clean(data.legal_basis) or v.legal_basis)}, {body_name} chuyển đơn "
            f"{esc(kind)} nêu trên đến <b>{value(data.to_body)}</b> để xem xét, giải quyết theo "
            "thẩm quyền và thông báo kết quả cho người gửi đơn theo quy định của pháp luật.",
            st,
        ),
    ]
    if data.attachments:
        body.append(para("Kèm theo:", st))
        body += bullet_lines(data.attachments, st)
    closing = StandardClosing(
        recipients=recipients(
            "Như trên",
            [f"{data.sender.addressed} (để biết)"] if data.copy_to_sender else [],
        ),
        signer=data.signer,
    )
    subtitle = v.subtitle.format(kind=kind)
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            addressees=(data.to_body,),
            subtitle=subtitle,
        )
    )
