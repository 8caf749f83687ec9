"""Audit entries are written just before COMMIT (issue #11 §7): the chain head is locked for
the end of a transaction only; rolled-back work leaves no entry; reads see their own entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tcd_desktop.store.audit import append_audit, current_anchor, verify_audit
from tcd_desktop.store.audit_key import KEY_FILE_ENV
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry

HEAD_LOCK = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 "
    "AND objid = 727001 AND pid = pg_backend_pid()"
)


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test has its own office key."""
    path = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    yield path


def _actions(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def _holds_head_lock(s: Session) -> bool:
    return bool(s.execute(text(HEAD_LOCK)).scalar())


def test_entries_get_their_place_in_the_chain_at_commit(db: Database) -> None:
    with db.session() as s:
        first = append_audit(s, "test.first")
        second = append_audit(s, "test.second")
        assert first.seq is None and second.seq is None  # queued, not yet in the chain
        if db.dialect == "postgresql":
            assert not _holds_head_lock(s)
    assert (first.seq, second.seq) == (1, 2)
    assert second.prev_hash == first.hash
    assert _actions(db) == ["test.first", "test.second"]
    with db.session() as s:
        assert verify_audit(s).ok
        assert current_anchor(s).seq == 2


def test_reading_the_audit_table_writes_the_queue_first(db: Database) -> None:
    with db.session() as s:
        append_audit(s, "test.counted")
        count = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "test.counted")
        )
        assert count == 1
        if db.dialect == "postgresql":
            assert _holds_head_lock(s)  # the count is exact: other desks wait behind it
    assert _actions(db) == ["test.counted"]


def test_a_rolled_back_savepoint_drops_its_entries_only(db: Database) -> None:
    with db.session() as s:
        append_audit(s, "test.kept")
        with pytest.raises(RuntimeError), s.begin_nested():
            append_audit(s, "test.dropped")
            raise RuntimeError
        with s.begin_nested():
            append_audit(s, "test.released")
    assert _actions(db) == ["test.kept", "test.released"]
    with db.session() as s:
        assert verify_audit(s).ok


def test_a_rolled_back_transaction_leaves_no_entry(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        append_audit(s, "test.dropped")
        raise RuntimeError
    with db.session() as s:
        append_audit(s, "test.after")
    assert _actions(db) == ["test.after"]
    with db.session() as s:
        assert verify_audit(s).ok
