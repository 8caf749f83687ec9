"""Progress and cancellation for long operations, with no Qt: a token services accept.

A long service (demo data, an import, a report) takes ``progress: Progress | None`` and calls
it as ``progress(stage, done, total)`` between units of work; the call raises
:class:`Cancelled` once the user asked to stop, so the service stops at a safe point (and
rolls back what it started). The GUI's progress dialog makes the token and shows what it
reports; the command line passes a plain callback of the same shape.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from tcd_desktop.services.errors import ServiceError

#: ``(stage, done, total)``: what is being done and how far (total 0: unknown).
Report = Callable[[str, int, int], None]


class Cancelled(ServiceError):
    """The user stopped the operation; nothing of it was kept."""

    def __init__(self, message: str = "Đã dừng theo yêu cầu; không có gì được ghi.") -> None:
        super().__init__(message)


def _ignore(_stage: str, _done: int, _total: int) -> None:
    return None


class Progress:
    """Reports progress to ``report`` and carries the user's request to cancel.

    Thread-safe: the service runs on a worker thread, :meth:`cancel` comes from the GUI.
    """

    def __init__(self, report: Report = _ignore) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Report a step; raise :class:`Cancelled` if the user asked to stop."""
        self.check()
        self._report(stage, done, total)

    def cancel(self) -> None:
        """Ask the operation to stop at its next step."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()


__all__ = ["Cancelled", "Progress", "Report"]
