"""The queue shows the 45-day limit (T2B, NĐ 154/2026/NĐ-CP Điều 41 k3b) and filters and counts
the petitions over 45 days unprocessed, for the officer and the leader.

Today is Tue 18/8/2026. 45 calendar days from receipt (tests/services/test_petitions_t2b.py):
received Wed 1/7 and Fri 3/7 → due Mon 17/8 (overdue); Sat 4/7 → Tue 18/8 (due today, due
soon); Mon 3/8 → Thu 17/9 (on time); Tue 30/6 → no 45-day clock (before 01/7/2026).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QFont
from pytestqt.qtbot import QtBot

from tcd_desktop.services import petitions
from tcd_desktop.services.context import Actor
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.models.case_text import state_colour
from tcd_desktop.ui.models.petition_queue_model import COL_NUMBER, COL_T2B
from tcd_desktop.ui.petitions import PetitionQueuePage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition

D = dt.date
TODAY = D(2026, 8, 18)
WAIT = 10_000


def add_queue(org: Org) -> dict[str, object]:
    return {
        "30/6": add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 6, 30)),
        "1/7": add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 7, 1), visit=True),
        "3/7": add_petition(
            org.db, org, kind="to_cao", received_on=D(2026, 7, 3), citizen_id=org.denouncer
        ),
        "4/7": add_petition(org.db, org, kind="kien_nghi", received_on=D(2026, 7, 4)),
        "3/8": add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3)),
    }


def open_page(
    qtbot: QtBot, org: Org, actor: Actor, bus: ChangeBus, runner: BackgroundRunner
) -> tuple[MainWindow, PetitionQueuePage]:
    """The queue inside the main window on a 1366×768 screen, as the officer sees it."""
    window = MainWindow(org.db)
    qtbot.addWidget(window)
    page = PetitionQueuePage(org.db, actor, bus, runner, today=TODAY)
    window.set_page("petitions", page)
    window.show_screen("petitions")
    window.resize(1366, 768)
    with qtbot.waitSignals([page.queue_loaded, page.options_loaded], timeout=WAIT):
        window.show()
    qtbot.waitExposed(window)
    return window, page


def cell(page: PetitionQueuePage, pid: object, col: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(page.model.row_of(pid), col).data(role)  # type: ignore[arg-type]


def toggle(qtbot: QtBot, page: PetitionQueuePage) -> None:
    box = page.t2b_overdue
    with qtbot.waitSignal(page.queue_loaded, timeout=WAIT):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_queue_shows_the_45_day_limit_and_filters_the_overdue(
    qtbot: QtBot,
    qtmodeltester,
    org: Org,
    bus: ChangeBus,
    runner: BackgroundRunner,
    shots: Path,
) -> None:
    ids = add_queue(org)
    window, page = open_page(qtbot, org, org.handler, bus, runner)
    qtmodeltester.check(page.model)
    header = page.model.headerData(COL_T2B, Qt.Orientation.Horizontal)
    assert header == "Hạn 45 ngày"
    assert {k: cell(page, pid, COL_T2B) for k, pid in ids.items()} == {
        "30/6": "",
        "1/7": "17/08/2026",
        "3/7": "17/08/2026",
        "4/7": "18/08/2026",
        "3/8": "17/09/2026",
    }
    overdue = cell(page, ids["1/7"], COL_T2B, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush) and overdue.color() == state_colour("overdue")
    font = cell(page, ids["1/7"], COL_T2B, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    soon = cell(page, ids["4/7"], COL_T2B, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(soon, QBrush) and soon.color() == state_colour("due_soon")
    assert cell(page, ids["3/8"], COL_T2B, Qt.ItemDataRole.ForegroundRole) is None
    tip = cell(page, ids["1/7"], COL_T2B, Qt.ItemDataRole.ToolTipRole)
    assert (
        "Không xử lý đơn quá 45 ngày mà không có lý do là hành vi bị xử lý kỷ luật "
        "(Nghị định 154/2026/NĐ-CP, Điều 41 khoản 3 điểm b): hạn 17/08/2026 (thứ Hai) — Quá hạn"
    ) in tip
    assert "45 ngày" not in cell(page, ids["30/6"], COL_T2B, Qt.ItemDataRole.ToolTipRole)
    # the count covers the whole queue of the filters, the box and the status say it
    assert page.t2b_overdue.text() == "Quá 45 ngày chưa xử lý (2)"
    assert "Điều 41" in page.t2b_overdue.toolTip()
    assert page.status.text() == "5 đơn chờ xử lý · 5 quá hạn · 2 quá 45 ngày chưa xử lý"
    assert page.table.columnWidth(COL_T2B) >= page.table.fontMetrics().horizontalAdvance(
        "17/08/2026"
    )

    qtbot.wait(50)  # the layout takes the new texts
    for label in (page.t2b_overdue, page.status):  # nothing cut
        assert label.width() >= label.sizeHint().width(), label.text()
    shot = window.grab()
    assert (shot.width(), shot.height()) == (1366, 768)
    assert shot.save(str(shots / "t2b-queue.png"))

    toggle(qtbot, page)
    assert page.t2b_overdue.isChecked()
    assert [r.petition_id for r in page.model.rows] == [ids["1/7"], ids["3/7"]]
    assert [cell(page, pid, COL_NUMBER) for pid in (ids["1/7"], ids["3/7"])] == [
        r.number for r in page.model.rows
    ]
    assert page.t2b_overdue.text() == "Quá 45 ngày chưa xử lý (2)"
    assert page.status.text() == "2 đơn chờ xử lý · 2 quá hạn · 2 quá 45 ngày chưa xử lý"
    qtbot.wait(50)
    assert window.grab().save(str(shots / "t2b-queue-filtered.png"))
    toggle(qtbot, page)
    assert len(page.model.rows) == 5


def test_the_leader_counts_per_unit_and_processing_clears_the_count(
    qtbot: QtBot, org: Org, bus: ChangeBus, runner: BackgroundRunner
) -> None:
    ids = add_queue(org)
    add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 7, 2), unit_id=org.commune)
    _window, page = open_page(qtbot, org, org.leader, bus, runner)
    assert page.t2b_overdue.text() == "Quá 45 ngày chưa xử lý (3)"
    with qtbot.waitSignal(page.queue_loaded, timeout=WAIT):
        page.unit.setCurrentIndex(page.unit.findData(str(org.commune)))
    assert page.t2b_overdue.text() == "Quá 45 ngày chưa xử lý (1)"
    with qtbot.waitSignal(page.queue_loaded, timeout=WAIT):
        page.unit.setCurrentIndex(0)
    toggle(qtbot, page)
    assert len(page.model.rows) == 3
    with org.db.session() as s:
        petitions.transfer_petition(
            s, org.handler, ids["1/7"], on=TODAY, to_body="UBND xã Hữu Lũng"
        )
    with qtbot.waitSignal(page.queue_loaded, timeout=WAIT):
        page.refresh()
    assert page.t2b_overdue.text() == "Quá 45 ngày chưa xử lý (2)"
    assert ids["1/7"] not in {r.petition_id for r in page.model.rows}
