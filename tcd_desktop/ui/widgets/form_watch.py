"""Wire any input widget to two callbacks: "something changed" and "a field was left".

The intake form uses this for its draft: a change marks the draft dirty, leaving a field
(or picking from a list) writes it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from tcd_desktop.ui.widgets.field import CheckedLineEdit
from tcd_desktop.ui.widgets.rows_table import RowsEditor

Callback = Callable[[], None]


class _FocusOut(QObject):
    """Calls ``done`` when the watched widget loses the keyboard focus."""

    def __init__(self, done: Callback, parent: QObject) -> None:
        super().__init__(parent)
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass every event on; note focus-out."""
        if event.type() == QEvent.Type.FocusOut:
            self._done()
        return False


def watch(widget: QWidget, changed: Callback, done: Callback) -> None:
    """Connect ``widget``'s edit signals to ``changed`` and its commit signals to ``done``."""
    if isinstance(widget, (CheckedLineEdit, QLineEdit)):
        widget.textChanged.connect(lambda _t: changed())
        widget.editingFinished.connect(done)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: (changed(), done()))
        if widget.isEditable():
            widget.editTextChanged.connect(lambda _t: changed())
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(lambda _v: changed())
        widget.editingFinished.connect(done)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(lambda _v: changed())
        widget.editingFinished.connect(done)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(changed)
        widget.installEventFilter(_FocusOut(done, widget))
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda _c: (changed(), done()))
    elif isinstance(widget, RowsEditor):
        widget.edited.connect(lambda: (changed(), done()))
    else:
        raise TypeError(f"cannot watch {type(widget).__name__}")
