"""First-run dialog: office profile and administrator, validation next to the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tcd_desktop.services import setup
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.database import Database
from tcd_desktop.ui.first_run import FirstRunDialog
from tests.ui.vn_typing import type_text


def fill(qtbot: QtBot, dialog: FirstRunDialog, *, password2: str = "matkhau123") -> None:
    type_text(dialog.unit_name, "Ủy ban nhân dân xã Cao Lộc")
    type_text(dialog.unit_code, "LS-CAOLOC")
    dialog.province.setCurrentIndex(dialog.province.findData("20"))
    type_text(dialog.desk_code, "LS-01")
    type_text(dialog.admin_full_name, "Hoàng Văn Quản")
    type_text(dialog.admin_username, "quantri")
    type_text(dialog.admin_password, "matkhau123")
    type_text(dialog.admin_password2, password2)


def test_creates_office_and_signs_in_admin(qtbot: QtBot, sqlite_db: Database) -> None:
    assert setup.needs_first_run(sqlite_db)
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog)
    assert dialog.desk_hint.text() == "Số phiếu sẽ có dạng LS-01-2026-000001."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.calendar_step is not None, timeout=10000)
    assert dialog.calendar_step is not None and dialog.calendar_step.table.rowCount() > 10
    qtbot.keyClick(dialog.calendar_step.confirm_button, Qt.Key.Key_Return)  # Enter confirms
    assert dialog.printer_step is not None and dialog.printer_step.document.pageCount() == 1
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.printer_step.finish_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "quantri"
    assert not setup.needs_first_run(sqlite_db)
    with sqlite_db.session() as session:
        profile = setup.office_profile(session, SYSTEM)
    assert profile is not None
    assert (profile.office_name, profile.desk_code, profile.province) == (
        "Ủy ban nhân dân xã Cao Lộc",
        "LS-01",
        "Tỉnh Lạng Sơn",
    )


def test_errors_shown_next_to_fields_and_text_kept(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, password2="khac12345")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.shown() == {"admin_password2": "Hai lần nhập mật khẩu không khớp."}
    dialog.admin_password2.clear()
    type_text(dialog.admin_password2, "matkhau123")
    dialog.desk_code.clear()
    type_text(dialog.desk_code, "bàn 1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.shown()), timeout=5000)
    assert "Mã bàn tiếp" in dialog.errors.shown()["desk_code"]
    assert dialog.desk_code.text() == "bàn 1"
    assert dialog.unit_name.text() == "Ủy ban nhân dân xã Cao Lộc"
    assert setup.needs_first_run(sqlite_db)


def test_try_with_sample_data(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstRunDialog(sqlite_db, sample_cases=60)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert not dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=60000)
    summary = dialog.sample_summary.text()
    assert "Tài khoản mẫu" in summary and "tiepdan" in summary and "mau12345" in summary
    assert dialog.suggested_username == "tiepdan"
    assert sqlite_db.is_sample
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None  # the officer signs in with a sample account next
