"""F1 opens the offline Vietnamese guide (issue 9 item 11); Ctrl+1…7 switch screens and
Ctrl+N still works after going to another screen and back (item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tcd_desktop.config.resources import resource_path
from tcd_desktop.store.database import Database
from tcd_desktop.ui.help import HelpDialog
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.shell import install_screens
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import type_into


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))


def test_the_guide_ships_with_the_app_and_f1_opens_it(qtbot: QtBot, desk_db: Database) -> None:
    guide = resource_path("help", "huong-dan.html")
    assert guide.is_file()
    text = guide.read_text(encoding="utf-8")
    for heading in ("Cán bộ tiếp công dân", "Cán bộ xử lý đơn", "giám sát", "Bàn phím"):
        assert heading in text
    assert "http://" not in text and "https://" not in text  # offline
    window = MainWindow(desk_db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert "Tiếp công dân" in dialog.browser.toPlainText()
    assert "Ctrl+N" in dialog.browser.toPlainText()
    dialog.close()


def test_ctrl_numbers_switch_screens_and_ctrl_n_survives(qtbot: QtBot, desk_db: Database) -> None:
    window = MainWindow(desk_db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    screens = install_screens(window, desk_db, actor_of(desk_db, "tiepdan"))
    page = screens.pages["reception"]
    assert isinstance(page, ReceptionPage)
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.form.citizen.full_name.edit.setFocus()
    assert QApplication.focusWidget() is page.form.citizen.full_name.edit
    qtbot.keyClick(
        page.form.citizen.full_name.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_screen() == "register"
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # hidden
    assert window.current_screen() == "register"
    window.nav.setFocus()
    window.nav.setCurrentRow(0)  # back with the navigation list; the focus stays on it
    assert window.current_screen() == "reception"
    type_into(qtbot, page.form.citizen.full_name.edit, "Nguyễn Văn Bình")
    window.nav.setFocus()
    assert QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.citizen.full_name.text() == ""  # a new visit (the draft is offered back)
    assert page.banner.isVisible()
    page.banner.discard()
