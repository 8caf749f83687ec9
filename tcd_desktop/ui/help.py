"""F1: the short Vietnamese guide shipped in ``resources/help/``, readable offline."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tcd_desktop.config.resources import resource_path
from tcd_desktop.ui.widgets.window_fit import fit_window

GUIDE = ("help", "huong-dan.html")


class HelpDialog(QDialog):
    """The guide in a browser that never leaves the machine (external links are off)."""

    def __init__(self, parent: QWidget | None = None, *, anchor: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        path = resource_path(*GUIDE)
        if path.is_file():
            url = QUrl.fromLocalFile(str(path))
            if anchor:
                url.setFragment(anchor)
            self.browser.setSource(url)
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_window(self, QSize(820, 680), "help")


def show_help(parent: QWidget | None = None, anchor: str = "") -> HelpDialog:
    """Open the guide (non-modal, so the officer can keep working beside it)."""
    dialog = HelpDialog(parent, anchor=anchor)
    dialog.show()
    return dialog
