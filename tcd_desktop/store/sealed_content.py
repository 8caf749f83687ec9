"""What a scan or a document says, read the way the database allows it (#11 §1).

On PostgreSQL the supervisor's and the administrator's logins are not granted the columns
holding a document's PDF or a scan's bytes, name and type (``pg_grants.SEALED_COLUMNS``):
every role reads them through migration 0018's functions, which give a sealed row's only to
the roles entitled to a denouncer's identity (``tcd_may_read_sealed``) — so the database
keeps each role to what the application shows it even if the application were bypassed.
On SQLite (one user, no database roles) the mapped columns are read as they are.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, func, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Attachment, Document


class ContentRefused(Exception):
    """The database refused this login a sealed row's content."""


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _read(session: Session, function: str, row_id: uuid.UUID) -> bytes:
    try:
        with session.begin_nested():  # a refusal aborts only the savepoint
            value = session.scalar(text(f"SELECT {function}(:i)"), {"i": row_id})
    except DBAPIError as exc:
        raise ContentRefused(str(exc.orig)) from exc
    return bytes(value or b"")


def document_content(session: Session, row: Document) -> bytes:
    """The stored PDF of ``row``; raises :class:`ContentRefused` (a sealed one, a login not
    entitled to it)."""
    if _on_server(session):
        return _read(session, "tcd_document_content", row.id)
    return row.content or b""


def attachment_content(session: Session, row: Attachment) -> bytes:
    """The stored bytes of the scan ``row``; raises :class:`ContentRefused` like
    :func:`document_content`."""
    if _on_server(session):
        return _read(session, "tcd_attachment_content", row.id)
    return row.content or b""


def document_size(session: Session) -> ColumnElement[int]:
    """A column expression: the size of a document's PDF in bytes (shown to every reader)."""
    if _on_server(session):
        return func.tcd_document_size(Document.id)
    return func.length(Document.content)


def attachment_name(session: Session) -> ColumnElement[str]:
    """A column expression: a scan's file name (NULL for a sealed one the login may not
    read)."""
    if _on_server(session):
        return func.tcd_attachment_name(Attachment.id)
    return Attachment.filename


def attachment_mime(session: Session) -> ColumnElement[str]:
    """A column expression: a scan's type (NULL for a sealed one the login may not read)."""
    if _on_server(session):
        return func.tcd_attachment_mime(Attachment.id)
    return Attachment.mime_type
