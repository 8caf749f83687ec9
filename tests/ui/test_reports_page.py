"""The report forms screen: choose a form and period, count, drill down, lock, at 1366×768."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database
from tcd_desktop.ui.models.report_model import CELL_ROLE
from tcd_desktop.ui.reports import ReportsPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.report_fixtures import make_sample
from tests.ui.report_drill import drill_table


def test_count_drill_and_lock(qtbot: QtBot, qtmodeltester, sqlite_db: Database, tmp_path: Path):
    sample = make_sample(sqlite_db)
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    page = ReportsPage(sqlite_db, actor, ChangeBus(), BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)
    page.show()
    page.form_box.setCurrentIndex(page.form_box.findData("01/XLD"))
    page.kind_box.setCurrentIndex(page.kind_box.findData("Y"))
    page.year_box.setValue(2026)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(page.model)
    assert "15/12/2025" in page.period_label.text() and "14/12/2026" in page.period_label.text()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Đơn vị"
    assert page.model.index(0, 0).data() == "MS"
    last = page.model.rowCount() - 1
    assert page.model.index(last, 0).data() == "Tổng cộng"
    page.grab().save(str(tmp_path / "reports.png"))
    index = page.model.index(last, 3)
    assert index.data(CELL_ROLE) == ("", 3)
    expected = page.report.total[2]
    page.drill_cell(index)
    # the drill's own dialog (a progress dialog may show first while the records are counted)
    qtbot.waitUntil(lambda: drill_table(page) is not None, timeout=10000)
    table = drill_table(page)
    assert table is not None
    qtbot.waitUntil(lambda: table.rowCount() == expected, timeout=10000)
    assert table.rowCount() == expected
    table.window().close()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.locked is not None, timeout=10000)
    assert "ĐÃ KHÓA" in page.period_label.text()
    assert not page.lock_button.isEnabled()
