"""Giấy mời đối thoại: the written notice of a complaint dialogue (#9 item 8).

Luật Khiếu nại Điều 30 (first complaint) and Điều 39 (second) make the resolver hold a
dialogue; NĐ 124/2020 Điều 28 k1 (as amended by NĐ 155/2026) requires a written notice of its
time, place and content to the participants at least 05 days before (LAW.md K13; the earlier
rule is UNCONFIRMED). No decree prescribes a form for it (FORMS.md lists none): the notice
follows the administrative "Giấy mời" (symbol GM, NĐ 30/2020 Phụ lục III) — addressees, why,
who is invited, when, where, what about, who presides, what to bring; signed by the resolver.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.dates import local_date, vn_date_time
from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import bullet_lines, para, recipients, resolve, spec
from tcd_desktop.documents.styles import PLACEHOLDER, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "kn.dialogue_invitation"


@dataclass(frozen=True)
class Invitee:
    """One person or body invited, with the part they take in the dialogue."""

    name: str
    part: str
    """"người khiếu nại", "người bị khiếu nại", "người có quyền, nghĩa vụ liên quan"…"""
    honorific: str = ""
    """"Ông"/"Bà" for a person whose gender is known; empty for a body."""
    position: str = ""
    organisation: str = ""

    @property
    def addressed(self) -> str:
        """The "Kính gửi" line: "Ông Nguyễn Văn An (người khiếu nại)"."""
        who = " ".join(p for p in (self.honorific, clean(self.name)) if p)
        where = ", ".join(p for p in (clean(self.position), clean(self.organisation)) if p)
        return f"{who}{f', {where}' if where else ''} ({self.part})"


@dataclass(frozen=True)
class DialogueInvitationData:
    """Fields of the dialogue invitation, from the scheduled dialogue's own record."""

    issuer: Issuer
    issued_on: dt.date
    invitees: tuple[Invitee, ...]
    complaint: str
    """"khiếu nại của Ông Nguyễn Văn An đối với Quyết định số …"."""
    scheduled_at: dt.datetime
    place: str
    content: str
    presiding: str
    """Name and title of the person who presides ("Nguyễn Văn Bình, Phó Chủ tịch …")."""
    resolver: str
    """The person resolving the complaint ("Chủ tịch Ủy ban nhân dân xã …")."""
    signer: Signer
    level: int = 1
    number: str = ""
    to_bring: tuple[str, ...] = ()


def notice_days(data: DialogueInvitationData) -> int:
    """Calendar days between the notice and the dialogue."""
    return (local_date(data.scheduled_at) - data.issued_on).days


def render_dialogue_invitation(
    data: DialogueInvitationData, version: FormVersion | None = None
) -> bytes:
    """The dialogue invitation as PDF bytes."""
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    article = "Điều 39" if data.level == 2 else "Điều 30"
    which = "lần hai" if data.level == 2 else "lần đầu"
    names = [i.addressed for i in data.invitees] or [PLACEHOLDER]
    body = [
        para(
            f"Thực hiện {article} Luật Khiếu nại về đối thoại trong giải quyết khiếu nại "
            f"{which}, để giải quyết {value(data.complaint)}, {value(data.resolver)} tổ chức "
            "đối thoại và trân trọng kính mời:",
            st,
        ),
        *bullet_lines(
            [f"{n}{';' if k < len(names) - 1 else '.'}" for k, n in enumerate(names)], st
        ),
        para(f"<b>Thời gian:</b> {esc(vn_date_time(data.scheduled_at))}.", st),
        para(f"<b>Địa điểm:</b> {value(clean(data.place))}.", st),
        para(f"<b>Nội dung:</b> {value(clean(data.content))}.", st),
        para(f"<b>Người chủ trì:</b> {value(clean(data.presiding))}.", st),
    ]
    bring = data.to_bring or (
        "giấy tờ tùy thân (Căn cước hoặc giấy tờ tùy thân khác);",
        "giấy ủy quyền hợp lệ, nếu người được mời ủy quyền cho người khác tham dự;",
        "thông tin, tài liệu, bằng chứng liên quan đến nội dung đối thoại (nếu có).",
    )
    body.append(para("Khi đến, đề nghị mang theo:", st))
    body += bullet_lines(bring, st)
    absent = (
        "Đề nghị có mặt đúng thời gian, địa điểm nêu trên; trường hợp không tham dự được, "
        "đề nghị báo lại lý do trước buổi đối thoại."
    )
    if v.params.get("absence_continues"):
        absent += (
            " Người khiếu nại vắng mặt không có lý do chính đáng thì việc giải quyết khiếu "
            "nại vẫn được tiếp tục theo quy định."
        )
    body.append(para(esc(absent), st))
    closing = StandardClosing(recipients=recipients("Như trên"), signer=data.signer)
    return build_pdf(
        spec(v, data.issuer, data.issued_on, data.number, body=tuple(body), closing=closing)
    )
