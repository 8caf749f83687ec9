"""The error funnel: Qt's own buttons in Vietnamese, show_error, the crash dialog and hook."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tcd_desktop.ui import errors
from tcd_desktop.ui.crash_dialog import CrashDialog, ExceptHook, format_crash_report

SB = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(
    ("button", "vietnamese"),
    [
        (SB.Ok, "Đồng ý"),
        (SB.Cancel, "Hủy"),
        (SB.Yes, "&Có"),
        (SB.No, "&Không"),
        (SB.Close, "Đóng"),
        (SB.Save, "Lưu"),
        (SB.Discard, "Không lưu"),
        (SB.Apply, "Áp dụng"),
        (SB.Help, "Trợ giúp"),
        (SB.Retry, "Thử lại"),
        (SB.Ignore, "Bỏ qua"),
        (SB.Abort, "Hủy bỏ"),
        (SB.Open, "Mở"),
    ],
)
def test_qt_standard_buttons_are_vietnamese(
    qtbot: QtBot, button: QDialogButtonBox.StandardButton, vietnamese: str
) -> None:
    box = QDialogButtonBox(button)
    qtbot.addWidget(box)
    assert box.button(button).text() == vietnamese


def test_error_box_is_plain_and_vietnamese(qtbot: QtBot) -> None:
    box = errors.error_box(None, "Không kết nối được máy chủ.", details="timeout")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Không thực hiện được"
    assert box.text() == "Không kết nối được máy chủ."
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    labels = {b.text() for b in box.findChildren(QPushButton)}
    assert "Xem chi tiết..." in labels


def test_show_error_logs_and_shows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with caplog.at_level(logging.WARNING, logger="tcd_desktop.ui.errors"):
        errors.show_error(None, "Ổ đĩa đã đầy.")
    assert shown == ["Ổ đĩa đã đầy."]
    assert "Ổ đĩa đã đầy." in caplog.text


def _exc_info() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("hỏng rồi")
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_crash_report_has_versions_and_traceback() -> None:
    report = format_crash_report(*_exc_info())  # type: ignore[arg-type]
    assert report.startswith("TCD Desktop ")
    assert "PySide6 6.11.3" in report
    assert "Traceback (most recent call last)" in report
    assert "RuntimeError: hỏng rồi" in report


def test_crash_dialog_copy_button(qtbot: QtBot) -> None:
    dialog = CrashDialog("báo cáo lỗi\nTraceback ...")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lỗi không mong muốn"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "báo cáo lỗi\nTraceback ..."
    assert dialog.copy_button.text() == "Đã sao chép"


def test_excepthook_logs_and_shows_dialog(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    hook = ExceptHook(show_dialog=shown.append)
    hook.enable_dialog()
    with caplog.at_level(logging.CRITICAL, logger="tcd_desktop.ui.crash_dialog"):
        hook(*_exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "RuntimeError: hỏng rồi" in shown[0]
    assert "Unhandled exception" in caplog.text


def test_excepthook_before_qapplication_only_logs(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    hook = ExceptHook(show_dialog=shown.append)  # no enable_dialog(): start-up phase
    hook(*_exc_info())  # type: ignore[arg-type]
    assert shown == []
    assert "RuntimeError: hỏng rồi" in capsys.readouterr().err


def test_excepthook_in_a_worker_thread_shows_dialog_on_gui_thread(qtbot: QtBot) -> None:
    shown: list[bool] = []
    hook = ExceptHook(show_dialog=lambda report: shown.append(is_gui_thread()))
    hook.enable_dialog()

    def fail() -> None:
        try:
            raise ValueError("in a worker")
        except ValueError:
            hook(*sys.exc_info())  # type: ignore[arg-type]

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown == [True]


def is_gui_thread() -> bool:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()
