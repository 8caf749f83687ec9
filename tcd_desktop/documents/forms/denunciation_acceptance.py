"""Thông báo việc thụ lý tố cáo, sent to the denouncer (NĐ 31/2019 Mẫu 05).

It names the denouncer, to whom it is addressed: the stored copy is marked as holding a
sealed identity (``sealed_identity`` in the form data), so only the people allowed to see
the denouncer should open it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import Issuer, Person, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    date_or_dots,
    para,
    recipients,
    resolve,
    sentence_date,
    spec,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "tc.acceptance_notice"


@dataclass(frozen=True)
class DenunciationAcceptanceData:
    """Fields of the notice of acceptance sent to the denouncer."""

    issuer: Issuer
    issued_on: dt.date
    denouncer: Person
    received_on: dt.date
    denounced: str
    accepted_contents: tuple[str, ...]
    acceptance_decision: str
    """"Quyết định số 12/QĐ-UBND ngày 05/3/2026"."""
    signer: Signer
    number: str = ""
    petition_date: dt.date | None = None
    resolver: str = ""
    """Who resolves the denunciation (default: the issuing body)."""
    time_limit: str = ""
    """e.g. "30 ngày kể từ ngày ký quyết định thụ lý"."""


def render_denunciation_acceptance(
    data: DenunciationAcceptanceData, version: FormVersion | None = None
) -> bytes:
    """The acceptance notice as PDF bytes, in the version in force on its date."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    resolver = esc(clean(data.resolver) or clean(data.issuer.name))
    who = f"{esc(data.denouncer.pronoun)} <b>{esc(data.denouncer.full_name)}</b>"
    body: list[Flowable] = [
        para(
            f"{esc(sentence_date(data.received_on))}, {body_name} đã nhận được đơn tố cáo đề "
            f"{esc(date_or_dots(data.petition_date))} của {who}; địa chỉ: "
            f"{value(data.denouncer.address)}; tố cáo {value(data.denounced)}.",
            st,
        ),
        para(
            f"Căn cứ quy định tại {esc(v.legal_basis)}, {resolver} đã ban hành "
            f"{value(data.acceptance_decision)} về việc thụ lý tố cáo.",
            st,
        ),
        para("Nội dung tố cáo được thụ lý giải quyết gồm:", st),
        *bullet_lines(data.accepted_contents, st),
        para(f"Thời hạn giải quyết tố cáo: {value(data.time_limit)}.", st),
        para(f"Vậy thông báo để {who} được biết.", st),
    ]
    closing = StandardClosing(recipients=recipients("Như trên"), signer=data.signer)
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            addressees=(data.denouncer.addressed,),
        )
    )
