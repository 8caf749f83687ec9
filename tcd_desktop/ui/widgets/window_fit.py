"""Windows that fit the screen they open on and remember the size the officer gave them.

The most common office laptop screen is 1366×768 with a task bar: a window asking for 820 px
of height opens with its buttons below the bottom edge. :func:`fit_window` gives a window its
preferred size clamped to the available geometry of its screen (or the saved size, clamped
the same way) and saves the size again when the window closes or hides.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from tcd_desktop.config import settings

SETTINGS_GROUP = "windows"
#: room left for the window frame (title bar and borders) that Qt's geometry does not count
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The available (task bar excluded) geometry of the screen ``widget`` is on."""
    screen: QScreen | None = None
    if widget is not None:
        screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def clamp_size(size: QSize, area: QRect) -> QSize:
    """``size`` made small enough that the window plus its frame fits in ``area``."""
    return QSize(
        min(size.width(), area.width() - FRAME_ALLOWANCE.width()),
        min(size.height(), area.height() - FRAME_ALLOWANCE.height()),
    )


class _GeometryKeeper(QObject):
    """Saves the window's geometry to QSettings when it hides or closes."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self.key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            settings.store().setValue(f"{SETTINGS_GROUP}/{self.key}", watched.saveGeometry())
        return False


def fit_window(window: QWidget, preferred: QSize, key: str | None = None) -> None:
    """Size ``window`` to fit its screen: the saved size for ``key`` when any, else
    ``preferred``; both clamped to the available geometry and centred on it when moved."""
    area = available_geometry(window)
    restored = False
    if key:
        saved = settings.store().value(f"{SETTINGS_GROUP}/{key}")
        if isinstance(saved, QByteArray | bytes) and saved:
            restored = window.restoreGeometry(QByteArray(saved))
        _GeometryKeeper(window, key)
    size = clamp_size(window.size() if restored else preferred, area)
    window.resize(size)
    if window.minimumWidth() > size.width() or window.minimumHeight() > size.height():
        window.setMinimumSize(
            min(window.minimumWidth(), size.width()), min(window.minimumHeight(), size.height())
        )
    if not restored or not area.contains(window.frameGeometry()):
        frame = QRect(0, 0, size.width(), size.height())
        frame.moveCenter(area.center())
        window.move(frame.topLeft().x(), max(area.top(), frame.topLeft().y()))


def fits_screen(window: QWidget, area: QRect | None = None) -> bool:
    """True when the whole window (frame included as Qt knows it) lies inside ``area``."""
    area = area or available_geometry(window)
    frame = window.frameGeometry()
    return frame.width() <= area.width() and frame.height() <= area.height()
