"""The keyed audit chain: every kind of tampering is detected, with and without an anchor."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Select, select, text

from tcd_desktop.store.audit import (
    GENESIS,
    HEAD_KEY,
    KEYED_KEY,
    append_audit,
    current_anchor,
    entry_hash,
    verify_audit,
)
from tcd_desktop.store.audit_anchor import Anchor, AnchorError, parse_anchor
from tcd_desktop.store.audit_key import KEY_FILE_ENV, ensure_key, key_path
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AppMeta, AuditEntry


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test has its own office key."""
    path = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    yield path


def _fill(db: Database, n: int = 6) -> Anchor:
    with db.session() as s:
        for i in range(n):
            append_audit(s, "test.action", entity="x", entity_id=str(i), detail={"i": i})
    with db.session() as s:
        return current_anchor(s)


def _unguard(db: Database) -> None:
    """Remove the append-only triggers, as an attacker with file access would."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries"))


def _recompute_unkeyed(db: Database, start: int) -> None:
    """Re-chain every entry from ``start`` with plain SHA-256 (no key) and move the head."""
    with db.session() as s:
        prev = GENESIS
        if start > 1:
            prev = s.scalars(select_seq(start - 1)).one().hash
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.seq >= start).order_by(AuditEntry.seq)
        ).all()
        for e in rows:
            e.prev_hash = prev
            e.hash = entry_hash(e)
            prev = e.hash
        last = rows[-1].seq if rows else start - 1
        s.get(AppMeta, HEAD_KEY).value = f"{last}:{prev}"  # type: ignore[union-attr]


def select_seq(seq: int) -> Select[tuple[AuditEntry]]:
    """The entry with sequence number ``seq``."""
    return select(AuditEntry).where(AuditEntry.seq == seq)


def _ok(db: Database, anchor: Anchor | None = None) -> bool:
    with db.session() as s:
        return verify_audit(s, anchor=anchor).ok


def test_key_file_is_owner_only_and_reused(own_key: Path) -> None:
    key = ensure_key()
    assert key_path() == own_key
    assert stat.S_IMODE(os.stat(own_key).st_mode) == 0o600
    assert ensure_key().secret == key.secret


def test_intact_chain_verifies_with_anchor(db: Database) -> None:
    anchor = _fill(db)
    assert anchor.seq == 6 and anchor.keyed_from == 1
    _fill(db, 2)
    with db.session() as s:
        report = verify_audit(s, anchor=anchor)
    assert report.ok, report.problems
    assert report.checked == 8 and report.anchor_checked


def test_edit_with_recomputed_chain_is_detected(db: Database) -> None:
    anchor = _fill(db)
    _unguard(db)
    with db.session() as s:
        s.scalars(select_seq(3)).one().detail = {"i": 999}
    _recompute_unkeyed(db, 3)
    assert not _ok(db)
    assert not _ok(db, anchor)


def test_delete_and_recompute_is_detected(db: Database) -> None:
    _fill(db)
    _unguard(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE seq = 3"))
        conn.execute(text("UPDATE audit_entries SET seq = seq - 1 WHERE seq > 3"))
    _recompute_unkeyed(db, 3)
    assert not _ok(db)


def test_reordering_is_detected(db: Database) -> None:
    _fill(db)
    _unguard(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE audit_entries SET seq = 2 WHERE seq = 4"))
        conn.execute(text("UPDATE audit_entries SET seq = 4 WHERE seq = -1"))
    assert not _ok(db)


def test_insertion_is_detected(db: Database) -> None:
    _fill(db)
    _unguard(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 4"))
        conn.execute(text("UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000"))
    with db.session() as s:
        prev = s.scalars(select_seq(3)).one().hash
        fake = AuditEntry(
            seq=4,
            at=dt.datetime.now(dt.UTC),
            origin_desk="",
            action="identity.reveal",
            entity="x",
            entity_id="1",
            detail={},
            prev_hash=prev,
            hash="",
        )
        fake.hash = entry_hash(fake)
        s.add(fake)
    _recompute_unkeyed(db, 5)
    assert not _ok(db)


def test_truncation_and_moved_head_detected_by_anchor(db: Database) -> None:
    anchor = _fill(db)
    _unguard(db)
    with db.session() as s:
        prev = s.scalars(select_seq(4)).one()
        s.get(AppMeta, HEAD_KEY).value = f"4:{prev.hash}"  # type: ignore[union-attr]
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE seq > 4"))
    # SQLite: without an anchor a clean cut cannot be told from a shorter history;
    # PostgreSQL: the server's own copy of the head tells it
    assert _ok(db) == (db.dialect == "sqlite")
    with db.session() as s:
        report = verify_audit(s, anchor=anchor)
    assert not report.ok and "cắt bớt" in " ".join(report.problems)


def test_wipe_detected_by_anchor(db: Database) -> None:
    anchor = _fill(db)
    _unguard(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries"))
        conn.execute(text(f"DELETE FROM app_meta WHERE key IN ('{HEAD_KEY}', '{KEYED_KEY}')"))
    assert not _ok(db, anchor)
    assert not _ok(db, parse_anchor(anchor.hash))


def test_forged_append_without_key_is_detected(db: Database) -> None:
    anchor = _fill(db)
    with db.session() as s:
        head = s.get(AppMeta, HEAD_KEY)
        assert head is not None
        seq_s, prev = head.value.split(":", 1)
        fake = AuditEntry(
            seq=int(seq_s) + 1,
            at=dt.datetime.now(dt.UTC),
            action="identity.reveal",
            entity="case",
            entity_id="1",
            detail={"reason": "forged"},
            prev_hash=prev,
            hash="",
        )
        forger_key = hashlib.sha256(b"guess").digest()
        fake.hash = hmac.new(forger_key, b"x", hashlib.sha256).hexdigest()
        s.add(fake)
        head.value = f"{fake.seq}:{fake.hash}"
    assert not _ok(db)
    assert not _ok(db, anchor)


def test_rewrite_everything_as_unkeyed_is_detected(db: Database) -> None:
    anchor = _fill(db)
    _unguard(db)
    with db.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM app_meta WHERE key = '{KEYED_KEY}'"))
    _recompute_unkeyed(db, 1)
    assert not _ok(db)  # unkeyed entries dated after the key existed
    assert not _ok(db, anchor)


def test_legacy_unkeyed_entries_still_verify(db: Database, own_key: Path) -> None:
    """A database chained before keys: the old entries verify, new ones are keyed."""
    past = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    with db.session() as s:
        prev = GENESIS
        for seq in (1, 2, 3):
            e = AuditEntry(
                seq=seq,
                at=past,
                action="old",
                entity="",
                entity_id="",
                detail={},
                origin_desk="",
                prev_hash=prev,
                hash="",
            )
            e.hash = entry_hash(e)
            s.add(e)
            prev = e.hash
        s.add(AppMeta(key=HEAD_KEY, value=f"3:{prev}"))
    assert _ok(db)
    anchor = _fill(db, 2)
    assert anchor.keyed_from == 4
    assert _ok(db, anchor)
    assert _ok(db, parse_anchor(anchor.line()))


def test_other_key_reports_unverifiable(sqlite_db: Database, own_key: Path) -> None:
    """SQLite only: on PostgreSQL the server keys the chain and no local key is involved."""
    _fill(sqlite_db, 2)
    own_key.write_text(json.dumps({"key": "ab" * 32, "created": "2026-01-01T00:00:00+00:00"}))
    with sqlite_db.session() as s:
        report = verify_audit(s)
    assert not report.ok and "audit.key" in report.problems[0]


def test_parse_anchor_forms(tmp_path: Path) -> None:
    a = Anchor(seq=5, hash="a" * 64, keyed_from=1, key_id="0123456789abcdef")
    assert parse_anchor(a.line()) == a
    assert parse_anchor(f"5:{'a' * 64}") == Anchor(seq=5, hash="a" * 64)
    f = tmp_path / "x.anchor.json"
    f.write_text(a.to_json(database="x"))
    assert parse_anchor(str(f)) == a
    with pytest.raises(AnchorError):
        parse_anchor("nonsense")


def test_concurrent_appends_from_two_connections_keep_one_chain(db: Database) -> None:
    """Two desks appending at once (threads, each its own connection) never read the same
    head: every entry gets its own number and the chain verifies."""
    import threading

    errors: list[BaseException] = []

    def desk(name: str) -> None:
        try:
            for i in range(15):
                with db.session() as s:
                    s.scalars(select(AuditEntry.seq).limit(1)).all()  # a read before the write
                    append_audit(s, "test.action", entity=name, entity_id=str(i))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(f"desk{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    with db.session() as s:
        seqs = list(s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
        assert len(seqs) == 30 and seqs == list(range(seqs[0], seqs[0] + 30))
        assert verify_audit(s).ok
