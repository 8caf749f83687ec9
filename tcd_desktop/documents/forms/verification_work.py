"""NĐ 31/2019 Mẫu 08 (Biên bản làm việc of the verification team) and Mẫu 09 (Trưng cầu
giám định, a letter to an expert body).

The minutes record when and where the team worked, who was present (team members and the
people worked with), what was said and handed over, the end time and the copies, with a
signature box for each side. The expert request names the matter under verification (not
the denouncer), the items sent for examination, the questions and the time limit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.dates import local_date, vn_date_time
from tcd_desktop.documents.fields import Issuer, Official, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    date_or_dots,
    heading,
    para,
    recipients,
    resolve,
    spec,
    two_digits,
)
from tcd_desktop.documents.styles import PLACEHOLDER, clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

MINUTES_CODE = "tc.work_minutes"
EXPERT_CODE = "tc.expert_request"


@dataclass(frozen=True)
class WorkMinutesData:
    """Fields of the verification team's working minutes (Mẫu 08)."""

    issuer: Issuer
    started_at: dt.datetime
    location: str
    team: tuple[Official, ...]
    others: tuple[Official, ...]
    """The people the team works with (the person denounced, witnesses, bodies)."""
    purpose: str
    content: str
    number: str = ""
    documents: tuple[str, ...] = ()
    ended_at: dt.datetime | None = None
    copies: int = 2

    @property
    def issued_on(self) -> dt.date:
        """The day of the meeting (Vietnam time)."""
        return local_date(self.started_at)


@dataclass(frozen=True)
class ExpertRequestData:
    """Fields of the request for expert examination (Mẫu 09)."""

    issuer: Issuer
    issued_on: dt.date
    expert_body: str
    matter: str
    items: tuple[str, ...]
    questions: tuple[str, ...]
    signer: Signer
    number: str = ""
    due_on: dt.date | None = None


def _people(people: tuple[Official, ...]) -> list[str]:
    return [
        ", ".join(t for t in (p.full_name, p.position, p.organisation) if clean(t)) for p in people
    ]


def render_work_minutes(data: WorkMinutesData, version: FormVersion | None = None) -> bytes:
    """The working minutes as PDF bytes."""
    v = resolve(MINUTES_CODE, data.issued_on, version)
    st = styles()
    end = esc(vn_date_time(data.ended_at)) if data.ended_at else f"{PLACEHOLDER} giờ {PLACEHOLDER}"
    body = [
        para(
            f"Vào hồi {esc(vn_date_time(data.started_at))}, tại {value(data.location)}, "
            "Tổ xác minh nội dung tố cáo tiến hành làm việc.",
            st,
        ),
        heading("I. Thành phần", st),
        para("1. Tổ xác minh:", st),
        *bullet_lines(_people(data.team), st),
        para("2. Người làm việc với Tổ xác minh:", st),
        *bullet_lines(_people(data.others), st),
        heading("II. Nội dung làm việc", st),
        para(f"Mục đích: {value(data.purpose)}", st),
        para(value(data.content), st),
        para("Thông tin, tài liệu, bằng chứng được cung cấp:", st),
        *bullet_lines(data.documents or ("Không có",), st),
        para(
            f"Buổi làm việc kết thúc vào hồi {end}. Biên bản đã được đọc lại cho những người "
            f"có mặt nghe và cùng ký xác nhận; biên bản lập thành {two_digits(data.copies)} bản, "
            "mỗi bên giữ 01 bản.",
            st,
        ),
    ]
    boxes = (
        SignatureBox(
            "Người làm việc với Tổ xác minh", name=data.others[0].full_name if data.others else ""
        ),
        SignatureBox("Đại diện Tổ xác minh", name=data.team[0].full_name if data.team else ""),
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


def render_expert_request(data: ExpertRequestData, version: FormVersion | None = None) -> bytes:
    """The request for expert examination as PDF bytes."""
    v = resolve(EXPERT_CODE, data.issued_on, version)
    st = styles()
    body_name = esc(clean(data.issuer.name))
    body = [
        para(
            f"Để có căn cứ giải quyết {value(data.matter)}, căn cứ Điều 31 Luật Tố cáo, "
            f"{body_name} trưng cầu {value(data.expert_body)} giám định các thông tin, tài liệu, "
            "bằng chứng sau:",
            st,
        ),
        *bullet_lines(data.items, st),
        para("Nội dung yêu cầu giám định:", st),
        *bullet_lines(data.questions, st),
        para(
            f"Đề nghị {value(data.expert_body)} gửi kết luận giám định về {body_name} trước "
            f"{esc(date_or_dots(data.due_on))}.",
            st,
        ),
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
            addressees=(clean(data.expert_body),),
        )
    )
