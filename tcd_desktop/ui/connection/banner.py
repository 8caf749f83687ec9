"""The strip at the top of the main window that says when the server is out of reach.

It appears the moment the desk loses its connection to the office's server and stays until
the connection is back; then it says so briefly and goes away. What the officer typed stays
in the forms meanwhile (a save that fails is not half-done, and drafts are kept).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

_DOWN = "QFrame#connectionBanner { background: #fdecea; border-bottom: 2px solid #b71c1c; }"
_UP = "QFrame#connectionBanner { background: #edf7ed; border-bottom: 2px solid #1b5e20; }"


class ConnectionBanner(QFrame):
    """Hidden while connected; red while the server is unreachable; green once back."""

    def __init__(self, parent: QWidget | None = None, *, restored_ms: int = 5000) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.state: bool | None = None
        self.icon = QLabel("⚠")
        self.icon.setObjectName("connectionIcon")
        self.label = QLabel()
        self.label.setObjectName("connectionText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(restored_ms)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    @Slot(bool)
    def set_connected(self, connected: bool) -> None:
        """Show the state of the connection (the first "connected" shows nothing)."""
        was, self.state = self.state, connected
        if not connected:
            self._hide_timer.stop()
            self.setStyleSheet(_DOWN + " QLabel { color: #b71c1c; font-weight: bold; }")
            self.icon.setText("⚠")
            self.label.setText(
                self.tr(
                    "The connection to the office server was lost. What you have typed is "
                    "kept; do not close the window. Reconnecting automatically…"
                )
            )
            self.show()
        elif was is False:
            self.setStyleSheet(_UP + " QLabel { color: #1b5e20; }")
            self.icon.setText("✓")
            self.label.setText(
                self.tr(
                    "Connected to the office server again. Screens are being refreshed; "
                    "you can save now."
                )
            )
            self.show()
            self._hide_timer.start()

    def text(self) -> str:
        """The message shown ('' when hidden)."""
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""
