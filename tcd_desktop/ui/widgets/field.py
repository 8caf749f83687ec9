"""An input with its Vietnamese error message shown right under it.

Nothing the officer typed is ever cleared by validation: the message appears next to the
field, the field gets a red border, and the text stays as it was so it can be corrected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.widgets.elided_label import ElidedLabel

ERROR_COLOUR = "#b71c1c"
WARNING_COLOUR = "#8d5b00"

_ROW = re.compile(r"^\[(\d+)\]")

#: Returns a Vietnamese message when the text is wrong, ``None`` when it is fine.
TextCheck = Callable[[str], str | None]


class FieldMessage(ElidedLabel):
    """Small label under a field: an error (red) or a warning (amber).

    One line, so a message never pushes the form down while the officer types: a long
    message is cut with "…" and shows whole in the tooltip (and in the screen's banner).
    ``wrap=True`` (sign-in and other short dialogs) wraps it instead.
    """

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__("", parent)
        self.setObjectName("fieldMessage")
        if wrap:
            self.setWordWrap(True)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.setFont(font)
        self.level = ""
        self.hide()

    def _sync_tooltip(self) -> None:
        self.setToolTip(self.text())

    def show_message(self, message: str | None, level: str = "error") -> None:
        """Show ``message`` (``None`` or empty hides the label)."""
        if not message:
            self.level = ""
            self.clear()
            self.hide()
            return
        self.level = level
        colour = ERROR_COLOUR if level == "error" else WARNING_COLOUR
        self.setStyleSheet(f"QLabel#fieldMessage {{ color: {colour}; }}")
        self.setText(message)
        self.show()


class FieldBox(QWidget):
    """Wraps any input widget and puts a :class:`FieldMessage` under it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.message)
        self.setFocusProxy(widget)
        _on_edit(widget, self._edited)

    def _edited(self, *_args: object) -> None:
        """An error from the last save goes as soon as the officer changes the field."""
        if self.error() and not isinstance(self, CheckedLineEdit):
            self.set_error(None)

    def set_error(self, message: str | None) -> None:
        """Show (or with ``None`` clear) an error under the field and mark the field red."""
        self.message.show_message(message, "error")
        self._mark(bool(message))

    def set_warning(self, message: str | None) -> None:
        """Show a non-blocking warning (amber) under the field."""
        self.message.show_message(message, "warning")
        self._mark(False)

    def error(self) -> str:
        """The error shown now ('' when none)."""
        return self.message.text() if self.message.level == "error" else ""

    def _mark(self, invalid: bool) -> None:
        self.widget.setProperty("invalid", invalid)
        name = self.widget.metaObject().className()
        self.widget.setStyleSheet(
            f"{name} {{ border: 1px solid {ERROR_COLOUR}; }}" if invalid else ""
        )
        self.widget.setAccessibleDescription(self.message.text() if invalid else "")


class CheckedLineEdit(FieldBox):
    """A line edit checked when the officer leaves it (and again while an error shows)."""

    textChanged = Signal(str)
    editingFinished = Signal()

    def __init__(
        self,
        check: TextCheck | None = None,
        *,
        placeholder: str = "",
        warn: TextCheck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.edit = QLineEdit()
        super().__init__(self.edit, parent)
        self._check = check
        self._warn = warn
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.textEdited.connect(self._recheck_while_wrong)
        self.edit.editingFinished.connect(self._on_finished)

    def text(self) -> str:
        """The text exactly as typed."""
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Replace the text (used when a citizen is picked or a draft restored)."""
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def validate(self) -> bool:
        """Run the check now; show its message; True when the text is acceptable."""
        text = self.edit.text()
        message = self._check(text) if self._check and text.strip() else None
        if message:
            self.set_error(message)
            return False
        warning = self._warn(text) if self._warn and text.strip() else None
        if warning:
            self.set_warning(warning)
        else:
            self.set_error(None)
        return True

    @Slot()
    def _on_finished(self) -> None:
        self.validate()
        self.editingFinished.emit()

    @Slot(str)
    def _recheck_while_wrong(self, _text: str) -> None:
        if self.error():
            self.validate()


def _on_edit(widget: QWidget, slot: Callable[..., None]) -> None:
    """Call ``slot`` whenever the officer changes ``widget``'s value."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)


class ShowsError(Protocol):
    """Anything that can show an error message for a field and take the focus."""

    def set_error(self, message: str | None) -> None: ...
    def error(self) -> str: ...
    def setFocus(self, reason: Qt.FocusReason) -> None: ...


class FieldErrors:
    """Maps service field names to the boxes that show their messages."""

    def __init__(self) -> None:
        self._boxes: dict[str, ShowsError] = {}

    def add(self, name: str, box: ShowsError) -> None:
        """Register ``box`` as the place for errors about ``name``."""
        self._boxes[name] = box

    def remove_prefix(self, prefix: str) -> None:
        """Forget every field whose name starts with ``prefix`` (rows that were removed)."""
        for name in [n for n in self._boxes if n.startswith(prefix)]:
            del self._boxes[name]

    def box_for(self, name: str) -> ShowsError | None:
        """The box for ``name``, else for its nearest parent (``a.b[2].c`` → ``a.b[2]`` → ``a.b``)."""
        return self._match(name)[1]

    def _match(self, name: str) -> tuple[str, ShowsError | None]:
        while name:
            box = self._boxes.get(name)
            if box is not None:
                return name, box
            cut = max(name.rfind("."), name.rfind("["))
            if cut <= 0:
                return "", None
            name = name[:cut]
        return "", None

    def names(self) -> Iterable[str]:
        """Registered field names."""
        return self._boxes.keys()

    def clear(self) -> None:
        """Hide every error message."""
        for box in self._boxes.values():
            if box.error():
                box.set_error(None)

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show each error next to its field, focus the first; return the unplaced ones."""
        self.clear()
        leftover: dict[str, str] = {}
        first: ShowsError | None = None
        for name, message in errors.items():
            matched, box = self._match(name)
            if box is None:
                leftover[name] = message
                continue
            row = _ROW.match(name[len(matched) :])
            if row:  # an error inside a table row says which row ("Dòng 2: …")
                message = (
                    QCoreApplication.translate("FieldErrors", "Row %1: %2")
                    .replace("%1", str(int(row.group(1)) + 1))
                    .replace("%2", message)
                )
            previous = box.error()
            box.set_error(f"{previous}; {message}" if previous else message)
            if first is None:
                first = box
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return leftover

    def shown(self) -> dict[str, str]:
        """Errors on screen now, by field name."""
        return {name: box.error() for name, box in self._boxes.items() if box.error()}
