"""Printing the receipt of a saved visit: issue it once (number, hash, audit), then preview.

The first Ctrl+P after saving asks the service to build the receipt from the saved record
with the form version in force on the visit date and store it with the record
(``documents`` row with its SHA-256); later ones show the stored bytes again. Rendering
runs in the background; the preview is QtPdf.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tcd_desktop.services.reception import operations
from tcd_desktop.services.reception.inputs import SavedVisit
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from tcd_desktop.ui.reception.page import ReceptionPage


class ReceiptPrinter(QObject):
    """Issues and shows the giấy biên nhận of the page's saved visit."""

    def __init__(self, page: ReceptionPage) -> None:
        super().__init__(page)
        self.page = page
        self.issued: dict[uuid.UUID, operations.IssuedPdf] = {}
        self.dialog: PdfPreviewDialog | None = None

    def show_receipt(self, saved: SavedVisit) -> None:
        """Issue (first time) and preview the receipt."""
        known = self.issued.get(saved.reception_id)
        if known is not None:
            self._preview(known)
            return
        page = self.page
        db, actor, reception_id = page.db, page.actor, saved.reception_id

        def done(result: operations.IssuedPdf) -> None:
            self.issued[reception_id] = result
            self._preview(result)

        page.message_bar.show_message(self.tr("Preparing the receipt…"), "info")
        page.run_task(lambda: operations.issue_receipt(db, actor, reception_id), done)

    def _preview(self, result: operations.IssuedPdf) -> None:
        number = result.document.number
        self.page.message_bar.dismiss()
        self.dialog = PdfPreviewDialog(
            result.pdf,
            self.tr("Receipt No. %1").replace("%1", number),
            self.page,
            f"giay-bien-nhan-{number}.pdf",
            unconfirmed=result.document.unconfirmed,
        )
        self.dialog.open()
