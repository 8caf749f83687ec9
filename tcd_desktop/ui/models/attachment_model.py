"""``AttachmentTableModel``: the files kept with a case (date, name, size, hash, who, where).

A sealed file the user may not read shows "Tài liệu được giữ bí mật" instead of its name
(the service already masked it); the model only displays what it is given.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.ui.models.case_text import short_date

Index = QModelIndex | QPersistentModelIndex
VN_TZ = dt.timezone(dt.timedelta(hours=7))

#: The whole :class:`~tcd_desktop.services.attachments.AttachmentInfo` of the row.
AttachmentRole = Qt.ItemDataRole.UserRole + 1
#: Native value to sort by.
SortRole = Qt.ItemDataRole.UserRole + 2

COL_DATE, COL_NAME, COL_SIZE, COL_SOURCE, COL_BY, COL_HASH, COL_NOTE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Added"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "File"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Size"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Kept with"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Added by"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "SHA-256"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Note"),
)
MASKED_NOTE = QT_TRANSLATE_NOOP(
    "AttachmentTableModel", "Shows the denouncer's identity: restricted"
)
SEALED_NOTE = QT_TRANSLATE_NOOP("AttachmentTableModel", "Confidential")
SOURCES = {
    "case": QT_TRANSLATE_NOOP("AttachmentTableModel", "Case"),
    "petition": QT_TRANSLATE_NOOP("AttachmentTableModel", "Petition"),
    "reception": QT_TRANSLATE_NOOP("AttachmentTableModel", "Visit"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("AttachmentTableModel", text)


class AttachmentTableModel(QAbstractTableModel):
    """The files of one case (and of its petition and visit), oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: list[AttachmentInfo] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per file."""
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """See ``COL_*``."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return _t(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the file's record itself and native sort values."""
        if not index.isValid() or not 0 <= index.row() < len(self._files):
            return None
        info = self._files[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_HASH:
                return info.sha256
            if column == COL_NAME and not info.masked:
                return info.mime_type
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            native = {COL_DATE: info.added_at, COL_SIZE: info.size}
            return native.get(column, _display(info, column))
        if role == AttachmentRole:
            return info
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_attachments(self, files: list[AttachmentInfo]) -> None:
        """Show ``files`` (repaints in place when the same files are listed)."""
        if [f.id for f in files] == [f.id for f in self._files]:
            self._files = list(files)
            if files:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(files) - 1, last))
            return
        self.beginResetModel()
        self._files = list(files)
        self.endResetModel()

    def attachment(self, row: int) -> AttachmentInfo | None:
        """The file on ``row``."""
        return self._files[row] if 0 <= row < len(self._files) else None

    def row_of(self, attachment_id: uuid.UUID) -> int:
        """Row of ``attachment_id``, or -1."""
        return next((i for i, f in enumerate(self._files) if f.id == attachment_id), -1)


def _display(info: AttachmentInfo, column: int) -> str:
    if column == COL_DATE:
        return short_date(info.added_at.astimezone(VN_TZ).date())
    if column == COL_NAME:
        return info.filename
    if column == COL_SIZE:
        return QLocale().formattedDataSize(info.size)
    if column == COL_SOURCE:
        return _t(SOURCES.get(info.source, SOURCES["case"]))
    if column == COL_BY:
        return info.added_by
    if column == COL_HASH:
        return info.sha256[:16] + "…"
    if column == COL_NOTE:
        if info.masked:
            return _t(MASKED_NOTE)
        if info.sealed:
            return _t(SEALED_NOTE)
    return ""
