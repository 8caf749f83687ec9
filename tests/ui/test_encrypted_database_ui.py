"""The encrypted data file (SQLCipher) in the GUI: chosen at first run, asked for at start-up.

Real encrypted files: the first-run choice creates one that the stdlib sqlite3 cannot read;
the start-up prompt refuses a wrong passphrase in Vietnamese, lets it be typed again, and
opens the file with the right one.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tcd_desktop import app
from tcd_desktop.config import settings as cfg
from tcd_desktop.services import encrypted_file
from tcd_desktop.store import encrypted
from tcd_desktop.store.database import open_database
from tcd_desktop.ui.first_run.database_page import DatabaseChoiceDialog
from tcd_desktop.ui.passphrase_dialog import PassphraseDialog

pytestmark = pytest.mark.skipif(not encrypted.available(), reason="sqlcipher3 not installed")

GOOD = "Mật khẩu dài 2026"
SHOTS = (
    Path(os.environ.get("TCD_SCREENSHOT_DIR", "")) if os.environ.get("TCD_SCREENSHOT_DIR") else None
)


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(cfg.SETTINGS_FILE_ENV, str(path))
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TCD_DATABASE_URL", raising=False)
    monkeypatch.delenv(encrypted.PASSPHRASE_ENV, raising=False)
    yield path
    for file in tmp_path.rglob("*.sqlite3"):
        encrypted.forget_passphrase(file)


def _shot(widget: QDialog, name: str) -> None:
    if SHOTS is not None:
        widget.resize(1366, 768)
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def _encrypted_file(folder: Path, passphrase: str = GOOD) -> str:
    url = encrypted_file.encrypted_file_url(folder / "tcd-desktop.sqlite3")
    encrypted_file.remember(url, passphrase)
    open_database(url).close()
    encrypted_file.forget(url)
    return url


def test_first_run_creates_an_encrypted_file(
    qtbot: QtBot, tmp_path: Path, settings_file: Path
) -> None:
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "Dữ liệu máy xách tay"
    dialog.folder.setText(str(folder))
    assert not dialog.encryption_fields.isVisibleTo(dialog)
    dialog.encrypt.setChecked(True)
    assert dialog.encryption_fields.isVisibleTo(dialog)

    dialog.passphrase.setText("ngắn")  # too short: said next to the field, input kept
    dialog.passphrase2.setText("ngắn")
    dialog.confirm()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "ít nhất 8 ký tự" in dialog.passphrase_box.error()
    assert dialog.passphrase.text() == "ngắn"

    dialog.passphrase.setText(GOOD)  # the two differ
    dialog.passphrase2.setText(GOOD + "x")
    dialog.confirm()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.passphrase_box.error()
    assert dialog.passphrase2_box.error() == "Hai cụm mật khẩu không khớp nhau."
    _shot(dialog, "first-run-encrypted.png")

    dialog.passphrase2.setText(GOOD)
    dialog.confirm()
    assert dialog.result() == QDialog.DialogCode.Accepted
    path = folder / "tcd-desktop.sqlite3"
    assert dialog.url == f"sqlite+sqlcipher:///{path}"
    assert cfg.get_str(cfg.DATABASE_URL) == dialog.url
    assert GOOD not in settings_file.read_text("utf-8")  # no passphrase on disk

    # start-up: the passphrase typed at first run is known; no prompt; the file is created
    assert app._ask_passphrase_if_encrypted(None, dialog.url)
    open_database(dialog.url).close()
    assert encrypted.is_encrypted_file(path)
    assert GOOD.encode() not in path.read_bytes()
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_first_run_refuses_to_encrypt_over_a_plain_file(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "cu"
    folder.mkdir()
    plain = sqlite3.connect(folder / "tcd-desktop.sqlite3")
    plain.execute("CREATE TABLE t (x)")
    plain.close()
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText(GOOD)
    dialog.passphrase2.setText(GOOD)
    dialog.confirm()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "chưa mã hoá" in dialog.outcome.text()
    assert not cfg.is_set(cfg.DATABASE_URL)


def test_startup_prompt_refuses_a_wrong_passphrase_then_opens(qtbot: QtBot, tmp_path: Path) -> None:
    url = _encrypted_file(tmp_path)
    assert encrypted_file.needs_passphrase(url)
    dialog = PassphraseDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.passphrase.setText("Sai mật khẩu rồi")
    dialog.try_open()
    qtbot.waitUntil(lambda: dialog.tries == 1, timeout=15000)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.passphrase_box.error().startswith("Sai cụm mật khẩu")
    assert encrypted_file.needs_passphrase(url)  # nothing remembered
    _shot(dialog, "startup-passphrase-wrong.png")

    dialog.passphrase.setText(GOOD)  # retry
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.try_open()
    assert dialog.tries == 2
    assert not encrypted_file.needs_passphrase(url)
    db = open_database(url)
    db.close()


def test_startup_prompt_quit_and_environment(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _encrypted_file(tmp_path)

    def quit_prompt() -> None:
        for widget in qtbot_top_levels():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                widget.quit_button.click()

    QTimer.singleShot(200, quit_prompt)
    assert not app._ask_passphrase_if_encrypted(None, url)  # Quit: start-up stops cleanly
    assert encrypted_file.needs_passphrase(url)

    monkeypatch.setenv(encrypted.PASSPHRASE_ENV, GOOD)  # scripts: no prompt at all
    assert not encrypted_file.needs_passphrase(url)
    assert app._ask_passphrase_if_encrypted(None, url)
    assert not encrypted_file.needs_passphrase("sqlite:///plain.sqlite3")


def qtbot_top_levels() -> list[object]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def test_run_gui_asks_then_opens_the_encrypted_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end in this process: the prompt before opening, a wrong passphrase retried,
    then the database opened off the GUI thread and the first-run dialog of an empty office
    (quitting there closes the application with code 0)."""
    from PySide6.QtWidgets import QApplication

    from tcd_desktop.ui.first_run import FirstRunDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers_before, level_before = list(root.handlers), root.level
    url = _encrypted_file(tmp_path)
    seen: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphraseDialog) and modal.open_button.isEnabled():
            if modal.tries == 0 and "wrong" not in seen:
                seen.append("wrong")
                modal.passphrase.setText("không phải cụm này")
                modal.try_open()
            elif modal.tries == 1 and "right" not in seen:
                seen.append("right" if modal.passphrase_box.error() else "no error shown")
                modal.passphrase.setText(GOOD)
                modal.try_open()
        elif isinstance(modal, FirstRunDialog) and "first run" not in seen:
            seen.append("first run")
            modal.quit_button.click()
        elif modal is not None and not isinstance(modal, (PassphraseDialog, FirstRunDialog)):
            seen.append(type(modal).__name__)  # e.g. an error box: the test fails, not hangs
            modal.close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    try:
        code = app.run_gui(["--database", url, "--language", "vi"])
    finally:
        timer.stop()
        for handler in set(root.handlers) - set(handlers_before):  # run_gui's log file
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level_before)
    assert code == app.EXIT_OK
    assert seen == ["wrong", "right", "first run"]
