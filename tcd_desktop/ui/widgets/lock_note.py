"""A note with a drawn lock icon (the 🔒 character shows as an empty box in many fonts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tcd_desktop.config.resources import resource_path


def lock_note(text: str, colour: str = "#4a148c") -> tuple[QWidget, QLabel]:
    """The note widget (icon + word-wrapped bold text) and its text label."""
    note = QWidget()
    lock = QLabel()
    lock.setPixmap(QIcon(str(resource_path("icons", "lock.svg"))).pixmap(16, 16))
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    row = QHBoxLayout(note)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return note, label
