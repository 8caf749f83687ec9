"""``RecordTableModel``: a small read-only table over a list of service records.

The documents and attachments of a case are short lists of frozen dataclasses with an
``id``; this base holds the list, the translated headers, selection-only flags, and the
"same rows → repaint in place, otherwise reset" update that keeps the selection alive
across a reload. Subclasses say how a record looks in each column and role.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

#: The whole record of the row (a service dataclass).
RecordRole = RECORD_ROLE
#: Native value to sort by.
SortRole = SORT_ROLE


class RecordTableModel(QAbstractTableModel):
    """Rows are records with a key (``id`` unless :meth:`key` says otherwise); columns and
    roles come from :meth:`cell`. ``RECORD_ROLE`` gives the record, ``ID_ROLE`` its key."""

    #: Translation context of :attr:`HEADERS` (English source texts).
    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def tr_text(self, text: str) -> str:
        """``text`` translated in this model's context."""
        return QCoreApplication.translate(self.CONTEXT, text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per record."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column per header."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr_text(self.HEADERS[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and self.HEADERS[section : section + 1] in (("Integrity check",),)
        ):
            return QCoreApplication.translate(
                "RecordTableModel",
                "A SHA-256 fingerprint of the file: if a single byte of the file changed, "
                "this code would no longer match. Point at a row to see its full code.",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The record itself for :data:`RecordRole`, otherwise :meth:`cell`."""
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return str(self.key(record))
        return self.cell(record, index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role`` (None when nothing)."""
        raise NotImplementedError

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def key(self, record: Any) -> Any:
        """What identifies ``record`` across reloads."""
        return record.id

    def set_records(self, records: list[Any]) -> None:
        """Show ``records`` (repaints in place when the same ids are listed, in order)."""
        if [self.key(r) for r in records] == [self.key(r) for r in self._records]:
            self._records = list(records)
            if records:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, last))
            return
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        """The record on ``row`` (None outside the table)."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: uuid.UUID) -> int:
        """Row of the record with ``record_id``, or -1."""
        return next((i for i, r in enumerate(self._records) if self.key(r) == record_id), -1)

    def replace_record(self, record: Any) -> int:
        """Put ``record`` in place of the one with the same key; its row, or -1."""
        row = self.row_of(self.key(record))
        if row >= 0:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def records(self) -> list[Any]:
        """The records shown, in order."""
        return list(self._records)
