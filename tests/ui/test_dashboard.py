"""The dashboard screen driven like a supervisor: period, unit filter, drill-down, charts."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, dashboard
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.store.database import Database
from tcd_desktop.ui.dashboard import DashboardPage
from tcd_desktop.ui.models.dashboard_model import MetricRole
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

SUPERVISOR = Actor(uuid.uuid4(), "gs", "Giám sát", frozenset({Role.SUPERVISOR.value}))
WAIT = 20_000


@pytest.fixture
def page(qtbot: QtBot, sqlite_db: Database, runner: BackgroundRunner) -> DashboardPage:
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(sqlite_db, SYSTEM, cases=600, seed=4, today=board.today_vn())
    view = DashboardPage(sqlite_db, SUPERVISOR, ChangeBus(delay_ms=1), runner)
    qtbot.addWidget(view)
    view.resize(1366 - 210, 768 - 60)
    with qtbot.waitSignals([view.table_loaded, view.details_loaded], timeout=WAIT):
        view.show()
    return view


def test_table_drill_down_and_export(
    qtbot: QtBot, qtmodeltester, page: DashboardPage, sqlite_db: Database, tmp_path: Path
) -> None:
    qtmodeltester.check(page.units_model)
    qtmodeltester.check(page.radar_model)
    qtmodeltester.check(page.grades_model)
    assert page.table is not None and page.table.rows
    assert page.as_of.text().startswith("Số liệu tính đến") or "as of" in page.as_of.text()
    assert not page.grab().isNull()
    # click the "overdue" number of the first top unit: the list holds exactly that many
    model, view = page.units_model, page.units_view
    top = model.index(0, 0)
    column = next(c for c in range(model.columnCount()) if model.columns[c][0] == "overdue")
    cell = model.index(0, column)
    assert cell.data(MetricRole) == "overdue"
    expected = page.table.rows[0].total["overdue"]
    assert top.data() == page.table.rows[0].name
    view.scrollTo(cell)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert page.drills, "a click on a number opens its list"
    drill = page.drills[-1]
    qtbot.waitUntil(
        lambda: drill.table.model.total == expected and not drill.table.loading, timeout=WAIT
    )
    root = drill.table.model.index(-1, -1)
    while drill.table.model.canFetchMore(root):  # scrolling to the end fetches every page
        drill.table.view.scrollToBottom()
        drill.table.model.fetchMore(root)
        qtbot.waitUntil(lambda: not drill.table.model._fetching, timeout=WAIT)
    assert len(drill.table.model.cards) == expected
    assert not drill.grab().isNull()
    out = tmp_path / "ds.xlsx"
    drill.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and drill.export_button.isEnabled(), timeout=WAIT)
    from openpyxl import load_workbook

    assert load_workbook(out).active.max_row >= expected
    drill.close()


def test_period_unit_filter_and_chart_save(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path
) -> None:
    first = page.table
    assert first is not None
    # a unit: the table narrows to that unit and its units, totals equal its row before
    top = first.rows[0]
    index = page.unit.findData(str(top.unit_id))
    assert index > 0
    with qtbot.waitSignal(page.table_loaded, timeout=WAIT):
        page.unit.setCurrentIndex(index)
    assert page.table is not None and page.table.totals == top.total
    # the previous quarter
    with qtbot.waitSignal(page.table_loaded, timeout=WAIT):
        page.period.setCurrentIndex(1)
    assert page.table.period == page.current_period() != first.period
    qtbot.waitUntil(
        lambda: page.details is not None and page.details.period == page.table.period, timeout=WAIT
    )
    page.tabs.setCurrentWidget(page.charts)
    for panel in page.charts.panels():
        out = tmp_path / f"{panel.objectName()}.png"
        assert panel.save_png(out)
        image = QImage(str(out))
        assert image.width() > 100 and image.height() > 100
    for tab in range(page.tabs.count()):  # every tab paints
        page.tabs.setCurrentIndex(tab)
        assert not page.grab().isNull()
    assert dashboard.METRICS  # the service the page uses
