"""Progress for long work: the busy indicator, the progress dialog with "Stop", start-up."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tcd_desktop.services import setup
from tcd_desktop.services.progress import Cancelled, Progress
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Citizen
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.busy import SHOW_AFTER_MS, wait_off_gui_thread
from tcd_desktop.ui.widgets.progress_dialog import run_with_progress


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_quick_operation_shows_no_busy_indicator(qtbot: QtBot, window: MainWindow) -> None:
    runner = BackgroundRunner(window)
    window.watch_runner(runner)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: 1)
    qtbot.wait(SHOW_AFTER_MS + 100)
    assert window.busy.isHidden()


def test_a_long_operation_shows_the_busy_indicator_after_half_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    runner = BackgroundRunner(window)
    window.watch_runner(runner)
    release = threading.Event()
    runner.run(lambda: release.wait(10))
    qtbot.wait(SHOW_AFTER_MS // 2)
    assert window.busy.isHidden(), "not at once"
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: window.busy.isHidden(), timeout=5000)


def test_the_progress_dialog_shows_reports_and_stop_cancels(
    qtbot: QtBot, window: MainWindow
) -> None:
    runner = BackgroundRunner(window)
    outcome: list[str] = []

    def work(token: Progress) -> str:
        for step in range(1000):
            token("Counting", step, 1000)
            time.sleep(0.01)
        return "finished"

    dialog = run_with_progress(
        window,
        runner,
        "Long work",
        work,
        lambda result: outcome.append(result),
        lambda exc, _tb: outcome.append(f"error {exc}"),
        lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=5000)
    assert dialog.labelText() == "Counting" and dialog.maximum() == 1000
    dialog.canceled.emit()  # what the "Stop" button sends
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)


def test_stopping_demo_data_keeps_nothing(sqlite_db: Database) -> None:
    stages: list[str] = []

    def report(stage: str, done: int, _total: int) -> None:
        stages.append(stage)
        if done > 0:
            token.cancel()  # the user pressed "Stop" once the citizens were being written

    token = Progress(report)
    with pytest.raises(Cancelled):
        setup.load_sample_office(sqlite_db, cases=300, progress=token)
    assert len(stages) >= 2
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count(Citizen.id))) == 0
    assert setup.needs_first_run(sqlite_db)


def test_start_up_work_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[int] = []

    def work() -> str:
        seen.append(threading.get_ident())
        time.sleep(0.2)
        return "opened"

    assert wait_off_gui_thread(work) == "opened"
    assert seen and seen[0] != gui
    with pytest.raises(ZeroDivisionError):
        wait_off_gui_thread(lambda: 1 / 0)
