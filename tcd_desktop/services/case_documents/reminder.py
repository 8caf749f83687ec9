"""Văn bản đôn đốc giải quyết đơn: a reminder to the body a petition was transferred to,
built from the petition's record (its transfer slip, the body, the content).

A denouncer is never named in the reminder (Luật Tố cáo Điều 8): the petition is called
"đơn tố cáo" without its sender.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import vn_short_date
from tcd_desktop.documents.forms.processing_more import REMINDER_CODE, ReminderData
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.facts import person_of, petition_facts
from tcd_desktop.services.case_documents.petition import ProcessingOutcome, _outcome_facts
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import (
    ISSUING_ROLES,
    READING_ROLES,
    IssuedDocument,
    issue_document,
)
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.store.models import Document


def reminder_data(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    *,
    due_on: dt.date | None = None,
    report_by: dt.date | None = None,
    on: dt.date | None = None,
) -> ReminderData:
    """The reminder's data; refused when the petition was not transferred with a slip."""
    require(actor, *READING_ROLES, action="xem văn bản")
    facts = petition_facts(session, actor, petition_id)
    petition = facts.petition
    assert petition is not None
    found = _outcome_facts(session, petition)
    slip = session.scalars(
        select(Document)
        .where(
            Document.petition_id == petition.id,
            Document.form_code == "xld.transfer",
            Document.deleted_at.is_(None),
        )
        .order_by(Document.created_at.desc())
    ).first()
    if found.outcome is not ProcessingOutcome.TRANSFER or slip is None:
        raise ValidationFailed(
            {"form": "Đơn chưa được chuyển bằng phiếu chuyển đơn: không có gì để đôn đốc."}
        )
    issued_on = on or max(today_vn(), slip.issued_on)
    if report_by is not None and report_by < issued_on:
        raise ValidationFailed({"report_by": "Hạn báo cáo không được trước ngày văn bản."})
    kind = PetitionKind(petition.kind)
    person = person_of(facts.citizen)
    petitioner = (
        "người tố cáo (thông tin được giữ bí mật)"
        if kind is PetitionKind.DENUNCIATION or facts.sealed
        else f"{person.pronoun} {person.full_name}".strip()
    )
    return ReminderData(
        issuer=facts.body.issuer,
        issued_on=issued_on,
        to_body=found.body or PLACEHOLDER,
        petition_kind=kind,
        petitioner=petitioner,
        content=petition.summary if not facts.sealed else PLACEHOLDER,
        transfer_reference=f"Phiếu chuyển đơn số {slip.number} ngày {vn_short_date(slip.issued_on)}",
        signer=facts.body.signer,
        due_on=due_on,
        report_by=report_by,
    )


def issue_reminder(
    session: Session, actor: Actor, petition_id: uuid.UUID, **kw: dt.date | None
) -> IssuedDocument:
    """Build the reminder of a transferred petition and issue it (numbered, hashed)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản đôn đốc")
    data = reminder_data(session, actor, petition_id, **kw)
    return issue_document(session, actor, REMINDER_CODE, data, petition_id=petition_id)
