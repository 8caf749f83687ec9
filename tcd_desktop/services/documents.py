"""Issuing printed documents: number, render, store with its hash, audit; read them back.

``issue_document`` runs inside the caller's transaction (one use case = one session): it
reserves the document number from the store's per-series numbering when none is given,
renders the PDF with the form version in force on the document's date, stores the bytes
and their SHA-256 in ``documents`` linked to the reception, petition or case, and writes
an audit entry. The audit entry never contains a denouncer's identity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import doc_number
from tcd_desktop.documents.registry import RenderedDocument, check_data, render
from tcd_desktop.documents.styles import clean
from tcd_desktop.documents.versions import FormNotInForce, FormVersion, find_version, version_on
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import identity
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.messages import error_text
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Case, Document, Petition, Reception
from tcd_desktop.store.numbering import format_number, next_number
from tcd_desktop.store.sealed_content import ContentRefused, document_content, document_size

ISSUING_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER)
#: forms that print the petitioner's identity (sealed when the petitioner is a denouncer)
NAMES_PETITIONER = frozenset(
    {
        "kn.acceptance",
        "kn.non_acceptance",
        "kn.decision",
        "kn.dialogue_minutes",
        "kn.verification_decision",
        "kn.verification_report",
        "tc.acceptance_notice",
        "tc.withdrawal",
        "tc.withdrawal_record",
        "xld.transfer",
        "xld.transfer_notice",
        "xld.guidance",
        "xld.return",
        "tcd.receipt",
        "tcd.refusal",
        "tcd.guidance",
        "tcd.record",
        "xld.proposal",
    }
)
SEALED_DOCUMENT = SERVICE_MESSAGES("document.sealed_case")
READING_ROLES = (*ISSUING_ROLES, Role.SUPERVISOR)
SERIES_PREFIX = "vb."


@dataclass(frozen=True)
class IssuedDocument:
    """A stored document, as the UI sees it (never the ORM row)."""

    id: uuid.UUID
    form_code: str
    form_version: str
    number: str
    issued_on: dt.date
    sha256: str
    size: int
    legal_basis: str = ""
    form_reference: str = ""
    reception_id: uuid.UUID | None = None
    petition_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    is_redacted: bool = False
    sealed_identity: bool = False
    """The document names a denouncer whose identity is kept secret (``documents.is_sealed``,
    set from the rendered document when it is issued)."""
    name_vi: str = ""
    """The form's Vietnamese name in its version ("Thông báo về việc thụ lý …")."""
    unconfirmed: str = ""
    """Why its form number is not checked against the Công báo (the version's note, as
    today's ``resources/forms`` say; "" when its reference carries no such mark)."""


def _series_key(actor: Actor, data: Any) -> str:
    issuer = getattr(data, "issuer", None)
    key = clean(getattr(issuer, "abbreviation", "") or "") or clean(actor.desk_code)
    if not key:
        raise ValidationFailed(
            {"number": "Chưa có ký hiệu cơ quan ban hành hoặc mã bàn tiếp để cấp số văn bản."}
        )
    return key[:32]


def _assign_number(session: Session, actor: Actor, version: FormVersion, data: Any) -> str:
    """The next number of the document's series in the year of its date.

    ``symbol`` forms get "05/TB-BTCD" from the issuing body's series of that type;
    ``desk`` forms (receipts) get the desk series "LS-01-2026-000123".
    """
    year = data.issued_on.year
    if version.numbering == "none":
        return ""
    if version.numbering == "desk":
        desk = clean(actor.desk_code) or _series_key(actor, data)
        seq = next_number(session, desk, f"{SERIES_PREFIX}{version.code}"[:24], year)
        return format_number(desk, year, seq)
    key = _series_key(actor, data)
    seq = next_number(session, key, f"{SERIES_PREFIX}{version.doc_type}"[:24], year)
    return doc_number(seq, version.doc_type, clean(data.issuer.abbreviation))


def _check_links(
    session: Session,
    reception_id: uuid.UUID | None,
    petition_id: uuid.UUID | None,
    case_id: uuid.UUID | None,
) -> None:
    for model, ident, label in (
        (Reception, reception_id, "visit"),
        (Petition, petition_id, "petition"),
        (Case, case_id, "case"),
    ):
        if ident is not None:
            row = session.get(model, ident)
            if row is None or row.deleted_at is not None:
                raise NotFound(SERVICE_MESSAGES(f"not_found.{label}_to_file"))


def _form_error(exc: BaseException) -> str:
    return error_text(exc) if isinstance(exc, FormNotInForce) else str(exc).strip("'\"")


def preview_document(form_code: str, data: Any) -> RenderedDocument:
    """Render without storing (for the in-app preview); raises ``ValidationFailed``."""
    try:
        return render(form_code, data)
    except (KeyError, TypeError, ValueError, FormNotInForce) as exc:
        raise ValidationFailed({"form": _form_error(exc)}) from exc


def issue_document(
    session: Session,
    actor: Actor,
    form_code: str,
    data: Any,
    *,
    reception_id: uuid.UUID | None = None,
    petition_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
    number: str | None = None,
) -> IssuedDocument:
    """Number, render and store a document in the caller's transaction; audit it.

    ``number`` (or ``data.number``) is used as given; otherwise the next number of the
    form's series is reserved. Raises ``PermissionDenied``, ``ValidationFailed`` (wrong
    data for the form, no form version in force, a legal check of the form failed) or
    ``NotFound`` (a linked record does not exist).
    """
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    try:
        check_data(form_code, data)
        version = version_on(form_code, data.issued_on)
    except (KeyError, TypeError, FormNotInForce) as exc:
        raise ValidationFailed({"form": _form_error(exc)}) from exc
    _check_links(session, reception_id, petition_id, case_id)
    chosen = (
        clean(number or "") or clean(data.number) or _assign_number(session, actor, version, data)
    )
    data = dataclasses.replace(data, number=chosen)
    rendered = preview_document(form_code, data)
    row = Document(
        form_code=form_code,
        form_version=rendered.form_version,
        number=chosen,
        issued_on=rendered.issued_on,
        reception_id=reception_id,
        petition_id=petition_id,
        case_id=case_id,
        sha256=rendered.sha256,
        content=rendered.pdf,
        is_redacted=rendered.redacted,
        is_sealed=rendered.sealed_identity,
        created_by=actor.user_id,
        updated_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(row)
    session.flush()
    append_audit(
        session,
        "document.issue",
        entity="document",
        entity_id=row.id,
        detail={
            "form_code": form_code,
            "form_version": rendered.form_version,
            "number": chosen,
            "issued_on": rendered.issued_on.isoformat(),
            "sha256": rendered.sha256,
            "reception_id": str(reception_id) if reception_id else None,
            "petition_id": str(petition_id) if petition_id else None,
            "case_id": str(case_id) if case_id else None,
            "sealed_identity": rendered.sealed_identity,
        },
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return IssuedDocument(
        id=row.id,
        form_code=form_code,
        form_version=rendered.form_version,
        number=chosen,
        issued_on=rendered.issued_on,
        sha256=rendered.sha256,
        size=len(rendered.pdf),
        legal_basis=rendered.legal_basis,
        form_reference=rendered.form_reference,
        reception_id=reception_id,
        petition_id=petition_id,
        case_id=case_id,
        is_redacted=rendered.redacted,
        sealed_identity=rendered.sealed_identity,
        name_vi=version.name_vi,
        unconfirmed=version.reference_unconfirmed,
    )


def _document_is_restricted(session: Session, row: Document) -> bool:
    """The document shows a sealed identity: it is marked so, or it prints the petitioner of
    a sealed record (a denunciation, a confidential citizen) and is not a redacted version."""
    if row.is_sealed or _form_is_sealed(row.form_code, row.form_version):
        return True
    if row.is_redacted or row.form_code not in NAMES_PETITIONER:
        return False
    case = session.get(Case, row.case_id) if row.case_id else None
    petition = session.get(Petition, row.petition_id) if row.petition_id else None
    reception = session.get(Reception, row.reception_id) if row.reception_id else None
    return identity._record_is_sealed(session, case=case, petition=petition) or (
        reception is not None and identity._record_is_sealed(session, reception=reception)
    )


def _may_read_document(session: Session, actor: Actor, row: Document) -> bool:
    """Whether ``actor`` may read ``row`` (a restricted one: only the people entitled to
    the sealed identity of its case, petition or visit)."""
    if not _document_is_restricted(session, row):
        return True
    case = session.get(Case, row.case_id) if row.case_id else None
    petition = session.get(Petition, row.petition_id) if row.petition_id else None
    if case is not None or petition is not None:
        return identity.may_read_identity(session, actor, case=case, petition=petition)
    reception = session.get(Reception, row.reception_id) if row.reception_id else None
    return reception is not None and identity.may_read_visit(session, actor, reception)


def document_bytes(session: Session, actor: Actor, doc_id: uuid.UUID) -> bytes:
    """The stored PDF of a document, after checking the actor and the content's SHA-256.

    The role is checked; a document that shows a sealed identity (a desk receipt or
    record of a denunciation, a notice to the denouncer) is served only to the people
    entitled to it — a refused attempt is audited and committed before
    ``PermissionDenied`` is raised; every view is audited (``document.view``).
    """
    require(actor, *READING_ROLES, action="xem văn bản")
    row = session.get(Document, doc_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.document"))
    if not _may_read_document(session, actor, row):
        append_audit(
            session,
            "document.view_refused",
            entity="document",
            entity_id=row.id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"form_code": row.form_code, "number": row.number},
        )
        session.commit()
        raise PermissionDenied(SEALED_DOCUMENT)
    try:
        content = document_content(session, row)
    except ContentRefused as exc:  # the database keeps to the same rule (#11 §1)
        raise PermissionDenied(SEALED_DOCUMENT) from exc
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise ServiceError(
            f"Nội dung văn bản số {row.number or row.id} không khớp mã băm đã lưu: "
            "tệp đã bị thay đổi sau khi lập."
        )
    append_audit(
        session,
        "document.view",
        entity="document",
        entity_id=row.id,
        detail={"form_code": row.form_code, "number": row.number},
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return content


def _form_is_sealed(code: str, version: str) -> bool:
    """The form-level flag, for rows stored without ``is_sealed`` (sample data, old rows)."""
    found = find_version(code, version)
    return bool(found and found.sealed_identity)


def _form_name(code: str, version: str) -> tuple[str, str]:
    """The form's Vietnamese name in the version a document was issued with, and the
    version's UNCONFIRMED note on its form number ("" when none)."""
    found = find_version(code, version)
    return (found.name_vi, found.reference_unconfirmed) if found else ("", "")


def list_documents(
    session: Session,
    actor: Actor,
    *,
    reception_id: uuid.UUID | None = None,
    petition_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
) -> list[IssuedDocument]:
    """Documents linked to a reception, petition or case, oldest first (no content loaded)."""
    require(actor, *READING_ROLES, action="xem văn bản")
    stmt = select(Document, document_size(session)).where(Document.deleted_at.is_(None))
    if reception_id is not None:
        stmt = stmt.where(Document.reception_id == reception_id)
    if petition_id is not None:
        stmt = stmt.where(Document.petition_id == petition_id)
    if case_id is not None:
        stmt = stmt.where(Document.case_id == case_id)
    rows = session.execute(stmt.order_by(Document.issued_on, Document.created_at)).all()
    return [
        IssuedDocument(
            id=r.id,
            form_code=r.form_code,
            form_version=r.form_version,
            number=r.number,
            issued_on=r.issued_on,
            sha256=r.sha256,
            size=int(size or 0),
            reception_id=r.reception_id,
            petition_id=r.petition_id,
            case_id=r.case_id,
            is_redacted=r.is_redacted,
            sealed_identity=r.is_sealed or _form_is_sealed(r.form_code, r.form_version),
            name_vi=_form_name(r.form_code, r.form_version)[0],
            unconfirmed=_form_name(r.form_code, r.form_version)[1],
        )
        for r, size in rows
    ]
