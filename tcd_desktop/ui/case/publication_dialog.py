"""The officer reads the redacted public version before it is issued (Luật Tố cáo Điều 40 k3).

Shows every text the public conclusion will print, with the denouncer's identity already
replaced, and asks the officer to confirm that nothing in it still identifies the
denouncer.  "Issue" stays disabled until the box is ticked; the dialog's result carries the
preview's digest, which the service checks when it issues the document.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.publication import PublicationPreview


class PublicationPreviewDialog(QDialog):
    """Read-only preview of a public version with a confirmation box."""

    def __init__(self, preview: PublicationPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationPreview")
        self.setWindowTitle(self.tr("Public version: check before issuing"))
        self.preview = preview
        intro = QLabel(
            self.tr(
                "This is every text the public version will print. The denouncer's identity "
                "has been replaced by a mark; read it and make sure nothing left (a nickname, "
                "a relative, a place, a number) still reveals the denouncer."
            )
        )
        intro.setWordWrap(True)
        count = QLabel(self.tr("Passages hidden: %1").replace("%1", str(preview.redactions)))
        count.setObjectName("redactionCount")
        self.text = QPlainTextEdit(preview.as_text())
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.confirm = QCheckBox(
            self.tr("I have read the public version; it does not reveal the denouncer")
        )
        self.confirm.setObjectName("confirmPreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText(self.tr("Issue"))
        self.issue_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(count)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self.issue_button.setEnabled(on)

    def confirmed_digest(self) -> str | None:
        """The digest to issue with, once accepted with the box ticked."""
        if self.result() == QDialog.DialogCode.Accepted and self.confirm.isChecked():
            return self.preview.digest
        return None
