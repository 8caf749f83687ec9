"""Load the bundled Liberation 2 fonts into Qt so Vietnamese renders the same on every desk."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from tcd_desktop.config.resources import resource_path

log = logging.getLogger(__name__)

#: Family names as Qt reports them from the TTF name tables.
UI_FAMILY = "Liberation Sans"
SERIF_FAMILY = "Liberation Serif"
#: Smallest default text size: diacritics stacked on Vietnamese vowels need the room.
MIN_POINT_SIZE = 10.0

FONT_FILES = tuple(
    f"{family}-{style}.ttf"
    for family in ("LiberationSans", "LiberationSerif")
    for style in ("Regular", "Bold", "Italic", "BoldItalic")
)


def load_application_fonts(app: QGuiApplication, *, set_default: bool = True) -> set[str]:
    """Add the bundled TTFs to Qt's font database; make Liberation Sans the app font.

    Returns the families that were loaded. A missing or unreadable file is logged, never
    fatal: Qt then falls back to a system font.
    """
    families: set[str] = set()
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("Could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if set_default and UI_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([UI_FAMILY])
        if 0 < font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    log.debug("Loaded font families: %s", sorted(families))
    return families
