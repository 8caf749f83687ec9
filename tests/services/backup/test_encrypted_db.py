"""The encrypted laptop database (SQLCipher): a real encrypted file that cannot be read
without its passphrase, the application working on it, and backup/restore staying encrypted."""

from __future__ import annotations

import io
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from tcd_desktop.cli import run_cli
from tcd_desktop.store import encrypted
from tcd_desktop.store.database import DatabaseError, open_database
from tests.services.backup.conftest import ADMIN, CLERK, as_user, make_office

pytest.importorskip("sqlcipher3", reason="the sqlcipher3 binding (extra 'encrypted')")

PASSPHRASE = "cum-mat-khau-may-xach-tay"
SECRET = "Trịnh Thị Bích Ngọc"


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """(URL, file) of an encrypted office database; the passphrase in the environment."""
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "laptop.sqlite3"
    url = encrypted.encrypted_url(path)
    db = make_office(url)
    with db.engine.begin() as conn:  # a name that must not be readable in the file
        conn.exec_driver_sql("UPDATE users SET full_name = ? WHERE username = ?", (SECRET, CLERK))
    db.close()
    yield url, path
    encrypted.forget_passphrase(path)


def test_file_is_unreadable_without_the_key(laptop: tuple[str, Path]) -> None:
    _url, path = laptop
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert SECRET.encode() not in raw and CLERK.encode() not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM users").fetchall()
    with pytest.raises(encrypted.EncryptedDatabaseError, match="sai cụm mật khẩu"):
        encrypted.connect(path, "mot-cum-khac-sai", readonly=True)
    conn = encrypted.connect(path, PASSPHRASE, readonly=True)
    try:
        names = [r[0] for r in conn.execute("SELECT full_name FROM users").fetchall()]
    finally:
        conn.close()
    assert SECRET in names
    assert encrypted.is_encrypted_file(path)


def test_wrong_or_missing_passphrase_refused_and_file_untouched(
    laptop: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, path = laptop
    before = path.read_bytes()
    encrypted.forget_passphrase(path)
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, "mot-cum-khac-sai")
    with pytest.raises(DatabaseError, match="sai cụm mật khẩu"):
        open_database(url)
    monkeypatch.delenv(encrypted.PASSPHRASE_ENV)
    with pytest.raises(DatabaseError, match=encrypted.PASSPHRASE_ENV):
        open_database(url)
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, "ngan")
    with pytest.raises(DatabaseError, match="ít nhất"):
        open_database(url)
    assert path.read_bytes() == before


def test_the_application_works_on_it(
    laptop: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = laptop
    as_user(monkeypatch, ADMIN)
    assert run_cli(["db", "check", "--database", url]) == 0, capsys.readouterr()
    assert run_cli(["audit", "verify", "--database", url]) == 0, capsys.readouterr()
    db = open_database(url)
    try:
        assert db.display_name().endswith("laptop.sqlite3")
        assert db.meta("office_name", "?") is not None
    finally:
        db.close()


def test_backup_and_restore_stay_encrypted(
    laptop: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, path = laptop
    as_user(monkeypatch, ADMIN)
    out_file = tmp_path / "usb" / "laptop-hom-qua.sqlite3"
    out_file.parent.mkdir()
    code, out, err = (
        run_cli(["backup", "--database", url, "--out", str(out_file), "--json"]),
        *(capsys.readouterr()),
    )
    assert code == 0, err
    data = json.loads(out)
    backup = out_file.read_bytes()
    assert not backup.startswith(b"SQLite format 3") and SECRET.encode() not in backup
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(out_file).execute("SELECT * FROM users").fetchall()
    # a change after the backup, undone by the restore
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE users SET full_name = 'Đổi sau sao lưu'")
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("có\n"))
    code = run_cli(["restore", str(out_file), "--database", url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "khớp dấu neo" in out
    kept = list(path.parent.glob("laptop.sqlite3.replaced-*"))
    assert len(kept) == 1 and encrypted.is_encrypted_file(kept[0])
    assert encrypted.is_encrypted_file(path)
    conn = encrypted.connect(path, PASSPHRASE, readonly=True)
    try:
        names = {r[0] for r in conn.execute("SELECT full_name FROM users").fetchall()}
    finally:
        conn.close()
    assert SECRET in names and "Đổi sau sao lưu" not in names
    assert run_cli(["audit", "verify", "--database", url, "--anchor", data["anchor"]]) == 0
    capsys.readouterr()


def test_restore_refuses_a_backup_under_another_passphrase(
    laptop: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, path = laptop
    other = tmp_path / "other.sqlite3"
    conn = encrypted.connect(other, "mot-cum-khac-han", readonly=False)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    as_user(monkeypatch, ADMIN)
    code = run_cli(["restore", str(other), "--database", url, "--yes"])
    assert code == 1 and "sai cụm mật khẩu" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_db_encrypt_makes_an_encrypted_copy_of_a_plain_file(
    office: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, _ = office
    out_file = tmp_path / "ma-hoa.sqlite3"
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, PASSPHRASE)
    as_user(monkeypatch, CLERK)
    assert run_cli(["db", "encrypt", "--database", url, "--out", str(out_file)]) == 3
    assert not out_file.exists()
    as_user(monkeypatch, ADMIN)
    assert run_cli(["db", "encrypt", "--database", url, "--out", str(out_file)]) == 0
    capsys.readouterr()
    assert encrypted.is_encrypted_file(out_file)
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    new_url = encrypted.encrypted_url(out_file)
    assert run_cli(["audit", "verify", "--database", new_url]) == 0, capsys.readouterr()
    encrypted.forget_passphrase(out_file)


def test_sample_data_loads_into_an_encrypted_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "mau.sqlite3"
    url = encrypted.encrypted_url(path)
    try:
        assert run_cli(["demo-data", "--cases", "60", "--database", url]) == 0, capsys.readouterr()
        assert encrypted.is_encrypted_file(path)
        conn = encrypted.connect(path, PASSPHRASE, readonly=True)
        try:
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            names = [r[0] for r in conn.execute("SELECT full_name FROM citizens LIMIT 3")]
        finally:
            conn.close()
        assert cases == 60
        raw = path.read_bytes()
        assert all(n.encode() not in raw for n in names)  # the names are not readable
    finally:
        encrypted.forget_passphrase(path)
