"""The one base class of screens: tracked connections, guarded background work, failures.

A screen is created and destroyed while the application runs, so two hazards follow it:
connections to the long-lived :class:`~tcd_desktop.ui.tasks.ChangeBus` outlive it, and a
background result may arrive after it is gone. :class:`TrackedPage` drops its tracked
connections when destroyed and skips callbacks after that; :class:`ScreenPage` adds the
injected dependencies (database, actor, bus, runner) and a message bar.

Failures of background work: an expected problem (a service's refusal, an unreachable
database, a disk error) becomes text on the screen (:func:`error_text`, the message bar);
only a bug reaches the crash dialog (:func:`report_bug`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.runtime import Database, DatabaseError, is_environment_error
from tcd_desktop.ui.desk_messages import service_message
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException, str], None]
Connection = tuple[SignalInstance, Callable[..., Any]]


def environment_message(exc: BaseException) -> str:
    """Plain words for a database or disk problem (no traceback)."""
    if is_environment_error(exc):
        return QCoreApplication.translate(
            "ScreenPage",
            "The database cannot be reached (the server does not answer or the file is "
            "locked). What you typed is kept; please try again in a moment.",
        )
    return QCoreApplication.translate("ScreenPage", "Could not read or write a file: %1").replace(
        "%1", str(exc)
    )


def expected_message(exc: BaseException) -> str | None:
    """The message for an expected problem (service refusal, database or disk); None for bugs."""
    if isinstance(exc, ServiceError):
        return service_message(exc)  # a coded service message in the screen's language
    if isinstance(exc, DatabaseError):
        return str(exc)
    if is_environment_error(exc) or isinstance(exc, OSError):
        return environment_message(exc)
    return None


def error_text(exc: BaseException, tb: str, fallback: str) -> str:
    """Status text for a failed background load: the expected problem's words, else
    ``fallback`` (a bug is logged with its traceback, never shown raw)."""
    message = expected_message(exc)
    if message is not None:
        return message
    log.error("background load failed:\n%s", tb)
    return fallback


def report_bug(exc: BaseException) -> None:
    """Send an unexpected exception to the application's excepthook (the crash dialog)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_guarded(
    owner: QObject,
    runner: BackgroundRunner,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None,
    on_error: ErrorHandler,
) -> None:
    """``runner.run`` whose callbacks are skipped once ``owner`` has been deleted."""

    def done(result: Any) -> None:
        if shiboken6.isValid(owner) and on_done is not None:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        if shiboken6.isValid(owner):
            on_error(exc, tb)
        else:
            log.warning("background job of a closed screen failed:\n%s", tb)

    runner.run(fn, done, failed)


def _drop_connections(connections: list[Connection], *_: object) -> None:
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError, SystemError):  # one side went first
            signal.disconnect(slot)
    connections.clear()


class TrackedPage(QWidget):
    """A widget that tracks its connections to outside objects (Vorta's ``BaseTab`` idea)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connections: list[Connection] = []
        # the slot must not reference ``self``: it runs while the widget is being destroyed
        self.destroyed.connect(functools.partial(_drop_connections, self._connections))

    def track(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` to ``slot`` and disconnect it when this page is destroyed."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    listen = track

    def alive(self) -> bool:
        """False once the C++ widget is gone."""
        return shiboken6.isValid(self)

    def guarded(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` wrapped so that it does nothing after this page was destroyed."""

        @functools.wraps(fn)
        def call(*args: Any) -> Any:
            if shiboken6.isValid(self):
                return fn(*args)
            return None

        return call


class ScreenPage(TrackedPage):
    """A screen hosted by the main window, with its dependencies injected."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.bus = bus
        self.runner = runner
        self.message_bar = MessageBar(self)

    def run_task(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``fn`` off the GUI thread; results come back here unless the screen is gone."""
        run_guarded(self, self.runner, fn, on_done, on_error or self.show_failure)

    def show_failure(self, exc: BaseException, tb: str = "") -> None:
        """Expected problems go to the message bar; bugs go to the crash dialog."""
        message = expected_message(exc)
        if message is not None:
            if not isinstance(exc, ServiceError):
                log.error("environment problem in %s:\n%s", type(self).__name__, tb)
            self.message_bar.show_error(message)
        else:
            log.error("unexpected error in %s:\n%s", type(self).__name__, tb)
            report_bug(exc)
