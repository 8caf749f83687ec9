"""Background operations and the change bus.

``BackgroundRunner`` runs a service call on the shared ``QThreadPool`` (the service opens its
own database session) and delivers the result or the exception on the GUI thread. When the
call returns an :class:`~tcd_desktop.services.changes.OpResult`, the runner publishes its
changes on the ``ChangeBus`` and hands only the value to the caller: no screen names a
change by hand, and every screen refreshes only what it shows.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from shiboken6 import isValid

from tcd_desktop.services.changes import Changes, OpResult

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs work off the GUI thread; keeps jobs alive until their result is delivered."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[_Job] = set()
        self.bus = bus
        """Where the changes of returned ``OpResult``s are published (None: dropped)."""
        self.announce: Callable[[Changes], None] | None = None
        """Sends returned changes to the other desks, on the worker thread (PostgreSQL)."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> None:
        """Run ``fn()`` in the pool; call ``on_done(result)`` or ``on_error(exc, tb)`` here.

        An ``OpResult`` is unwrapped: its changes go to the bus before ``on_done(value)``.
        """
        job = _Job(_announcing(fn, self.announce))
        self._live.add(job)
        if not self._live - {job}:
            self.busy_changed.emit(True)

        def finished(result: Any) -> None:
            if not isValid(self):  # the screen that asked was closed meanwhile
                return
            self._release(job)
            if isinstance(result, OpResult):
                if self.bus is not None:
                    self.bus.publish(result.changes)
                result = result.value
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException, tb: str) -> None:
            if not isValid(self):
                log.info("background operation finished after its owner closed:\n%s", tb)
                return
            self._release(job)
            if on_error is not None:
                on_error(exc, tb)
            else:
                log.error("background operation failed:\n%s", tb)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._pool.start(job)

    def _release(self, job: _Job) -> None:
        self._live.discard(job)
        if not self._live:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """True while any job is running."""
        return bool(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)


def _announcing(
    fn: Callable[[], Any], announce: Callable[[Changes], None] | None
) -> Callable[[], Any]:
    if announce is None:
        return fn

    def work() -> Any:
        result = fn()
        if isinstance(result, OpResult) and result.changes:
            announce(result.changes)  # after the commit; never raises
        return result

    return work


class ChangeBus(QObject):
    """Broadcasts what changed after a write: ``changed(entity, ids)``.

    Notifications made in quick succession are coalesced into one per entity, so a bulk
    operation does not make every screen reload a hundred times.
    """

    changed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, delay_ms: int = 50) -> None:
        super().__init__(parent)
        self._pending: dict[str, set[Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush)

    def notify(self, entity: str, ids: Iterable[Any] = ()) -> None:
        """Record that rows of ``entity`` changed (empty ``ids`` = unknown rows)."""
        self._pending.setdefault(entity, set()).update(ids)
        self._timer.start()

    def publish(self, changes: Changes) -> None:
        """Announce what an operation returned it changed."""
        for entity, ids in changes.kinds.items():
            self.notify(str(entity), ids)

    @Slot()
    def _flush(self) -> None:
        pending, self._pending = self._pending, {}
        for entity, ids in pending.items():
            self.changed.emit(entity, frozenset(ids))
