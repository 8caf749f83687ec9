"""Văn bản chuyển hồ sơ vụ việc tố cáo có dấu hiệu tội phạm (Luật Tố cáo 2018 Điều 36 k2).

When the resolution finds signs of a crime, the resolver sends the file to the investigating
body or the procuracy at once and tells the denouncer.  No form is prescribed: an official
letter (công văn) in the NĐ 30/2020 layout.  It names the person denounced, never the
denouncer (Luật Tố cáo Điều 8 k3); the denouncer is told by a separate notice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import bullet_lines, para, recipients, resolve, spec
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "tc.police_transfer"


@dataclass(frozen=True)
class PoliceTransferData:
    """Fields of the transfer letter."""

    issuer: Issuer
    issued_on: dt.date
    to_body: str
    """The investigating body or procuracy."""
    denounced: str
    content: str
    signs: str
    """The signs of a crime found."""
    acceptance_reference: str
    signer: Signer
    number: str = ""
    attachments: tuple[str, ...] = ()


def render_police_transfer(data: PoliceTransferData, version: FormVersion | None = None) -> bytes:
    """The letter as PDF bytes."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    body = [
        para(
            f"Thực hiện {value(data.acceptance_reference)}, {body_name} đã giải quyết tố cáo đối "
            f"với {value(data.denounced)} về nội dung: {value(data.content)}.",
            st,
        ),
        para(
            f"Quá trình giải quyết phát hiện hành vi có dấu hiệu tội phạm: {value(data.signs)}.", st
        ),
        para(
            f"Căn cứ {esc(v.legal_basis)}, {body_name} chuyển hồ sơ vụ việc đến "
            f"<b>{value(data.to_body)}</b> để xem xét, giải quyết theo quy định của pháp luật về "
            "tố tụng hình sự và đề nghị thông báo kết quả cho cơ quan giải quyết tố cáo.",
            st,
        ),
        para(
            "Thông tin về người tố cáo được giữ bí mật theo Điều 8 và Điều 47 Luật Tố cáo; hồ sơ "
            "gốc có thông tin người tố cáo được quản lý theo chế độ mật.",
            st,
        ),
    ]
    if data.attachments:
        body.append(para("Kèm theo:", st))
        body += bullet_lines(data.attachments, st)
    closing = StandardClosing(
        recipients=recipients("Như trên", ["Người tố cáo (để biết)"]), signer=data.signer
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            addressees=(data.to_body,),
            subtitle=v.subtitle,
        )
    )
