"""The board's unit filter counts the unit's child units unless "This unit only" is ticked
(issue 9 item 9), and the closed columns follow the period picked in the header."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tcd_desktop.services import board
from tcd_desktop.store.database import Database
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.test_board_scope import make_tree
from tests.ui.test_board import LEADER, WAIT


def test_unit_filter_with_and_without_children(
    qtbot: QtBot, sqlite_db: Database, runner: BackgroundRunner
) -> None:
    ids = make_tree(sqlite_db)
    page = BoardPage(sqlite_db, LEADER, ChangeBus(delay_ms=1), runner)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    with qtbot.waitSignal(page.board_loaded, timeout=WAIT):
        page.show()

    def settled(check: object) -> None:  # the debounced filter is in force and loaded
        qtbot.waitUntil(lambda: check() and not page._pending, timeout=WAIT)  # type: ignore[operator]

    page.filters.period.setCurrentIndex(0)  # all time: the closed columns count everything
    settled(lambda: page.current_filter.closed_from is None)
    qtbot.waitUntil(lambda: page.filters.unit.count() > 4, timeout=WAIT)
    index = page.filters.unit.findData(str(ids["P.X"]))
    page.filters.unit.setCurrentIndex(index)
    settled(lambda: page.current_filter.unit_id == ids["P.X"])
    both = page.counts()
    flt = page.current_filter
    assert flt.unit_id == ids["P.X"] and flt.include_children
    assert sum(both.values()) == 12  # 6 cases of the commune + 6 of the unit below it
    assert both == board.board_counts(sqlite_db, LEADER, flt, today=board.today_vn())
    page.filters.unit_only.setChecked(True)
    settled(lambda: not page.current_filter.include_children)
    assert sum(page.counts().values()) == 6
    assert not page.current_filter.include_children
