"""Phiếu hẹn (appointment slip) given to a citizen at the reception desk.

The old TT 06/2014 had it as Mẫu 04-TCD; no current form number was found (FORMS.md §7.5,
UNCONFIRMED): the slip follows that layout — the citizen and their identity paper, the
visit and its matter, the day, hour and place to come back, what to bring, and the
receiving officer's signature (with "TL./TUQ." when signing for the head).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.dates import vn_date_time
from tcd_desktop.documents.fields import Issuer, Person, Signer
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
from tcd_desktop.documents.styles import PLACEHOLDER, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

CODE = "tcd.appointment"


@dataclass(frozen=True)
class AppointmentSlipData:
    """Fields of the appointment slip."""

    issuer: Issuer
    issued_on: dt.date
    citizen: Person
    petition_kind: PetitionKind
    matter: str
    appointment_at: dt.datetime | None
    """When to come back (dots when not fixed)."""
    signer: Signer
    number: str = ""
    place: str = ""
    purpose: str = "nhận kết quả xử lý, trả lời"
    documents_to_bring: tuple[str, ...] = ()
    visited_on: dt.date | None = None


def render_appointment_slip(data: AppointmentSlipData, version: FormVersion | None = None) -> bytes:
    """The appointment slip as PDF bytes."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    who = f"{esc(data.citizen.pronoun)} <b>{esc(data.citizen.full_name)}</b>"
    when = (
        esc(vn_date_time(data.appointment_at))
        if data.appointment_at
        else f"{PLACEHOLDER} giờ {PLACEHOLDER}, ngày {PLACEHOLDER}"
    )
    body = [
        para(
            f"{esc(sentence_date(data.visited_on or data.issued_on))}, {who}; "
            f"{id_phrase(data.citizen)}; địa chỉ: {value(data.citizen.address)}, đã đến "
            f"{body_name} để {esc(kind_phrase(data.petition_kind))} về việc: {value(data.matter)}.",
            st,
        ),
        para(
            f"{body_name} hẹn {who} có mặt vào hồi <b>{when}</b>, tại "
            f"{value(clean(data.place) or clean(data.issuer.name))} để {value(data.purpose)}.",
            st,
        ),
    ]
    if data.documents_to_bring:
        body.append(para("Khi đến, đề nghị mang theo:", st))
        body += bullet_lines(data.documents_to_bring, st)
    body.append(para("Đề nghị xuất trình Phiếu hẹn này và giấy tờ tùy thân khi đến.", st))
    closing = StandardClosing(recipients=recipients("Như trên"), signer=data.signer)
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
