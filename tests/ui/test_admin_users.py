"""Administrator screen: add an account, set roles and unit, deactivate; gated by role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services import users
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry
from tcd_desktop.ui.admin import AdminUsersPage
from tcd_desktop.ui.models.users_model import UsersTableModel
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.ui.desk_fixtures import actor_of
from tests.ui.vn_typing import type_text


def open_page(qtbot: QtBot, db: Database, username: str) -> AdminUsersPage:
    page = AdminUsersPage(db, actor_of(db, username), ChangeBus(), BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def test_only_administrators_see_the_controls(qtbot: QtBot, desk_db: Database) -> None:
    page = open_page(qtbot, desk_db, "tiepdan")
    assert not page.allowed
    note = page.findChild(QLabel, "notAllowed")
    assert note is not None
    assert note.text() == "Chỉ tài khoản quản trị hệ thống được quản lý tài khoản người dùng."
    assert page.findChild(QTableView) is None and page.findChild(QPushButton) is None


def test_add_user_set_roles_and_deactivate(
    qtbot: QtBot,
    desk_db: Database,
    qtmodeltester,
) -> None:
    page = open_page(qtbot, desk_db, "quantri")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(page.model)
    assert isinstance(page.model, UsersTableModel)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    for widget, text in (
        (dialog.username, "xulydon"),
        (dialog.full_name, "Trần Văn Xử"),
        (dialog.title_edit, "Chuyên viên"),
        (dialog.password, "matkhau123"),
        (dialog.password2, "matkhau123"),
    ):
        widget.setFocus()
        type_text(widget, text)
    # no role ticked: the service's message appears on the roles box, nothing is created
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.roles.error() != "", timeout=5000)
    assert dialog.roles.error() == "Phải chọn ít nhất một vai trò."
    dialog.roles.boxes["handling_officer"].setFocus()
    qtbot.keyClick(dialog.roles.boxes["handling_officer"], Qt.Key.Key_Space)
    dialog.unit.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("xulydon") >= 0, timeout=5000)
    assert "Đã tạo tài khoản xulydon" in page.message_bar.text()

    # give the new account a second role, then deactivate it
    page.select_username("xulydon")
    assert page.detail.isEnabled()
    page.roles.boxes["reception_officer"].setFocus()
    qtbot.keyClick(page.roles.boxes["reception_officer"], Qt.Key.Key_Space)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã lưu vai trò" in page.message_bar.text(), timeout=5000)
    row = page.model.row_of("xulydon")
    assert page.model.index(row, 4).data() == "Cán bộ tiếp công dân, Chuyên viên xử lý đơn"
    assert page.active_button.text() == "Ngừng hoạt động"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ngừng hoạt động" in str(page.model.index(row, 5).data()), timeout=5000)
    assert page.active_button.text() == "Kích hoạt lại"

    with desk_db.session() as session:
        info = users.user_info(users.find_user(session, "xulydon"))  # type: ignore[arg-type]
        assert not info.is_active and set(info.roles) == {"handling_officer", "reception_officer"}
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"user.create", "user.set_roles", "user.deactivate"} <= actions

    # the administrator cannot deactivate their own account: the button is off
    page.select_username("quantri")
    assert not page.active_button.isEnabled()
