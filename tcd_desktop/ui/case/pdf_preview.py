"""In-app preview (QtPdf) and printing (QPrinter) of a stored PDF document."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.widgets.window_fit import fit_window


def open_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A loaded :class:`QPdfDocument` of ``data`` (its buffer is kept as a child)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


#: Pages are rasterised at this resolution at most (a 1200 dpi A4 page would be 550 MB).
PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, each fitted to the page; page count."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), PRINT_DPI)
        pages = document.pageCount()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)  # 1/72 inch
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSizeF(points.width() * scale, points.height() * scale)
            painter.drawImage(QRectF(QPointF(0, 0), size), image)
        return pages
    finally:
        painter.end()


def ask_and_print(document: QPdfDocument, title: str, parent: QWidget | None = None) -> int:
    """Show the print dialog; print when accepted. Returns the pages printed (0: cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PdfPreviewDialog", "Print %1").replace("%1", title)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(document, printer)


class PdfPreviewDialog(QDialog):
    """Shows a PDF page after page, fitted to the width, with a print button."""

    printed = Signal(int)

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        fit_window(self, QSize(900, 1000), "pdfPreview")
        self.document = open_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.clicked.connect(self._print)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        bottom = QVBoxLayout()
        bottom.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

    def _print(self) -> None:
        self.printed.emit(ask_and_print(self.document, self.windowTitle(), self))
