"""A held dialogue's minutes: the generated PDF, the signed scan, the data the minutes form
prints, and the dialogues of a case."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _load_case,
    conflicts_as_errors,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.cases.views import READERS
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.dialogues.core import _load_dialogue
from tcd_desktop.services.dialogues.data import (
    COMPLAINANT_SIDE,
    DialogueMinutesData,
    DialogueRole,
    Opinion,
    SignatureBlock,
    SignatureRefusal,
    local,
    participant_of,
)
from tcd_desktop.services.errors import NotFound, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Attachment, Dialogue, Document


def set_minutes_document(
    session: Session, actor: Actor, dialogue_id: uuid.UUID, document_id: uuid.UUID
) -> None:
    """Link the generated minutes PDF (a ``documents`` row) to the dialogue."""
    require(actor, *OFFICERS, action="lưu biên bản đối thoại")
    dialogue = _load_dialogue(session, dialogue_id)
    if session.get(Document, document_id) is None:
        raise NotFound(SERVICE_MESSAGES("not_found.minutes"))
    dialogue.minutes_document_id = document_id
    with conflicts_as_errors("buổi đối thoại"):
        session.flush()
        append_audit(
            session,
            "dialogue.minutes_document",
            entity="dialogue",
            entity_id=dialogue.id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"document_id": str(document_id)},
        )


def attach_signed_minutes(
    session: Session,
    actor: Actor,
    dialogue_id: uuid.UUID,
    *,
    on: dt.date,
    filename: str,
    content: bytes,
    mime_type: str = "application/pdf",
    document_id: uuid.UUID | None = None,
) -> StepResult:
    """Keep the scan of the signed minutes (hash recorded) on the case timeline."""
    require(actor, *OFFICERS, action="ghi nhận đối thoại")
    dialogue = _load_dialogue(session, dialogue_id)
    name = require_text(filename, "filename", CASE_MESSAGES("dialogue.scan_name_missing"))
    if not content:
        raise ValidationFailed({"content": "Tệp bản quét rỗng."})
    case, _events, _state = start_step(session, actor, dialogue.case_id, Step.MINUTES_SIGNED, on)
    digest = hashlib.sha256(content).hexdigest()
    scan = Attachment(
        filename=name,
        mime_type=mime_type,
        size=len(content),
        sha256=digest,
        content=content,
        case_id=case.id,
        created_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(scan)
    session.flush()
    dialogue.signed_scan_id = scan.id
    if document_id is not None:
        dialogue.minutes_document_id = document_id
    with conflicts_as_errors("buổi đối thoại"):
        session.flush()
    return finish_step(
        session,
        actor,
        case,
        Step.MINUTES_SIGNED,
        on,
        document_id=document_id,
        data={"dialogue_id": str(dialogue.id), "attachment_id": str(scan.id), "sha256": digest},
    )


def dialogue_minutes_data(
    session: Session, actor: Actor, dialogue_id: uuid.UUID
) -> DialogueMinutesData:
    """All the data of the minutes of one dialogue, for the PDF (Mẫu 14)."""
    require(actor, *READERS, action="xem biên bản đối thoại")
    dialogue = _load_dialogue(session, dialogue_id)
    case = _load_case(session, dialogue.case_id)
    scan = session.get(Attachment, dialogue.signed_scan_id) if dialogue.signed_scan_id else None
    people = [participant_of(p, i) for i, p in enumerate(dialogue.participants)]
    refusals = [SignatureRefusal(**r) for r in dialogue.refusals]

    def block(title: str, *roles: DialogueRole) -> SignatureBlock:
        names = [p.name for p in people if p.role in roles and p.present is not False]
        return SignatureBlock(title, names, [r for r in refusals if r.name in names])

    return DialogueMinutesData(
        dialogue_id=dialogue.id,
        case_id=case.id,
        case_code=case.code,
        form="Mẫu số 14 (Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP)",
        place=dialogue.place,
        scheduled_at=local(dialogue.scheduled_at),
        started_at=local(dialogue.started_at) if dialogue.started_at else None,
        ended_at=local(dialogue.ended_at) if dialogue.ended_at else None,
        content=dialogue.content,
        presiding=dialogue.presiding,
        participants=people,
        verification_summary=dialogue.verification_summary,
        opinions=[Opinion(**o) for o in dialogue.opinions],
        agreed_points=dialogue.agreed_points,
        disputed_points=dialogue.disputed_points,
        other_opinions=dialogue.other_opinions,
        result=dialogue.result,
        copies=dialogue.copies,
        signature_blocks=[
            block("NGƯỜI BỊ KHIẾU NẠI", DialogueRole.RESPONDENT),
            block("NGƯỜI GIẢI QUYẾT KHIẾU NẠI", DialogueRole.PRESIDING),
            block("NGƯỜI KHIẾU NẠI", *COMPLAINANT_SIDE),
            block("ĐẠI DIỆN CƠ QUAN, TỔ CHỨC, CÁ NHÂN CÓ LIÊN QUAN", DialogueRole.BODY),
            block("NGƯỜI CÓ QUYỀN, NGHĨA VỤ LIÊN QUAN", DialogueRole.RELATED_PERSON),
            block("NGƯỜI GHI BIÊN BẢN", DialogueRole.SECRETARY),
        ],
        held=dialogue.held,
        minutes_document_id=dialogue.minutes_document_id,
        signed_scan_id=scan.id if scan else None,
        signed_scan_sha256=scan.sha256 if scan else None,
    )


def dialogues_of_case(session: Session, actor: Actor, case_id: uuid.UUID) -> list[uuid.UUID]:
    """Ids of a case's dialogues, oldest first."""
    require(actor, *READERS, action="xem vụ việc")
    return list(
        session.scalars(
            select(Dialogue.id)
            .where(Dialogue.case_id == case_id, Dialogue.deleted_at.is_(None))
            .order_by(Dialogue.scheduled_at)
        )
    )
