"""A reusable progress dialog with "Stop" for long operations run in the background.

The operation receives a :class:`~tcd_desktop.services.progress.Progress` token; what it
reports from the worker thread is shown here (through a queued signal), and "Stop" cancels
the token so the service stops at its next step and rolls back. The dialog appears only when
the work lasts longer than half a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tcd_desktop.services.progress import Cancelled, Progress
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.busy import SHOW_AFTER_MS
from tcd_desktop.ui.widgets.page import run_guarded

ErrorHandler = Callable[[BaseException, str], None]


class _Relay(QObject):
    """Carries reports from the worker thread to the dialog (queued connection)."""

    reported = Signal(str, int, int)


class ProgressDialog(QProgressDialog):
    """Shows a :class:`Progress` token's reports; "Stop" cancels it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Stop"))
        self.setMinimumDuration(60 * 60 * 1000)  # shown by our own timer below
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self._relay = _Relay(self)
        self._relay.reported.connect(self._show_report, Qt.ConnectionType.QueuedConnection)
        self.token = Progress(self._relay.reported.emit)
        self.canceled.connect(self._stop)
        self.stages: list[str] = []
        self.finished_work = False
        QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)

    @Slot()
    def _show_if_running(self) -> None:
        if not self.finished_work:
            self.show()

    def finish(self) -> None:
        """The operation ended: close for good."""
        self.finished_work = True
        self.close()
        self.deleteLater()

    @Slot(str, int, int)
    def _show_report(self, stage: str, done: int, total: int) -> None:
        if stage and (not self.stages or self.stages[-1] != stage):
            self.stages.append(stage)
        if stage:
            self.setLabelText(stage)
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)

    @Slot()
    def _stop(self) -> None:
        self.token.cancel()
        self.setLabelText(self.tr("Stopping at the next safe point…"))
        self.show()  # stays until the operation has really stopped


def run_with_progress(
    owner: QWidget,
    runner: BackgroundRunner,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: ErrorHandler,
    on_cancelled: Callable[[], None] | None = None,
) -> ProgressDialog:
    """Run ``work(token)`` in the background with a progress dialog over ``owner``.

    ``on_cancelled`` (default: nothing) is called instead of ``on_error`` when the user
    stopped it. Returns the dialog (tests press its button).
    """
    dialog = ProgressDialog(title, owner)
    token = dialog.token

    def done(result: Any) -> None:
        dialog.finish()
        on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        dialog.finish()
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
            return
        on_error(exc, tb)

    run_guarded(owner, runner, lambda: work(token), done, failed)
    return dialog


__all__ = ["ProgressDialog", "run_with_progress"]
