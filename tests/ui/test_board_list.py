"""The board's "Danh sách" tab reaches the last case and exports every case (issue 9 item 9),
and the board's column titles are not cut."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.board.case_table import PAGE_SIZE
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.ui.desk_fixtures import actor_of

WAIT = 20_000


def open_list(qtbot: QtBot, db: Database, runner: BackgroundRunner) -> BoardPage:
    page = BoardPage(db, actor_of(db, "giamsat"), ChangeBus(delay_ms=1), runner)
    qtbot.addWidget(page)
    page.resize(1140, 680)
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        page.show()
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        page.filters.period.setCurrentIndex(0)  # all time: every closed case is listed too
    with qtbot.waitSignal(page.table.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.table)
    return page


def test_scrolling_and_show_all_reach_the_last_case(
    qtbot: QtBot,
    sample_db: Database,
    runner,
) -> None:
    page = open_list(qtbot, sample_db, runner)
    table = page.table
    total = table.model.total
    assert total > 2 * PAGE_SIZE and len(table.model.cards) == PAGE_SIZE
    assert table.load_all_button.isVisible()
    # scrolling to the end loads the next page
    with qtbot.waitSignal(table.loaded, timeout=WAIT):
        table.view.scrollToBottom()
        qtbot.keyClick(table.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert len(table.model.cards) == 2 * PAGE_SIZE
    # "Hiện tất cả" brings the rest
    qtbot.mouseClick(table.load_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(table.model.cards) == total, timeout=WAIT)
    assert not table.load_all_button.isVisible()
    assert table.status.text() == f"Đang hiện {total:,} trên {total:,} vụ việc".replace(",", ".")
    assert len({c.id for c in table.model.cards}) == total


def test_the_list_exports_every_case(
    qtbot: QtBot,
    sample_db: Database,
    runner,
    tmp_path: Path,
    monkeypatch,
) -> None:
    page = open_list(qtbot, sample_db, runner)
    table = page.table
    target = tmp_path / "danh-sach"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert table.export_button.isVisible() and table.export_button.text() == "Xuất ra Excel…"
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã xuất" in table.status.text(), timeout=WAIT)
    rows = list(load_workbook(tmp_path / "danh-sach.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "DANH SÁCH VỤ VIỆC"
    codes = [r[1] for r in rows[3:]]
    assert len(codes) == table.model.total == len(set(codes))


def test_column_titles_wrap_instead_of_being_cut(
    qtbot: QtBot,
    sample_db: Database,
    runner,
) -> None:
    page = BoardPage(sample_db, actor_of(sample_db, "giamsat"), ChangeBus(delay_ms=1), runner)
    qtbot.addWidget(page)
    page.resize(1140, 680)
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        page.show()
    columns = list(page.columns.columns.values())
    assert columns
    for column in columns:
        title = column.title
        assert title.wordWrap()
        lines = title.heightForWidth(title.width()) // title.fontMetrics().lineSpacing()
        needed = title.fontMetrics().horizontalAdvance(title.text())
        assert needed <= title.width() * max(1, lines), title.text()
        assert title.height() >= title.heightForWidth(title.width()), title.text()
