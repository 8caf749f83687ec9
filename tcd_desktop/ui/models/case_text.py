"""Short texts and colours for a case on screen: deadline states, flags, days left.

Source strings are English, marked with ``QT_TRANSLATE_NOOP`` in context ``CaseText`` and
translated when shown, as the rest of the interface (``translations/*.ts``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.services.board import BoardCard
from tcd_desktop.ui.labels import hidden_person

CONTEXT = "CaseText"

STATE_TITLES: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("CaseText", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("CaseText", "Due soon"),
    "on_track": QT_TRANSLATE_NOOP("CaseText", "On track"),
    "paused": QT_TRANSLATE_NOOP("CaseText", "Paused"),
    "closed_on_time": QT_TRANSLATE_NOOP("CaseText", "Closed on time"),
    "closed_late": QT_TRANSLATE_NOOP("CaseText", "Closed late"),
    "not_started": QT_TRANSLATE_NOOP("CaseText", "Not started"),
}

FLAG_TITLES: dict[str, str] = {
    "complex": QT_TRANSLATE_NOOP("CaseText", "Complex"),
    "mass": QT_TRANSLATE_NOOP("CaseText", "Mass"),
    "repeat": QT_TRANSLATE_NOOP("CaseText", "Repeat"),
    "long_running": QT_TRANSLATE_NOOP("CaseText", "Long-running"),
}

#: Accent colour of each deadline state (cards' stripe, column headers, table text).
STATE_COLOURS: dict[str, str] = {
    "overdue": "#c62828",
    "due_soon": "#e65100",
    "on_track": "#2e7d32",
    "paused": "#546e7a",
    "closed_on_time": "#00695c",
    "closed_late": "#6a1b9a",
    "not_started": "#757575",
}

FLAG_COLOURS: dict[str, str] = {
    "complex": "#8e24aa",
    "mass": "#d84315",
    "repeat": "#1565c0",
    "long_running": "#5d4037",
}


def tr(text: str) -> str:
    """Translate a ``CaseText`` string."""
    return QCoreApplication.translate(CONTEXT, text)


def state_title(state: str) -> str:
    """Translated name of a deadline state."""
    return tr(STATE_TITLES.get(state, state))


def flag_title(flag: str) -> str:
    """Translated name of a flag."""
    return tr(FLAG_TITLES.get(flag, flag))


def card_citizen(card: BoardCard) -> str:
    """The citizen a card names; a masked denouncer or anonymous sender in the screen's
    language."""
    return hidden_person(card.kind) if card.masked else card.citizen


def state_colour(state: str) -> QColor:
    """Accent colour of ``state``."""
    return QColor(STATE_COLOURS.get(state, "#757575"))


def short_date(d: dt.date | None) -> str:
    """``dd/mm/yyyy`` or an empty string."""
    return format_vn_date(d) if d else ""


def days_left_text(card: BoardCard) -> str:
    """What the clock says: days left, days overdue, paused since, or closed on."""
    if card.state in ("closed_on_time", "closed_late"):
        return QCoreApplication.translate("CaseText", "Closed %1").replace(
            "%1", short_date(card.closed_on)
        )
    if card.state == "paused":
        if card.paused_since is None:
            return QCoreApplication.translate("CaseText", "Clock paused")
        return QCoreApplication.translate("CaseText", "Paused since %1").replace(
            "%1", short_date(card.paused_since)
        )
    if card.days_left is None:
        return QCoreApplication.translate("CaseText", "No due date yet")
    if card.days_left < 0:
        return QCoreApplication.translate("CaseText", "%1 working days overdue").replace(
            "%1", str(-card.days_left)
        )
    if card.days_left == 0:
        if card.state == "overdue":
            return QCoreApplication.translate("CaseText", "Overdue since %1").replace(
                "%1", short_date(card.due_on)
            )
        if card.due_on != card.as_of:
            return QCoreApplication.translate("CaseText", "Due %1").replace(
                "%1", short_date(card.due_on)
            )
        return QCoreApplication.translate("CaseText", "Due today")
    return QCoreApplication.translate("CaseText", "%1 working days left").replace(
        "%1", str(card.days_left)
    )
