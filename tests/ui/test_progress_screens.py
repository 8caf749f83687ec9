"""The progress dialog over long work on the screens (issue #10 §4): the register's import
and export, the case list's export, the report forms' count, export and lock.

Each run is held at one report of the service (a gate on the progress token, in the test
only) so the dialog is seen with its stage and its bar; then "Stop" is pressed, or the gate
opened. Stopped: nothing imported, no file, no lock. Not stopped: the dialog closes and the
result is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from tcd_desktop.domain.report_periods import parse_period
from tcd_desktop.services import progress as progress_module
from tcd_desktop.services.context import Actor
from tcd_desktop.services.progress import Progress
from tcd_desktop.services.reports import build_report
from tcd_desktop.store.database import Database
from tcd_desktop.ui.reports import ReportsPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.progress_dialog import ProgressDialog
from tests.services.progress_helpers import register_csv
from tests.services.report_fixtures import make_sample
from tests.ui.register_helpers import count, open_register, wait_count
from tests.ui.test_board_list import open_list
from tests.ui.test_screen_fit import assert_fits

WAIT = 20_000


class Gate:
    """Holds the worker at the first report of ``stage`` with ``done >= after`` until
    :meth:`open` (the token's own report goes first, so the dialog shows that step)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, stage: str, after: int) -> None:
        self.stage, self.after = stage, after
        self.reached, self.opened = threading.Event(), threading.Event()
        report = Progress.__call__

        def held(token: Progress, stage: str, done: int, total: int) -> None:
            report(token, stage, done, total)
            if stage == self.stage and done >= self.after and not self.reached.is_set():
                self.reached.set()
                self.opened.wait(WAIT / 1000)

        monkeypatch.setattr(Progress, "__call__", held)

    def open(self) -> None:
        self.opened.set()


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Gate]]:
    """``hold(stage, after=0)``: a gate; every gate is opened at the end of the test."""
    monkeypatch.setattr(progress_module, "CHUNK", 10)  # a few dozen rows make several chunks
    gates: list[Gate] = []

    def make(stage: str, after: int = 0) -> Gate:
        gates.append(Gate(monkeypatch, stage, after))
        return gates[-1]

    yield make
    for gate in gates:
        gate.open()


def held_dialog(
    qtbot: QtBot, gate: Gate, dialog: Callable[[], ProgressDialog | None]
) -> ProgressDialog:
    """The progress dialog, once shown at the gate's step."""
    qtbot.waitUntil(lambda: gate.reached.is_set() and dialog() is not None, timeout=WAIT)
    shown = dialog()
    assert shown is not None
    qtbot.waitUntil(lambda: shown.isVisible() and shown.labelText() == gate.stage, timeout=WAIT)
    assert_fits(shown, gate.stage)
    return shown


def press_stop(qtbot: QtBot, dialog: ProgressDialog, gate: Gate) -> None:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Dừng"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "stays until the work has really stopped"
    gate.open()


def closed(dialog: ProgressDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_register_import_shows_its_steps_and_stop_imports_nothing(
    qtbot: QtBot, desk_db: Database, tmp_path: Path, hold: Callable[..., Gate]
) -> None:
    path = register_csv(tmp_path / "so.csv", 35)
    page = open_register(qtbot, desk_db)
    transfer = page.transfer
    transfer.ask_open_path = lambda *_args: str(path)

    # stopped while the rows are checked: no preview
    gate = hold("Kiểm tra từng dòng", after=10)
    qtbot.mouseClick(transfer.import_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: transfer.progress)
    assert (progress.value(), progress.maximum()) == (10, 35)
    assert progress.stages == ["Đọc tệp", "Kiểm tra từng dòng"]
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng đọc tệp" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and transfer.dialog is None

    # read whole, then stopped while writing: nothing in the register, the preview stays
    qtbot.mouseClick(transfer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transfer.dialog is not None, timeout=WAIT)
    dialog = transfer.dialog
    assert dialog is not None and dialog.import_button.isEnabled()
    gate = hold("Ghi vào sổ tiếp công dân", after=20)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: transfer.progress)
    assert (progress.value(), progress.maximum()) == (20, 35)
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng nhập" in dialog.message.text(), timeout=WAIT)
    assert closed(progress) and dialog.isVisible() and dialog.import_button.isEnabled()
    assert count(desk_db) == 0

    # imported whole: the dialog closes, the register shows the visits
    gate = hold("Ghi vào sổ tiếp công dân", after=30)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: transfer.progress)
    assert progress.value() == 30
    gate.open()
    wait_count(qtbot, page, 35)
    qtbot.waitUntil(lambda: "Đã nhập 35" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and not dialog.isVisible()


def test_register_export_shows_its_steps_and_stop_leaves_no_file(
    qtbot: QtBot, sample_db: Database, tmp_path: Path, hold: Callable[..., Gate]
) -> None:
    page = open_register(qtbot, sample_db)
    total = page.model.rowCount()
    assert total > 30
    folder = tmp_path / "out"
    folder.mkdir()
    transfer = page.transfer

    pdf = folder / "so.pdf"
    transfer.ask_save_path = lambda *_args: str(pdf)
    gate = hold("Ghi các lượt tiếp vào tệp", after=20)
    qtbot.mouseClick(transfer.export_pdf_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: transfer.progress)
    assert progress.stages == ["Đếm các lượt tiếp cần xuất", "Ghi các lượt tiếp vào tệp"]
    assert (progress.value(), progress.maximum()) == (20, total)
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng xuất" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress)
    assert not list(folder.iterdir())

    xlsx = folder / "so.xlsx"
    transfer.ask_save_path = lambda *_args: str(xlsx)
    gate = hold("Ghi các lượt tiếp vào tệp", after=10)
    qtbot.mouseClick(transfer.export_xlsx_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: transfer.progress)
    gate.open()
    qtbot.waitUntil(lambda: page.message_bar.level in ("success", "error"), timeout=WAIT)
    assert page.message_bar.level == "success", page.message_bar.text()
    assert closed(progress)
    assert [p.name for p in folder.iterdir()] == ["so.xlsx"]


def test_case_list_export_stops_without_a_file(
    qtbot: QtBot,
    sample_db: Database,
    runner: BackgroundRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold: Callable[..., Gate],
) -> None:
    page = open_list(qtbot, sample_db, runner)
    table = page.table
    target = tmp_path / "out" / "danh-sach.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    gate = hold("Ghi các vụ việc vào tệp", after=10)
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: table.progress)
    assert progress.stages == ["Tìm các vụ việc", "Đọc các vụ việc", "Ghi các vụ việc vào tệp"]
    assert progress.value() == 10 and progress.maximum() == table.model.total
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng xuất" in table.status.text(), timeout=WAIT)
    assert closed(progress) and table.export_button.isEnabled()
    assert not list(target.parent.iterdir())

    gate = hold("Ghi các vụ việc vào tệp", after=20)
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: table.progress)
    gate.open()
    qtbot.waitUntil(lambda: "Đã xuất" in table.status.text(), timeout=WAIT)
    assert closed(progress) and [p.name for p in target.parent.iterdir()] == [target.name]


def test_reports_count_save_and_lock_show_stages_and_stop(
    qtbot: QtBot,
    sqlite_db: Database,
    runner: BackgroundRunner,
    bus: ChangeBus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold: Callable[..., Gate],
) -> None:
    sample = make_sample(sqlite_db)
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    page = ReportsPage(sqlite_db, actor, bus, runner)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)
    page.show()
    page.form_box.setCurrentIndex(page.form_box.findData("01/XLD"))
    page.kind_box.setCurrentIndex(page.kind_box.findData("Y"))
    page.year_box.setValue(2026)

    # counting, stopped: no report
    gate = hold("Tổng hợp theo đơn vị")
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: page.progress)
    assert progress.stages[0] == "Đọc danh sách đơn vị"
    assert any(stage.startswith("Đếm") for stage in progress.stages)
    assert progress.maximum() == 3  # the sample's units
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng tổng hợp" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and page.report is None and page.model.rowCount() == 0
    assert page.make_button.isEnabled()

    # counted whole: the form is shown
    gate = hold("Tổng hợp theo đơn vị")
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: page.progress)
    gate.open()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    assert closed(progress) and page.report is not None

    # saved to XLSX: stopped, then whole
    target = tmp_path / "out" / "bieu.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    gate = hold("Lập bảng số liệu")
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: page.progress)
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng lưu" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and not list(target.parent.iterdir())
    gate = hold("Lưu tệp")
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: page.progress)
    assert progress.stages == ["Lập bảng số liệu", "Lưu tệp"]
    gate.open()
    qtbot.waitUntil(lambda: "Đã lưu" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and [p.name for p in target.parent.iterdir()] == [target.name]

    # locking, stopped: nothing locked; then locked
    gate = hold("Tổng hợp theo đơn vị")
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    progress = held_dialog(qtbot, gate, lambda: page.progress)
    press_stop(qtbot, progress, gate)
    qtbot.waitUntil(lambda: "Đã dừng khóa" in page.message_bar.text(), timeout=WAIT)
    assert closed(progress) and page.report.locked is None and page.lock_button.isEnabled()
    assert build_report(sqlite_db, actor, "01/XLD", parse_period("2026")).locked is None
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.locked is not None, timeout=WAIT)
    assert "ĐÃ KHÓA" in page.period_label.text()
