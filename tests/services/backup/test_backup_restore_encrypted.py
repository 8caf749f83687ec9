"""The restore service (what a screen calls) on a real SQLCipher backup: checked with its
passphrase instead of being reported as damaged, the replaced file kept encrypted, the data
of the backup back in place, and mismatches refused with nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tcd_desktop.services.backup.restore import (
    RestoreError,
    check_sqlite_backup,
    plan_sqlite,
    restore_sqlite,
)
from tcd_desktop.store import encrypted
from tests.services.backup.conftest import make_office

pytest.importorskip("sqlcipher3", reason="the sqlcipher3 binding (extra 'encrypted')")

PASSPHRASE = "cum-mat-khau-may-xach-tay"
BEFORE, AFTER = "Trịnh Thị Bích Ngọc", "Đổi sau sao lưu"


def _names(path: Path) -> set[str]:
    conn = encrypted.connect(path, PASSPHRASE, readonly=True)
    try:
        return {r[0] for r in conn.execute("SELECT full_name FROM users").fetchall()}
    finally:
        conn.close()


def _rename_all(path: Path, name: str) -> None:
    conn = encrypted.connect(path, PASSPHRASE)
    try:
        conn.execute("UPDATE users SET full_name = ?", (name,))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """(file, backup) of an encrypted office: the backup holds BEFORE, the file AFTER."""
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "laptop.sqlite3"
    make_office(encrypted.encrypted_url(path)).close()
    _rename_all(path, BEFORE)
    backup = tmp_path / "usb" / "laptop-hom-qua.sqlite3"
    encrypted.copy(path, backup, PASSPHRASE)
    _rename_all(path, AFTER)
    yield path, backup
    encrypted.forget_passphrase(path)


def test_encrypted_backup_is_not_reported_damaged(laptop: tuple[Path, Path]) -> None:
    path, backup = laptop
    with pytest.raises(sqlite3.DatabaseError):  # what the plain check used to trip on
        sqlite3.connect(backup).execute("SELECT * FROM users").fetchall()
    plan = plan_sqlite(backup, path)
    assert plan.encrypted and plan.revision == check_sqlite_backup(backup, PASSPHRASE)
    assert PASSPHRASE not in repr(plan)


def test_restore_puts_the_encrypted_backup_back(laptop: tuple[Path, Path]) -> None:
    path, backup = laptop
    plan = plan_sqlite(backup, path)
    restore_sqlite(plan)
    assert encrypted.is_encrypted_file(path)
    assert _names(path) == {BEFORE}
    assert plan.replaced_copy is not None and encrypted.is_encrypted_file(plan.replaced_copy)
    assert _names(plan.replaced_copy) == {AFTER}
    assert BEFORE.encode() not in path.read_bytes()


def test_passphrase_given_by_the_caller_without_the_environment(
    laptop: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backup = laptop
    monkeypatch.delenv(encrypted.PASSPHRASE_ENV)
    encrypted.forget_passphrase(path)
    with pytest.raises(RestoreError, match="cần cụm mật khẩu"):
        plan_sqlite(backup, path)
    restore_sqlite(plan_sqlite(backup, path, PASSPHRASE))
    assert _names(path) == {BEFORE}


def test_wrong_passphrase_or_mismatch_refused_and_nothing_changed(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    path, backup = laptop
    before = path.read_bytes()
    with pytest.raises(RestoreError, match="sai cụm mật khẩu"):
        plan_sqlite(backup, path, "mot-cum-khac-han")
    plain = tmp_path / "plain.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(RestoreError, match="không mã hoá"):
        plan_sqlite(backup, plain)
    with pytest.raises(RestoreError, match="không mã hoá"):
        plan_sqlite(plain, path)
    assert path.read_bytes() == before
