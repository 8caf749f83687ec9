"""Kết luận nội dung tố cáo (NĐ 31/2019 Mẫu 12; Luật TC Điều 35, 40): official and public.

The official conclusion (``tc.conclusion``) goes to the person denounced and the body that
manages them, with a notice to the denouncer (Điều 40 k1); it is sealed. The version for
publication (``tc.conclusion_public``) has no field for the denouncer at all, and every
text field is scrubbed of the ``sealed_terms`` (the denouncer's name, address, ID and
phone, which the service knows) before layout, so an identity typed into a free-text
field cannot leak into the published document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    heading,
    para,
    recipients,
    resolve,
    spec,
)
from tcd_desktop.documents.redaction import redact_dataclass
from tcd_desktop.documents.styles import Styles, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "tc.conclusion_public"
OFFICIAL_CODE = "tc.conclusion"
PUBLIC_NOTE = "(Bản công khai — không có thông tin về người tố cáo)"


class DenunciationFinding(StrEnum):
    """Conclusion on one content of the denunciation."""

    TRUE = "dung"
    PARTLY_TRUE = "dung_mot_phan"
    FALSE = "sai"

    @property
    def label_vi(self) -> str:
        """ "tố cáo đúng", "tố cáo đúng một phần", "tố cáo sai sự thật" (Luật TC Điều 35)."""
        return {
            "dung": "tố cáo đúng",
            "dung_mot_phan": "tố cáo đúng một phần",
            "sai": "tố cáo sai sự thật",
        }[self.value]


@dataclass(frozen=True)
class ConclusionItem:
    """One denounced content: what was verified and what is concluded."""

    content: str
    verification: str
    finding: DenunciationFinding | None = None
    responsibility: str = ""


@dataclass(frozen=True)
class PublicConclusionData:
    """Fields of the published conclusion (no denouncer field, by design)."""

    issuer: Issuer
    issued_on: dt.date
    denounced: str
    acceptance_decision: str
    items: tuple[ConclusionItem, ...]
    signer: Signer
    number: str = ""
    resolver: str = ""
    verification_report: str = ""
    legal_grounds: str = ""
    handling: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    sealed_terms: tuple[str, ...] = ()
    """Identity of the denouncer to remove from every text (never printed)."""
    public: bool = True
    """False: the official conclusion (texts as recorded, sealed, no publication note)."""

    @property
    def code(self) -> str:
        """``tc.conclusion_public`` or ``tc.conclusion``."""
        return CODE if self.public else OFFICIAL_CODE


FALSE_DENOUNCER = (
    "Kiến nghị cơ quan, người có thẩm quyền xử lý người cố ý tố cáo sai sự thật (nếu có) "
    "(Điều 35 Luật Tố cáo)"
)


def default_recipients(data: PublicConclusionData) -> tuple[str, ...]:
    """Luật TC Điều 40 k1: the person denounced, their managing body, and the denouncer
    (who gets a notice of the conclusion, never named here)."""
    return (
        f"{clean(data.denounced) or 'Người bị tố cáo'} (người bị tố cáo)",
        "Cơ quan, tổ chức quản lý người bị tố cáo",
        "Người tố cáo (gửi thông báo kết luận nội dung tố cáo)",
    )


def _items(data: PublicConclusionData, st: Styles) -> list[Flowable]:
    verified: list[Flowable] = [heading("1. Kết quả xác minh nội dung tố cáo", st)]
    concluded: list[Flowable] = [
        heading("2. Kết luận", st),
        para(f"Căn cứ pháp luật: {value(data.legal_grounds)}", st),
    ]
    for n, item in enumerate(data.items, start=1):
        verified.append(para(f"{n}) Nội dung: {value(item.content)}", st))
        verified.append(para(f"Kết quả xác minh: {value(item.verification)}", st))
        finding = esc(item.finding.label_vi.capitalize()) if item.finding else value(None)
        line = f"{n}) Nội dung thứ {n}: {finding}."
        if clean(item.responsibility):
            line += f" Trách nhiệm: {esc(item.responsibility)}"
        concluded.append(para(line, st))
    return verified + concluded


def _recommendations(data: PublicConclusionData) -> tuple[str, ...]:
    false = any(i.finding is DenunciationFinding.FALSE for i in data.items)
    said = any("sai sự thật" in r for r in data.recommendations)
    return (*data.recommendations, FALSE_DENOUNCER) if false and not said else data.recommendations


def render_public_conclusion(
    data: PublicConclusionData, version: FormVersion | None = None
) -> bytes:
    """The published conclusion as PDF bytes (denouncer's identity removed everywhere)."""
    v = resolve(data.code, data.issued_on, version)
    if data.public:
        data = redact_dataclass(data, data.sealed_terms, skip=("issuer", "signer", "sealed_terms"))
    st = styles()
    resolver = esc(clean(data.resolver) or clean(data.issuer.name))
    body: list[Flowable] = [
        para(
            f"{resolver} đã ban hành {value(data.acceptance_decision)} thụ lý tố cáo đối với "
            f"{value(data.denounced)}.",
            st,
        ),
        para(
            f"Căn cứ {value(data.verification_report)}, nội dung giải trình của người bị tố cáo và "
            f"các thông tin, tài liệu, chứng cứ có liên quan, {resolver} kết luận như sau:",
            st,
        ),
        *_items(data, st),
        heading("3. Các biện pháp xử lý theo thẩm quyền", st),
        *bullet_lines(data.handling, st),
        heading("4. Kiến nghị", st),
        *bullet_lines(_recommendations(data), st),
    ]
    closing = StandardClosing(
        recipients=recipients(data.recipients or default_recipients(data)),
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
            title_note=PUBLIC_NOTE if data.public else "",
        )
    )
