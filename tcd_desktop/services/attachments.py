"""Scanned files kept with a case, a petition or a visit: evidence, signed minutes, the
denouncer's handwriting — each stored with its SHA-256, checked again whenever it is read.

A sealed file (one that shows a denouncer's identity) is listed as "Tài liệu được giữ bí
mật" to everyone but the people entitled to the identity (:func:`identity.may_read_identity`),
and only they can open it; every read of a sealed file, and every refused attempt, is an
audit entry.  Audit entries of sealed files never carry their file names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from tcd_desktop.services.identity import SEALED_FILE, may_read_identity
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Attachment, Case, Petition, Reception, User
from tcd_desktop.store.sealed_content import (
    ContentRefused,
    attachment_content,
    attachment_mime,
    attachment_name,
)

ADDING_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER)
READING_ROLES = (*ADDING_ROLES, Role.SUPERVISOR)
MAX_SIZE = 50 * 1024 * 1024
"""Largest file kept in the database (a 50-page colour scan fits)."""
_REFUSED = SERVICE_MESSAGES("attachment.sealed")


@dataclass(frozen=True)
class AttachmentInfo:
    """A kept file as one user may see it (a sealed one's name hidden unless entitled)."""

    id: uuid.UUID
    filename: str
    mime_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str
    sealed: bool
    masked: bool
    """The name is hidden and the file cannot be opened by this user."""
    source: str
    """Where it is kept: "case", "petition" or "reception"."""
    case_id: uuid.UUID | None = None
    petition_id: uuid.UUID | None = None
    reception_id: uuid.UUID | None = None


def _owner(
    session: Session,
    case_id: uuid.UUID | None,
    petition_id: uuid.UUID | None,
    reception_id: uuid.UUID | None,
) -> tuple[Case | None, Petition | None, Reception | None]:
    case = session.get(Case, case_id) if case_id else None
    petition = session.get(Petition, petition_id) if petition_id else None
    reception = session.get(Reception, reception_id) if reception_id else None
    for ident, row, label in (
        (case_id, case, "case"),
        (petition_id, petition, "petition"),
        (reception_id, reception, "visit"),
    ):
        if ident is not None and (row is None or row.deleted_at is not None):
            raise NotFound(SERVICE_MESSAGES(f"not_found.{label}_to_attach"))
    return case, petition, reception


def _entitled(
    session: Session,
    actor: Actor,
    case: Case | None,
    petition: Petition | None,
    reception: Reception | None,
) -> bool:
    """May ``actor`` read the sealed identity of the record a file belongs to?"""
    if petition is None and reception is not None:
        petition = session.scalar(
            select(Petition).where(Petition.reception_id == reception.id).limit(1)
        )
        if petition is None:
            return actor.user_id is not None and actor.user_id in (
                reception.created_by,
                reception.officer_id,
            )
    if case is None and petition is None:
        return False
    if case is None and petition is not None:  # the case's resolver and leader may too
        case = session.scalar(
            select(Case).where(Case.petition_id == petition.id, Case.deleted_at.is_(None)).limit(1)
        )
    return may_read_identity(session, actor, case=case, petition=petition)


def _info(
    row: Attachment, added_by: str, masked: bool, name: str | None, mime: str | None
) -> AttachmentInfo:
    """``name`` and ``mime``: the file's name and type as read for this user (NULL on
    PostgreSQL for a sealed file the login may not read: ``store.sealed_content``)."""
    source = "case" if row.case_id else "petition" if row.petition_id else "reception"
    masked = masked or name is None
    return AttachmentInfo(
        id=row.id,
        filename=SEALED_FILE if masked else name or "",
        mime_type="" if masked else mime or "",
        size=row.size,
        sha256=row.sha256,
        added_at=row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.UTC),
        added_by=added_by,
        sealed=row.is_sealed,
        masked=masked,
        source=source,
        case_id=row.case_id,
        petition_id=row.petition_id,
        reception_id=row.reception_id,
    )


def add_attachment(
    session: Session,
    actor: Actor,
    *,
    case_id: uuid.UUID | None = None,
    petition_id: uuid.UUID | None = None,
    reception_id: uuid.UUID | None = None,
    filename: str,
    content: bytes,
    mime_type: str = "application/octet-stream",
    sealed: bool = False,
) -> AttachmentInfo:
    """Keep ``content`` with a case, petition or visit (its SHA-256 and size recorded; audited).

    ``sealed`` marks a file that shows a denouncer's identity.  Raises ``PermissionDenied``,
    ``ValidationFailed`` (no record, empty or too large file, no name) or ``NotFound``.
    """
    require(actor, *ADDING_ROLES, action="lưu tài liệu đính kèm")
    if case_id is None and petition_id is None and reception_id is None:
        raise ValidationFailed({"record": SERVICE_MESSAGES("attachment.no_record")})
    name = nfc(filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    errors = {}
    if not name:
        errors["filename"] = SERVICE_MESSAGES("attachment.no_name")
    if not content:
        errors["content"] = SERVICE_MESSAGES("attachment.empty")
    elif len(content) > MAX_SIZE:
        errors["content"] = SERVICE_MESSAGES("attachment.too_large", size=MAX_SIZE // (1024 * 1024))
    if errors:
        raise ValidationFailed(errors)
    case, petition, reception = _owner(session, case_id, petition_id, reception_id)
    digest = hashlib.sha256(content).hexdigest()
    row = Attachment(
        filename=name[:255],
        mime_type=(mime_type or "application/octet-stream")[:128],
        size=len(content),
        sha256=digest,
        content=content,
        case_id=case_id,
        petition_id=petition_id,
        reception_id=reception_id,
        is_sealed=sealed,
        created_by=actor.user_id,
        updated_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(row)
    session.flush()
    detail: dict[str, object] = {
        "sha256": digest,
        "size": len(content),
        "sealed": sealed,
        "case_id": str(case_id) if case_id else None,
        "petition_id": str(petition_id) if petition_id else None,
        "reception_id": str(reception_id) if reception_id else None,
    }
    if not sealed:
        detail["filename"] = row.filename
    append_audit(
        session,
        "attachment.add",
        entity="attachment",
        entity_id=row.id,
        detail=detail,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    masked = sealed and not _entitled(session, actor, case, petition, reception)
    return _info(row, actor.full_name, masked, row.filename, row.mime_type)


def list_attachments(session: Session, actor: Actor, case_id: uuid.UUID) -> list[AttachmentInfo]:
    """Files of the case, of its petition and of the visit it came from, oldest first."""
    require(actor, *READING_ROLES, action="xem tài liệu của vụ việc")
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.case"))
    petition = session.get(Petition, case.petition_id) if case.petition_id else None
    owners = [Attachment.case_id == case.id]
    if petition is not None:
        owners.append(Attachment.petition_id == petition.id)
        if petition.reception_id is not None:
            owners.append(Attachment.reception_id == petition.reception_id)
    rows = session.execute(
        select(Attachment, User.full_name, attachment_name(session), attachment_mime(session))
        .outerjoin(User, User.id == Attachment.created_by)
        .where(or_(*owners), Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at, Attachment.id)
    ).all()
    entitled: bool | None = None
    out = []
    for row, added_by, name, mime in rows:
        masked = False
        if row.is_sealed:
            if entitled is None:
                entitled = may_read_identity(session, actor, case=case, petition=petition)
            masked = not entitled
        out.append(_info(row, added_by or "", masked, name, mime))
    return out


def attachment_bytes(session: Session, actor: Actor, attachment_id: uuid.UUID) -> bytes:
    """The kept file, after checking it against its SHA-256; the read is audited.

    A sealed file only for the people entitled to the identity; a refused attempt is
    audited and that entry kept (committed) before ``PermissionDenied`` is raised.
    """
    require(actor, *READING_ROLES, action="mở tài liệu đính kèm")
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.attachment"))
    if row.is_sealed:
        case, petition, reception = (
            session.get(Case, row.case_id) if row.case_id else None,
            session.get(Petition, row.petition_id) if row.petition_id else None,
            session.get(Reception, row.reception_id) if row.reception_id else None,
        )
        if not _entitled(session, actor, case, petition, reception):
            append_audit(
                session,
                "attachment.view_refused",
                entity="attachment",
                entity_id=row.id,
                user_id=actor.user_id,
                origin_desk=actor.desk_code,
                detail={"sealed": True},
            )
            session.commit()
            raise PermissionDenied(_REFUSED)
    try:
        content = attachment_content(session, row)
    except ContentRefused as exc:  # the database keeps to the same rule (#11 §1)
        raise PermissionDenied(_REFUSED) from exc
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise ServiceError(
            "Nội dung tài liệu không khớp mã băm đã lưu: tệp đã bị thay đổi sau khi lưu."
        )
    detail: dict[str, object] = {"sealed": row.is_sealed, "sha256": row.sha256}
    if not row.is_sealed:
        detail["filename"] = session.scalar(
            select(attachment_name(session)).where(Attachment.id == row.id)
        )
    append_audit(
        session,
        "attachment.view",
        entity="attachment",
        entity_id=row.id,
        detail=detail,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return content
