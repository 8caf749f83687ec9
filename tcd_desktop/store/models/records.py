"""Generated documents, scanned attachments, rule rows, calendar days, audit and sync."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked, utcnow
from tcd_desktop.store.ids import uuid7


class Document(Tracked, Base):
    """A generated PDF (receipt, notice, minutes): form, number, date and content hash."""

    __tablename__ = "documents"

    form_code: Mapped[str] = mapped_column(String(32))
    form_version: Mapped[str] = mapped_column(String(32), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    petition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("petitions.id"), default=None)
    reception_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receptions.id"), default=None
    )
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    is_redacted: Mapped[bool] = mapped_column(default=False)
    #: The document names a denouncer whose identity is kept secret.
    is_sealed: Mapped[bool] = mapped_column(default=False, server_default=false())


class Attachment(Tracked, Base):
    """A scanned file kept with a record (signed minutes, handwriting, evidence)."""

    __tablename__ = "attachments"

    #: Deferred like the content: on PostgreSQL the supervisor and the administrator may not
    #: read either column (a sealed scan's name may name the denouncer; store.sealed_content).
    filename: Mapped[str] = mapped_column(String(255), deferred=True)
    mime_type: Mapped[str] = mapped_column(
        String(128), default="application/octet-stream", deferred=True
    )
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    petition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("petitions.id"), default=None)
    reception_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receptions.id"), default=None
    )
    is_sealed: Mapped[bool] = mapped_column(default=False)


class RuleRow(Tracked, Base):
    """One version of a legal time limit, loaded from the rule pack or an admin override."""

    __tablename__ = "rules"

    rule_id: Mapped[str] = mapped_column(String(16))
    effective_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    pack_version: Mapped[str] = mapped_column(String(32), default="")
    source: Mapped[str] = mapped_column(String(16), default="pack")
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CalendarDay(Tracked, Base):
    """An extra day off or a make-up working day announced by the government."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    #: False for an estimate: a day expected but not yet officially announced.
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())


class AuditEntry(Base):
    """Append-only audit trail; each entry's hash covers the previous entry's hash."""

    __tablename__ = "audit_entries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    origin_desk: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A change waiting to be pushed from an offline desk to the office database."""

    __tablename__ = "sync_outbox"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID]
    entity_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    pushed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncState(Base):
    """Cursor of the last change pulled from / pushed to a peer database."""

    __tablename__ = "sync_state"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    peer: Mapped[str] = mapped_column(String(255), unique=True)
    pull_cursor: Mapped[str] = mapped_column(String(64), default="")
    push_cursor: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    conflicts: Mapped[list[Any]] = mapped_column(default=list)


Index("ix_rules_rule", RuleRow.rule_id, RuleRow.effective_from)
Index("ix_documents_case", Document.case_id)
Index("ix_documents_reception", Document.reception_id)
Index("ix_attachments_case", Attachment.case_id)
Index("ix_audit_entity", AuditEntry.entity, AuditEntry.entity_id)
Index("ix_outbox_pending", OutboxEntry.pushed_at, OutboxEntry.created_at)
