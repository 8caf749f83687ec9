"""Append-only audit trail, chained and keyed: each entry's hash is an HMAC over its content
and the hash of the entry before it, with the office's key kept outside the database
(:mod:`tcd_desktop.store.audit_key`).

The chain head (last sequence number and hash) is kept in ``app_meta``. An *anchor* is a copy
of the head taken out of the database (with every backup, or printed by ``audit anchor``):
verifying against it detects any edit, deletion, reordering, insertion, truncation or wipe
since it was taken. Entries written before keys existed (SHA-256 without a key) still verify;
``app_meta['audit_keyed']`` records from which sequence number each key signs
(``"seq:key_id;seq:key_id"``) — the switch point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from tcd_desktop.store.audit_anchor import Anchor
from tcd_desktop.store.audit_key import AuditKey, ensure_key, load_key
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import AppMeta, AuditEntry

GENESIS = "0" * 64
SERVER_KEY_PREFIX = "db-"
"""Key ids of segments keyed by the database server (PostgreSQL) rather than audit.key."""
HEAD_KEY = "audit_head"
KEYED_KEY = "audit_keyed"

__all__ = [
    "GENESIS",
    "HEAD_KEY",
    "KEYED_KEY",
    "SERVER_KEY_PREFIX",
    "Anchor",
    "AuditReport",
    "append_audit",
    "current_anchor",
    "entry_hash",
    "server_keeps_chain",
    "verify_audit",
]


def _canonical(entry: AuditEntry) -> bytes:
    at = entry.at.astimezone(dt.UTC) if entry.at.tzinfo else entry.at
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


def entry_hash(entry: AuditEntry, key: AuditKey | None = None) -> str:
    """HMAC-SHA256 of the entry's canonical content with ``key``; plain SHA-256 without one
    (the form of entries written before the switch point)."""
    if key is None:
        return hashlib.sha256(_canonical(entry)).hexdigest()
    return hmac.new(key.secret, _canonical(entry), hashlib.sha256).hexdigest()


def parse_segments(value: str) -> list[tuple[int, str]]:
    """``"12:abcd;40:ef01"`` → ``[(12, "abcd"), (40, "ef01")]`` (bad parts are dropped)."""
    out: list[tuple[int, str]] = []
    for part in value.split(";"):
        seq_s, _, key_id = part.partition(":")
        if seq_s.strip().isdigit() and key_id:
            out.append((int(seq_s), key_id.strip()))
    return sorted(out)


def _lock_head(session: Session) -> tuple[AppMeta, AppMeta | None]:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727001)"))
    else:
        # SQLite reads outside a write transaction until the first write: take the write lock
        # before reading the head, or two desks' appends read the same head and collide
        session.execute(update(AppMeta).where(AppMeta.key == HEAD_KEY).values(value=AppMeta.value))
    # one query loads the head and the switch point into the session (no second SELECT)
    rows = {
        m.key: m
        for m in session.scalars(select(AppMeta).where(AppMeta.key.in_((HEAD_KEY, KEYED_KEY))))
    }
    head = rows.get(HEAD_KEY)
    if head is None:
        head = AppMeta(key=HEAD_KEY, value=f"0:{GENESIS}")
        session.add(head)
    return head, rows.get(KEYED_KEY)


def _note_key(session: Session, meta: AppMeta | None, seq: int, key: AuditKey) -> None:
    """Record the switch point when ``key`` signs its first entry in this database."""
    if meta is None:
        session.add(AppMeta(key=KEYED_KEY, value=f"{seq}:{key.key_id}"))
        return
    segments = parse_segments(meta.value)
    if not segments or segments[-1][1] != key.key_id:
        meta.value = ";".join(f"{s}:{k}" for s, k in [*segments, (seq, key.key_id)])


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
    """Append one keyed entry in the caller's transaction and move the chain head.

    On PostgreSQL the database writes the entry (``tcd_audit_append``, migration 0011): the
    key never leaves the server and no desk role may insert into the table itself.
    """
    if server_keeps_chain(session):
        return _append_on_server(
            session, action, entity, str(entity_id), detail, user_id, origin_desk
        )
    key = ensure_key()
    head, keyed = _lock_head(session)
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
    entry.hash = entry_hash(entry, key)
    _note_key(session, keyed, entry.seq, key)
    session.add(entry)
    head.value = f"{entry.seq}:{entry.hash}"
    session.flush()
    return entry


def server_keeps_chain(session: Session) -> bool:
    """True on PostgreSQL from migration 0011 on: the database server writes and keys the
    audit chain (``tcd_audit_append``)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    known = session.info.get("tcd_server_chain")
    if known is None:
        known = (
            session.scalar(
                text("SELECT to_regprocedure('tcd_audit_append(text,text,text,jsonb,uuid,text)')")
            )
            is not None
        )
        session.info["tcd_server_chain"] = known
    return bool(known)


def _append_on_server(
    session: Session,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any] | None,
    user_id: uuid.UUID | None,
    origin_desk: str,
) -> AuditEntry:
    row = session.execute(
        text(
            "SELECT * FROM tcd_audit_append(:action, :entity, :entity_id, "
            "CAST(:detail AS jsonb), :user_id, :desk)"
        ),
        {
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": json.dumps(detail or {}, default=str, ensure_ascii=False),
            "user_id": user_id,
            "desk": origin_desk,
        },
    ).one()
    # the head moved behind the session's back: forget any copy it holds
    for key in (HEAD_KEY, KEYED_KEY):
        meta = session.identity_map.get(session.identity_key(AppMeta, key))  # type: ignore[no-untyped-call]
        if meta is not None:
            session.expire(meta)
    return AuditEntry(
        id=row.entry_id,
        seq=row.entry_seq,
        at=row.entry_at,
        user_id=user_id,
        origin_desk=origin_desk,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=json.loads(json.dumps(detail or {}, default=str)),
        prev_hash=row.entry_prev,
        hash=row.entry_hash,
    )


def current_anchor(session: Session) -> Anchor:
    """The chain head as an anchor to keep outside the database."""
    head = session.get(AppMeta, HEAD_KEY)
    seq_s, _, hash_ = (head.value if head else f"0:{GENESIS}").partition(":")
    keyed = session.get(AppMeta, KEYED_KEY)
    segments = parse_segments(keyed.value) if keyed else []
    return Anchor(
        seq=int(seq_s),
        hash=hash_,
        keyed_from=segments[0][0] if segments else None,
        key_id=segments[0][1] if segments else None,
        taken_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


@dataclass
class AuditReport:
    """Result of checking the whole chain."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)
    keyed_from: int | None = None
    anchor_checked: bool = False

    @property
    def ok(self) -> bool:
        """True when no entry was edited, removed, inserted, reordered or forged."""
        return not self.problems


class _Walk:
    """State of one walk along the chain."""

    def __init__(self, session: Session, key: AuditKey | None, report: AuditReport) -> None:
        keyed = session.get(AppMeta, KEYED_KEY)
        self.segments = parse_segments(keyed.value) if keyed else []
        self.key = key
        self.report = report
        self.unverifiable: set[str] = set()
        self.server_bad: set[int] = set()
        self.server_from: int | None = None
        if server_keeps_chain(session):
            self.server_from, self.server_bad = _server_check(session, report)
            if self.server_from is not None and not any(
                seq == self.server_from and k.startswith(SERVER_KEY_PREFIX)
                for seq, k in self.segments
            ):
                report.problems.append(
                    f"Điểm máy chủ bắt đầu ký nhật ký (mục {self.server_from}) đã bị xoá hoặc "
                    "thay đổi trong cơ sở dữ liệu."
                )
        report.keyed_from = self.segments[0][0] if self.segments else None

    def expected_hash(self, entry: AuditEntry) -> str | None:
        key_id = None
        for start, kid in self.segments:
            if entry.seq >= start:
                key_id = kid
        if self.server_from is not None and entry.seq >= self.server_from:
            # keyed by the database server, which checked it (``tcd_audit_check``)
            return "" if entry.seq in self.server_bad else entry.hash
        if key_id is None:
            if self.key is not None and _as_utc(entry.at) > self.key.created:
                self.report.problems.append(
                    f"Mục nhật ký số {entry.seq} ({entry.action}) không có khoá dù được ghi "
                    "sau khi cơ quan đã có khoá: có thể bị giả mạo."
                )
            return entry_hash(entry)
        if self.key is None or self.key.key_id != key_id:
            if key_id not in self.unverifiable:
                self.unverifiable.add(key_id)
                self.report.problems.append(
                    f"Không kiểm tra được các mục từ số {entry.seq}: chúng được ký bằng khoá "
                    f"{key_id}, máy này không có khoá đó (chép tệp audit.key của cơ quan vào)."
                )
            return None
        return entry_hash(entry, self.key)


def _server_check(session: Session, report: AuditReport) -> tuple[int | None, set[int]]:
    """Ask the server from which entry it keys the chain, which entries its key no longer
    matches, and whether its own copy of the head is still reached by the table (after a
    truncation or a wipe it is not)."""
    bad: set[int] = set()
    start: int | None = None
    for seq, problem in session.execute(text("SELECT * FROM tcd_audit_check()")).all():
        if problem.startswith("from:"):
            start = int(seq)
        elif problem == "head":
            report.problems.append(
                f"Máy chủ ghi nhật ký đến mục số {seq} nhưng bảng nhật ký không còn khớp: "
                "nhật ký đã bị cắt bớt, xoá sạch hoặc viết lại."
            )
        else:
            bad.add(int(seq))
    return start, bad


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def verify_audit(
    session: Session,
    *,
    anchor: Anchor | None = None,
    key: AuditKey | None = None,
    batch: int = 5000,
) -> AuditReport:
    """Walk the chain in sequence order and report every broken link (Vietnamese).

    With ``anchor``, also prove that the chain still contains the anchored head unchanged
    (so truncation, a wipe or a rewrite since then is detected).
    """
    report = AuditReport()
    walk = _Walk(session, key if key is not None else load_key(), report)
    expected_prev, expected_seq = GENESIS, 1
    last_seq = 0
    anchor_hash_seen: str | None = None
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
                    f"Mục nhật ký số {entry.seq}: liên kết với mục trước không khớp "
                    "(bị chèn, xoá hoặc đổi thứ tự)."
                )
            wanted = walk.expected_hash(entry)
            if wanted is not None and not hmac.compare_digest(wanted, entry.hash):
                report.problems.append(
                    f"Mục nhật ký số {entry.seq} ({entry.action}) đã bị sửa sau khi ghi "
                    "hoặc được thêm bởi người không có khoá."
                )
            if anchor is not None and (
                entry.seq == anchor.seq if anchor.seq else entry.hash == anchor.hash
            ):
                anchor_hash_seen = entry.hash
            expected_prev, expected_seq, last_seq = entry.hash, entry.seq + 1, entry.seq
        session.expunge_all()
    head = session.get(AppMeta, HEAD_KEY)
    head_value = head.value if head else f"0:{GENESIS}"
    if head_value != f"{last_seq}:{expected_prev}":
        report.problems.append(
            "Cuối nhật ký không khớp với dấu đã lưu: các mục mới nhất đã bị xoá hoặc sửa."
        )
    if anchor is not None:
        _check_anchor(anchor, anchor_hash_seen, last_seq, walk, report)
    return report


def _check_anchor(
    anchor: Anchor, seen: str | None, last_seq: int, walk: _Walk, report: AuditReport
) -> None:
    report.anchor_checked = True
    if anchor.seq > last_seq:
        report.problems.append(
            f"Dấu neo ghi {anchor.seq} mục nhưng nhật ký chỉ còn {last_seq} mục: "
            "nhật ký đã bị cắt bớt hoặc xoá sạch sau khi lấy dấu neo."
        )
    elif anchor.seq > 0 and seen != anchor.hash:
        report.problems.append(
            f"Mục nhật ký số {anchor.seq} không còn khớp với dấu neo: nhật ký đã bị viết lại "
            "sau khi lấy dấu neo."
        )
    elif anchor.seq == 0 and anchor.hash != GENESIS and seen is None:
        report.problems.append("Không tìm thấy mục nhật ký có mã băm của dấu neo.")
    first = walk.segments[0] if walk.segments else None
    if anchor.keyed_from is not None and (
        first is None or first != (anchor.keyed_from, anchor.key_id or first[1])
    ):
        report.problems.append(
            "Điểm chuyển sang nhật ký có khoá đã bị thay đổi so với dấu neo "
            f"(dấu neo: từ mục {anchor.keyed_from})."
        )
