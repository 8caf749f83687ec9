"""Checks of the citizen section's fields, run when the officer leaves a field.

The message stays under the field and the text stays as typed (module functions: the
citizen section and the agent frame share them).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.ui.desk_messages import message_text


def check_name(text: str) -> str | None:
    """A name needs at least two letters."""
    return (
        None
        if sum(ch.isalpha() for ch in text) >= 2
        else QCoreApplication.translate("CitizenSection", "Name too short")
    )


def check_birth_year(text: str) -> str | None:
    """A four-digit year between 1900 and this year."""
    value = text.strip()
    if not value.isdigit() or len(value) != 4:
        return QCoreApplication.translate("CitizenSection", "Year of birth has 4 digits, e.g. 1975")
    if not 1900 <= int(value) <= dt.date.today().year:
        return QCoreApplication.translate(
            "CitizenSection", "Year of birth must be from 1900 to %1"
        ).replace("%1", str(dt.date.today().year))
    return None


def check_phone(text: str) -> str | None:
    """Domain phone validation."""
    result = validate_phone(text)
    return None if result.ok else message_text(result.message_vi)


def check_any_id(text: str) -> str | None:
    """A CCCD or CMND number as the domain validates it."""
    result = validate_citizen_id(text)
    return None if result.ok else message_text(result.message_vi)
