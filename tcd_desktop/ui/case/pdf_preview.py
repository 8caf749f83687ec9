"""Kept for the importers in ui/case and the tests: the PDF preview lives in
:mod:`tcd_desktop.ui.widgets.pdf_preview` (one preview for every screen)."""

from tcd_desktop.ui.widgets.pdf_preview import (
    PRINT_DPI,
    PdfPreviewDialog,
    ask_and_print,
    open_pdf,
    print_pdf,
)

__all__ = ["PRINT_DPI", "PdfPreviewDialog", "ask_and_print", "open_pdf", "print_pdf"]
