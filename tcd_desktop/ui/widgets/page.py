"""Base class of the screens: injected dependencies, background work and bus connections.

Every screen gets the open database, the signed-in actor, the change bus and the background
runner by constructor injection. :meth:`ScreenPage.run_task` runs service calls off the GUI
thread and drops their result if the screen is gone by then; :meth:`ScreenPage.listen`
connects to the change bus and the connection is dropped when the screen is destroyed.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, SignalInstance
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import OperationalError

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.store.database import Database, DatabaseError
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException, str], None]


def environment_message(exc: BaseException) -> str:
    """Plain Vietnamese words for a database or disk problem (no traceback)."""
    if isinstance(exc, OperationalError):
        return (
            "Không truy cập được cơ sở dữ liệu (máy chủ không phản hồi hoặc tệp đang bị khóa). "
            "Dữ liệu đang nhập vẫn được giữ; vui lòng thử lại sau giây lát."
        )
    return f"Lỗi đọc/ghi tệp: {exc}"


def expected_message(exc: BaseException) -> str | None:
    """The message for an expected problem (service refusal, database or disk); None for bugs."""
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, DatabaseError):
        return str(exc)
    if isinstance(exc, (OperationalError, OSError)):
        return environment_message(exc)
    return None


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


def _drop_connections(connections: list[tuple[SignalInstance, QMetaObject.Connection]]) -> None:
    for _signal, connection in connections:
        with contextlib.suppress(RuntimeError, TypeError):  # sender already gone
            QObject.disconnect(connection)
    connections.clear()


class ScreenPage(QWidget):
    """A screen hosted by the main window (reception, register, users, schedule)."""

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
        self._connections: list[tuple[SignalInstance, QMetaObject.Connection]] = []
        connections = self._connections  # not self: the wrapper may be gone by then
        self.destroyed.connect(lambda *_args: _drop_connections(connections))

    def listen(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` (e.g. ``bus.changed``) and forget it when this screen goes."""
        self._connections.append((signal, signal.connect(slot)))

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
