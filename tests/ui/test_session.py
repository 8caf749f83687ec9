"""Sign out, switch user, change one's password, the inactivity lock (issue 9 item 5), and
the administrator resetting a user's password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tcd_desktop.services import users
from tcd_desktop.services.users.signin import SignInFailed
from tcd_desktop.store.database import Database
from tcd_desktop.ui.login import LoginDialog
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.session import (
    ChangePasswordDialog,
    SessionController,
    inactivity_minutes,
)
from tcd_desktop.ui.shell import install_screens
from tests.ui.desk_fixtures import PASSWORD, actor_of
from tests.ui.reception_steps import type_into
from tests.ui.test_close_prompt import answer_close_prompt


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))


def sign_in_when_asked(qtbot: QtBot, username: str, password: str, seen: list[str]) -> None:
    """Type into the next sign-in dialog that opens and press Enter (it is modal)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(f"{dialog.username.text()}|{dialog.username.isReadOnly()}")
        if not dialog.username.isReadOnly():
            dialog.username.setText(username)
        dialog.password.setText(password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(20, fill)


def start(qtbot: QtBot, db: Database, username: str) -> tuple[MainWindow, SessionController]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    screens = install_screens(window, db, actor_of(db, username))
    return window, SessionController(window, db, screens)


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.file_menu
    assert isinstance(menu, QMenu)
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_file_menu_switch_user_and_sign_out(qtbot: QtBot, desk_db: Database) -> None:
    window, control = start(qtbot, desk_db, "tiepdan")
    assert file_menu_texts(window) == [
        "Đổi &mật khẩu…",
        "&Khóa màn hình",
        "Đổi &người dùng…",
        "Đăng &xuất",
        "&Thoát",
    ]
    assert window.current_screen() == "reception" and not window.is_screen_visible("admin")
    # unsaved input: the close question comes first; Hủy keeps the session
    page = window.page("reception")
    assert isinstance(page, ReceptionPage)
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    type_into(qtbot, page.form.citizen.full_name.edit, "Nguyễn Văn Bình")
    asked: list[str] = []
    answer_close_prompt("closeCancel", asked)
    assert control.switch_user() is False
    assert asked and control.actor.username == "tiepdan"
    # Không lưu, then the administrator signs in at this desk
    answer_close_prompt("closeDiscard", asked)
    seen: list[str] = []
    sign_in_when_asked(qtbot, "quantri", PASSWORD, seen)
    assert control.switch_user() is True
    assert control.actor.username == "quantri"
    assert window.is_screen_visible("admin") and "Hoàng Văn Quản" in window.user_label.text()
    # sign out: the sign-in dialog again, now the leader
    sign_in_when_asked(qtbot, "lanhdao", PASSWORD, seen)
    assert control.sign_out() is True
    assert control.actor.username == "lanhdao" and not window.is_screen_visible("admin")
    assert seen == ["|False", "|False"]


def test_change_own_password(qtbot: QtBot, desk_db: Database) -> None:
    actor = actor_of(desk_db, "tiepdan")
    dialog = ChangePasswordDialog(desk_db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("sai-mat-khau1")
    dialog.new.setText("matkhau-moi-2026")
    dialog.repeat.setText("matkhau-moi-2026")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=5000)
    assert dialog.message.text() == "Mật khẩu hiện tại không đúng."
    dialog.current.setText(PASSWORD)
    dialog.repeat.setText("khac-1234")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Hai mật khẩu mới không giống nhau."
    dialog.repeat.setText("matkhau-moi-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    with desk_db.session() as session:
        assert users.sign_in(session, "tiepdan", "matkhau-moi-2026").username == "tiepdan"
    with desk_db.session() as session, pytest.raises(SignInFailed):
        users.sign_in(session, "tiepdan", PASSWORD)


def test_inactivity_locks_and_only_the_same_user_unlocks(
    qtbot: QtBot,
    desk_db: Database,
) -> None:
    from tcd_desktop.config import settings

    settings.set_value(settings.LOCK_AFTER_MINUTES, 0)
    assert inactivity_minutes() == 0
    settings.set_value(settings.LOCK_AFTER_MINUTES, 3)
    assert inactivity_minutes() == 3
    settings.reset(settings.LOCK_AFTER_MINUTES)
    assert inactivity_minutes() == 15
    window, control = start(qtbot, desk_db, "tiepdan")
    assert control.watch.timer.isActive() and control.watch.timer.interval() == 15 * 60_000
    seen: list[str] = []
    shown_while_locked: list[bool] = []

    def while_locked() -> None:
        if not control.locked:
            QTimer.singleShot(10, while_locked)
            return
        shown_while_locked.append(window.centralWidget().isVisible())
        control.watch.timer.setInterval(15 * 60_000)  # lock once only in this test

    QTimer.singleShot(10, while_locked)
    sign_in_when_asked(qtbot, "ignored", PASSWORD, seen)
    control.watch.timer.setInterval(30)  # as if 15 minutes passed without input
    control.watch.restart()
    qtbot.waitUntil(lambda: bool(seen) and not control.locked, timeout=5000)
    assert seen == ["tiepdan|True"]  # the username is fixed: only the same user unlocks
    assert shown_while_locked == [False]
    assert window.centralWidget().isVisible() and window.isVisible()
    assert control.actor.username == "tiepdan"


def test_administrator_resets_a_password(qtbot: QtBot, desk_db: Database) -> None:
    from tests.ui.test_admin_users import open_page

    page = open_page(qtbot, desk_db, "quantri")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.select_username("tiepdan")
    page.new_password.setFocus()
    qtbot.keyClicks(page.new_password, "dat-lai-2026")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã đặt lại mật khẩu" in page.message_bar.text(), timeout=5000)
    with desk_db.session() as session:
        assert users.sign_in(session, "tiepdan", "dat-lai-2026").username == "tiepdan"
