"""Form data of the notices and slips that follow a petition's processing outcome.

Transfer (phiếu chuyển đơn to the competent body and the notice to the petitioner),
guidance, return, and the notice that a complaint is not accepted.  The body the petition
went to and the reason are what the processing step recorded: the petition service keeps
them in its audit entry (``petition.<outcome>``), the reception desk in the visit's
handling record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.forms.complaint_acceptance import ComplaintAcceptanceData
from tcd_desktop.documents.forms.petition_outcome import PetitionOutcomeData
from tcd_desktop.documents.forms.petition_outcome import ProcessingOutcome as Notice
from tcd_desktop.documents.forms.transfer_slip import TransferSlipData
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.workflow import ProcessingOutcome
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.facts import RecordFacts, person_of
from tcd_desktop.store.models import AuditEntry, Document, Petition, Reception
from tcd_desktop.store.queries.register_rows import handling_of

#: processing outcome as stored (petition service or reception desk) → legal outcome
OUTCOMES = {
    **{o.value: o for o in ProcessingOutcome},
    "transfer": ProcessingOutcome.TRANSFER,
    "guide": ProcessingOutcome.GUIDE,
}
#: form code → outcomes after which it is issued
PETITION_FORMS: dict[str, tuple[ProcessingOutcome, ...]] = {
    "xld.transfer": (ProcessingOutcome.TRANSFER, ProcessingOutcome.REPORT_LOWER),
    "xld.transfer_notice": (ProcessingOutcome.TRANSFER,),
    "xld.guidance": (ProcessingOutcome.GUIDE,),
    "xld.return": (ProcessingOutcome.RETURN,),
    "kn.non_acceptance": (ProcessingOutcome.RETURN, ProcessingOutcome.FILE),
}
_NOTICE = {
    "xld.transfer_notice": Notice.TRANSFER,
    "xld.guidance": Notice.GUIDE,
    "xld.return": Notice.RETURN,
}


@dataclass(frozen=True)
class OutcomeFacts:
    """The processing outcome of a petition and what was recorded with it."""

    outcome: ProcessingOutcome | None
    body: str
    reason: str
    on: dt.date | None
    citation: str = ""


def _outcome_facts(session: Session, petition: Petition) -> OutcomeFacts:
    """The outcome of ``petition`` with the body and reason recorded at that step."""
    outcome = OUTCOMES.get(petition.processing_outcome or "")
    detail: dict[str, Any] = {}
    if outcome is not None:
        entry = session.scalar(
            select(AuditEntry)
            .where(
                AuditEntry.entity == "petition",
                AuditEntry.entity_id == str(petition.id),
                AuditEntry.action == f"petition.{outcome.value}",
            )
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
        if entry is not None:
            detail = dict(entry.detail or {})
        elif petition.reception_id is not None:
            reception = session.get(Reception, petition.reception_id)
            act = handling_of(reception).action_for(petition.id) if reception else None
            if act is not None:
                detail = {"to_body": act.body, "note": act.note}
    body = str(detail.get("to_body") or detail.get("lower_body") or "").strip()
    reason = str(detail.get("reason") or detail.get("ground_label") or detail.get("note") or "")
    citation = str(detail.get("ground_citation") or "").strip()
    return OutcomeFacts(outcome, body, reason.strip(), petition.processed_on, citation)


def outcome_refusal(code: str, petition: Petition, found: OutcomeFacts) -> str | None:
    """Why ``code`` cannot be issued for ``petition`` now (``None``: it can)."""
    wanted = PETITION_FORMS[code]
    if petition.is_anonymous:
        return "Đơn nặc danh: không có người gửi để ghi trên văn bản."
    if code == "kn.non_acceptance" and petition.kind != PetitionKind.COMPLAINT:
        return "Thông báo không thụ lý chỉ dùng cho đơn khiếu nại."
    if found.outcome is None:
        return "Đơn chưa được xử lý: chọn hình thức xử lý đơn trước khi lập văn bản."
    if found.outcome not in wanted:
        names = " hoặc ".join(f"«{o.label_vi}»" for o in wanted)
        return (
            f"Văn bản này chỉ lập khi đơn được xử lý bằng hình thức {names}; "
            f"đơn này: «{found.outcome.label_vi}»."
        )
    if (
        code == "kn.non_acceptance"
        and found.outcome is ProcessingOutcome.RETURN
        and not found.citation
    ):
        return (
            "Thông báo không thụ lý phải nêu căn cứ tại Điều 11 Luật Khiếu nại: khi trả lại "
            "đơn hãy chọn căn cứ không thụ lý."
        )
    return None


def _issued_on(petition: Petition, found: OutcomeFacts, on: dt.date | None) -> dt.date:
    return on or found.on or max(today_vn(), petition.received_on)


def _documents(petition: Petition) -> tuple[str, ...]:
    return tuple(
        str(d.get("name")).strip()
        for d in petition.documents_received
        if isinstance(d, dict) and str(d.get("name") or "").strip()
    )


def _slip_number(session: Session, petition: Petition) -> str:
    return (
        session.scalar(
            select(Document.number)
            .where(
                Document.petition_id == petition.id,
                Document.form_code == "xld.transfer",
                Document.deleted_at.is_(None),
            )
            .order_by(Document.created_at.desc())
            .limit(1)
        )
        or ""
    )


def _petition_form(session: Session, facts: RecordFacts, code: str, on: dt.date | None) -> Any:
    """The data of the petition form ``code`` (checked with :func:`outcome_refusal` first)."""
    petition = facts.petition
    assert petition is not None
    found = _outcome_facts(session, petition)
    issued_on = _issued_on(petition, found, on)
    person = person_of(facts.citizen)
    kind = PetitionKind(petition.kind)
    if code == "xld.transfer":
        return TransferSlipData(
            issuer=facts.body.issuer,
            issued_on=issued_on,
            to_body=found.body or PLACEHOLDER,
            petition_kind=kind,
            sender=person,
            received_on=petition.received_on,
            content=petition.summary,
            signer=facts.body.signer,
            signatory_count=max(1, petition.signatory_count),
            attachments=_documents(petition),
        )
    if code == "kn.non_acceptance":
        return ComplaintAcceptanceData(
            issuer=facts.body.issuer,
            issued_on=issued_on,
            complainant=person,
            received_on=petition.received_on,
            subject=petition.summary,
            accepted=False,
            signer=facts.body.signer,
            resolver=facts.body.authority_title,
            reason=found.reason or PLACEHOLDER,
            ground_citation=found.citation,
        )
    notice = _NOTICE[code]
    return PetitionOutcomeData(
        issuer=facts.body.issuer,
        issued_on=issued_on,
        outcome=notice,
        petitioner=person,
        petition_kind=kind,
        received_on=petition.received_on,
        content=petition.summary,
        signer=facts.body.signer,
        reason=found.reason,
        competent_body=found.body,
        transfer_reference=_slip_number(session, petition) if notice is Notice.TRANSFER else "",
        returned_documents=_documents(petition) if notice is Notice.RETURN else (),
    )
