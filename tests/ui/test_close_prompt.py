"""Closing with unsaved input asks Lưu / Không lưu / Hủy (issue 9 item 4), for the main
window (the reception form) and a case window (a step form left open in it); the draft
banner says what happened in neutral words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.ui.case import CaseDetailDialog
from tcd_desktop.ui.drafts import DraftStore
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.shell import install_screens
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import fill_citizen, type_into
from tests.ui.test_case_steps import WAIT, click_step
from tests.ui.vn_typing import type_text


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))


def answer_close_prompt(button: str, seen: list[str]) -> None:
    """Click ``closeSave``, ``closeDiscard`` or ``closeCancel`` on the prompt when it opens."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "closePrompt":
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        labels = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
        seen.append("|".join(labels[n] for n in ("closeSave", "closeDiscard", "closeCancel")))
        box.findChild(QPushButton, button).click()

    QTimer.singleShot(20, click)


def signed_in_window(qtbot: QtBot, database: Database) -> tuple[MainWindow, ReceptionPage]:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    screens = install_screens(window, database, actor_of(database, "tiepdan"))
    page = screens.pages["reception"]
    assert isinstance(page, ReceptionPage)
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    window._screens = screens  # type: ignore[attr-defined]  # keep them alive
    return window, page


def test_main_window_asks_cancel_keeps_discard_closes(qtbot: QtBot, desk_db: Database) -> None:
    window, page = signed_in_window(qtbot, desk_db)
    assert window.close()  # nothing typed: no question
    window.show()
    type_into(qtbot, page.form.citizen.full_name.edit, "Nguyễn Văn Bình")
    seen: list[str] = []
    answer_close_prompt("closeCancel", seen)
    assert not window.close()
    assert window.isVisible() and page.form.citizen.full_name.text() == "Nguyễn Văn Bình"
    assert seen == ["Phiếu tiếp công dân chưa được lưu.", "Lưu|Không lưu|Hủy"]
    answer_close_prompt("closeDiscard", seen)
    assert window.close()
    assert not window.isVisible()
    assert page.drafts.store.load() is None  # "Không lưu" forgets the input


def test_save_from_the_prompt_then_closes(qtbot: QtBot, desk_db: Database) -> None:
    window, page = signed_in_window(qtbot, desk_db)
    fill_citizen(qtbot, page)
    editor = page.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", leave=False)
    seen: list[str] = []
    answer_close_prompt("closeSave", seen)
    assert not window.close()  # the save runs first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert page.saved is not None


def test_save_from_the_prompt_with_errors_keeps_the_window(
    qtbot: QtBot,
    desk_db: Database,
) -> None:
    window, page = signed_in_window(qtbot, desk_db)
    type_into(qtbot, page.form.citizen.phone.edit, "0912 345 678")
    seen: list[str] = []
    answer_close_prompt("closeSave", seen)
    assert not window.close()
    qtbot.wait(300)
    assert window.isVisible() and page.saved is None and page.form.errors.shown()
    window.close_guards.clear()  # teardown closes without asking


def test_case_window_asks_about_an_open_step_form(qtbot: QtBot, complaint, bus, runner) -> None:
    org, case_id = complaint
    window = CaseDetailDialog(org.db, org.handler, bus, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.page.loaded, timeout=WAIT):
        window.show_case(case_id)
    dialog = click_step(qtbot, window.page, "assign_verification")
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT)
    assert not dialog.has_unsaved_input()
    text = next(w for w in dialog.inputs.values() if isinstance(w, QLineEdit | QPlainTextEdit))
    text.setFocus()
    type_text(text, "Tổ xác minh")
    assert dialog.has_unsaved_input()
    seen: list[str] = []
    answer_close_prompt("closeCancel", seen)
    assert not window.close()
    assert window.isVisible() and dialog.isVisible()
    assert "chưa được ghi nhận" in seen[0]
    answer_close_prompt("closeDiscard", seen)
    assert window.close()
    assert not window.isVisible() and not dialog.isVisible()


def test_restored_draft_banner_uses_neutral_words(qtbot: QtBot, desk_db: Database) -> None:
    store = DraftStore("intake-tiepdan")
    store.save({"citizen": {"full_name": "Lò Thị Mai", "province_code": "20"}})
    _window, page = signed_in_window(qtbot, desk_db)
    text = page.banner.text.text()
    assert page.banner.isVisible()
    assert "mất điện" not in text and "tắt đột ngột" not in text
    assert "Lò Thị Mai" in text and "chưa được lưu" in text
    _window.close_guards.clear()
