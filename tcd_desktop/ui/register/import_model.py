"""Rows of a register file being imported, with their errors and an "exclude" tick box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.register.export import ImportPreview, ImportRow

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    "Loại trừ", "Dòng", "Ngày tiếp", "Họ tên", "Địa chỉ", "Số CCCD", "Nội dung", "Loại đơn",
    "Số người", "Lỗi",
)  # fmt: skip
COL_EXCLUDE, COL_LINE, COL_ERRORS = 0, 1, len(HEADERS) - 1
ERROR_BACKGROUND = QColor("#fdecea")
EXCLUDED_FOREGROUND = QColor("#9e9e9e")
_KIND = {k.value: k.label_vi for k in PetitionKind}


def _cell(row: ImportRow, column: int) -> Any:
    values = (
        None, row.line, f"{row.received_on:%d/%m/%Y}" if row.received_on else "",
        "Người tố cáo (được giữ bí mật)" if row.sealed else row.full_name,
        "" if row.sealed else row.address, "" if row.sealed else row.id_number,
        row.summary, "; ".join(_KIND.get(k, k) for k in row.kinds), row.headcount,
        " ".join(row.errors) or " ".join(row.warnings),
    )  # fmt: skip
    return values[column]


class ImportPreviewModel(QAbstractTableModel):
    """Preview of an import; the officer ticks the rows to leave out."""

    exclusions_changed = Signal()

    def __init__(self, preview: ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.excluded: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Data rows of the file."""
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells; red background on rows with errors that are still included."""
        if not index.isValid() or not 0 <= index.row() < len(self.preview.rows):
            return None
        row = self.preview.rows[index.row()]
        column = index.column()
        excluded = row.line in self.excluded
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_EXCLUDE:
            return Qt.CheckState.Checked if excluded else Qt.CheckState.Unchecked
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and not row.valid and not excluded:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and excluded:
            return QBrush(EXCLUDED_FOREGROUND)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = _cell(row, column)
            return None if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick "Loại trừ"."""
        if not index.isValid() or index.column() != COL_EXCLUDE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        line = self.preview.rows[index.row()].line
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self.excluded.add(line)
        else:
            self.excluded.discard(line)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_ERRORS))
        self.exclusions_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The first column is a tick box."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == COL_EXCLUDE else base

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

    def exclude_invalid(self) -> None:
        """Tick every row that has errors."""
        self.excluded |= set(self.preview.invalid_lines)
        if self.preview.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.preview.rows) - 1, COL_ERRORS)
            )
        self.exclusions_changed.emit()

    def blocking(self) -> int:
        """Rows with errors that are not excluded (the import waits for zero)."""
        return sum(1 for r in self.preview.rows if not r.valid and r.line not in self.excluded)

    def remaining(self) -> int:
        """Rows that would be imported."""
        return sum(1 for r in self.preview.rows if r.line not in self.excluded)
