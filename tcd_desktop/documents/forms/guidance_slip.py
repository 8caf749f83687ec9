"""Phiếu hướng dẫn (guidance slip) handed to a citizen whose matter belongs to another body.

No official form number was found for TT 04/2021 or NĐ 154/2026 (FORMS.md §2.5): the slip
follows the practice template — the citizen, the content, why it is outside the body's
competence, which body to approach, and for a petition with several contents, which body
is competent for each (the citizen is asked to split the petition).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import ContentRoute, Issuer, Person, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    id_phrase,
    kind_phrase,
    para,
    recipients,
    resolve,
    sentence_date,
    spec,
)
from tcd_desktop.documents.styles import Styles, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

CODE = "tcd.guidance"


@dataclass(frozen=True)
class GuidanceSlipData:
    """Fields of the guidance slip given at the reception desk."""

    issuer: Issuer
    issued_on: dt.date
    citizen: Person
    petition_kind: PetitionKind
    content: str
    reason: str
    """Why the matter is outside the body's competence."""
    competent_body: str
    signer: Signer
    number: str = ""
    received_on: dt.date | None = None
    """Day of the visit (default: the slip's date)."""
    legal_basis: str = ""
    routes: tuple[ContentRoute, ...] = ()
    """For a petition with several contents: each content and the body competent for it."""
    documents_to_bring: tuple[str, ...] = ()
    for_head: str = ""
    """Title of the head the officer signs for ("Trưởng ban"): the signature then reads
    "TL. TRƯỞNG BAN" (or "TUQ." with ``delegation``), NĐ 30/2020 ô 7a."""
    delegation: str = "TL."
    """"TL." (thừa lệnh) or "TUQ." (thừa ủy quyền)."""


DELEGATIONS = ("TL.", "TUQ.")


def slip_signer(data: GuidanceSlipData) -> Signer:
    """The signer with "TL./TUQ. <head>" when an officer signs for the head of the body."""
    signer = data.signer
    head = clean(data.for_head)
    if not head or clean(signer.authority) or clean(signer.position).lower() == head.lower():
        return signer
    if data.delegation not in DELEGATIONS:
        raise ValueError('Ký thay mặt thủ trưởng phải là "TL." hoặc "TUQ.".')
    return Signer(signer.full_name, signer.position, f"{data.delegation} {head}")


def route_lines(routes: tuple[ContentRoute, ...], st: Styles) -> list[Flowable]:
    """ "- Nội dung …: gửi đến …" lines, one per content of a split petition."""
    return [
        para(f"- Nội dung: {value(r.content)} — gửi đến: <b>{value(r.competent_body)}</b>;", st)
        for r in routes
    ]


def render_guidance_slip(data: GuidanceSlipData, version: FormVersion | None = None) -> bytes:
    """The guidance slip as PDF bytes, in the version in force on its date."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    who = f"{esc(data.citizen.pronoun)} <b>{esc(data.citizen.full_name)}</b>"
    kind = esc(kind_phrase(data.petition_kind))
    basis = esc(clean(data.legal_basis) or v.legal_basis)
    body = [
        para(
            f"{esc(sentence_date(data.received_on or data.issued_on))}, {body_name} đã tiếp {who}; "
            f"{id_phrase(data.citizen)}; địa chỉ: {value(data.citizen.address)}, "
            f"đến trình bày nội dung {kind}: {value(data.content)}.",
            st,
        ),
        para(
            f"Nội dung nêu trên không thuộc thẩm quyền giải quyết của {body_name}, vì: "
            f"{value(data.reason)}.",
            st,
        ),
        para(
            f"Căn cứ {basis}, {body_name} hướng dẫn {who} gửi đơn {kind} đến "
            f"<b>{value(data.competent_body)}</b> để được xem xét, giải quyết theo quy định "
            "của pháp luật.",
            st,
        ),
    ]
    if data.routes:
        body.append(
            para(
                "Đơn có nhiều nội dung thuộc thẩm quyền giải quyết của các cơ quan khác nhau; "
                f"đề nghị {who} tách đơn theo từng nội dung và gửi như sau:",
                st,
            )
        )
        body += route_lines(data.routes, st)
    if data.documents_to_bring:
        body.append(para("Khi gửi đơn, đề nghị mang theo:", st))
        body += bullet_lines(data.documents_to_bring, st)
    closing = StandardClosing(recipients=recipients("Như trên"), signer=slip_signer(data))
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            addressees=(data.citizen.addressed,),
        )
    )
