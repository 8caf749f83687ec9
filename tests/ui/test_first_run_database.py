"""First run on a new computer: where the data lives, and what the connection test says.

The server cases run against the real PostgreSQL of TCD_TEST_DATABASE_URL: a closed port,
an unknown host, a database that does not exist, and a database stamped by a newer version
(a throw-away database named after this branch, dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tcd_desktop.config import settings as cfg
from tcd_desktop.store.connection_check import Problem, check_server, server_url
from tcd_desktop.ui.first_run.database_page import (
    DatabaseChoiceDialog,
    choose_database_if_new,
    needs_database_choice,
)
from tests.ui.vn_typing import type_text

PG = os.environ.get("TCD_TEST_DATABASE_URL", "")


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(cfg.SETTINGS_FILE_ENV, str(path))
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TCD_DATABASE_URL", raising=False)
    return path


def test_asked_only_on_a_new_computer(tmp_path: Path) -> None:
    assert needs_database_choice(None)
    assert not needs_database_choice("sqlite:///x.sqlite3")
    existing = tmp_path / "data" / "tcd-desktop.sqlite3"  # an earlier version's default file
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"")
    assert not needs_database_choice(None) and choose_database_if_new(None)
    existing.unlink()
    cfg.set_value(cfg.DATABASE_URL, "sqlite:///chosen.sqlite3")
    assert not needs_database_choice(None)


def test_this_computer_only_with_enter(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "Dữ liệu TCD"
    dialog.folder.clear()
    type_text(dialog.folder, str(folder))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert folder.is_dir()
    assert dialog.url == f"sqlite:///{folder.as_posix()}/tcd-desktop.sqlite3"
    assert cfg.get_str(cfg.DATABASE_URL) == dialog.url


def _server(dialog: DatabaseChoiceDialog, host: str, port: int, database: str, user: str) -> None:
    dialog.server_choice.setChecked(True)
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)


def test_server_unreachable_is_said_in_vietnamese(qtbot: QtBot, shots: Path) -> None:
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _server(dialog, "127.0.0.1", 1, "tcd", "tcd")
    qtbot.keyClick(dialog.host, Qt.Key.Key_Return)  # Enter tests, then would continue
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10000)
    assert dialog.last_check is not None and dialog.last_check.problem is Problem.UNREACHABLE
    assert "Không kết nối được tới máy chủ 127.0.0.1 ở cổng 1" in dialog.outcome.text()
    assert dialog.isVisible() and not cfg.is_set(cfg.DATABASE_URL)
    check = check_server(server_url("khong-co-may-nay.invalid", 5432, "tcd", "tcd", ""))
    assert check.problem is Problem.UNREACHABLE and "Không tìm thấy máy chủ" in check.message
    dialog.grab().save(str(shots / "tcd-first-run-database.png"))


@pytest.fixture
def pg() -> Iterator[tuple[str, int, str]]:
    if not PG:
        pytest.skip("PostgreSQL tests need TCD_TEST_DATABASE_URL")
    url = make_url(PG)
    yield url.host or "127.0.0.1", int(url.port or 5432), url.username or "postgres"


@pytest.mark.postgres
def test_server_problems_and_success(qtbot: QtBot, pg: tuple[str, int, str]) -> None:
    host, port, user = pg
    missing = check_server(server_url(host, port, "khong_co_installer", user, ""))
    assert missing.problem is Problem.DATABASE_MISSING
    assert "chưa có cơ sở dữ liệu “khong_co_installer”" in missing.message

    name = f"tcd_installer_newer_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(PG), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        newer = create_engine(make_url(PG).set(database=name))
        with newer.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) primary key)"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
        newer.dispose()
        too_new = check_server(server_url(host, port, name, user, ""))
        assert too_new.problem is Problem.SCHEMA_TOO_NEW and "mới hơn" in too_new.message

        dialog = DatabaseChoiceDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        _server(dialog, host, port, make_url(PG).database or "test", user)
        type_text(dialog.password, "bimat")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10000)
        assert dialog.last_check is not None and dialog.last_check.ok
        assert "Kết nối được: PostgreSQL" in dialog.outcome.text()
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            qtbot.keyClick(dialog.database, Qt.Key.Key_Return)
        assert cfg.get_str(cfg.DATABASE_URL).startswith("postgresql+psycopg://")
        assert "bimat" not in dialog.outcome.text()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
