"""Decisions to suspend, terminate or resume the resolution of a complaint or denunciation.

- complaints: NĐ 124/2020 Mẫu 14a (tạm đình chỉ / đình chỉ) and 14b (tiếp tục), added by
  NĐ 155/2026 from 01/7/2026 (Luật KN Điều 11a); before that date the law only knows the
  termination after a withdrawal (Luật KN Điều 10), so the earlier version allows only that;
- denunciations: Luật Tố cáo Điều 34 (form number UNCONFIRMED).
Which actions a version allows is data (``params.actions``). A denunciation decision names
the person denounced and the matter, never the denouncer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import Issuer, Signer
from tcd_desktop.documents.forms.common import decides, para, recipients, resolve, spec
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion


class SuspensionAction(StrEnum):
    """What the decision does."""

    SUSPEND = "suspend"
    TERMINATE = "terminate"
    RESUME = "resume"


_VERB = {
    SuspensionAction.SUSPEND: "tạm đình chỉ việc giải quyết",
    SuspensionAction.TERMINATE: "đình chỉ việc giải quyết",
    SuspensionAction.RESUME: "tiếp tục giải quyết",
}
_KIND = {"kn": "khiếu nại", "tc": "tố cáo"}


def form_code(kind_prefix: str, action: SuspensionAction) -> str:
    """``kn``/``tc`` + action → ``kn.suspension``, ``tc.resumption``…"""
    suffix = "resumption" if action is SuspensionAction.RESUME else "suspension"
    return f"{kind_prefix}.{suffix}"


@dataclass(frozen=True)
class SuspensionDecisionData:
    """Fields of a suspension, termination or resumption decision."""

    issuer: Issuer
    issued_on: dt.date
    authority_title: str
    action: SuspensionAction
    is_denunciation: bool
    matter: str
    """Complaint: "của ông … đối với Quyết định số …". Denunciation: "đối với ông … (người bị
    tố cáo) về hành vi …" — never the denouncer."""
    reason: str
    signer: Signer
    number: str = ""
    acceptance_reference: str = ""
    """"Quyết định số … ngày … về việc thụ lý …" (printed as a Căn cứ line)."""
    suspension_reference: str = ""
    """Resumption: the suspension decision being lifted."""
    ground_citation: str = ""
    """The exact clause (default: the article the form version cites)."""
    proposer: str = ""
    executors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    """The parties the decision is sent to (K14, D5), listed in "Nơi nhận" after Điều 3."""

    @property
    def code(self) -> str:
        """The form code this decision uses."""
        return form_code("tc" if self.is_denunciation else "kn", self.action)


def render_suspension_decision(
    data: SuspensionDecisionData, version: FormVersion | None = None
) -> bytes:
    """The decision as PDF bytes, in the version in force on its date."""
    v = resolve(data.code, data.issued_on, version)
    allowed = tuple(v.params.get("actions", ()))
    verb = _VERB[data.action]
    kind = _KIND[data.code.split(".")[0]]
    if data.action.value not in allowed:
        raise ValueError(
            f"Mẫu {v.version} ({v.instrument}) không cho phép quyết định {verb} {kind} "
            f"vào ngày {data.issued_on:%d/%m/%Y}."
        )
    st = styles()
    citation = esc(
        clean(data.ground_citation) or str(v.params.get("action_citation", v.legal_basis))
    )
    bases = (*v.bases,)
    if clean(data.acceptance_reference):
        bases += (f"Căn cứ {clean(data.acceptance_reference)}",)
    if data.action is SuspensionAction.RESUME and clean(data.suspension_reference):
        bases += (f"Căn cứ {clean(data.suspension_reference)}",)
    if clean(data.proposer):
        bases += (f"Theo đề nghị của {clean(data.proposer)}",)
    article1 = f"<b>Điều 1.</b> {esc(verb.capitalize())} {esc(kind)} {value(data.matter)}."
    reason_label = (
        "Lý do tiếp tục giải quyết" if data.action is SuspensionAction.RESUME else "Lý do"
    )
    effect = {
        SuspensionAction.SUSPEND: f"Thời gian tạm đình chỉ không tính vào thời hạn giải quyết {kind}.",
        SuspensionAction.TERMINATE: f"Việc giải quyết {kind} chấm dứt kể từ ngày Quyết định này có hiệu lực.",
        SuspensionAction.RESUME: (
            f"Thời hạn giải quyết {kind} được tiếp tục tính kể từ ngày ký Quyết định này; "
            "thời gian đã tạm đình chỉ không tính vào thời hạn giải quyết."
        ),
    }[data.action]
    body: list[Flowable] = [
        decides(st),
        para(article1, st),
        para(f"{reason_label}: {value(data.reason)} (theo quy định tại {citation}).", st),
        para(esc(effect), st),
        para("<b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký.", st),
        para(
            "<b>Điều 3.</b> "
            + (", ".join(esc(e) for e in data.executors) or value(None))
            + " và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
            st,
        ),
    ]
    subtitle = f"Về việc {verb} {kind}"
    closing = StandardClosing(
        recipients=recipients("Như Điều 3", data.recipients), signer=data.signer
    )
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
            subtitle=subtitle,
        )
    )
