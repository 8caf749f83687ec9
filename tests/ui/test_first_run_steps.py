"""The first run after the office exists: holiday calendar to confirm, printer test page."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tcd_desktop.config import settings
from tcd_desktop.documents.test_page import printer_test_page_pdf
from tcd_desktop.store.database import Database
from tcd_desktop.ui.first_run import FirstRunDialog
from tcd_desktop.ui.first_run.steps import CalendarStep, PrinterStep, days_off
from tests.ui.test_first_run import fill

SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(settings.SETTINGS_FILE_ENV, str(path))
    return path


def test_calendar_lists_this_year_and_next(qtbot: QtBot, sqlite_db: Database) -> None:
    step = CalendarStep(sqlite_db, today=dt.date(2026, 12, 5))
    qtbot.addWidget(step)
    assert step.years == (2026, 2027)
    rows = days_off(sqlite_db, step.years)
    dates = {d for d, _name, _makeup in rows}
    assert dt.date(2026, 9, 2) in dates and dt.date(2027, 1, 1) in dates
    assert {d.year for d in dates} == {2026, 2027}
    assert step.table.rowCount() == len(rows)
    first = [step.table.item(0, c).text() for c in range(3)]
    assert first[0] == "01/01/2026" and first[1] == "Thứ Năm"


def test_test_page_is_a4_with_the_decree_margins(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = printer_test_page_pdf("Ủy ban nhân dân xã Cao Lộc", dt.date(2026, 12, 5))
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    text = reader.pages[0].extract_text()
    assert "TRANG IN THỬ" in text and "trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm" in text
    assert "Ủy ban nhân dân xã Cao Lộc" in text and "05/12/2026" in text
    step = PrinterStep("Ủy ban nhân dân xã Cao Lộc")
    qtbot.addWidget(step)
    assert step.document.pageCount() == 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in-thu.pdf"))
    assert step.print_to(printer) == 1
    assert len(PdfReader(str(tmp_path / "in-thu.pdf")).pages) == 1
    assert step.message.text() == "Đã gửi tới máy in."


def test_whole_first_run_fits_the_screen_and_works_with_enter(
    qtbot: QtBot, sqlite_db: Database, shots: Path
) -> None:
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sizeHint().width() <= SCREEN[0] and dialog.sizeHint().height() <= SCREEN[1]
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.admin_password2, Qt.Key.Key_Return)  # Enter in the form creates
    qtbot.waitUntil(lambda: dialog.calendar_step is not None, timeout=10000)
    dialog.resize(900, 640)
    dialog.grab().save(str(shots / "tcd-first-run-calendar.png"))
    assert dialog.calendar_step is not None
    qtbot.keyClick(dialog.calendar_step.table, Qt.Key.Key_Return)
    assert dialog.printer_step is not None
    qtbot.wait(50)
    dialog.grab().save(str(shots / "tcd-first-run-printer.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.printer_step.view, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "quantri"
    assert settings.get_str(settings.DESK_CODE) == "LS-01"  # this computer is that desk
