"""Names of the domain's coded values (petition kinds, case statuses, roles…) on screen.

The domain keeps each value's Vietnamese label (``label_vi``: printed on documents, the
same whatever the screen language). The screen shows the English name of :mod:`tcd_desktop.ui.enum_english` through
``QCoreApplication.translate("EnumLabels", …)``; the Vietnamese catalogue translates each
one back to exactly its ``label_vi`` (a test holds them equal). A value missing here shows
its ``label_vi``.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.domain.report_periods import Period as ReportPeriod
from tcd_desktop.domain.report_periods import PeriodKind
from tcd_desktop.services.identity import ANONYMOUS_NAME
from tcd_desktop.services.identity import SEALED_NAME as MASKED_NAME
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


_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SPAN = re.compile(r"^(\d{4})-(H1|9M)$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
#: Report periods named by their kind and year (the others by their dates).
_YEARLY = frozenset(
    (PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4, PeriodKind.H1, PeriodKind.M9)
)


def period_label(key: str, label_vi: str = "") -> str:
    """The name of a dashboard/board period (``2026-Q3``, ``2026-H1``, ``2026-9M``, ``2026``,
    ``2026-08``, ``2026-01-01..2026-03-31``) in the screen's language; the Vietnamese reads
    exactly as the domain's label (domain/dashboard_period.py). Other keys: ``label_vi``."""
    if match := _QUARTER.match(key):
        return (
            QCoreApplication.translate("PeriodLabels", "Quarter %1 of %2")
            .replace("%1", _ROMAN[match[2]])
            .replace("%2", match[1])
        )
    if match := _SPAN.match(key):
        text = (
            QCoreApplication.translate("PeriodLabels", "6 months of %1")
            if match[2] == "H1"
            else QCoreApplication.translate("PeriodLabels", "9 months of %1")
        )
        return text.replace("%1", match[1])
    if match := _YEAR.match(key):
        return QCoreApplication.translate("PeriodLabels", "Year %1").replace("%1", match[1])
    if match := _MONTH.match(key):
        return (
            QCoreApplication.translate("PeriodLabels", "Month %1 of %2")
            .replace("%1", str(int(match[2])))
            .replace("%2", match[1])
        )
    if match := _RANGE.match(key):
        start, end = (dt.date.fromisoformat(match[i]) for i in (1, 2))
        return (
            QCoreApplication.translate("PeriodLabels", "From %1 to %2")
            .replace("%1", f"{start:%d/%m/%Y}")
            .replace("%2", f"{end:%d/%m/%Y}")
        )
    return label_vi or key


def report_period_label(period: ReportPeriod) -> str:
    """A report period's name in the screen's language (Vietnamese: exactly its ``label``)."""
    if period.year is not None and period.kind is PeriodKind.YEAR:
        return QCoreApplication.translate("PeriodLabels", "Year %1").replace("%1", str(period.year))
    if period.year is not None and period.kind in _YEARLY:
        return (
            QCoreApplication.translate("PeriodLabels", "%1 of %2")
            .replace("%1", enum_label(period.kind))
            .replace("%2", str(period.year))
        )
    return (
        QCoreApplication.translate("PeriodLabels", "%1 from %2 to %3")
        .replace("%1", enum_label(period.kind))
        .replace("%2", f"{period.start:%d/%m/%Y}")
        .replace("%3", f"{period.end:%d/%m/%Y}")
    )


def list_name(name: str) -> str:
    """A name as the services list it, in the screen's language: their stand-in for an
    anonymous sender or a masked denouncer named here, a real name as it is."""
    if name == ANONYMOUS_NAME:
        return hidden_person("tin_an_danh")
    if name == MASKED_NAME:
        return hidden_person("to_cao")
    return name


def hidden_person(kind: str) -> str:
    """Who a masked card names: the anonymous sender, or the denouncer kept secret."""
    if kind == "tin_an_danh":
        return QCoreApplication.translate("CaseParties", "Anonymous (sender unknown)")
    return QCoreApplication.translate("CaseParties", "Denouncer (identity kept secret)")


__all__ = [
    "ENGLISH",
    "FIELD_ENGLISH",
    "enum_label",
    "field_label",
    "hidden_person",
    "label_of",
    "list_name",
    "period_label",
    "report_period_label",
]
