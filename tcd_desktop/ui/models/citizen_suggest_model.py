"""Suggestions shown under the citizen search box while the officer types.

The model holds the few matches of the latest query (plain dataclasses from the citizen
lookup service) and shows each as one line: name, year of birth, ID number, phone and
address. ``OBJECT_ROLE`` gives back the suggestion itself, ``ID_ROLE`` its citizen id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tcd_desktop.ui.models.roles import ID_ROLE, NAME_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex

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


class CitizenSuggestModel(QAbstractListModel):
    """The matches of the latest citizen query, replaced as a whole on each new answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self.query = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of suggestions."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display line, tooltip, the suggestion object, its id, or its name."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(item).replace(" · ", "\n")
        if role in (Qt.ItemDataRole.EditRole, NAME_ROLE):
            return str(getattr(item, "full_name", "") or "")
        if role == OBJECT_ROLE:
            return item
        if role == ID_ROLE:
            return str(getattr(item, "id", ""))
        return None

    def set_results(self, query: str, items: Sequence[Any]) -> None:
        """Show the answer to ``query`` (replaces whatever was shown)."""
        self.beginResetModel()
        self.query = query
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_results("", [])

    def item(self, row: int) -> Any:
        """The suggestion at ``row``."""
        return self._items[row]
