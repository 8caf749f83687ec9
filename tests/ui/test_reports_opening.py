"""The opening-balances screen: enter a figure, see it listed, import a sheet, remove one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.reports import ReportsPage
from tcd_desktop.ui.reports.opening import OpeningBalancesDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.report_fixtures import make_sample


def test_enter_import_and_remove(qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch):
    sample = make_sample(sqlite_db, n=20)
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    bus = ChangeBus()
    runner = BackgroundRunner(bus=bus)  # publishes what each operation changed
    page = ReportsPage(sqlite_db, actor, bus, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.opening_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(OpeningBalancesDialog) is not None, timeout=5000)
    dialog = page.findChild(OpeningBalancesDialog)
    qtbot.waitUntil(lambda: dialog.unit_box.count() == 3, timeout=10000)
    assert dialog.table.rowCount() == 0

    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData(sample.commune))
    dialog.form_box.setCurrentIndex(dialog.form_box.findData("01/XLD"))
    dialog.column_box.setCurrentIndex(dialog.column_box.findData(2))
    dialog.value_box.setValue(7)
    dialog.note_edit.setText("Sổ cũ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.table.item(0, 1).text() == "01/XLD" and dialog.table.item(0, 4).text() == "7"
    # a formula column is not offered
    assert all(dialog.column_box.itemData(i) != 1 for i in range(dialog.column_box.count()))

    sheet = tmp_path / "sodu.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã đơn vị", "Biểu", "Cột", "Số liệu", "Ngày", "Ghi chú"])
    ws.append([sample.department, "01/KQGQ", 2, 4, "01/01/2026", ""])
    ws.append([sample.province, "01/KQGQ", 2, 5, "01/01/2026", ""])
    wb.save(sheet)
    monkeypatch.setattr(
        "tcd_desktop.ui.reports.opening.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(sheet), ""),
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nhập nhầm", True))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    dialog.resize(1366 - 80, 768 - 120)
    dialog.grab().save(str(tmp_path / "opening.png"))


def test_a_leader_only_reads(qtbot: QtBot, sqlite_db: Database):
    sample = make_sample(sqlite_db, n=10)
    leader = Actor(sample.supervisor_id, "ld", "Lãnh đạo", frozenset({"leader"}))
    dialog = OpeningBalancesDialog(sqlite_db, leader, ChangeBus(), BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.unit_box.count() == 3, timeout=10000)
    assert not dialog.add_button.isVisible() and not dialog.remove_button.isVisible()
