"""The model of a small editable table of plain rows (a list of dicts described by
:class:`Column` specs); :class:`~tcd_desktop.ui.widgets.rows_table.RowsEditor` shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from tcd_desktop.ui.models.roles import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
#: The whole row (a dict).
ROW_ROLE = RECORD_ROLE


@dataclass(frozen=True)
class Column:
    """One column: the dict key, its Vietnamese header, its type and default."""

    key: str
    header: str
    kind: str = "text"  # "text" | "int" | "choice"
    default: Any = ""
    choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (value, label)
    width: int = 0

    def label(self, value: Any) -> str:
        """What a cell shows for ``value``."""
        if self.kind == "choice":
            return dict(self.choices).get(str(value), str(value or ""))
        return "" if value is None else str(value)


class RowsTableModel(QAbstractTableModel):
    """Editable list of dict rows; every cell edit emits ``edited``."""

    edited = Signal()

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, Any]] = []

    # Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under any parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label for display, raw value for editing, the whole row for ``ROW_ROLE``."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.key, column.default)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == ROW_ROLE:
            return dict(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edited cell."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.kind == "int":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        elif column.kind == "text":
            value = "" if value is None else str(value)
        self._rows[index.row()][column.key] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Vietnamese column headers; row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Insert ``count`` rows of defaults at ``row``."""
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, {c.key: c.default for c in self.columns})
        self.endInsertRows()
        self.edited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Remove ``count`` rows from ``row``."""
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    # plain access -----------------------------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        """Copies of the rows."""
        return [dict(r) for r in self._rows]

    def filled_rows(self) -> list[dict[str, Any]]:
        """Rows where at least one text cell is filled in (blank trailing rows are ignored)."""
        out = []
        for row in self._rows:
            if any(str(row.get(c.key) or "").strip() for c in self.columns if c.kind == "text"):
                out.append(dict(row))
        return out

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace every row (missing keys take the column default)."""
        self.beginResetModel()
        self._rows = [{c.key: r.get(c.key, c.default) for c in self.columns} for r in rows]
        self.endResetModel()
        self.edited.emit()

    def append_row(self, values: dict[str, Any] | None = None) -> int:
        """Append a row and return its index."""
        row = len(self._rows)
        self.insertRows(row, 1)
        for key, value in (values or {}).items():
            self._rows[row][key] = value
        if values:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return row
