"""In-app preview (QtPdf) and printing (QPrinter) of a stored PDF document."""

from __future__ import annotations

from pathlib import Path

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
    QFileDialog,
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
    """Shows a PDF page after page, fitted to the width, with print and "Save PDF" buttons.

    "Save PDF" writes the stored bytes themselves (the vector PDF the office issued), never
    a re-rendered or printed copy.
    """

    printed = Signal(int)
    #: the path the PDF was saved to
    saved = Signal(str)

    def __init__(
        self, data: bytes, title: str, parent: QWidget | None = None, file_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.file_name = file_name or _file_name(title)
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
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setToolTip(self.tr("Saves the document exactly as it was issued."))
        self.save_button.clicked.connect(self.save_with_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        bottom = QVBoxLayout()
        bottom.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

    def _print(self) -> None:
        self.printed.emit(ask_and_print(self.document, self.windowTitle(), self))

    def save_with_dialog(self) -> None:
        """Ask where to save, then write the stored bytes."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.file_name, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the PDF's stored bytes to ``path`` (".pdf" added when missing)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            self.pages.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or ""))
            return
        self.pages.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.saved.emit(str(path))


def _file_name(title: str) -> str:
    """A file name from a document title, without diacritics or spaces."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = "-".join("".join(c if c.isalnum() else " " for c in plain).lower().split())
    return f"{slug or 'van-ban'}.pdf"
