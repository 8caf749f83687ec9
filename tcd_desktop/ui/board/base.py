"""A base for screens that listen to long-lived objects and run background work.

Two hazards of a page that is created and destroyed while the application runs: signal
connections to the long-lived :class:`~tcd_desktop.ui.tasks.ChangeBus` outlive it, and a
background result may arrive after it is gone. :class:`TrackedPage` drops its tracked
connections when destroyed and wraps result callbacks so they are skipped after that.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from tcd_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

Connection = tuple[SignalInstance, Callable[..., Any]]


def _drop_connections(connections: list[Connection], *_: object) -> None:
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError, SystemError):  # one side went first
            signal.disconnect(slot)
    connections.clear()


class TrackedPage(QWidget):
    """A QWidget that tracks its connections to outside objects (Vorta's ``BaseTab`` idea)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connections: list[Connection] = []
        # the slot must not reference ``self``: it runs while the widget is being destroyed
        self.destroyed.connect(functools.partial(_drop_connections, self._connections))

    def track(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` to ``slot`` and disconnect it when this page is destroyed."""
        signal.connect(slot)
        self._connections.append((signal, slot))

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


def error_text(exc: BaseException, tb: str, fallback: str) -> str:
    """Message for a failed background load: a service's own words, else ``fallback``."""
    if isinstance(exc, ServiceError):
        return str(exc)
    log.error("background load failed:\n%s", tb)
    return fallback
