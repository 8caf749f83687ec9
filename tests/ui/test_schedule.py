"""Leaders' periodic reception schedule: plan, record days held, warnings below the minimum."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database
from tcd_desktop.ui.models.schedule_model import LeaderMonthModel
from tcd_desktop.ui.schedule import SchedulePage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.ui.desk_fixtures import actor_of


def open_page(qtbot: QtBot, db: Database, actor: Actor) -> SchedulePage:
    page = SchedulePage(db, actor, ChangeBus(), BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    return page


def go_to(qtbot: QtBot, page: SchedulePage, year: int, month: int) -> None:
    while (page.year, page.month) != (year, month):
        forward = (page.year, page.month) < (year, month)
        button = page.next_button if forward else page.prev_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                page.current is not None
                and (page.current.year, page.current.month) == (page.year, page.month)
            ),
            timeout=5000,
        )


def press_day(qtbot: QtBot, page: SchedulePage, day: dt.date) -> None:
    """Select a day with the calendar's keyboard focus and press Enter."""
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    target = page.calendar.focusProxy() or page.calendar
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_plan_a_month_and_the_minimum(qtbot: QtBot, desk_db: Database) -> None:
    page = open_page(qtbot, desk_db, actor_of(desk_db, "tiepdan"))
    today = dt.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    if dt.date(year, month, 1) < dt.date(2026, 7, 1):
        year, month = 2026, 8  # the commune chairman's 2-days-a-month rule
    go_to(qtbot, page, year, month)
    leader = page.model.month_at(0)
    assert leader.leader_name == "Lê Văn Lãnh"
    assert leader.required == 2 and leader.planned_count == 0
    assert "ít hơn mức tối thiểu 2 ngày/tháng" in page.warnings.text()
    assert page.model.index(0, 5).data().startswith("Lịch tháng")
    assert "lãnh đạo có cảnh báo" in page.message_bar.text()

    press_day(qtbot, page, dt.date(year, month, 10))
    press_day(qtbot, page, dt.date(year, month, 24))
    page.place.clear()
    page.place.setFocus()
    qtbot.keyClicks(page.place, "Tru so tiep cong dan xa")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.month_at(0).planned_count == 2, timeout=5000)
    month_row = page.model.month_at(0)
    assert not any("ít hơn" in w for w in month_row.warnings)
    assert page.model.index(0, 3).data() == "2"
    assert month_row.place == "Tru so tiep cong dan xa"


def test_held_day_counts_and_shortfall_warning(qtbot: QtBot, desk_db: Database) -> None:
    page = open_page(qtbot, desk_db, actor_of(desk_db, "tiepdan"))
    today = dt.date.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    go_to(qtbot, page, year, month)
    day = dt.date(year, month, 15)
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    page.note.setFocus()
    qtbot.keyClicks(page.note, "Khong co cong dan den")
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.month_at(0).held_count == 1, timeout=5000)
    held = page.model.month_at(0)
    assert page.model.index(0, 4).data() == "1"
    if held.required and held.required > held.held_count:
        assert held.held_shortfall > 0
        assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_supervisor_sees_but_cannot_plan(qtbot: QtBot, desk_db: Database, qtmodeltester) -> None:
    supervisor = Actor(None, "giamsat", "Phạm Thị Giám", frozenset({"supervisor"}))
    page = open_page(qtbot, desk_db, supervisor)
    assert not page.save_button.isVisibleTo(page)
    assert not page.held_button.isVisibleTo(page)
    assert not page.category.isEnabled()
    qtmodeltester.check(page.model)
    assert isinstance(page.model, LeaderMonthModel)
