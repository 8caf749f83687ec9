"""Letters written by citizens, printed blank or pre-filled (for a citizen who cannot write):
Đơn khiếu nại (NĐ 124/2020 Mẫu 01), Giấy ủy quyền khiếu nại (Mẫu 02), Đơn rút tố cáo
(NĐ 31/2019 Mẫu 02); and the body's Biên bản ghi nhận việc rút tố cáo (Mẫu 03).

Empty fields print dotted lines to fill in by hand. The withdrawal documents name the
denouncer and are sealed (Luật Tố cáo Điều 8, 47).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.dates import local_date, vn_date_time
from tcd_desktop.documents.fields import Issuer, Official, Person
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    field_line,
    id_phrase,
    labelled,
    para,
    resolve,
    spec,
)
from tcd_desktop.documents.styles import PLACEHOLDER, clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

PETITION_CODE = "kn.petition"
AUTHORISATION_CODE = "kn.authorisation"
WITHDRAWAL_CODE = "tc.withdrawal"
WITHDRAWAL_RECORD_CODE = "tc.withdrawal_record"
NO_ISSUER = Issuer(name="")
BLANK = Person(full_name="")
"""A person to fill in by hand."""


def _person_lines(label: str, p: Person, st) -> list:  # type: ignore[no-untyped-def]
    return [
        para(f"{esc(label)}: {esc(p.salutation)} <b>{value(p.full_name)}</b>", st),
        field_line(id_phrase(p), st),
        para(labelled("Địa chỉ", p.address) + "; " + labelled("Số điện thoại", p.phone), st),
    ]


@dataclass(frozen=True)
class ComplaintLetterData:
    """Đơn khiếu nại (blank when the fields are empty)."""

    issued_on: dt.date
    """Only selects the form version; the date line is left for the citizen."""
    addressee: str = ""
    complainant: Person = BLANK
    respondent: str = ""
    """The decision or act complained of, and who made it."""
    content: str = ""
    request: str = ""
    attachments: tuple[str, ...] = ()
    place: str = ""
    number: str = ""


@dataclass(frozen=True)
class AuthorisationData:
    """Giấy ủy quyền khiếu nại."""

    issued_on: dt.date
    principal: Person = BLANK
    agent: Person = BLANK
    scope: str = ""
    """What the agent may do ("thực hiện việc khiếu nại đối với Quyết định số …")."""
    period: str = ""
    place: str = ""
    number: str = ""


@dataclass(frozen=True)
class WithdrawalLetterData:
    """Đơn rút tố cáo (Mẫu 02)."""

    issued_on: dt.date
    addressee: str = ""
    denouncer: Person = BLANK
    denounced: str = ""
    denounced_on: dt.date | None = None
    contents: tuple[str, ...] = ()
    """The contents withdrawn (all of them when the whole denunciation is withdrawn)."""
    reason: str = ""
    place: str = ""
    number: str = ""


@dataclass(frozen=True)
class WithdrawalRecordData:
    """Biên bản ghi nhận việc rút tố cáo (Mẫu 03), made by the body receiving it."""

    issuer: Issuer
    started_at: dt.datetime
    location: str
    officer: Official
    denouncer: Person
    denounced: str
    contents: tuple[str, ...]
    reason: str = ""
    number: str = ""

    @property
    def issued_on(self) -> dt.date:
        """The day of the record (Vietnam time)."""
        return local_date(self.started_at)


_LEFT_EMPTY = SignatureBox("", note="")
"""Keeps a letter's only signature box in the right column."""


def _letter(
    v: FormVersion, place: str, issued_on: dt.date, body: list, boxes: tuple, addressee: str = ""
) -> bytes:  # type: ignore[type-arg]
    return build_pdf(
        spec(
            v,
            Issuer(name="", place=place),
            issued_on,
            "",
            body=tuple(body),
            closing=GridClosing(boxes),
            addressees=(clean(addressee) or PLACEHOLDER,) if addressee is not None else (),
            citizen=True,
        )
    )


def render_complaint_letter(data: ComplaintLetterData, version: FormVersion | None = None) -> bytes:
    """Đơn khiếu nại as PDF bytes (NĐ 124/2020 Mẫu 01)."""
    v = resolve(PETITION_CODE, data.issued_on, version)
    st = styles()
    body = [
        *_person_lines("Họ và tên người khiếu nại", data.complainant, st),
        para(f"Khiếu nại: {value(data.respondent)}.", st),
        para(f"Nội dung khiếu nại: {value(data.content)}", st),
        para(f"Yêu cầu giải quyết: {value(data.request)}", st),
        para("Tài liệu, chứng cứ kèm theo (nếu có):", st),
        *bullet_lines(data.attachments, st),
        para("Tôi cam đoan nội dung khiếu nại trên là đúng sự thật.", st),
    ]
    boxes = (
        _LEFT_EMPTY,
        SignatureBox(
            "Người khiếu nại",
            "(Ký, ghi rõ họ tên hoặc điểm chỉ)",
            data.complainant.full_name,
            thumbprint=True,
        ),
    )
    return _letter(v, data.place, data.issued_on, body, boxes, data.addressee)


def render_authorisation(data: AuthorisationData, version: FormVersion | None = None) -> bytes:
    """Giấy ủy quyền khiếu nại as PDF bytes (NĐ 124/2020 Mẫu 02)."""
    v = resolve(AUTHORISATION_CODE, data.issued_on, version)
    st = styles()
    body = [
        *_person_lines("Người ủy quyền", data.principal, st),
        *_person_lines("Người được ủy quyền", data.agent, st),
        para(f"Nội dung ủy quyền: {value(data.scope)}", st),
        para(f"Thời hạn ủy quyền: {value(data.period)}", st),
        para(
            "Người được ủy quyền có trách nhiệm thực hiện đúng nội dung ủy quyền; người ủy "
            "quyền chịu trách nhiệm về việc ủy quyền theo quy định của pháp luật.",
            st,
        ),
        para(
            "<b>Xác nhận của cơ quan, tổ chức có thẩm quyền</b> (công chứng, chứng thực chữ "
            f"ký): {PLACEHOLDER}",
            st,
        ),
    ]
    boxes = (
        SignatureBox("Người được ủy quyền", name=data.agent.full_name),
        SignatureBox("Người ủy quyền", name=data.principal.full_name),
    )
    return _letter(v, data.place, data.issued_on, body, boxes, None)  # type: ignore[arg-type]


def render_withdrawal_letter(
    data: WithdrawalLetterData, version: FormVersion | None = None
) -> bytes:
    """Đơn rút tố cáo as PDF bytes (NĐ 31/2019 Mẫu 02)."""
    v = resolve(WITHDRAWAL_CODE, data.issued_on, version)
    st = styles()
    when = data.denounced_on.strftime("%d/%m/%Y") if data.denounced_on else PLACEHOLDER
    body = [
        *_person_lines("Tên tôi là", data.denouncer, st),
        para(f"Ngày {esc(when)}, tôi đã tố cáo {value(data.denounced)} về các nội dung:", st),
        *bullet_lines(data.contents, st),
        para("Nay tôi xin rút (toàn bộ / một phần) các nội dung tố cáo nêu trên.", st),
        para(f"Lý do rút tố cáo: {value(data.reason)}", st),
        para(
            "Tôi cam đoan việc rút tố cáo là tự nguyện, không bị đe dọa, mua chuộc, cưỡng ép "
            "(Điều 33 Luật Tố cáo).",
            st,
        ),
    ]
    boxes = (
        _LEFT_EMPTY,
        SignatureBox(
            "Người rút tố cáo",
            "(Ký, ghi rõ họ tên hoặc điểm chỉ)",
            data.denouncer.full_name,
            thumbprint=True,
        ),
    )
    return _letter(v, data.place, data.issued_on, body, boxes, data.addressee)


def render_withdrawal_record(
    data: WithdrawalRecordData, version: FormVersion | None = None
) -> bytes:
    """Biên bản ghi nhận việc rút tố cáo as PDF bytes (NĐ 31/2019 Mẫu 03)."""
    v = resolve(WITHDRAWAL_RECORD_CODE, data.issued_on, version)
    st = styles()
    o = data.officer
    body = [
        para(
            f"Vào hồi {esc(vn_date_time(data.started_at))}, tại {value(data.location)}, "
            f"{esc(clean(data.issuer.name))} ghi nhận việc rút tố cáo trực tiếp như sau:",
            st,
        ),
        para(
            "Người ghi biên bản: "
            + ", ".join(esc(t) for t in (o.full_name, o.position, o.organisation) if clean(t)),
            st,
        ),
        *_person_lines("Người rút tố cáo", data.denouncer, st),
        para(f"Người bị tố cáo: {value(data.denounced)}.", st),
        para("Nội dung tố cáo được rút:", st),
        *bullet_lines(data.contents, st),
        para(f"Lý do rút tố cáo: {value(data.reason)}", st),
        para(
            "Biên bản đã được đọc lại cho người rút tố cáo nghe, người rút tố cáo xác nhận việc "
            "rút tố cáo là tự nguyện (Điều 33 Luật Tố cáo) và cùng ký; lập thành 02 bản, người "
            "rút tố cáo giữ 01 bản.",
            st,
        ),
    ]
    boxes = (
        SignatureBox(
            "Người rút tố cáo",
            "(Ký, ghi rõ họ tên hoặc điểm chỉ)",
            data.denouncer.full_name,
            thumbprint=True,
        ),
        SignatureBox("Người ghi biên bản", name=o.full_name),
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=GridClosing(boxes),
        )
    )
