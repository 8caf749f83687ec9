"""``NoticePrinter``: the "In thông báo" button of the queue — issue and preview the notice.

After a petition is processed the button issues the first form its outcome allows
(:func:`services.petitions.operations.issue_notice`), reads the stored PDF back and
shows it in the preview dialog; when no form fits, the refusal's reason is reported.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.context import Actor
from tcd_desktop.services.petitions import operations
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.page import run_guarded
from tcd_desktop.ui.widgets.unconfirmed import unconfirmed_line

log = logging.getLogger(__name__)


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
        self.button = QPushButton(self.tr("Print the notice"))
        self.button.setObjectName("printNotice")
        self.button.setEnabled(False)
        self._tip = self.tr("Print the notice or slip of the processing outcome just chosen")
        self.button.setToolTip(self._tip)
        self.button.clicked.connect(self.print_notice)

    def set_petition(self, petition_id: uuid.UUID, number: str) -> None:
        """Offer the notice of ``petition_id`` (just processed); the form it will be is
        fetched in the background, and the tooltip names it and says when its number is
        not checked against the Công báo (#8)."""
        self.petition_id = petition_id
        self.button.setText(self.tr("Print the notice of petition %1").replace("%1", number))
        self.button.setToolTip(self._tip)
        self.button.setEnabled(True)
        db, actor = self._db, self._actor
        run_guarded(
            self,
            self._runner,
            lambda: operations.notice_choice(db, actor, petition_id),
            lambda choice: self._offer(petition_id, choice),
            lambda _exc, tb: log.warning("could not read the notice's form:\n%s", tb),
        )

    def _offer(self, petition_id: uuid.UUID, choice: DocumentChoice | None) -> None:
        if choice is None or petition_id != self.petition_id:
            return
        lines = [self._tip, choice.name_vi]
        if choice.unconfirmed:
            lines.append(unconfirmed_line(choice.unconfirmed))
        self.button.setToolTip("\n".join(lines))

    def print_notice(self) -> None:
        """Issue the notice in the background and preview it."""
        if self.petition_id is None:
            return
        db, actor, pid = self._db, self._actor, self.petition_id
        self.button.setEnabled(False)
        run_guarded(
            self,
            self._runner,
            lambda: operations.issue_notice(db, actor, pid),
            self._show,
            self._failed,
        )

    def _show(self, result: operations.IssuedNotice) -> None:
        issued, pdf = result.document, result.pdf
        self.button.setEnabled(True)
        title = (
            self.tr("%1 — No. %2")
            .replace("%1", issued.name_vi or issued.form_code)
            .replace("%2", issued.number)
        )
        self.dialog = PdfPreviewDialog(pdf, title, self._parent, unconfirmed=issued.unconfirmed)
        self.dialog.open()
        self.previewed.emit(issued)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.button.setEnabled(True)
        self.failed.emit(exc, tb)
