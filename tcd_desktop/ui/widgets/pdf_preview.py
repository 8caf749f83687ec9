"""The one in-app PDF preview (QtPdf): page after page, printing, and "Save PDF".

The PDF bytes come from reportlab (real text). Printing renders each page, at most at
:data:`PRINT_DPI`, onto the ``QPrinter`` chosen in ``QPrintDialog`` (this computer's printer
settings applied). "Save PDF" writes the very bytes that were stored with the record, so
their hash matches — never a re-rendered or printed copy.
"""

from __future__ import annotations

import unicodedata
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
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.settings.printing import apply_printer_settings
from tcd_desktop.ui.widgets.field import WARNING_COLOUR, FieldMessage
from tcd_desktop.ui.widgets.unconfirmed import unconfirmed_line
from tcd_desktop.ui.widgets.window_fit import fit_window

#: Pages are rasterised at this resolution at most (a 1200 dpi A4 page would be 550 MB).
PRINT_DPI = 300


def open_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A loaded :class:`QPdfDocument` of ``data`` (its buffer is kept as a child)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, each fitted to the page; page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPreviewDialog", "Could not open the printer."))
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
    apply_printer_settings(printer)  # this computer's printer, copies, two-sided
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PdfPreviewDialog", "Print %1").replace("%1", title)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(document, printer)


def file_name_for(title: str) -> str:
    """A file name from a document title, without diacritics or spaces."""
    plain = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = "-".join("".join(c if c.isalnum() else " " for c in plain).lower().split())
    return f"{slug or 'van-ban'}.pdf"


class PdfPreviewDialog(QDialog):
    """Shows a PDF fitted to the width, with "Print…" (Ctrl+P) and "Save PDF…"."""

    #: pages sent to the printer (0: cancelled or failed)
    printed = Signal(int)
    #: the path the PDF was saved to
    saved = Signal(str)

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        file_name: str = "",
        unconfirmed: str = "",
    ) -> None:
        """``unconfirmed``: the form version's UNCONFIRMED note (#8), shown above the page
        when the document's form number is not checked against the Công báo."""
        super().__init__(parent)
        self.pdf = self.data = data
        self.file_name = file_name or file_name_for(title)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        fit_window(self, QSize(900, 1000), "pdfPreview")
        self.document = open_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.message = FieldMessage(self, wrap=True)
        self.unconfirmed = QLabel(unconfirmed_line(unconfirmed) if unconfirmed else "")
        self.unconfirmed.setObjectName("unconfirmedForm")
        self.unconfirmed.setWordWrap(True)
        self.unconfirmed.setStyleSheet(f"QLabel#unconfirmedForm {{ color: {WARNING_COLOUR}; }}")
        self.unconfirmed.setVisible(bool(unconfirmed))
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.setObjectName("printDocument")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setToolTip(self.tr("Saves the document exactly as it was issued."))
        self.save_button.clicked.connect(self.save_with_dialog)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unconfirmed)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bar)

    @Slot()
    def print_with_dialog(self) -> None:
        """Ask for a printer, then print every page."""
        try:
            pages = ask_and_print(self.document, self.windowTitle(), self)
        except OSError as exc:
            self.message.show_message(str(exc))
            pages = 0
        else:
            if pages:
                self._printed_note(pages)
        self.printed.emit(pages)

    def print_to(self, printer: QPrinter) -> int:
        """Print on ``printer`` (no dialog); the number of pages (0 when it failed)."""
        try:
            pages = print_pdf(self.document, printer)
        except OSError as exc:
            self.message.show_message(str(exc))
            return 0
        self._printed_note(pages)
        return pages

    def _printed_note(self, pages: int) -> None:
        self.message.show_message(self.tr("Sent %n page(s) to the printer.", "", pages), "warning")

    @Slot()
    def save_with_dialog(self) -> None:
        """Ask where, then write the stored bytes."""
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
            self.message.show_message(
                self.tr("Could not save the file: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        self.message.show_message(self.tr("Saved to %1").replace("%1", str(path)), "warning")
        self.saved.emit(str(path))


__all__ = ["PRINT_DPI", "PdfPreviewDialog", "ask_and_print", "open_pdf", "print_pdf"]
