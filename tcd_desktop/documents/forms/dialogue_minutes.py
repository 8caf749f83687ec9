"""Biên bản đối thoại (NĐ 124/2020 Mẫu 14, as replaced by NĐ 155/2026).

Time and place; the participants in six groups with their attendance (absence with or
without reason); the chair's purpose and the verification summary; each participant's
opinion on each point; points agreed, points still disputed, other opinions; end time;
read back and signed — with the reason of anyone who refuses to sign; at least three
copies. Every participant gets a signature box.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.dates import local_date, vn_date_time, vn_short_date
from tcd_desktop.documents.fields import Issuer, split_honorific
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    heading,
    para,
    resolve,
    spec,
    two_digits,
)
from tcd_desktop.documents.forms.dialogue_roles import ROLE_ORDER, DialogueRole
from tcd_desktop.documents.styles import PLACEHOLDER, Styles, clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "kn.dialogue_minutes"
BODY_SIZE = 13.0
LEVELS = {1: "lần đầu", 2: "lần hai"}


@dataclass(frozen=True)
class DialogueParticipant:
    """One person at (or invited to) the dialogue."""

    role: DialogueRole
    full_name: str
    position: str = ""
    organisation: str = ""
    address: str = ""
    id_number: str = ""
    id_issued_on: dt.date | None = None
    id_issued_by: str = ""
    present: bool = True
    absence_reason: str = ""
    """Empty for an absence without reason."""
    refused_to_sign_reason: str = ""
    thumbprint: bool = False
    honorific: str = ""
    """"Ông" or "Bà" (empty: "Ông/Bà")."""


@dataclass(frozen=True)
class DialogueOpinion:
    """What one participant said on one point."""

    speaker: str
    """The participant's full name (matched against the participants for the role)."""
    text: str


@dataclass(frozen=True)
class DialoguePoint:
    """One point discussed, with the opinions of each side."""

    topic: str
    opinions: tuple[DialogueOpinion, ...] = ()


@dataclass(frozen=True)
class DialogueMinutesData:
    """Fields of the dialogue minutes."""

    issuer: Issuer
    started_at: dt.datetime
    location: str
    complaint: str
    """"khiếu nại của ông Đặng Đức Đạt đối với Quyết định số 125/QĐ-UBND ngày …"."""
    participants: tuple[DialogueParticipant, ...]
    number: str = ""
    level: int = 1
    purpose: str = ""
    verification_summary: str = ""
    points: tuple[DialoguePoint, ...] = ()
    agreed_points: tuple[str, ...] = ()
    disputed_points: tuple[str, ...] = ()
    other_opinions: tuple[str, ...] = ()
    result: str = ""
    ended_at: dt.datetime | None = None
    copies: int = 3
    copy_holders: tuple[str, ...] = field(default_factory=tuple)
    """Who keeps a copy (default: one per party and one for the file)."""

    @property
    def issued_on(self) -> dt.date:
        """The minutes' date: the day of the dialogue (Vietnam time)."""
        return local_date(self.started_at)


def _who(p: DialogueParticipant) -> str:
    title, name = split_honorific(p.full_name, p.honorific)
    parts = [f"{esc(title)} <b>{esc(name)}</b>"]
    if clean(p.position):
        parts.append(f"chức vụ: {esc(p.position)}")
    if clean(p.organisation):
        parts.append(esc(p.organisation))
    if p.role.shows_identity:
        parts.append(
            f"số giấy tờ tùy thân: {value(p.id_number)}, ngày cấp: "
            f"{vn_short_date(p.id_issued_on) if p.id_issued_on else PLACEHOLDER}, "
            f"nơi cấp: {value(p.id_issued_by)}"
        )
    if clean(p.address) or p.role.shows_address:
        parts.append(f"địa chỉ: {value(p.address)}")
    line = "- " + "; ".join(parts)
    if not p.present:
        line += (
            f" — <i>vắng mặt, có lý do: {esc(p.absence_reason)}</i>"
            if clean(p.absence_reason)
            else " — <i>vắng mặt không có lý do</i>"
        )
    return line + "."


def _attendance(data: DialogueMinutesData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [heading("I. THÀNH PHẦN THAM GIA ĐỐI THOẠI", st)]
    for n, role in enumerate(ROLE_ORDER, start=1):
        people = [p for p in data.participants if p.role is role]
        out.append(para(f"{n}. {esc(role.group_label)}:", st))
        out += [para(_who(p), st) for p in people] or [para("- Không có.", st)]
    return out


def _opinions(data: DialogueMinutesData, st: Styles) -> list[Flowable]:
    roles = {clean(p.full_name): p.role for p in data.participants}
    out: list[Flowable] = [para("3. Ý kiến của những người tham gia đối thoại:", st)]
    if not data.points:
        return [*out, para(PLACEHOLDER, st)]
    for n, point in enumerate(data.points, start=1):
        out.append(para(f"3.{n}. Nội dung: {value(point.topic)}", st))
        for op in point.opinions:
            role = roles.get(clean(op.speaker))
            label = f"{esc(role.short_label)} " if role else ""
            out.append(para(f"- Ý kiến của {label}{esc(op.speaker)}: {value(op.text)}", st))
    return out


def _box(p: DialogueParticipant) -> SignatureBox:
    lines = (
        (f"Không ký. Lý do: {clean(p.refused_to_sign_reason)}",)
        if clean(p.refused_to_sign_reason)
        else ()
    )
    return SignatureBox(
        title=p.role.sign_title,
        note=p.role.sign_note,
        name=p.full_name,
        lines=lines,
        mark="" if p.present else "(Vắng mặt)",
        thumbprint=p.present and p.thumbprint,
    )


def signature_boxes(data: DialogueMinutesData) -> tuple[SignatureBox, ...]:
    """One box per participant, in the order of the Mẫu 14 signature grid."""
    ordered = sorted(data.participants, key=lambda p: p.role.sign_rank)
    return tuple(_box(p) for p in ordered)


def render_dialogue_minutes(data: DialogueMinutesData, version: FormVersion | None = None) -> bytes:
    """The minutes as PDF bytes, in the version in force on the day of the dialogue."""
    v = resolve(CODE, data.issued_on, version)
    min_copies = int(v.params.get("min_copies", 3))
    if data.copies < min_copies:
        raise ValueError(f"Biên bản đối thoại phải lập ít nhất {two_digits(min_copies)} bản.")
    if not data.participants:
        raise ValueError("Biên bản đối thoại phải có người tham gia.")
    if data.level not in LEVELS:
        raise ValueError("Lần giải quyết khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).")
    st = styles(BODY_SIZE)
    chairs = [p for p in data.participants if p.role is DialogueRole.CHAIR]
    chair = (
        " ".join(esc(t) for t in split_honorific(chairs[0].full_name, chairs[0].honorific))
        if chairs
        else "Người chủ trì"
    )
    end = esc(vn_date_time(data.ended_at)) if data.ended_at else f"{PLACEHOLDER} giờ {PLACEHOLDER}"
    refusals = [
        f"{p.full_name}: {clean(p.refused_to_sign_reason)}"
        for p in data.participants
        if clean(p.refused_to_sign_reason)
    ]
    holders = ", ".join(clean(h) for h in data.copy_holders if clean(h)) or (
        "mỗi bên tham gia đối thoại giữ 01 bản, 01 bản lưu hồ sơ giải quyết khiếu nại"
    )
    body: list[Flowable] = [
        para(
            f"Vào hồi {esc(vn_date_time(data.started_at))}, tại {value(data.location)}, "
            f"{esc(clean(data.issuer.name))} tổ chức đối thoại giải quyết khiếu nại "
            f"{LEVELS[data.level]} đối với {value(data.complaint)}.",
            st,
        ),
        *_attendance(data, st),
        heading("II. NỘI DUNG ĐỐI THOẠI", st),
        para(f"1. {chair} nêu mục đích, yêu cầu của buổi đối thoại: {value(data.purpose)}", st),
        para(
            "2. Tóm tắt kết quả xác minh nội dung khiếu nại và những nội dung đối thoại: "
            f"{value(data.verification_summary)}",
            st,
        ),
        *_opinions(data, st),
        heading("III. KẾT QUẢ ĐỐI THOẠI", st),
        para("1. Những nội dung đã thống nhất:", st),
        *bullet_lines(data.agreed_points, st),
        para("2. Những nội dung còn có ý kiến khác nhau:", st),
        *bullet_lines(data.disputed_points, st),
        para("3. Ý kiến khác (nếu có):", st),
        *bullet_lines(data.other_opinions, st),
        para(f"4. Kết quả đối thoại: {value(data.result)}", st),
        para(
            f"Buổi đối thoại kết thúc vào hồi {end}. Biên bản đã được đọc lại cho những người "
            "tham gia đối thoại cùng nghe và ký (hoặc điểm chỉ) xác nhận.",
            st,
        ),
        para(
            "Người không ký biên bản và lý do: "
            + ("; ".join(esc(r) for r in refusals) + "." if refusals else PLACEHOLDER),
            st,
        ),
        para(f"Biên bản được lập thành {two_digits(data.copies)} bản: {esc(holders)}.", st),
    ]
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=GridClosing(signature_boxes(data)),
            body_size=BODY_SIZE,
        )
    )
