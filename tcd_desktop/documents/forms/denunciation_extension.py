"""Quyết định gia hạn giải quyết tố cáo (NĐ 31/2019 Mẫu 01).

A complex case may be extended once, an especially complex one twice, each time by at most
30 days (Luật Tố cáo Điều 30; NĐ 31/2019 Điều 3). The decision is sent to the denouncer and
the person denounced; it never names the denouncer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from tcd_desktop.documents.dates import vn_long_date
from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import decides, para, recipients, resolve, spec, two_digits
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "tc.extension"
MAX_DAYS = 30
MAX_EXTENSIONS = 2


@dataclass(frozen=True)
class ExtensionDecisionData:
    """Fields of the extension decision."""

    issuer: Issuer
    issued_on: dt.date
    authority_title: str
    acceptance_decision: str
    """"Quyết định số 12/QĐ-UBND ngày 05/3/2026 về việc thụ lý tố cáo"."""
    denounced: str
    """The person denounced (name, position, workplace)."""
    content: str
    extension_number: int
    days: int
    start: dt.date
    end: dt.date
    grounds: str
    """Why the case is complex / especially complex (the written criteria)."""
    signer: Signer
    number: str = ""
    proposer: str = ""
    executors: tuple[str, ...] = ()


def render_extension_decision(
    data: ExtensionDecisionData, version: FormVersion | None = None
) -> bytes:
    """The extension decision as PDF bytes, in the version in force on its date."""
    if not 1 <= data.extension_number <= MAX_EXTENSIONS:
        raise ValueError("Chỉ được gia hạn giải quyết tố cáo tối đa hai lần.")
    if not 1 <= data.days <= MAX_DAYS:
        raise ValueError("Mỗi lần gia hạn giải quyết tố cáo không quá 30 ngày.")
    if data.end < data.start:
        raise ValueError("Ngày kết thúc gia hạn phải sau ngày bắt đầu.")
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    bases = (*v.bases, f"Căn cứ {clean(data.acceptance_decision)}")
    if clean(data.proposer):
        bases += (f"Xét đề nghị của {clean(data.proposer)}",)
    nth = "lần thứ nhất" if data.extension_number == 1 else "lần thứ hai"
    body: list[Flowable] = [
        decides(st),
        para(
            f"<b>Điều 1.</b> Gia hạn giải quyết tố cáo ({nth}) đối với {value(data.denounced)} về "
            f"nội dung: {value(data.content)}.",
            st,
        ),
        para(f"Lý do gia hạn: {value(data.grounds)}.", st),
        para(
            f"Thời gian gia hạn là {two_digits(data.days)} ngày, kể từ "
            f"{esc(vn_long_date(data.start))} đến {esc(vn_long_date(data.end))}.",
            st,
        ),
        para("<b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký.", st),
        para(
            "<b>Điều 3.</b> "
            + (", ".join(esc(e) for e in data.executors) or value(None))
            + ", người tố cáo, người bị tố cáo và các cơ quan, tổ chức, cá nhân có liên quan "
            "chịu trách nhiệm thi hành Quyết định này.",
            st,
        ),
    ]
    closing = StandardClosing(recipients=recipients("Như Điều 3"), signer=data.signer)
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            bases=bases,
            authority=data.authority_title,
        )
    )
