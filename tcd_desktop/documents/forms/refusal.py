"""Thông báo về việc từ chối tiếp công dân (TT 04/2021 Mẫu 01; NĐ 154/2026 Mẫu 01/TCD).

Written within 03 working days when a person is refused on the ground of a matter already
resolved correctly (or a recommendation already answered), citing the legal ground.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Person, Signer
from tcd_desktop.documents.forms.common import (
    id_phrase,
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

CODE = "tcd.refusal"


@dataclass(frozen=True)
class RefusalNoticeData:
    """Fields of the refusal notice."""

    issuer: Issuer
    issued_on: dt.date
    citizen: Person
    visited_on: dt.date
    petition_kind: PetitionKind
    summary: str
    ground: str
    """The reason in words, e.g. "Vụ việc đã được giải quyết đúng chính sách, pháp luật…"."""
    signer: Signer
    number: str = ""
    ground_citation: str = ""
    """The exact clause, e.g. "điểm c khoản 1 Điều 9 Luật Tiếp công dân" (default: the form's)."""
    superior: str = ""
    """Superior body that receives a copy "để báo cáo"."""
    related_bodies: tuple[str, ...] = ()
    """Bodies that receive a copy "để phối hợp"."""


def render_refusal_notice(data: RefusalNoticeData, version: FormVersion | None = None) -> bytes:
    """The refusal notice as PDF bytes, in the form version in force on its date."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    body_name = clean(data.issuer.name)
    who = f"{esc(data.citizen.pronoun)} <b>{esc(data.citizen.full_name)}</b>"
    citation = clean(data.ground_citation) or str(v.params.get("refusal_citation", v.legal_basis))
    decree = str(v.params.get("decree_citation", ""))
    if decree and decree not in citation:  # from 01/7/2026 the decree's Điều 4 is cited too
        citation = f"{citation} và {decree}"
    body = (
        para(
            f"{esc(sentence_date(data.visited_on))}, {who}; "
            f"{id_phrase(data.citizen)}; địa chỉ: {value(data.citizen.address)} "
            f"đến {esc(body_name)} để {esc(kind_phrase(data.petition_kind))} về việc: "
            f"{value(data.summary)}.",
            st,
        ),
        para(
            f"Căn cứ quy định tại {esc(citation)}, {esc(body_name)} thông báo từ chối tiếp {who} "
            f"đối với vụ việc nêu trên vì lý do sau đây: {value(data.ground)}.",
            st,
        ),
        para(f"{esc(body_name)} thông báo để {who} được biết và thực hiện.", st),
    )
    closing = StandardClosing(
        recipients=recipients(
            "Như trên",
            [f"{data.superior} (để báo cáo)"] if clean(data.superior) else [],
            [f"{b} (để phối hợp)" for b in data.related_bodies],
        ),
        signer=data.signer,
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=body,
            closing=closing,
            addressees=(data.citizen.addressed,),
        )
    )
