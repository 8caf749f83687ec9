"""``backup`` and ``restore`` on SQLite: sign-in, checks, the kept file, the anchor."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from tcd_desktop.cli import run_cli
from tcd_desktop.services.backup import BackupPolicy, auto_backup_if_due, backup_status
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.database import open_database
from tcd_desktop.store.sqlite_backup import (
    Retention,
    backup_name,
    list_backups,
    rotate,
)
from tests.services.backup.conftest import ADMIN, CLERK, as_user


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_cli(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _count_users(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM users").fetchone()[0])


def test_backup_needs_an_administrator(
    capsys: pytest.CaptureFixture[str], office: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, path = office
    code, _, err = cli(capsys, "backup", "--database", url)
    assert code == 3 and "đăng nhập" in err
    as_user(monkeypatch, CLERK)
    code, _, err = cli(capsys, "backup", "--database", url)
    assert code == 3 and "không có quyền" in err
    assert not list(path.parent.rglob("*-manual.sqlite3"))


def test_backup_restore_round_trip(
    capsys: pytest.CaptureFixture[str],
    office: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, path = office
    as_user(monkeypatch, ADMIN)
    out_file = tmp_path / "usb" / "hom-qua.sqlite3"
    out_file.parent.mkdir()
    code, out, err = cli(capsys, "backup", "--database", url, "--out", str(out_file), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert Path(data["file"]) == out_file
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert json.loads(Path(data["anchor_file"]).read_text())["anchor"] == data["anchor"]
    # the office keeps working after the backup: a new user appears
    users_before = _count_users(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE users SET full_name = 'Đổi sau sao lưu'")
    # a "no" keeps everything as it is
    monkeypatch.setattr("sys.stdin", io.StringIO("không\n"))
    code, _, err = cli(capsys, "restore", str(out_file), "--database", url)
    assert code == 1 and "Đã huỷ" in err
    assert not list(path.parent.glob("*.replaced-*"))
    monkeypatch.setattr("sys.stdin", io.StringIO("có\n"))
    code, out, err = cli(capsys, "restore", str(out_file), "--database", url)
    assert code == 0, err
    assert "khớp dấu neo hom-qua.sqlite3.anchor.json" in out
    kept = list(path.parent.glob("office.sqlite3.replaced-*"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        changed = "SELECT count(*) FROM users WHERE full_name = 'Đổi sau sao lưu'"
        assert conn.execute(changed).fetchone()[0] == users_before
    with sqlite3.connect(path) as conn:
        assert conn.execute(changed).fetchone()[0] == 0
    code, out, _ = cli(capsys, "audit", "verify", "--database", url, "--anchor", data["anchor"])
    assert code == 0, out
    code, out, _ = cli(capsys, "db", "check", "--database", url)
    assert code == 0, out


def test_restore_refuses_damaged_and_newer_files(
    capsys: pytest.CaptureFixture[str],
    office: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, path = office
    as_user(monkeypatch, ADMIN)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    code, _, err = cli(capsys, "restore", str(junk), "--database", url, "--yes")
    assert code == 1 and "hỏng" in err
    newer = tmp_path / "newer.sqlite3"
    cli(capsys, "backup", "--database", url, "--out", str(newer))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _, err = cli(capsys, "restore", str(newer), "--database", url, "--yes")
    assert code == 1 and "mới hơn" in err
    code, _, err = cli(capsys, "restore", str(tmp_path / "none.sqlite3"), "--database", url)
    assert code == 1 and "Không tìm thấy" in err
    assert not list(path.parent.glob("*.replaced-*"))


def test_restore_on_a_new_computer_signs_in_against_the_backup(
    capsys: pytest.CaptureFixture[str],
    office: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, _path = office
    as_user(monkeypatch, ADMIN)
    bk = tmp_path / "bk.sqlite3"
    assert cli(capsys, "backup", "--database", url, "--out", str(bk))[0] == 0
    fresh = tmp_path / "new-pc" / "tcd.sqlite3"
    fresh.parent.mkdir()
    code, _, err = cli(capsys, "restore", str(bk), "--database", f"sqlite:///{fresh}", "--yes")
    assert code == 0, err
    assert _count_users(fresh) == 2


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    start = dt.datetime(2025, 1, 1, 8, tzinfo=dt.UTC)
    for day in range(400):
        for hour in (0, 5):
            name = backup_name("office", start + dt.timedelta(days=day, hours=hour), "auto")
            (tmp_path / name).write_bytes(b"x")
    (tmp_path / backup_name("other", start, "auto")).write_bytes(b"x")
    rotate(tmp_path, db_path.stem, Retention())
    kept = list_backups(tmp_path, "office")
    days = {b.taken.date() for b in kept}
    newest = start + dt.timedelta(days=399, hours=5)
    assert kept[0].taken == newest
    assert len(kept) == len(days)  # one per day at most
    assert all((newest.date() - dt.timedelta(days=i)) in days for i in range(7))
    assert len({b.taken.strftime("%Y-%m") for b in kept}) == 12
    assert 12 <= len(kept) <= 7 + 4 + 12
    assert (tmp_path / backup_name("other", start, "auto")).exists()


def test_auto_backup_once_a_day_and_status(office: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = office
    policy = BackupPolicy(folder=tmp_path / "usb", max_age_days=3)
    db = open_database(url)
    try:
        assert backup_status(db, SYSTEM, policy).overdue
        first = auto_backup_if_due(db, SYSTEM, policy)
        assert first is not None and first.path.exists()
        assert auto_backup_if_due(db, SYSTEM, policy) is None  # already done today
        status = backup_status(db, SYSTEM, policy)
        assert not status.overdue and status.last_path == first.path
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4)
        assert backup_status(db, SYSTEM, policy, now=later).overdue
        # a missing USB disk: no backup, no exception
        gone = BackupPolicy(folder=Path("/proc/no-such-disk"))
        assert auto_backup_if_due(db, SYSTEM, gone) is None
    finally:
        db.close()


def test_restore_refused_without_the_office_key(
    capsys: pytest.CaptureFixture[str],
    office: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url, _path = office
    as_user(monkeypatch, ADMIN)
    bk = tmp_path / "bk.sqlite3"
    assert cli(capsys, "backup", "--database", url, "--out", str(bk))[0] == 0
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    monkeypatch.setenv("TCD_DATA_DIR", str(new_pc))  # another computer: no audit.key yet
    fresh = new_pc / "tcd.sqlite3"
    code, _, err = cli(capsys, "restore", str(bk), "--database", f"sqlite:///{fresh}", "--yes")
    assert code == 1 and "audit.key" in err
    assert not fresh.exists() and not (new_pc / "audit.key").exists()


def test_restore_over_a_damaged_file_keeps_its_bytes_and_no_half_copy(
    capsys: pytest.CaptureFixture[str],
    office: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """As tried by hand: yesterday's backup, then the disk overwrites part of today's file."""
    url, path = office
    as_user(monkeypatch, ADMIN)
    bk = tmp_path / "hom-qua.sqlite3"
    assert cli(capsys, "backup", "--database", url, "--out", str(bk))[0] == 0
    damaged = bytearray(path.read_bytes())
    damaged[4096:] = b"\x00" * (len(damaged) - 4096)
    path.write_bytes(bytes(damaged))
    assert cli(capsys, "db", "check", "--database", url)[0] != 0
    code, _, err = cli(capsys, "restore", str(bk), "--database", url, "--yes")
    assert code == 0, err
    assert cli(capsys, "db", "check", "--database", url)[0] == 0
    kept = list(path.parent.glob("office.sqlite3.replaced-*"))
    assert kept and all(p.name.endswith(("Z", "Z-wal")) for p in kept), kept
    main_copy = next(p for p in kept if p.name.endswith("Z"))
    assert main_copy.read_bytes() == bytes(damaged)
    assert stat.S_IMODE(main_copy.stat().st_mode) == 0o600
    assert not [p.name for p in path.parent.iterdir() if p.name.endswith(".partial")]
