"""One way to tell the user about an expected problem (not a bug): :func:`show_error`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def error_box(
    parent: QWidget | None, message: str, *, title: str | None = None, details: str | None = None
) -> QMessageBox:
    """Build the message box :func:`show_error` shows (separate so tests can inspect it)."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Cannot continue"))
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(
    parent: QWidget | None, message: str, *, title: str | None = None, details: str | None = None
) -> None:
    """Log an expected problem and show it in a modal message box (plain words, no traceback)."""
    log.warning("Shown to user: %s", message)
    error_box(parent, message, title=title, details=details).exec()
