"""``DocumentTableModel``: the documents issued for a case (number, form, date, hash)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt

from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.ui.models.case_text import short_date
from tcd_desktop.ui.models.record_model import RecordRole, RecordTableModel, SortRole

#: The whole :class:`~tcd_desktop.services.documents.IssuedDocument` of the row.
DocumentRole = RecordRole

COL_DATE, COL_NUMBER, COL_FORM, COL_SIZE, COL_HASH, COL_NOTE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("DocumentTableModel", "Date"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Number"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Form"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Integrity check"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Note"),
)
REDACTED_NOTE = QT_TRANSLATE_NOOP("DocumentTableModel", "Published copy, denouncer removed")
SEALED_NOTE = QT_TRANSLATE_NOOP("DocumentTableModel", "Names the denouncer: restricted")
CONTEXT = "DocumentTableModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentTableModel(RecordTableModel):
    """The documents of one case, oldest first."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def cell(self, doc: IssuedDocument, column: int, role: int) -> Any:
        """Texts, tooltips (hash, form reference), alignment and native sort values."""
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(doc, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_HASH:
            return doc.sha256
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FORM:
            return doc.form_reference or doc.form_code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return {COL_DATE: doc.issued_on, COL_SIZE: doc.size}.get(column, _display(doc, column))
        return None

    def set_documents(self, docs: list[IssuedDocument]) -> None:
        """Show ``docs`` (repaints in place when the same documents are listed)."""
        self.set_records(docs)

    def document(self, row: int) -> IssuedDocument | None:
        """The document on ``row``."""
        return self.record(row)


def _display(doc: IssuedDocument, column: int) -> str:
    if column == COL_DATE:
        return short_date(doc.issued_on)
    if column == COL_NUMBER:
        return doc.number
    if column == COL_FORM:
        return doc.name_vi or doc.form_reference or doc.form_code
    if column == COL_SIZE:
        return QLocale().formattedDataSize(doc.size)
    if column == COL_HASH:
        return doc.sha256[:16] + "…"
    if column == COL_NOTE:
        if doc.is_redacted:
            return _tr(REDACTED_NOTE)
        if doc.sealed_identity:
            return _tr(SEALED_NOTE)
    return ""
