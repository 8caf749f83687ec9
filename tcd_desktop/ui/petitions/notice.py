"""``NoticePrinter``: the "In thông báo" button of the queue — issue and preview the notice.

After a petition is processed the button issues the first form its outcome allows
(:func:`services.case_documents.petition_document_choices`), reads the stored PDF back and
shows it in the preview dialog; when no form fits, the refusal's reason is reported.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from tcd_desktop.services import case_documents
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.store.database import Database
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.page import run_guarded


def issue_notice(
    db: Database, actor: Actor, petition_id: uuid.UUID
) -> tuple[IssuedDocument, bytes]:
    """Issue the first form the petition's outcome allows and return it with its PDF."""
    with db.session() as s:
        choices = case_documents.petition_document_choices(s, actor, petition_id)
        usable = [c for c in choices if c.enabled]
        if not usable:
            reasons = {c.reason for c in choices if c.reason}
            raise StepNotAllowed(
                "Không có thông báo nào để in cho đơn này: " + "; ".join(sorted(reasons))
            )
        issued = case_documents.generate_petition_document(
            s, actor, petition_id, usable[0].form_code
        )
    with db.session() as s:
        return issued, case_documents.document_pdf(s, actor, issued.id)


class NoticePrinter(QObject):
    """Owns the "In thông báo" button; enabled once a petition has been processed here."""

    #: the preview is shown: (IssuedDocument)
    previewed = Signal(object)
    #: issuing failed: (exception, traceback)
    failed = Signal(object, str)

    def __init__(
        self, db: Database, actor: Actor, runner: BackgroundRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner, self._parent = db, actor, runner, parent
        self.petition_id: uuid.UUID | None = None
        self.dialog: PdfPreviewDialog | None = None
        self.button = QPushButton("In thông báo")
        self.button.setObjectName("printNotice")
        self.button.setEnabled(False)
        self.button.setToolTip("In thông báo hoặc phiếu của hình thức xử lý đơn vừa chọn")
        self.button.clicked.connect(self.print_notice)

    def set_petition(self, petition_id: uuid.UUID, number: str) -> None:
        """Offer the notice of ``petition_id`` (just processed)."""
        self.petition_id = petition_id
        self.button.setText(f"In thông báo đơn {number}")
        self.button.setEnabled(True)

    def print_notice(self) -> None:
        """Issue the notice in the background and preview it."""
        if self.petition_id is None:
            return
        db, actor, pid = self._db, self._actor, self.petition_id
        self.button.setEnabled(False)
        run_guarded(self, self._runner, lambda: issue_notice(db, actor, pid),
                    self._show, self._failed)  # fmt: skip

    def _show(self, result: tuple[IssuedDocument, bytes]) -> None:
        issued, pdf = result
        self.button.setEnabled(True)
        title = f"{issued.name_vi or issued.form_code} — số {issued.number}"
        self.dialog = PdfPreviewDialog(pdf, title, self._parent)
        self.dialog.open()
        self.previewed.emit(issued)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.button.setEnabled(True)
        self.failed.emit(exc, tb)
