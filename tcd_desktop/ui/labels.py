"""Names of the domain's coded values (petition kinds, case statuses, roles…) on screen.

The domain keeps each value's Vietnamese label (``label_vi``: printed on documents, the
same whatever the screen language). The screen shows the English name of :mod:`tcd_desktop.ui.enum_english` through
``QCoreApplication.translate("EnumLabels", …)``; the Vietnamese catalogue translates each
one back to exactly its ``label_vi`` (a test holds them equal). A value missing here shows
its ``label_vi``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.services.setup import DEFAULT_FIELDS
from tcd_desktop.ui.enum_english import ENGLISH, FIELD_ENGLISH

#: The seeded Vietnamese name of each default field.
DEFAULT_FIELD_NAMES: dict[str, str] = {code: name for code, name, _parent in DEFAULT_FIELDS}


def enum_label(member: LabelledEnum) -> str:
    """The value's name in the screen's language (its ``label_vi`` when not listed)."""
    source = ENGLISH.get((type(member).__name__, member.value))
    if source is None:
        return member.label_vi
    return QCoreApplication.translate("EnumLabels", source)


def label_of(enum: type[LabelledEnum], value: str) -> str:
    """:func:`enum_label` of ``enum(value)``; an unknown value shows as itself."""
    try:
        return enum_label(enum(value))
    except ValueError:
        return value


def field_label(code: str | None, name: str) -> str:
    """A field's name on screen: a default field (still named as seeded) in the screen's
    language; a field the office added or renamed as it is stored."""
    source = FIELD_ENGLISH.get(code or "")
    if source is None or name != DEFAULT_FIELD_NAMES.get(code or ""):
        return name
    return QCoreApplication.translate("FieldLabels", source)


__all__ = ["ENGLISH", "FIELD_ENGLISH", "enum_label", "field_label", "label_of"]
