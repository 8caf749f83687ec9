"""Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04) and Thông báo về nội dung tố cáo to the
person denounced (Mẫu 06).

Neither names the denouncer (Luật Tố cáo Điều 8, 47): the decision states who is denounced,
the contents accepted and the time limit (Điều 29 k4); the notice tells the person denounced
the contents, asks for a written explanation and evidence, and reminds them that the
denouncer's identity is protected. The service builds both from texts already scrubbed of
the denouncer's identifiers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    date_or_dots,
    decides,
    para,
    recipients,
    resolve,
    spec,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

DECISION_CODE = "tc.acceptance_decision"
NOTICE_CODE = "tc.denounced_notice"


@dataclass(frozen=True)
class DenunciationAcceptanceDecisionData:
    """Fields of the decision accepting a denunciation (Mẫu 04)."""

    issuer: Issuer
    issued_on: dt.date
    authority_title: str
    denounced: str
    """Name, position and workplace of the person denounced."""
    contents: tuple[str, ...]
    """The denounced contents accepted."""
    time_limit: str
    """Time limit for resolving ("30 ngày kể từ ngày thụ lý …")."""
    signer: Signer
    number: str = ""
    received_on: dt.date | None = None
    verifier: str = ""
    """Who is assigned to verify (a unit or a verification team), if already decided."""
    executors: tuple[str, ...] = ()


@dataclass(frozen=True)
class DenouncedNoticeData:
    """Fields of the notice of the denounced contents to the person denounced (Mẫu 06)."""

    issuer: Issuer
    issued_on: dt.date
    denounced: str
    acceptance_decision: str
    """"Quyết định số 201/QĐ-UBND ngày 14/02/2026"."""
    contents: tuple[str, ...]
    signer: Signer
    number: str = ""
    resolver: str = ""
    explanation_due: dt.date | None = None
    """By when the written explanation is due."""


def render_acceptance_decision(
    data: DenunciationAcceptanceDecisionData, version: FormVersion | None = None
) -> bytes:
    """Quyết định thụ lý tố cáo as PDF bytes (no denouncer named)."""
    v = resolve(DECISION_CODE, data.issued_on, version)
    st = styles()
    executors = recipients(
        data.executors, data.verifier, f"{clean(data.denounced)} (người bị tố cáo)"
    )
    body = [
        para(
            f"Xét đơn tố cáo nhận ngày {esc(date_or_dots(data.received_on).removeprefix('ngày '))} "
            f"đối với {value(data.denounced)}; xét thấy tố cáo đủ điều kiện thụ lý theo quy định "
            "tại khoản 1 Điều 29 Luật Tố cáo,",
            st,
        ),
        decides(st),
        para(
            f"<b>Điều 1.</b> Thụ lý tố cáo đối với {value(data.denounced)} về các nội dung sau:", st
        ),
        *bullet_lines(data.contents, st),
        para(f"<b>Điều 2.</b> Thời hạn giải quyết tố cáo: {value(data.time_limit)}.", st),
        para(
            f"<b>Điều 3.</b> Giao {value(data.verifier)} tiến hành xác minh nội dung tố cáo. "
            "Thông tin về người tố cáo được giữ bí mật theo Điều 8 và Điều 47 Luật Tố cáo.",
            st,
        ),
        para(
            f"<b>Điều 4.</b> Quyết định này có hiệu lực kể từ ngày ký. "
            f"{', '.join(esc(e) for e in executors)} chịu trách nhiệm thi hành Quyết định này.",
            st,
        ),
    ]
    closing = StandardClosing(
        recipients=recipients("Như Điều 4", "Người tố cáo (gửi thông báo thụ lý, Mẫu số 05)"),
        signer=data.signer,
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            bases=v.bases,
            authority=data.authority_title,
        )
    )


def render_denounced_notice(data: DenouncedNoticeData, version: FormVersion | None = None) -> bytes:
    """Thông báo về nội dung tố cáo to the person denounced as PDF bytes (no denouncer)."""
    v = resolve(NOTICE_CODE, data.issued_on, version)
    st = styles()
    resolver = esc(clean(data.resolver) or clean(data.issuer.name))
    due = date_or_dots(data.explanation_due)
    body = [
        para(
            f"{resolver} đã ban hành {value(data.acceptance_decision)} thụ lý tố cáo đối với "
            f"{value(data.denounced)}.",
            st,
        ),
        para("Nội dung tố cáo được thụ lý gồm:", st),
        *bullet_lines(data.contents, st),
        para(
            f"Căn cứ Điều 10 và Điều 29 Luật Tố cáo, {resolver} thông báo để "
            f"{value(data.denounced)} biết và đề nghị giải trình bằng văn bản về các nội dung bị "
            f"tố cáo, cung cấp thông tin, tài liệu, bằng chứng để chứng minh tính đúng, sai của "
            f"nội dung bị tố cáo, gửi về {resolver} trước {esc(due)}.",
            st,
        ),
        para(
            "Người bị tố cáo không được tìm hiểu, xác định người tố cáo, không được trù dập, "
            "trả thù người tố cáo (Điều 8 Luật Tố cáo).",
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
            addressees=(clean(data.denounced),),
        )
    )
