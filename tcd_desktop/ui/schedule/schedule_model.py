"""Leaders' months of periodic reception: plan, days held, legal minimum, warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.services.schedule import LeaderCategory, LeaderMonth

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ("Lãnh đạo", "Chức danh", "Mức tối thiểu", "Đã lên lịch", "Đã tiếp", "Cảnh báo")
WARNING_BACKGROUND = QColor("#fff4e5")
SHORT_BACKGROUND = QColor("#fdecea")
_CATEGORY = {c.value: c.label_vi for c in LeaderCategory}


class LeaderMonthModel(QAbstractTableModel):
    """One row per leader; amber when warned, red when days held fall short."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._months: list[LeaderMonth] = []

    def set_months(self, months: list[LeaderMonth]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._months = list(months)
        self.endResetModel()

    def update_month(self, month: LeaderMonth) -> int:
        """Replace one leader's row after a change; its row or -1."""
        for row, old in enumerate(self._months):
            if old.leader_id == month.leader_id:
                self._months[row] = month
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
                return row
        return -1

    def month_at(self, row: int) -> LeaderMonth:
        """The leader's month at ``row``."""
        return self._months[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of leaders."""
        return 0 if parent.isValid() else len(self._months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells, warnings as tooltip, colours by state; the month for ``OBJECT_ROLE``."""
        if not index.isValid() or not 0 <= index.row() < len(self._months):
            return None
        m = self._months[index.row()]
        if role == OBJECT_ROLE:
            return m
        if role == ID_ROLE:
            return str(m.leader_id)
        if role == Qt.ItemDataRole.BackgroundRole:
            if m.held_shortfall:
                return QBrush(SHORT_BACKGROUND)
            return QBrush(WARNING_BACKGROUND) if m.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((m.rule, *m.warnings))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            m.leader_name,
            _CATEGORY.get(m.category, m.category),
            m.rule.split(" (", 1)[0],
            str(m.planned_count),
            str(m.held_count),
            m.warnings[0] + (f" (+{len(m.warnings) - 1})" if len(m.warnings) > 1 else "")
            if m.warnings
            else "Đạt",
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Vietnamese headers."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None
