"""Helpers of the register screen tests: open the page, wait for counts and rows, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterRow,
    register_count,
)
from tcd_desktop.ui.register import RegisterPage
from tests.ui.desk_fixtures import actor_of, wired


def open_register(qtbot: QtBot, database: Database) -> RegisterPage:
    page = RegisterPage(database, actor_of(database, "tiepdan"), *wired())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.model.counting, timeout=10000)
    return page


def count(database: Database, flt: RegisterFilter | None = None) -> int:
    with database.session() as session:
        return register_count(session, flt or RegisterFilter())


def wait_count(qtbot: QtBot, page: RegisterPage, expected: int) -> None:
    qtbot.waitUntil(
        lambda: not page.model.counting and page.model.rowCount() == expected, timeout=10000
    )


def loaded_rows(qtbot: QtBot, page: RegisterPage, first: int, last: int) -> list:
    model = page.model
    for row in range(first, last + 1):
        model.row_object(row)
    qtbot.waitUntil(lambda: model.is_loaded(first, last), timeout=10000)
    return [model.row_object(r) for r in range(first, last + 1)]


def export(qtbot: QtBot, page: RegisterPage, path: Path, button: str) -> None:
    page.transfer.ask_save_path = lambda *_args: str(path)
    qtbot.mouseClick(getattr(page.transfer, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_bar.level in ("success", "error"), timeout=15000)
    assert page.message_bar.level == "success", page.message_bar.text()


def cells(row: RegisterRow, stt: int) -> tuple:
    """The 13 cells, text trimmed: column 8 reads " (123/QĐ-UBND)" when the sample data has
    a decision number without a body, and the importer trims it (reported upstream)."""
    return tuple(c.strip() if isinstance(c, str) else c for c in row.cells(stt))
