"""A small editable table of plain rows (representatives, documents received, prior handling).

:class:`RowsTableModel` holds a list of dicts described by :class:`Column` specs; choice
columns show their Vietnamese label and edit with a combo box (:class:`ChoiceDelegate`).
:class:`RowsEditor` puts the table, "add" and "remove" buttons and an error line together.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
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

from tcd_desktop.ui.models.rows_model import ROW_ROLE, Column, Index, RowsTableModel
from tcd_desktop.ui.widgets.field import FieldMessage

__all__ = ["ROW_ROLE", "ChoiceDelegate", "Column", "RowsEditor", "RowsTableModel"]


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
        add_text: str = "",
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

        self.add_button = QPushButton(add_text or self.tr("Add row"))
        self.add_button.setObjectName(f"{object_name}Add" if object_name else "rowsAdd")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"))
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
