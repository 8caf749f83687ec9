"""Typing Vietnamese in GUI tests.

``qtbot.keyClicks`` maps every character to a key code through Latin-1 and aborts on
"Ủ" or "ộ"; a real keyboard with a Vietnamese input method delivers key events that carry
the text, which is what :func:`type_text` sends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key event per character, carrying the character as its text."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
