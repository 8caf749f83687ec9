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

from tcd_desktop.services.reception import operations
from tcd_desktop.services.reception.operations import DeskDocumentChoice
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.widgets.unconfirmed import offer

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
        super().__init__(page)
        self.setText(self.tr("Other documents…"))
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

        self.page.run_task(
            lambda: operations.desk_document_choices(db, actor, reception_id),
            lambda choices: self._loaded(reception_id, choices),
        )

    def _loaded(self, reception_id: uuid.UUID, choices: list[DeskDocumentChoice]) -> None:
        saved = self.page.saved
        if saved is None or saved.reception_id != reception_id:
            return  # the officer moved on to another visit meanwhile
        self.choices = choices
        self.menu_.clear()
        for choice in choices:
            action = self.menu_.addAction(choice.name_vi)
            action.setEnabled(choice.enabled)
            tip = message_text(choice.reason) if not choice.enabled else choice.name_vi
            offer(action, choice.name_vi, tip, choice.unconfirmed)
            action.setData(choice.form_code)
            action.triggered.connect(lambda _checked=False, c=choice: self.issue(reception_id, c))
        self.setEnabled(bool(choices))

    def issue(self, reception_id: uuid.UUID, choice: DeskDocumentChoice) -> None:
        """Issue ``choice`` in the background and preview it."""
        db, actor, page = self.page.db, self.page.actor, self.page

        form_code, petition_id = choice.form_code, choice.petition_id

        def done(result: operations.IssuedPdf) -> None:
            issued, pdf = result.document, result.pdf
            page.message_bar.dismiss()
            title = (
                self.tr("%1 No. %2")
                .replace("%1", issued.name_vi or choice.name_vi)
                .replace("%2", issued.number)
                .strip()
            )
            slug = _FILE_NAMES.get(choice.form_code, "van-ban")
            number = issued.number.replace("/", "-") or str(issued.id)[:8]
            self.dialog = PdfPreviewDialog(
                pdf, title, page, f"{slug}-{number}.pdf", unconfirmed=issued.unconfirmed
            )
            self.dialog.open()

        page.message_bar.show_message(
            self.tr("Preparing the %1…").replace("%1", choice.name_vi.lower()), "info"
        )
        page.run_task(
            lambda: operations.issue_desk_document(db, actor, reception_id, form_code, petition_id),
            done,
        )
