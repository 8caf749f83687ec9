"""The bridge from the change listener's thread to the GUI: other desks' changes reach the
change bus, and the connection state reaches the banner.

Screens already refresh from ``bus.changed`` keeping their scroll and selection, so a change
saved at another desk shows here exactly as one saved at this desk does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from tcd_desktop.services.changes import Changes
from tcd_desktop.services.live import ChangeListener
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.connection.banner import ConnectionBanner
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus


class LiveChanges(QObject):
    """Owns the listener; re-emits its callbacks as queued signals on the GUI thread."""

    changes_arrived = Signal(object)
    connection_changed = Signal(bool)

    def __init__(self, db: Database, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.banner: ConnectionBanner | None = None
        self.listener = ChangeListener(db, self.changes_arrived.emit, self.connection_changed.emit)
        queued = Qt.ConnectionType.QueuedConnection
        self.changes_arrived.connect(self._publish, queued)

    def _publish(self, changes: Changes) -> None:
        self.bus.publish(changes)

    def start(self) -> None:
        """Start listening (nothing happens on SQLite)."""
        self.listener.start()

    def stop(self) -> None:
        """Stop listening and close the listening connection."""
        self.listener.stop()


def install_live(
    window: QMainWindow, db: Database, bus: ChangeBus, runner: BackgroundRunner
) -> LiveChanges:
    """Put the connection banner above the screens, send this desk's changes to the others
    and bring theirs onto ``bus``. Stops when the window goes away.

    A second sign-in on the same window keeps the banner and the listener; only the bus
    (new for each session) changes.
    """
    runner.announce = db.announce
    existing: LiveChanges | None = getattr(window, "_tcd_live", None)
    if existing is not None:
        existing.bus = bus
        return existing
    banner = ConnectionBanner()
    central = window.takeCentralWidget()
    holder = QWidget()
    holder.setObjectName("bannerHolder")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    live = LiveChanges(db, bus, window)
    live.banner = banner
    live.connection_changed.connect(banner.set_connected, Qt.ConnectionType.QueuedConnection)
    window._tcd_live = live  # type: ignore[attr-defined]
    listener = live.listener
    window.destroyed.connect(lambda *_: listener.stop(timeout=0.1))
    live.start()
    return live
