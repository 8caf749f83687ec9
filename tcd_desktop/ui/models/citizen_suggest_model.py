"""Suggestions shown under the citizen search box while the officer types.

The model holds the few matches of the latest query (plain dataclasses from the citizen
lookup service) and shows each as one line: name, year of birth, ID number, phone and
address. ``OBJECT_ROLE`` gives back the suggestion itself, ``ID_ROLE`` its citizen id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import NAME_ROLE, RECORD_ROLE

OBJECT_ROLE = RECORD_ROLE


def describe(item: Any) -> str:
    """One-line description of a suggestion: "Nguyễn Văn An · 1975 · CCCD … · ĐT … · address"."""
    parts = [str(getattr(item, "full_name", "") or "")]
    birth_year = getattr(item, "birth_year", None)
    if birth_year:
        parts.append(
            QCoreApplication.translate("CitizenSuggestModel", "born %1").replace(
                "%1", str(birth_year)
            )
        )
    id_number = getattr(item, "id_number", None)
    if id_number:
        parts.append(
            QCoreApplication.translate("CitizenSuggestModel", "ID %1").replace("%1", str(id_number))
        )
    phone = getattr(item, "phone", None)
    if phone:
        parts.append(
            QCoreApplication.translate("CitizenSuggestModel", "Tel. %1").replace("%1", str(phone))
        )
    address = getattr(item, "address", "")
    if address:
        parts.append(str(address))
    visits = getattr(item, "visit_count", None)
    if visits:
        parts.append(QCoreApplication.translate("CitizenSuggestModel", "%n visit(s)", "", visits))
    return " · ".join(parts)


class CitizenSuggestModel(RecordTableModel):
    """The matches of the latest citizen query, replaced as a whole on each new answer.

    One column (a completer's list shows it): the description; ``EditRole``/``NAME_ROLE``
    give the name alone, ``RECORD_ROLE`` the suggestion, ``ID_ROLE`` its citizen id.
    """

    CONTEXT = "CitizenSuggestModel"
    HEADERS = (QT_TRANSLATE_NOOP("CitizenSuggestModel", "Citizen"),)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def key(self, record: Any) -> Any:
        """A suggestion is known by its citizen id ('' when it has none)."""
        return getattr(record, "id", "")

    def cell(self, item: Any, column: int, role: int) -> Any:
        """Display line, tooltip, or the name alone."""
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(item).replace(" · ", "\n")
        if role in (Qt.ItemDataRole.EditRole, NAME_ROLE):
            return str(getattr(item, "full_name", "") or "")
        return None

    def set_results(self, query: str, items: Sequence[Any]) -> None:
        """Show the answer to ``query`` (replaces whatever was shown)."""
        self.beginResetModel()
        self.query = query
        self._records = list(items)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_results("", [])

    def item(self, row: int) -> Any:
        """The suggestion at ``row``."""
        return self._records[row]
