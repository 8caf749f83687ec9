"""In-app preview of a generated PDF (QtPdf) with printing through the system dialog.

The PDF bytes come from reportlab (real text); printing renders each page at the printer's
resolution onto a ``QPrinter`` chosen in ``QPrintDialog``. "Lưu bản PDF" writes the very
bytes that were stored with the record, so their hash matches.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Slot
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.settings.printing import apply_printer_settings
from tcd_desktop.ui.widgets.field import FieldMessage
from tcd_desktop.ui.widgets.window_fit import fit_window


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer``; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Không mở được máy in.")
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
    finally:
        painter.end()
    return document.pageCount()


class PdfPreviewDialog(QDialog):
    """Shows a PDF; prints it; saves the original bytes."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str = "van-ban.pdf", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        fit_window(self, QSize(860, 980), "pdfPreview")
        self.pdf = pdf
        self.file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.info = QLabel(f"{self.document.pageCount()} trang")
        self.message = FieldMessage(self, wrap=True)
        self.print_button = QPushButton("In… (Ctrl+P)")
        self.print_button.setObjectName("printPdf")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton("Lưu bản PDF…")
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_with_dialog)
        close = QPushButton("Đóng")
        close.setObjectName("closePdf")
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)

        bar = QHBoxLayout()
        bar.addWidget(self.info)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bar)

    @Slot()
    def print_with_dialog(self) -> None:
        """Ask for a printer, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_printer_settings(printer)  # this computer's printer, copies, two-sided
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("In văn bản")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on ``printer`` (no dialog); the number of pages."""
        try:
            pages = print_pdf(self.document, printer)
        except OSError as exc:
            self.message.show_message(str(exc))
            return 0
        self.message.show_message(f"Đã gửi {pages} trang tới máy in.", "warning")
        return pages

    @Slot()
    def save_with_dialog(self) -> None:
        """Ask where, then write the PDF."""
        path, _ = QFileDialog.getSaveFileName(
            self, "Lưu bản PDF", self.file_name, "Tệp PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the original PDF bytes to ``path``."""
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            self.message.show_message(f"Không lưu được tệp: {exc}")
            return
        self.message.show_message(f"Đã lưu {path}", "warning")


__all__ = ["PdfPreviewDialog", "print_pdf"]
