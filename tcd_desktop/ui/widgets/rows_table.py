"""A small editable table of plain rows (representatives, documents received, prior handling).

:class:`RowsTableModel` holds a list of dicts described by :class:`Column` specs; choice
columns show their Vietnamese label and edit with a combo box (:class:`ChoiceDelegate`).
:class:`RowsEditor` puts the table, "add" and "remove" buttons and an error line together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.widgets.field import FieldMessage

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


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


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice column with a combo box of Vietnamese labels."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box listing the choices."""
        combo = QComboBox(parent)
        for value, label in self.column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the current value."""
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the chosen value back."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RowsEditor(QWidget):
    """Table + "Thêm dòng" / "Xóa dòng" + an error line; ``edited`` on any change."""

    edited = Signal()

    def __init__(
        self,
        columns: list[Column],
        *,
        add_text: str = "Thêm dòng",
        object_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.model = RowsTableModel(columns, self)
        self.model.edited.connect(self.edited)
        self.view = QTableView()
        self.view.setObjectName(f"{object_name}View" if object_name else "rowsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.kind == "choice":
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(column, self.view))
            if column.width:
                header.resizeSection(i, column.width)
        header.setStretchLastSection(False)
        stretch = next((i for i, c in enumerate(columns) if c.kind == "text"), 0)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(96)
        self.view.setMaximumHeight(170)

        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{object_name}Add" if object_name else "rowsAdd")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton("Xóa dòng")
        self.remove_button.setObjectName(f"{object_name}Remove" if object_name else "rowsRemove")
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete | Qt.KeyboardModifier.ControlModifier),
            self.view,
            self.remove_current,
        )
        self.message = FieldMessage(self)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setFocusProxy(self.view)

    @Slot()
    def add_row(self) -> None:
        """Append a blank row and start editing its first cell."""
        row = self.model.append_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    @Slot()
    def remove_current(self) -> None:
        """Remove the selected row."""
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)

    def set_error(self, message: str | None) -> None:
        """Show a message under the table."""
        self.message.show_message(message, "error")

    def error(self) -> str:
        """The error shown now."""
        return self.message.text() if self.message.level == "error" else ""
