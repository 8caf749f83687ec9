"""``CaseDetailDialog``: the case window around :class:`CaseDetailPage`, which asks before
closing over a step form that has not been recorded."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.page import CaseDetailPage
from tcd_desktop.ui.case.step_dialog import ServiceDialog
from tcd_desktop.ui.close_prompt import CloseChoice, ask_close
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.window_fit import fit_window


class CaseDetailDialog(QDialog):
    """A window around :class:`CaseDetailPage` (same constructor, plus :meth:`show_case`)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailDialog")
        self.setWindowTitle(self.tr("Case"))
        fit_window(self, QSize(1280, 720), "case")
        self.page = CaseDetailPage(db, actor, bus, runner, self)
        self.page.case_shown.connect(self._retitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

    def confirm_close(self) -> bool:
        """Ask Lưu / Không lưu / Hủy when a step form open in this window has unsaved input."""
        for dialog in self.findChildren(ServiceDialog):
            if not dialog.has_unsaved_input():
                continue
            choice = ask_close(
                dialog,
                self.tr("The form “%1” has not been recorded.").replace("%1", dialog.windowTitle()),
            )
            if choice is CloseChoice.SAVE:
                dialog.submit()
                return False
            if choice is CloseChoice.CANCEL:
                return False
            dialog.reject()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved input first."""
        if self.isVisible() and not self.confirm_close():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape closes too, after the same question."""
        if self.confirm_close():
            super().reject()

    def show_case(self, case_id: uuid.UUID) -> None:
        """Load ``case_id`` and show the window."""
        self.page.show_case(case_id)
        self.show()

    @Slot(object)
    def _retitle(self, _case_id: object) -> None:
        if self.page.data is not None:
            self.setWindowTitle(f"{self.page.data.case.code} — {self.tr('Case')}")
