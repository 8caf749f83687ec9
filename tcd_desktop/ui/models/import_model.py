"""Rows of a register file being imported, with their errors and an "exclude" tick box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.register.export import ImportPreview, ImportRow
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.record_model import Index, RecordTableModel
from tcd_desktop.ui.models.roles import RECORD_ROLE

OBJECT_ROLE = RECORD_ROLE
CONTEXT = "ImportPreviewModel"
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Leave out"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Line"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Received on"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Full name"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Address"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "ID number"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Summary"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Petition kind"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "People"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Errors"),
)
COL_EXCLUDE, COL_LINE, COL_ERRORS = 0, 1, len(HEADERS) - 1
ERROR_BACKGROUND = QColor("#fdecea")
EXCLUDED_FOREGROUND = QColor("#9e9e9e")

__all__ = ["COL_ERRORS", "OBJECT_ROLE", "ImportPreviewModel"]


def _cell(row: ImportRow, column: int) -> Any:
    if row.sealed:
        name = QCoreApplication.translate("ImportPreviewModel", "Denouncer (kept secret)")
    else:
        name = row.full_name
    values = (
        None,
        row.line,
        f"{row.received_on:%d/%m/%Y}" if row.received_on else "",
        name,
        "" if row.sealed else row.address,
        "" if row.sealed else row.id_number,
        row.summary,
        "; ".join(label_of(PetitionKind, k) for k in row.kinds),
        row.headcount,
        " ".join(map(message_text, row.errors)) or " ".join(row.warnings),
    )
    return values[column]


class ImportPreviewModel(RecordTableModel):
    """Preview of an import; the officer ticks the rows to leave out."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    exclusions_changed = Signal()

    def __init__(self, preview: ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.excluded: set[int] = set()
        self._records = list(preview.rows)

    def key(self, record: ImportRow) -> Any:
        """A row of the file is known by its line number."""
        return record.line

    def cell(self, row: ImportRow, column: int, role: int) -> Any:
        """Cells; the tick box; red background on rows with errors still included."""
        excluded = row.line in self.excluded
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_EXCLUDE:
            return Qt.CheckState.Checked if excluded else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and not row.valid and not excluded:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and excluded:
            return QBrush(EXCLUDED_FOREGROUND)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = _cell(row, column)
            return None if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick "Leave out"."""
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
        base = super().flags(index)
        if index.isValid() and index.column() == COL_EXCLUDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

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
