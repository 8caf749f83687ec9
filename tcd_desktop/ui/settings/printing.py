"""The printer defaults of this computer (Cài đặt → In ấn) applied to a QPrinter."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from tcd_desktop.config import settings


def apply_printer_settings(printer: QPrinter) -> QPrinter:
    """A4 portrait, then the configured printer (when connected), copies and two-sided."""
    from PySide6.QtGui import QPageLayout, QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    name = settings.get_str(settings.PRINTER_NAME).strip()
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    printer.setCopyCount(settings.get_int(settings.PRINTER_COPIES))
    duplex = bool(settings.get(settings.PRINTER_DUPLEX))
    printer.setDuplex(
        QPrinter.DuplexMode.DuplexLongSide if duplex else QPrinter.DuplexMode.DuplexNone
    )
    return printer
