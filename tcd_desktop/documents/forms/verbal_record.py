"""Biên bản ghi nội dung tiếp công dân: the record of a petition stated orally.

When the citizen cannot write a petition, the officer records the statement faithfully,
reads it back, and the citizen signs or thumb-prints it (Luật TCD Điều 25–30; NĐ 154/2026
Điều 14). The same record serves the representatives of a mass delegation. No official
form was found; the layout follows NĐ 30/2020 Mẫu 1.9 and the practice template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.dates import local_date, vn_date_time
from tcd_desktop.documents.fields import (
    Issuer,
    Official,
    Person,
    ReceivedItem,
    split_honorific,
)
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    field_line,
    heading,
    id_phrase,
    kind_phrase,
    labelled,
    para,
    resolve,
    spec,
    two_digits,
)
from tcd_desktop.documents.styles import PLACEHOLDER, Styles, clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

CODE = "tcd.record"
BODY_SIZE = 13.0


@dataclass(frozen=True)
class VerbalRecordData:
    """Fields of the record of an oral petition."""

    issuer: Issuer
    started_at: dt.datetime
    location: str
    chair: Official
    """The person presiding the reception (a leader or the officer on duty)."""
    recorder: Official
    citizen: Person
    petition_kind: PetitionKind
    statement: str
    number: str = ""
    officers: tuple[Official, ...] = ()
    """Other officials receiving with the chair."""
    companions: tuple[Person, ...] = ()
    """Other people received (e.g. the other representatives of a delegation)."""
    headcount: int = 1
    requests: str = ""
    evidence: tuple[ReceivedItem, ...] = ()
    officer_opinions: str = ""
    chair_conclusion: str = ""
    citizen_opinion: str = ""
    ended_at: dt.datetime | None = None
    thumbprint: bool = False
    """The citizen thumb-prints instead of signing."""
    refusal_reason: str = ""
    """Why the citizen refused to sign, if they did."""
    copies: int = 2
    citizen_copies: int = 1

    @property
    def issued_on(self) -> dt.date:
        """The record's date: the day of the reception (Vietnam time)."""
        return local_date(self.started_at)


def _official_line(o: Official, role: str) -> str:
    title, name = split_honorific(o.full_name, o.honorific)
    parts = [f"{esc(title)} <b>{esc(name)}</b>"]
    if clean(o.position):
        parts.append(f"chức vụ: {esc(o.position)}")
    if clean(o.organisation):
        parts.append(esc(o.organisation))
    return "- " + ", ".join(parts) + f" — {esc(role)};"


def _people(data: VerbalRecordData, st: Styles) -> list[Flowable]:
    out = []
    for person in (data.citizen, *data.companions):
        out += [
            para(f"- {esc(person.salutation)}: <b>{esc(person.full_name)}</b>", st),
            field_line(id_phrase(person) + ";", st),
            para(
                labelled("Địa chỉ", person.address)
                + "; "
                + labelled("Số điện thoại", person.phone)
                + ".",
                st,
            ),
        ]
    if data.headcount > 1:
        out.append(para(f"Số người cùng đến: {two_digits(data.headcount)} người.", st))
    return out


def _evidence(items: tuple[ReceivedItem, ...], st: Styles) -> list[Flowable]:
    if not items:
        return [para("3. Thông tin, tài liệu, bằng chứng cung cấp: Không có.", st)]
    lines = [
        f"{i.name}"
        + (f", {i.pages} trang" if i.pages else "")
        + f", {i.condition.label_vi.lower()}"
        for i in items
    ]
    return [para("3. Thông tin, tài liệu, bằng chứng cung cấp:", st), *bullet_lines(lines, st)]


def render_verbal_record(data: VerbalRecordData, version: FormVersion | None = None) -> bytes:
    """The record as PDF bytes, in the version in force on the day of the reception."""
    if data.copies < 2 or not 1 <= data.citizen_copies < data.copies:
        raise ValueError("Biên bản phải lập ít nhất 02 bản và giao người được tiếp ít nhất 01 bản.")
    v = resolve(CODE, data.issued_on, version)
    st = styles(BODY_SIZE)
    name = f"{esc(data.citizen.pronoun)} <b>{esc(data.citizen.full_name)}</b>"
    sign_word = "điểm chỉ" if data.thumbprint else "ký"
    end = esc(vn_date_time(data.ended_at)) if data.ended_at else f"{PLACEHOLDER} giờ {PLACEHOLDER}"
    body = [
        para(
            f"Hôm nay, vào hồi {esc(vn_date_time(data.started_at))}, tại {value(data.location)}.",
            st,
        ),
        heading("I. THÀNH PHẦN", st),
        para("1. Người tiếp công dân:", st),
        para(_official_line(data.chair, "chủ trì"), st),
        *[para(_official_line(o, "cùng tiếp"), st) for o in data.officers],
        para(_official_line(data.recorder, "người ghi biên bản"), st),
        para("2. Người được tiếp:", st),
        *_people(data, st),
        heading("II. NỘI DUNG", st),
        para(f"1. Nội dung {esc(kind_phrase(data.petition_kind))}: {value(data.statement)}", st),
        para(f"2. Yêu cầu của người được tiếp: {value(data.requests)}", st),
        *_evidence(data.evidence, st),
        heading("III. KẾT QUẢ LÀM VIỆC", st),
        para(f"1. Ý kiến của người cùng tiếp: {value(data.officer_opinions)}", st),
        para(f"2. Kết luận của người chủ trì: {value(data.chair_conclusion)}", st),
        para(f"3. Ý kiến của người được tiếp: {value(data.citizen_opinion)}", st),
        para(
            f"Buổi tiếp kết thúc vào hồi {end}. Biên bản đã được đọc lại cho {name} nghe; "
            f"{name} xác nhận nội dung ghi trong biên bản đúng với nội dung đã trình bày và "
            f"{sign_word} vào biên bản.",
            st,
        ),
    ]
    if clean(data.refusal_reason):
        body.append(para(f"{name} không ký biên bản. Lý do: {esc(data.refusal_reason)}.", st))
    body.append(
        para(
            f"Biên bản được lập thành {two_digits(data.copies)} bản, giao người được tiếp "
            f"{two_digits(data.citizen_copies)} bản.",
            st,
        )
    )
    note = "(Điểm chỉ, ghi rõ họ tên)" if data.thumbprint else "(Ký hoặc điểm chỉ, ghi rõ họ tên)"
    refused = (
        (f"Không ký. Lý do: {clean(data.refusal_reason)}",) if clean(data.refusal_reason) else ()
    )
    boxes = [
        SignatureBox(
            "Người được tiếp", note, data.citizen.full_name, refused, thumbprint=data.thumbprint
        ),
        SignatureBox("Người chủ trì", "(Ký, ghi rõ họ tên)", data.chair.full_name),
        *[
            SignatureBox("Người được tiếp", "(Ký hoặc điểm chỉ, ghi rõ họ tên)", p.full_name)
            for p in data.companions
        ],
        *[
            SignatureBox("Cán bộ cùng tiếp", "(Ký, ghi rõ họ tên)", o.full_name)
            for o in data.officers
        ],
        SignatureBox("Người ghi biên bản", "(Ký, ghi rõ họ tên)", data.recorder.full_name),
    ]
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=GridClosing(tuple(boxes)),
            body_size=BODY_SIZE,
        )
    )
