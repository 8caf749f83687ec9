"""The reception form needs no sideways scrolling on a 1366×768 screen (issue #9).

The main window is maximised on the offscreen 1366×768 screen (tests/conftest.py); in each
state — empty, errors shown, several petitions, the agent frame, the repeat warning — the
form's horizontal scroll bar stays hidden and its contents fit the visible width.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.reception.page import ReceptionPage
from tcd_desktop.ui.shell import install_screens
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import EARLIER_ID, check, seed_earlier_visit, type_into
from tests.ui.test_close_prompt import answer_close_prompt

SHOTS = os.environ.get("TCD_SCREENSHOTS")


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))
    yield


def assert_no_sideways_scroll(window: MainWindow, page: ReceptionPage, state: str) -> None:
    QApplication.processEvents()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, f"reception-{state.replace(' ', '-')}.png"))
    assert window.screen().availableGeometry().width() == 1366
    assert window.frameGeometry().width() <= 1366, f"{state}: window {window.frameGeometry()}"
    bar = page.scroll.horizontalScrollBar()
    content = page.scroll.widget()
    viewport = page.scroll.viewport().width()
    assert content.minimumSizeHint().width() <= viewport, (
        f"{state}: the form asks for {content.minimumSizeHint().width()} px, "
        f"the view is {viewport} px"
    )
    assert not bar.isVisible() and bar.maximum() == 0, f"{state}: sideways scroll bar shown"


def test_reception_form_never_scrolls_sideways(qtbot: QtBot, desk_db: Database) -> None:
    window = MainWindow(desk_db)
    qtbot.addWidget(window)
    window.showMaximized()
    screens = install_screens(window, desk_db, actor_of(desk_db, "tiepdan"))
    page = screens.pages["reception"]
    assert isinstance(page, ReceptionPage)
    window.showMaximized()
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    assert_no_sideways_scroll(window, page, "empty")

    page.save()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert page.form.errors.shown()
    assert_no_sideways_scroll(window, page, "errors shown")

    for _ in range(3):
        page.form.petitions.add_petition()
    assert len(page.form.petitions.editors()) == 4
    assert_no_sideways_scroll(window, page, "four petitions")

    citizen = page.form.citizen
    check(qtbot, citizen.has_agent)
    assert citizen.agent_frame.isVisibleTo(page)
    assert_no_sideways_scroll(window, page, "agent frame")
    page.save()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert_no_sideways_scroll(window, page, "agent frame with errors")

    seed_earlier_visit(desk_db)
    type_into(qtbot, citizen.full_name.edit, "Phạm Thị Hoa")
    type_into(qtbot, citizen.id_number.edit, EARLIER_ID)
    qtbot.waitUntil(lambda: page.repeats.model.rowCount() == 1, timeout=5000)
    assert_no_sideways_scroll(window, page, "repeat warning")

    seen: list[str] = []
    answer_close_prompt("closeDiscard", seen)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert seen, "closing with typed input asks Lưu / Không lưu / Hủy"
