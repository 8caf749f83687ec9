"""The "Văn bản khác…" button of the reception page: the visit's other printed documents.

After a save, the choices (refusal notice, guidance and transfer slips, record of a verbal
petition) are loaded in the background and listed in the button's menu; a document the
visit does not call for is shown disabled with the reason as its tooltip. Choosing one
issues it from the database (number, PDF, hash, audit) off the GUI thread and previews it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from tcd_desktop.services import documents
from tcd_desktop.services.desk_documents import (
    DeskDocumentChoice,
    desk_document_choices,
    issue_desk_document,
)
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from tcd_desktop.ui.reception.page import ReceptionPage

_FILE_NAMES = {
    "tcd.refusal": "thong-bao-tu-choi",
    "tcd.guidance": "phieu-huong-dan",
    "xld.transfer": "phieu-chuyen-don",
    "tcd.record": "bien-ban-tiep-cong-dan",
}


class DeskDocumentsButton(QPushButton):
    """A button with a menu of the saved visit's other documents."""

    def __init__(self, page: ReceptionPage) -> None:
        super().__init__("Văn bản khác…", page)
        self.setObjectName("deskDocuments")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.page = page
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("deskDocumentsMenu")
        self.menu_.setToolTipsVisible(True)
        self.setMenu(self.menu_)
        self.choices: list[DeskDocumentChoice] = []
        self.dialog: PdfPreviewDialog | None = None
        self.reset()

    def reset(self) -> None:
        """No saved visit: nothing to issue."""
        self.choices = []
        self.menu_.clear()
        self.setEnabled(False)

    def load(self, reception_id: uuid.UUID) -> None:
        """Fetch the choices of the visit just saved (background), then enable the button."""
        db, actor = self.page.db, self.page.actor

        def work() -> list[DeskDocumentChoice]:
            with db.session() as session:
                return desk_document_choices(session, actor, reception_id)

        self.page.run_task(work, lambda choices: self._loaded(reception_id, choices))

    def _loaded(self, reception_id: uuid.UUID, choices: list[DeskDocumentChoice]) -> None:
        saved = self.page.saved
        if saved is None or saved.reception_id != reception_id:
            return  # the officer moved on to another visit meanwhile
        self.choices = choices
        self.menu_.clear()
        for choice in choices:
            action = self.menu_.addAction(choice.name_vi)
            action.setEnabled(choice.enabled)
            action.setToolTip(choice.reason if not choice.enabled else choice.name_vi)
            action.setData(choice.form_code)
            action.triggered.connect(lambda _checked=False, c=choice: self.issue(reception_id, c))
        self.setEnabled(bool(choices))

    def issue(self, reception_id: uuid.UUID, choice: DeskDocumentChoice) -> None:
        """Issue ``choice`` in the background and preview it."""
        db, actor, page = self.page.db, self.page.actor, self.page

        def work() -> tuple[documents.IssuedDocument, bytes]:
            with db.session() as session:
                issued = issue_desk_document(
                    session, actor, reception_id, choice.form_code, choice.petition_id
                )
                return issued, documents.document_bytes(session, actor, issued.id)

        def done(result: tuple[documents.IssuedDocument, bytes]) -> None:
            issued, pdf = result
            page.bus.notify("document", [issued.id])
            page.message_bar.dismiss()
            title = f"{issued.name_vi or choice.name_vi} số {issued.number}".strip()
            slug = _FILE_NAMES.get(choice.form_code, "van-ban")
            number = issued.number.replace("/", "-") or str(issued.id)[:8]
            self.dialog = PdfPreviewDialog(pdf, title, page, f"{slug}-{number}.pdf")
            self.dialog.open()

        page.message_bar.show_message(f"Đang lập {choice.name_vi.lower()}…", "info")
        page.run_task(work, done)
