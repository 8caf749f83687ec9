"""The appointment slip (Phiếu hẹn) of a saved visit, built from the reception record.

Kept apart from :mod:`desk_documents` (the desk's own list of documents): the slip is
issued on demand with the day, hour and place the officer fixes (default: the visit's
answer date at the office), with the same access rules as the other desk documents.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from tcd_desktop.documents.fields import Signer
from tcd_desktop.documents.forms.appointment import CODE, AppointmentSlipData
from tcd_desktop.services.case_documents.facts import _load_body
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES, IssuedDocument, issue_document
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception import desk_documents as desk

DEFAULT_HOUR = dt.time(8, 0)


def appointment_slip(
    session: Session,
    actor: Actor,
    reception_id: uuid.UUID,
    *,
    at: dt.datetime | None = None,
    place: str = "",
    purpose: str = "",
    bring: Sequence[str] = (),
) -> AppointmentSlipData:
    """The slip's data; ``at`` defaults to 08:00 on the visit's answer date (if any)."""
    visit, record = desk._load(session, actor, reception_id)
    blocked = desk._blocked(session, actor, visit, record)
    if blocked:
        raise PermissionDenied(blocked)
    if at is not None and at.tzinfo is None:
        raise ValidationFailed({"at": "Thời điểm hẹn phải có múi giờ."})
    if at is not None and at.date() < record.received_on:
        raise ValidationFailed({"at": "Ngày hẹn không được trước ngày tiếp công dân."})
    body = _load_body(session, visit.unit_id)
    officer = desk._officer(session, visit, body)
    when = at
    if when is None and record.answer_due_on is not None:
        zone = dt.timezone(dt.timedelta(hours=7))
        when = dt.datetime.combine(record.answer_due_on, DEFAULT_HOUR, tzinfo=zone)
    signs_for = f"TL. {body.head_title}" if officer.full_name != body.signer.full_name else ""
    return AppointmentSlipData(
        issuer=body.issuer,
        issued_on=record.received_on,
        citizen=desk._person(session, visit),
        petition_kind=desk._kind(record),
        matter="; ".join(p.summary for p in record.petitions) or record.note,
        appointment_at=when,
        signer=Signer(officer.full_name, officer.position, signs_for),
        place=place,
        purpose=purpose or "nhận kết quả xử lý, trả lời",
        documents_to_bring=tuple(b for b in bring if b.strip()),
        visited_on=record.received_on,
    )


def issue_appointment_slip(
    session: Session, actor: Actor, reception_id: uuid.UUID, **kw: object
) -> IssuedDocument:
    """Build the Phiếu hẹn of the visit and issue it (numbered, hashed, linked to the visit)."""
    require(actor, *ISSUING_ROLES, action="lập phiếu hẹn")
    data = appointment_slip(session, actor, reception_id, **kw)  # type: ignore[arg-type]
    return issue_document(session, actor, CODE, data, reception_id=reception_id)
