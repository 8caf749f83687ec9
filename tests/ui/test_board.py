"""The case board screen, driven like a user: counts, cards, filters, refresh, table, export."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.domain.dashboard_period import current_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Unit, User
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.models.board_model import CardRole
from tcd_desktop.ui.models.case_table_model import COL_CODE
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.test_board import direct_sql_counts, make_board_cases

LEADER = Actor(uuid.uuid4(), "ld", "Lãnh đạo", frozenset({Role.LEADER.value}))
WAIT = 10_000


def open_board(qtbot: QtBot, db: Database, bus: ChangeBus, runner: BackgroundRunner) -> BoardPage:
    """A shown board whose first load has arrived."""
    page = BoardPage(db, LEADER, bus, runner)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        page.show()
    return page


def card_codes(page: BoardPage, state: str) -> list[str]:
    return [c.code for c in page.columns.columns[state].model.cards]


def click_card(
    qtbot: QtBot, page: BoardPage, state: str, row: int, *, double: bool = False
) -> None:
    view = page.columns.columns[state].view
    rect = view.visualRect(view.model().index(row, 0))
    point = rect.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:  # a real double click starts with a press on the same item
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_counts_cards_and_masking(qtbot: QtBot, qtmodeltester, sqlite_db: Database, bus, runner):
    make_board_cases(sqlite_db, board.today_vn())
    page = open_board(qtbot, sqlite_db, bus, runner)
    with sqlite_db.session() as s:
        window = board._board_window(s)
    expected = direct_sql_counts(sqlite_db, window)
    assert page.counts() == expected
    assert expected == {
        "overdue": 2,
        "due_soon": 2,
        "on_track": 2,
        "paused": 1,
        "closed_on_time": 2,
        "closed_late": 1,
    }
    for state, column in page.columns.columns.items():
        qtmodeltester.check(column.model)
        assert column.count_label.text() == str(expected[state])
        assert len(column.model.cards) == expected[state]
    assert card_codes(page, "overdue") == ["OV-1", "OV-2"]
    due_soon = {c.code: c for c in page.columns.columns["due_soon"].model.cards}
    assert due_soon["DS-1"].citizen == board.MASKED_DENOUNCER
    assert due_soon["DS-2"].citizen == board.MASKED_DENOUNCER
    model = page.columns.columns["overdue"].model
    tooltip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Lê Văn Cường" in tooltip and "Nguyễn Văn An" in tooltip
    assert not page.grab().isNull()  # the delegate paints every card


def test_double_click_opens_the_case(qtbot: QtBot, sqlite_db: Database, bus, runner) -> None:
    fx = make_board_cases(sqlite_db, board.today_vn())
    page = open_board(qtbot, sqlite_db, bus, runner)
    with qtbot.waitSignal(page.open_case, timeout=WAIT) as opened:
        click_card(qtbot, page, "overdue", 1, double=True)
    assert opened.args == [fx.cases["OV-2"]]


def test_filters_narrow_board_table_and_backlog(qtbot: QtBot, sqlite_db: Database, bus, runner):
    fx = make_board_cases(sqlite_db, board.today_vn())
    page = open_board(qtbot, sqlite_db, bus, runner)
    qtbot.waitUntil(lambda: page.filters.unit.count() == 3, timeout=WAIT)
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        qtbot.mouseClick(page.filters.flag_buttons["mass"], Qt.MouseButton.LeftButton)
    assert page.current_filter.flags == frozenset({"mass"})
    assert sum(n or 0 for n in page.counts().values()) == 2  # DS-1 and CL-1
    assert card_codes(page, "due_soon") == ["DS-1"]
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    unit = page.filters.unit
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        unit.setCurrentIndex(unit.findData(str(fx.units["u2"])))
    assert page.current_filter.unit_id == fx.units["u2"]
    assert sum(n or 0 for n in page.counts().values()) == 3
    officer = page.filters.officer
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        officer.setCurrentIndex(officer.findData(str(fx.users["binh"])))
    assert sum(n or 0 for n in page.counts().values()) == 3  # u2's cases are all Bình's
    with qtbot.waitSignal(page.table.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.table)
    assert {c.code for c in page.table.model.cards} == {"OV-2", "OT-2", "CT-1"}


def test_refresh_on_change_keeps_scroll_and_selection(
    qtbot: QtBot, sqlite_db: Database, bus: ChangeBus, runner: BackgroundRunner
) -> None:
    today = board.today_vn()
    make_board_cases(sqlite_db, today)
    with sqlite_db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.code == "LS-TTR"))
        for i in range(150):
            s.add(
                Case(
                    code=f"Q-{i:04d}",
                    unit_id=unit_id,
                    kind="khieu_nai",
                    received_on=today,
                    due_on=today - dt.timedelta(days=10 + i),
                )
            )
    page = open_board(qtbot, sqlite_db, bus, runner)
    column = page.columns.columns["overdue"]
    assert column.count == 152 and len(column.model.cards) == 40
    bar = column.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)  # the list lays out lazily
    while len(column.model.cards) < 100:  # scrolling to the end fetches the next pages
        count = len(column.model.cards)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=count: len(column.model.cards) > n, timeout=WAIT)
        qtbot.waitUntil(lambda: bar.value() < bar.maximum(), timeout=WAIT)
    column.view.scrollTo(column.model.index(90))
    target = column.model.cards[90].id
    column.select_case(target)
    scroll = bar.value()
    loaded = len(column.model.cards)
    assert scroll > 0

    with sqlite_db.session() as s:  # someone else re-assigns one case and closes another
        moved = s.scalar(select(Case).where(Case.code == column.model.cards[50].code))
        closed = s.scalar(select(Case).where(Case.code == "Q-0149"))
        assert moved is not None and closed is not None
        moved.assignee_id = s.scalar(select(User.id).where(User.username == "binh"))
        closed.closed_on = today
        ids = [moved.id, closed.id]
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        bus.notify("case", ids)
    assert column.count == 151
    assert page.columns.columns["closed_late"].count == 2
    assert len(column.model.cards) >= loaded - 1
    assert column.selected_case() == target
    assert bar.value() == scroll
    assert column.model.row_of(ids[0]) == 49  # one case above it left the column
    assert column.model.cards[49].assignee == "Trần Thị Bình"


def test_table_sorts_in_sql_and_opens(
    qtbot: QtBot, qtmodeltester, sqlite_db: Database, bus, runner
):
    fx = make_board_cases(sqlite_db, board.today_vn())
    page = open_board(qtbot, sqlite_db, bus, runner)
    table = page.table
    with qtbot.waitSignal(table.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(table)
    qtmodeltester.check(table.model)
    assert table.model.total == 10 and len(table.model.cards) == 10
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(COL_CODE) + 10
    with qtbot.waitSignal(table.loaded, timeout=WAIT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    codes = [c.code for c in table.model.cards]
    assert codes == sorted(codes)
    with qtbot.waitSignal(table.loaded, timeout=WAIT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [c.code for c in table.model.cards] == sorted(codes, reverse=True)
    row = table.model.row_of(fx.cases["CL-1"])
    rect = table.view.visualRect(table.model.index(row, COL_CODE))
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_case, timeout=WAIT) as opened:
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [fx.cases["CL-1"]]
    masked = table.model.cards[table.model.row_of(fx.cases["DS-2"])]
    assert masked.citizen == board.MASKED_DENOUNCER
    assert table.model.index(0, 0).data(CardRole) is table.model.cards[0]


def test_backlog_export(
    qtbot: QtBot, qtmodeltester, sqlite_db: Database, bus, runner, tmp_path: Path, monkeypatch
) -> None:
    make_board_cases(sqlite_db, board.today_vn())
    page = open_board(qtbot, sqlite_db, bus, runner)
    with qtbot.waitSignal(page.backlog.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.backlog)
    qtmodeltester.check(page.backlog.model)
    assert {c.code for c in page.backlog.model.cards} == {"OV-1", "DS-1", "PA-1"}
    target = tmp_path / "ton-dong"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    button = page.backlog.export_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=WAIT)
    rows = list(load_workbook(tmp_path / "ton-dong.xlsx").active.iter_rows(values_only=True))
    assert {r[1] for r in rows[3:]} == {"OV-1", "DS-1", "PA-1"}
    assert {r[2] for r in rows[3:] if r[1] in ("DS-1", "PA-1")} == {board.MASKED_DENOUNCER}


def test_generated_database_counts_equal_sql(qtbot: QtBot, sqlite_db: Database, bus, runner):
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(sqlite_db, SYSTEM, cases=500, seed=3)
    page = open_board(qtbot, sqlite_db, bus, runner)
    with sqlite_db.session() as s:
        window = board._board_window(s)
    flt = page.current_filter  # closed columns: the current statutory period
    period = current_period(board.today_vn())
    assert (flt.closed_from, flt.closed_to) == (period.start, period.end)
    expected = direct_sql_counts(sqlite_db, window, (period.start, period.end))
    assert page.counts() == expected
    everything = direct_sql_counts(sqlite_db, window)
    assert sum(everything.values()) > 400
    assert expected["closed_on_time"] < everything["closed_on_time"]
    page.filters.period.setCurrentIndex(0)  # "all time"
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        pass
    assert page.counts() == everything


def test_destroyed_page_ignores_late_results_and_changes(
    qtbot: QtBot, sqlite_db: Database, bus: ChangeBus, runner: BackgroundRunner
) -> None:
    make_board_cases(sqlite_db, board.today_vn())
    page = BoardPage(sqlite_db, LEADER, bus, runner)
    page.show()  # starts a load whose result arrives after the page is gone
    page.deleteLater()
    qtbot.wait(20)
    runner.wait()
    bus.notify("case", [])
    qtbot.wait(50)  # no exception from a dead page's slots (pytest-qt would report it)
    assert not runner.busy
