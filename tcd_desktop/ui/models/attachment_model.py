"""``AttachmentTableModel``: the files kept with a case (date, name, size, hash, who, where).

A sealed file the user may not read shows "Tài liệu được giữ bí mật" instead of its name
(the service already masked it); the model only displays what it is given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt

from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.ui.models.case_text import short_date
from tcd_desktop.ui.models.record_model import RecordRole, RecordTableModel, SortRole

VN_TZ = dt.timezone(dt.timedelta(hours=7))

#: The whole :class:`~tcd_desktop.services.attachments.AttachmentInfo` of the row.
AttachmentRole = RecordRole

COL_DATE, COL_NAME, COL_SIZE, COL_SOURCE, COL_BY, COL_HASH, COL_NOTE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Added"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "File"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Size"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Kept with"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Added by"),
    QT_TRANSLATE_NOOP("AttachmentTableModel", "Integrity check"),
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


CONTEXT = "AttachmentTableModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AttachmentTableModel(RecordTableModel):
    """The files of one case (and of its petition and visit), oldest first."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def cell(self, info: AttachmentInfo, column: int, role: int) -> Any:
        """Texts, tooltips (hash, MIME type), alignment and native sort values."""
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
        return None

    def set_attachments(self, files: list[AttachmentInfo]) -> None:
        """Show ``files`` (repaints in place when the same files are listed)."""
        self.set_records(files)

    def attachment(self, row: int) -> AttachmentInfo | None:
        """The file on ``row``."""
        return self.record(row)


def _display(info: AttachmentInfo, column: int) -> str:
    if column == COL_DATE:
        return short_date(info.added_at.astimezone(VN_TZ).date())
    if column == COL_NAME:
        return info.filename
    if column == COL_SIZE:
        return QLocale().formattedDataSize(info.size)
    if column == COL_SOURCE:
        return _tr(SOURCES.get(info.source, SOURCES["case"]))
    if column == COL_BY:
        return info.added_by
    if column == COL_HASH:
        return info.sha256[:16] + "…"
    if column == COL_NOTE:
        if info.masked:
            return _tr(MASKED_NOTE)
        if info.sealed:
            return _tr(SEALED_NOTE)
    return ""
