"""Printing the receipt of a saved visit: issue it once (number, hash, audit), then preview.

The first Ctrl+P after saving renders the receipt with the form version in force on the
visit date and stores it with the record (``documents`` row with its SHA-256); later ones
show the stored bytes again. Rendering runs in the background; the preview is QtPdf.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from tcd_desktop.services import documents, setup
from tcd_desktop.services.intake_types import SavedVisit
from tcd_desktop.ui.reception.receipt_data import RECEIPT_FORM, build_receipt
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from tcd_desktop.ui.reception.page import ReceptionPage


class ReceiptPrinter(QObject):
    """Issues and shows the giấy biên nhận of the page's saved visit."""

    def __init__(self, page: ReceptionPage) -> None:
        super().__init__(page)
        self.page = page
        self.issued: dict[uuid.UUID, tuple[documents.IssuedDocument, bytes]] = {}
        self.dialog: PdfPreviewDialog | None = None

    def show_receipt(self, saved: SavedVisit, form: dict[str, Any]) -> None:
        """Issue (first time) and preview the receipt."""
        known = self.issued.get(saved.reception_id)
        if known is not None:
            self._preview(*known)
            return
        page = self.page
        db, actor = page.db, page.actor

        def work() -> tuple[documents.IssuedDocument, bytes]:
            with db.session() as session:
                data = build_receipt(form, saved, setup.office_profile(session), actor)
                issued = documents.issue_document(
                    session,
                    actor,
                    RECEIPT_FORM,
                    data,
                    reception_id=saved.reception_id,
                    number=saved.receipt_number,
                )
                return issued, documents.document_bytes(session, actor, issued.id)

        def done(result: tuple[documents.IssuedDocument, bytes]) -> None:
            self.issued[saved.reception_id] = result
            page.bus.notify("document", [result[0].id])
            self._preview(*result)

        page.message_bar.show_message("Đang lập giấy biên nhận…", "info")
        page.run_task(work, done)

    def _preview(self, issued: documents.IssuedDocument, pdf: bytes) -> None:
        self.page.message_bar.dismiss()
        self.dialog = PdfPreviewDialog(
            pdf,
            f"Giấy biên nhận số {issued.number}",
            self.page,
            f"giay-bien-nhan-{issued.number}.pdf",
        )
        self.dialog.open()
