"""An inline message strip at the top of a screen: errors, warnings and confirmations.

Expected problems on a screen (a refused save, a lost connection) are shown here rather
than in a modal box, so the officer keeps the form in view and nothing typed is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "error": ("#fdecea", "#b71c1c"),
    "warning": ("#fff4e5", "#8d5b00"),
    "info": ("#e8f4fd", "#0d47a1"),
    "success": ("#edf7ed", "#1b5e20"),
}


class MessageBar(QFrame):
    """A coloured strip with a message and a close button; hidden when empty."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.level = ""
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text`` with the colours of ``level`` (error, warning, info, success)."""
        background, colour = _STYLES.get(level, _STYLES["info"])
        self.level = level
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {colour};"
            f" border-radius: 3px; }} QLabel#messageText {{ color: {colour}; }}"
        )
        self.label.setText(text)
        self.show()

    def show_error(self, text: str) -> None:
        """Show an error."""
        self.show_message(text, "error")

    def text(self) -> str:
        """The message shown ('' when hidden)."""
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""

    @Slot()
    def dismiss(self) -> None:
        """Hide the bar."""
        self.level = ""
        self.label.clear()
        self.hide()
        self.closed.emit()
