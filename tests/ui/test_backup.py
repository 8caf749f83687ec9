"""The "Sao lưu" page and the main window's warning when the last backup is too old."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tcd_desktop.services import setup, users
from tcd_desktop.services.backup import BackupPolicy, BackupStatus
from tcd_desktop.services.context import Actor
from tcd_desktop.store.audit_key import KEY_FILE_ENV
from tcd_desktop.store.database import Database
from tcd_desktop.ui.backup import BackupPage, start_backup_check, warning_text
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An audit key of the test's own."""
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "audit.key"))


def _admin(db: Database) -> Actor:
    with db.session() as s:
        setup.create_office(
            s,
            "UBND xã Đồng Đăng",
            "XA-DD",
            "Lạng Sơn",
            "DD-01",
            "quantri",
            "Nguyễn Quản Trị",
            "matkhau-123",
        )
    with db.session() as s:
        return users.sign_in(s, "quantri", "matkhau-123")


def test_back_up_now_from_the_page(
    qtbot: QtBot,
    sqlite_db: Database,
    tmp_path: Path,
    shots: Path,
) -> None:
    admin = _admin(sqlite_db)
    runner = BackgroundRunner()
    policy = BackupPolicy(folder=tmp_path / "usb")
    page = BackupPage(sqlite_db, admin, ChangeBus(), runner, policy=policy)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.folder_label.text() != "")
    assert "chưa có bản nào" in page.last_label.text()
    assert page.anchor_label.text().startswith("tcd-audit-anchor:1:")
    page.backup_button.click()
    qtbot.waitUntil(lambda: "Đã sao lưu vào" in page.message_bar.text(), timeout=10000)
    qtbot.waitUntil(lambda: "chưa có" not in page.last_label.text())
    assert len(list((tmp_path / "usb").glob("*-manual.sqlite3"))) == 1
    assert len(list((tmp_path / "usb").glob("*-manual.anchor.json"))) == 1
    assert page.backup_button.isEnabled()
    page.grab().save(str(shots / "backup_page.png"))


def test_main_window_warns_when_the_backup_is_old(
    qtbot: QtBot,
    sqlite_db: Database,
    tmp_path: Path,
    shots: Path,
) -> None:
    _admin(sqlite_db)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    runner = BackgroundRunner(window)
    old = BackupStatus(tmp_path, dt.datetime(2026, 11, 1, tzinfo=dt.UTC), None, True, 3)
    assert warning_text(old) == "Bản sao lưu gần nhất đã quá 3 ngày: hãy báo quản trị viên"
    window.set_backup_warning(warning_text(old))
    assert not window.backup_warning.isHidden()
    window.resize(1366, 768)
    window.show()
    window.grab().save(str(shots / "main_window_backup_warning.png"))
    # the start-up check makes today's backup and clears the warning
    start_backup_check(window, sqlite_db, runner, BackupPolicy(folder=tmp_path / "bk"))
    qtbot.waitUntil(lambda: window.backup_warning.isHidden(), timeout=10000)
    assert len(list((tmp_path / "bk").glob("*-auto.sqlite3"))) == 1
