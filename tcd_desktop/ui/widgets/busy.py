"""The busy indicator of the main window, and waiting for start-up work off the GUI thread.

:class:`BusyIndicator` subscribes to :attr:`BackgroundRunner.busy_changed`: it appears only
when some operation has been running for :data:`SHOW_AFTER_MS` (a quick save never makes it
flicker) and goes away when the last one ends. :func:`wait_off_gui_thread` runs one call on a
plain thread while the event loop keeps the window painted (opening and upgrading the
database at start-up).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from tcd_desktop.ui.tasks import BackgroundRunner

#: An operation shorter than this shows no indicator at all.
SHOW_AFTER_MS = 500
#: How often the waiting loop looks whether the start-up work is done.
POLL_MS = 25

T = TypeVar("T")


class BusyIndicator(QWidget):
    """ "Working…" with a moving bar, shown while any background operation runs > 0.5 s."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self.tr("Working…"))
        self.label.setObjectName("busyText")
        self.bar = QProgressBar()
        self.bar.setObjectName("busyBar")
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(110)
        self.bar.setMaximumHeight(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_if_still_busy)
        self.hide()

    def watch(self, runner: BackgroundRunner) -> None:
        """Follow ``runner``'s busy state."""
        runner.busy_changed.connect(self.set_busy)
        if runner.busy:
            self.set_busy(True)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        """Start the delay when work begins; hide at once when it ends."""
        self._busy = busy
        if busy:
            if not self._timer.isActive() and self.isHidden():
                self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def show_now(self, text: str) -> None:
        """Show ``text`` straight away (start-up work the user waits for)."""
        self.label.setText(text)
        self.show()

    def done(self) -> None:
        """Hide and go back to the default text."""
        self.label.setText(self.tr("Working…"))
        if not self._busy:
            self.hide()

    @Slot()
    def _show_if_still_busy(self) -> None:
        if self._busy:
            self.show()


def wait_off_gui_thread(fn: Callable[[], T]) -> T:
    """Run ``fn()`` on a worker thread; keep handling events until it is done; its result.

    The exception ``fn`` raised is raised here. For start-up only, before any screen runs
    background work: screens use :class:`BackgroundRunner`.
    """
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="tcd-startup", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start()
    if thread.is_alive():
        loop.exec()
    timer.stop()
    thread.join()  # the loop may also end because the application is quitting
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


__all__ = ["SHOW_AFTER_MS", "BusyIndicator", "wait_off_gui_thread"]
