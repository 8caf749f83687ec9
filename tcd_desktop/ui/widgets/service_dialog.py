"""The one base of dialogs whose OK button runs a service operation in the background.

The subclass fills :attr:`ServiceDialog.body` with its form and implements :meth:`job` (the
callable run off the GUI thread). A refusal (``ValidationFailed``, ``StepNotAllowed``, an
unreachable database…) is shown inside the dialog in the service's words and the input is
kept; a bug goes to the crash dialog and a short note stays in the dialog. On success
:attr:`recorded_value` holds the value, :attr:`recorded` is emitted, and the dialog closes — or,
when the service returned warnings, shows them first and OK becomes "Close".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.form_watch import watch
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
WARNING_STYLE = "color: #8a5300; background: #fff4d6; padding: 6px; border-radius: 4px;"


def _nothing(*_args: object) -> None:
    return None


class ServiceDialog(QDialog):
    """A form whose OK button runs :meth:`job` in the background (see the module text)."""

    recorded = Signal(object)

    def __init__(
        self, runner: BackgroundRunner, parent: QWidget | None = None, ok_text: str = ""
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.recorded_value: Any = None
        self.dirty = False
        self._watching = False
        self.form_box = QWidget()
        self.body = QVBoxLayout(self.form_box)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.warning = QLabel()
        self.warning.setObjectName("dialogWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("dialogOk")
        self.ok.setText(ok_text or self.tr("Save"))
        self.ok.setDefault(True)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

    # --- what subclasses provide ---------------------------------------------------------

    def job(self) -> Callable[[], Any]:
        """The background callable that runs the operation with the form's values.

        May raise ``ValueError`` for input the form itself refuses (shown inline)."""
        raise NotImplementedError

    def refusal(self) -> str | None:
        """A reason to refuse before running anything (e.g. a date in the future)."""
        return None

    def on_recorded(self, result: Any) -> None:
        """Called with the value once the operation succeeded, before :attr:`recorded`."""

    def warnings_of(self, result: Any) -> list[str]:
        """The warnings the service returned with ``result``, in the screen's language."""
        return [message_text(w) for w in getattr(result, "warnings", []) or []]

    # --- running -------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Run the operation in the background (or close, once done with warnings)."""
        if self.recorded_value is not None:
            self.accept()
            return
        self.error.hide()
        refusal = self.refusal()
        if refusal:
            self.show_error(refusal)
            return
        try:
            job = self.job()
        except ValueError as exc:  # input the form itself can refuse
            self.show_error(str(exc))
            return
        self.ok.setEnabled(False)
        run_guarded(self, self._runner, job, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.recorded_value = result
        self.on_recorded(result)
        self.recorded.emit(result)
        warnings = self.warnings_of(result)
        if not warnings:
            self.ok.setEnabled(True)
            self.accept()
            return
        self.show_warnings(warnings)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        message = expected_message(exc)
        if message is None:
            report_bug(exc)
            message = self.tr("Unexpected error; it was logged for checking.")
        self.show_error(message)

    def show_warnings(self, warnings: list[str]) -> None:
        """Show what the service warned about; the work is done, OK now closes."""
        lines = "\n".join(f"• {w}" for w in warnings)
        self.warning.setText(self.tr("Recorded. Please note:") + "\n" + lines)
        self.warning.show()
        self.form_box.setEnabled(False)
        self.ok.setText(self.tr("Close"))
        self.ok.setEnabled(True)
        self.cancel.hide()

    def show_error(self, message: str) -> None:
        """Show a refusal inside the dialog; the input stays as typed."""
        self.error.setText(message)
        self.error.show()
        self.ok.setEnabled(True)

    def error_text(self) -> str:
        """The refusal shown ('' when none)."""
        return self.error.text() if not self.error.isHidden() else ""

    # --- unsaved input -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Once the form is built and filled: note any change the officer makes from now."""
        super().showEvent(event)
        if self._watching:
            return
        self._watching = True
        inputs = QLineEdit | QPlainTextEdit | QComboBox | QSpinBox | QDateEdit | QCheckBox
        for widget in self.form_box.findChildren(QWidget):
            if isinstance(widget, inputs):
                if isinstance(widget.parentWidget(), QComboBox | QSpinBox | QDateEdit):
                    continue  # the line edit inside a combo or spin box
                watch(widget, self._mark_dirty, _nothing)
        for table in self.form_box.findChildren(QTableWidget):
            table.itemChanged.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if self.recorded_value is None:
            self.dirty = True

    def has_unsaved_input(self) -> bool:
        """True when the officer changed the form and the operation has not run yet."""
        return self.dirty and self.recorded_value is None and self.isVisible()
