"""The last two steps of the first run, after the office and its administrator exist.

* :class:`CalendarStep`: the days off of this year and next (holidays, Tết, compensatory
  days off and make-up Saturdays) as the deadline clocks will count them, for the office to
  confirm; corrections are made later by the administrator (days off / make-up Saturdays).
* :class:`PrinterStep`: the printer test page (A4, margins of Nghị định 30/2020) previewed
  on screen, printed through the system dialog or saved as PDF.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, Qt, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.documents.test_page import printer_test_page_pdf
from tcd_desktop.services import setup
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.settings.printing import apply_printer_settings
from tcd_desktop.ui.widgets.pdf_preview import print_pdf

WEEKDAYS = (
    QT_TRANSLATE_NOOP("CalendarStep", "Monday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Tuesday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Wednesday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Thursday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Friday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Saturday"),
    QT_TRANSLATE_NOOP("CalendarStep", "Sunday"),
)


def days_off(db: Database, years: tuple[int, ...]) -> list[tuple[dt.date, str, bool]]:
    """(date, name, is a make-up working day) of ``years``, in date order."""
    return setup.days_off(db, years)


class CalendarStep(QWidget):
    """This year's and next year's days off, shown for confirmation."""

    confirmed = Signal()

    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__()
        self.setObjectName("calendarStep")
        today = today or dt.date.today()
        self.years = (today.year, today.year + 1)
        intro = QLabel(
            self.tr(
                "Days off of %1 and %2 used to count the legal time limits. Check them against "
                "this year's announcement; the administrator can add a compensatory day off or "
                "a make-up Saturday later."
            )
            .replace("%1", str(self.years[0]))
            .replace("%2", str(self.years[1]))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("holidayTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("Name")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for day, name, makeup in days_off(db, self.years):
            row = self.table.rowCount()
            self.table.insertRow(row)
            shown = name if not makeup else self.tr("Working day (make-up): %1").replace("%1", name)
            for column, text in enumerate(
                (day.strftime("%d/%m/%Y"), self.tr(WEEKDAYS[day.weekday()]), shown)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.confirm_button = QPushButton(self.tr("The calendar is right, continue"))
        self.confirm_button.setObjectName("confirmCalendar")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirmed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)


class PrinterStep(QWidget):
    """The printer test page: preview, print, save; then finish."""

    finished = Signal()

    def __init__(self, office: str = "") -> None:
        super().__init__()
        self.setObjectName("printerStep")
        self.pdf = printer_test_page_pdf(office)
        self._bytes = QByteArray(self.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        intro = QLabel(
            self.tr(
                "Print the test page and measure it: A4, margins of Decree 30/2020 (top 20 mm, "
                "bottom 20 mm, left 30 mm, right 15 mm). You can also skip this and print later."
            )
        )
        intro.setWordWrap(True)
        self.view = QPdfView()
        self.view.setObjectName("testPageView")
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.message = QLabel("")
        self.message.setObjectName("printerMessage")
        self.print_button = QPushButton(self.tr("Print the test page…"))
        self.print_button.setObjectName("printTestPage")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setObjectName("finishFirstRun")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @Slot()
    def print_with_dialog(self) -> None:
        """Ask for a printer, then print the page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_printer_settings(printer)
        printer.setDocName("trang-in-thu.pdf")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on ``printer`` without asking; the number of pages."""
        try:
            pages = print_pdf(self.document, printer)
        except OSError as exc:
            self.message.setText(str(exc))
            return 0
        self.message.setText(self.tr("Sent to the printer."))
        return pages

    @Slot()
    def save_with_dialog(self) -> None:
        """Write the test page's PDF where the user says."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF…"), "trang-in-thu.pdf", "PDF (*.pdf)"
        )
        if path:
            with open(path, "wb") as fh:
                fh.write(self.pdf)
