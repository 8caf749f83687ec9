"""Combo boxes of (value, Vietnamese label) pairs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def combo(items: tuple[tuple[str, str], ...], name: str) -> QComboBox:
    """A combo of (value, label) pairs, with an object name for tests and style sheets."""
    box = QComboBox()
    box.setObjectName(name)
    for value, label in items:
        box.addItem(label, value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (the first item when absent)."""
    at = box.findData(value)
    box.setCurrentIndex(at if at >= 0 else 0)
