"""Append-only audit trail chained by SHA-256: each entry hashes the one before it.

The head of the chain (last sequence number and hash) is also kept in ``app_meta`` so
that removing the newest entries is detected too, not only edits in the middle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import AppMeta, AuditEntry

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _canonical(entry: AuditEntry) -> bytes:
    at = entry.at.astimezone(dt.UTC)
    body = {
        "seq": entry.seq,
        "at": at.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "user_id": str(entry.user_id) if entry.user_id else None,
        "origin_desk": entry.origin_desk,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode()


def entry_hash(entry: AuditEntry) -> str:
    """The SHA-256 of an entry's canonical content (including the previous hash)."""
    return hashlib.sha256(_canonical(entry)).hexdigest()


def _lock_head(session: Session) -> AppMeta:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727001)"))
    head = session.get(AppMeta, HEAD_KEY)
    if head is None:
        head = AppMeta(key=HEAD_KEY, value=f"0:{GENESIS}")
        session.add(head)
    return head


def append_audit(
    session: Session,
    action: str,
    *,
    entity: str = "",
    entity_id: uuid.UUID | str = "",
    detail: dict[str, Any] | None = None,
    user_id: uuid.UUID | None = None,
    origin_desk: str = "",
) -> AuditEntry:
    """Append one entry in the caller's transaction and move the chain head."""
    head = _lock_head(session)
    last_seq_s, last_hash = head.value.split(":", 1)
    entry = AuditEntry(
        seq=int(last_seq_s) + 1,
        at=utcnow(),
        user_id=user_id,
        origin_desk=origin_desk,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        detail=json.loads(json.dumps(detail or {}, default=str)),
        prev_hash=last_hash,
        hash="",
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    head.value = f"{entry.seq}:{entry.hash}"
    session.flush()
    return entry


@dataclass
class AuditReport:
    """Result of checking the whole chain."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no entry was edited, removed or inserted out of order."""
        return not self.problems


def verify_audit(session: Session, *, batch: int = 5000) -> AuditReport:
    """Walk the chain in sequence order and report every broken link (Vietnamese)."""
    report = AuditReport()
    expected_prev, expected_seq = GENESIS, 1
    last_seq = 0
    while True:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.seq > last_seq)
            .order_by(AuditEntry.seq)
            .limit(batch)
        ).all()
        if not rows:
            break
        for entry in rows:
            report.checked += 1
            if entry.seq != expected_seq:
                report.problems.append(
                    f"Thiếu mục nhật ký số {expected_seq}–{entry.seq - 1} (đã bị xoá)."
                )
            if entry.prev_hash != expected_prev:
                report.problems.append(
                    f"Mục nhật ký số {entry.seq}: liên kết với mục trước không khớp."
                )
            if entry_hash(entry) != entry.hash:
                report.problems.append(
                    f"Mục nhật ký số {entry.seq} ({entry.action}) đã bị sửa sau khi ghi."
                )
            expected_prev, expected_seq, last_seq = entry.hash, entry.seq + 1, entry.seq
        session.expunge_all()
    head = session.get(AppMeta, HEAD_KEY)
    head_value = head.value if head else f"0:{GENESIS}"
    if head_value != f"{last_seq}:{expected_prev}":
        report.problems.append(
            "Cuối nhật ký không khớp với dấu đã lưu: các mục mới nhất đã bị xoá hoặc sửa."
        )
    return report
