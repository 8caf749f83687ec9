"""Progress and cancellation for long operations, with no Qt: a token services accept.

A long service (demo data, an import, a report) takes ``progress: Progress | None`` and calls
it as ``progress(stage, done, total)`` between units of work; the call raises
:class:`Cancelled` once the user asked to stop, so the service stops at a safe point (and
rolls back what it started). The GUI's progress dialog makes the token and shows what it
reports; the command line passes a plain callback of the same shape.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from tcd_desktop.services.errors import ServiceError

#: ``(stage, done, total)``: what is being done and how far (total 0: unknown).
Report = Callable[[str, int, int], None]
#: Rows between two reports of a long loop (import, export): often enough to stop quickly,
#: rarely enough to cost nothing.
CHUNK = 200

T = TypeVar("T")


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


def step(progress: Report | None, stage: str, done: int = 0, total: int = 0) -> None:
    """Report one step when there is someone to report to (``progress`` may be None)."""
    if progress is not None:
        progress(stage, done, total)


def in_chunks(
    items: Iterable[T], progress: Report | None, stage: str, total: int, every: int = 0
) -> Iterator[T]:
    """Yield ``items``, reporting ``(stage, done, total)`` before the first, after every
    ``every`` items (default :data:`CHUNK`) and after the last; the report raises
    :class:`Cancelled` when the user stopped, so the loop ends at a chunk's edge."""
    if progress is None:
        yield from items
        return
    every = every or CHUNK
    progress(stage, 0, total)
    done = 0
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            progress(stage, done, max(total, done))
    progress(stage, done, max(total, done))


__all__ = ["CHUNK", "Cancelled", "Progress", "Report", "in_chunks", "step"]
