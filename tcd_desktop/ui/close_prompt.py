"""The question asked before closing a window with unsaved input: Lưu / Không lưu / Hủy.

The main window asks each of its close guards (the reception form, the open case windows);
a case window asks about a step form left open in it. "Save" starts the save and keeps the
window open (it closes once the save succeeded); "Don't save" closes and forgets the input;
"Cancel" keeps everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class CloseChoice(Enum):
    """The officer's answer."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


#: a window asks each guard before closing; a guard returns False to keep the window open
CloseGuard = Callable[[], bool]


def ask_close(parent: QWidget | None, what: str) -> CloseChoice:
    """Ask whether to save ``what`` (a sentence saying what is unsaved) before closing."""
    box = QMessageBox(parent)
    box.setObjectName("closePrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ClosePrompt", "Unsaved changes"))
    box.setText(what)
    box.setInformativeText(QCoreApplication.translate("ClosePrompt", "Save before closing?"))
    save = box.addButton(
        QCoreApplication.translate("ClosePrompt", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    save.setObjectName("closeSave")
    discard = box.addButton(
        QCoreApplication.translate("ClosePrompt", "Don't save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("closeDiscard")
    cancel = box.addButton(
        QCoreApplication.translate("ClosePrompt", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("closeCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return CloseChoice.SAVE
    if clicked is discard:
        return CloseChoice.DISCARD
    return CloseChoice.CANCEL
