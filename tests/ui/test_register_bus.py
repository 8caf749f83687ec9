"""An import on the register screen reaches the other screens through the change bus."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.services.register.export import HEADERS
from tcd_desktop.store.database import Database
from tcd_desktop.ui.register import RegisterPage
from tests.ui.desk_fixtures import actor_of, wired


def test_an_import_refreshes_another_register_view_without_a_notice(
    qtbot: QtBot,
    desk_db: Database,
    tmp_path: Path,
) -> None:
    path = tmp_path / "so.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        out.writerow(
            [
                "1",
                "05/08/2026",
                "Hoàng Thị Lan, xã Tân Thanh",
                "",
                "Khiếu nại bồi thường",
                "Khiếu nại",
                "1",
                "",
                "x",
                "",
                "",
                "",
                "",
            ]
        )
    bus, runner = wired()
    actor = actor_of(desk_db, "tiepdan")
    pages = [RegisterPage(desk_db, actor, bus, runner) for _ in range(2)]
    for page in pages:
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda p=page: not p.model.counting, timeout=10000)
    importer, other = pages
    assert other.model.rowCount() == 0
    published: list[str] = []
    bus.changed.connect(lambda kind, _ids: published.append(kind))

    importer.transfer.ask_open_path = lambda *_args: str(path)
    qtbot.mouseClick(importer.transfer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.transfer.dialog is not None, timeout=15000)
    dialog = importer.transfer.dialog
    assert dialog is not None and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not other.model.counting and other.model.rowCount() == 1, timeout=10000)
    assert "reception" in published and "petition" in published
