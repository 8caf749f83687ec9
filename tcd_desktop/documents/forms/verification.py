"""Verification documents: the decision assigning verification and the verification report.

Complaints (Luật KN Điều 29; NĐ 124/2020 Điều 29–30; form numbers UNCONFIRMED): the
resolver assigns a person or body to verify, with the content and the time limit; the
verifier reports the result (content of the complaint, verified facts, conclusion,
recommendation). Denunciations (Luật TC Điều 31; NĐ 31/2019 Mẫu 07, Mẫu 10): the decision
sets up the verification team, and the team's report goes to the resolver — neither names
the denouncer (the service passes texts scrubbed of the denouncer's identifiers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import (
    bullet_lines,
    decides,
    heading,
    para,
    recipients,
    resolve,
    spec,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

DECISION_CODES = {False: "kn.verification_decision", True: "tc.verification_team"}
REPORT_CODES = {False: "kn.verification_report", True: "tc.verification_report"}
RESULT_CODE = "tc.verification_result"
"""NĐ 31/2019 Mẫu 11: the verifying body's report to the resolver (the team's is Mẫu 10)."""


@dataclass(frozen=True)
class VerificationDecisionData:
    """Fields of the decision assigning verification (or setting up a team)."""

    issuer: Issuer
    issued_on: dt.date
    authority_title: str
    matter: str
    """ "khiếu nại của ông … đối với …" / "tố cáo đối với … (người bị tố cáo)"."""
    verifier: str
    """The person, body or team leader assigned."""
    contents: tuple[str, ...]
    days: int | None
    signer: Signer
    number: str = ""
    denunciation: bool = False
    members: tuple[str, ...] = ()
    acceptance_decision: str = ""

    @property
    def code(self) -> str:
        """``kn.verification_decision`` or ``tc.verification_team`` (NĐ 31 Mẫu 07)."""
        return DECISION_CODES[self.denunciation]


@dataclass(frozen=True)
class VerificationReportData:
    """Fields of the verification report to the resolver."""

    issuer: Issuer
    issued_on: dt.date
    resolver: str
    matter: str
    assignment: str
    """The decision or document that assigned the verification."""
    contents: tuple[str, ...]
    findings: str
    conclusion: str
    signer: Signer
    number: str = ""
    denunciation: bool = False
    recommendations: tuple[str, ...] = ()
    team: bool = True
    """Denunciations: the team's report (Mẫu 10); False: the body's report (Mẫu 11)."""

    @property
    def code(self) -> str:
        """``kn.verification_report``, ``tc.verification_report`` (Mẫu 10) or
        ``tc.verification_result`` (Mẫu 11)."""
        if self.denunciation and not self.team:
            return RESULT_CODE
        return REPORT_CODES[self.denunciation]


def render_verification_decision(
    data: VerificationDecisionData, version: FormVersion | None = None
) -> bytes:
    """The decision as PDF bytes."""
    v = resolve(data.code, data.issued_on, version)
    st = styles()
    what = "tố cáo" if data.denunciation else "khiếu nại"
    days = f"{data.days:02d} ngày" if data.days else value(None)
    first = (
        f"<b>Điều 1.</b> Thành lập Tổ xác minh nội dung tố cáo gồm: Tổ trưởng "
        f"{value(data.verifier)}" + "".join(f"; {esc(m)}" for m in data.members if clean(m))
        if data.denunciation
        else f"<b>Điều 1.</b> Giao {value(data.verifier)} tiến hành xác minh nội dung khiếu nại"
    )
    body = [
        para(
            f"Xét {value(data.matter)}"
            + (
                f", đã được thụ lý theo {esc(data.acceptance_decision)}"
                if clean(data.acceptance_decision)
                else ""
            )
            + ",",
            st,
        ),
        decides(st),
        para(f"{first}.", st),
        para(f"<b>Điều 2.</b> Nội dung xác minh {what}:", st),
        *bullet_lines(data.contents, st),
        para(
            f"<b>Điều 3.</b> Thời gian xác minh là {days} kể từ ngày ký Quyết định này. "
            f"{value(data.verifier)} có quyền, nghĩa vụ theo quy định của pháp luật về "
            f"{'tố cáo' if data.denunciation else 'khiếu nại'} và báo cáo kết quả xác minh bằng "
            f"văn bản với {esc(clean(data.authority_title))}.",
            st,
        ),
        para(
            f"<b>Điều 4.</b> Quyết định này có hiệu lực kể từ ngày ký. {value(data.verifier)} và "
            "các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
            st,
        ),
    ]
    closing = StandardClosing(recipients=recipients("Như Điều 4"), signer=data.signer)
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


def render_verification_report(
    data: VerificationReportData, version: FormVersion | None = None
) -> bytes:
    """The report as PDF bytes."""
    v = resolve(data.code, data.issued_on, version)
    st = styles()
    what = "tố cáo" if data.denunciation else "khiếu nại"
    body = [
        para(
            f"Thực hiện {value(data.assignment)}, {esc(clean(data.issuer.name))} đã tiến hành "
            f"xác minh nội dung {value(data.matter)}. Kết quả như sau:",
            st,
        ),
        heading(f"1. Nội dung {what}", st),
        *bullet_lines(data.contents, st),
        heading("2. Kết quả xác minh", st),
        para(value(data.findings), st),
        heading("3. Kết luận", st),
        para(value(data.conclusion), st),
        heading("4. Kiến nghị", st),
        *bullet_lines(data.recommendations, st),
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
            addressees=(clean(data.resolver),),
        )
    )
