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
from typing import Any

from sqlalchemy import event, select, text, update
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from tcd_desktop.store.audit_anchor import Anchor
from tcd_desktop.store.audit_key import AuditKey, ensure_key
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
    "append_audit",
    "current_anchor",
    "entry_hash",
    "flush_audit",
    "server_keeps_chain",
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


def _note_key(session: Session, meta: AppMeta | None, seq: int, key: AuditKey) -> AppMeta:
    """Record the switch point when ``key`` signs its first entry in this database."""
    if meta is None:
        meta = AppMeta(key=KEYED_KEY, value=f"{seq}:{key.key_id}")
        session.add(meta)
        return meta
    segments = parse_segments(meta.value)
    if not segments or segments[-1][1] != key.key_id:
        meta.value = ";".join(f"{s}:{k}" for s, k in [*segments, (seq, key.key_id)])
    return meta


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
    """Add one keyed entry to the caller's transaction.

    The entry is queued and written, with the transaction's other entries, as its last
    statements just before COMMIT (or as soon as the transaction reads the audit table, see
    :func:`flush_audit`): the chain head is locked for that moment only, not for the whole
    transaction, so desks saving at once are not served one at a time (issue #11 §7). Its
    ``seq`` and ``hash`` are filled in then. The caller's other pending changes are flushed
    now, as before, so their conflicts still show here.

    On PostgreSQL the database writes the entry (``tcd_audit_append``, migration 0011): the
    key never leaves the server and no desk role may insert into the table itself.
    """
    entry = AuditEntry(
        at=utcnow(),
        user_id=user_id,
        origin_desk=origin_desk,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        detail=json.loads(json.dumps(detail or {}, default=str)),
        prev_hash="",
        hash="",
    )
    txn = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_QUEUE, []).append((entry, txn))
    session.flush()
    return entry


_QUEUE = "tcd_audit_queue"
_WRITING = "tcd_audit_writing"


def flush_audit(session: Session) -> None:
    """Write the entries queued in ``session``'s transaction now, taking the chain head lock
    until the transaction ends. Called just before COMMIT, before a statement on the audit
    table, and by :func:`verify_audit`."""
    queue: list[tuple[AuditEntry, SessionTransaction | None]] = session.info.get(_QUEUE) or []
    if not queue or session.info.get(_WRITING):
        return
    session.info[_WRITING] = True
    try:
        if server_keeps_chain(session):
            while queue:
                _append_on_server(session, queue.pop(0)[0])
            return
        key = ensure_key()
        head, keyed = _lock_head(session)
        while queue:
            entry = queue.pop(0)[0]
            last_seq_s, last_hash = head.value.split(":", 1)
            entry.seq, entry.at, entry.prev_hash = int(last_seq_s) + 1, utcnow(), last_hash
            entry.hash = entry_hash(entry, key)
            keyed = _note_key(session, keyed, entry.seq, key)
            session.add(entry)
            head.value = f"{entry.seq}:{entry.hash}"
            session.flush()
    finally:
        session.info.pop(_WRITING, None)


@event.listens_for(Session, "before_commit")
def _write_before_commit(session: Session) -> None:
    if session.info.get(_QUEUE) and not session.in_nested_transaction():
        session.flush()  # the transaction's own rows first: the head lock comes last
        flush_audit(session)


@event.listens_for(Session, "do_orm_execute")
def _write_before_reading(state: ORMExecuteState) -> None:
    if state.session.info.get(_QUEUE) and _touches_audit(state):
        flush_audit(state.session)


def _touches_audit(state: ORMExecuteState) -> bool:
    if any(m.class_ is AuditEntry for m in state.all_mappers):
        return True
    table = AuditEntry.__table__
    froms = getattr(state.statement, "get_final_froms", None)  # counts: select_from(...)
    targets = froms() if froms else [getattr(state.statement, "table", None)]
    return any(f is not None and f.is_derived_from(table) for f in targets)


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous: SessionTransaction) -> None:
    queue = session.info.get(_QUEUE)
    if not queue:
        return
    if previous.parent is None:
        queue.clear()
        return

    def inside(txn: SessionTransaction | None) -> bool:
        while txn is not None:
            if txn is previous:
                return True
            txn = txn.parent
        return False

    queue[:] = [(e, t) for e, t in queue if not inside(t)]


@event.listens_for(Session, "after_transaction_end")
def _forget_queue(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_QUEUE, None)


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


def _append_on_server(session: Session, entry: AuditEntry) -> None:
    row = session.execute(
        text(
            "SELECT * FROM tcd_audit_append(:action, :entity, :entity_id, "
            "CAST(:detail AS jsonb), :user_id, :desk)"
        ),
        {
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "detail": json.dumps(entry.detail, default=str, ensure_ascii=False),
            "user_id": entry.user_id,
            "desk": entry.origin_desk,
        },
    ).one()
    # the head moved behind the session's back: forget any copy it holds
    for key in (HEAD_KEY, KEYED_KEY):
        meta = session.identity_map.get(session.identity_key(AppMeta, key))  # type: ignore[no-untyped-call]
        if meta is not None:
            session.expire(meta)
    entry.id, entry.seq, entry.at = row.entry_id, row.entry_seq, row.entry_at
    entry.prev_hash, entry.hash = row.entry_prev, row.entry_hash


def current_anchor(session: Session) -> Anchor:
    """The chain head as an anchor to keep outside the database."""
    flush_audit(session)
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


def __getattr__(name: str) -> Any:
    # verification lives in audit_verify (which imports this module); kept importable here
    if name in ("AuditReport", "verify_audit"):
        from tcd_desktop.store import audit_verify

        return getattr(audit_verify, name)
    raise AttributeError(name)
