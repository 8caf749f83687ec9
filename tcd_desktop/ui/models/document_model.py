"""``DocumentTableModel``: the documents issued for a case (number, form, date, hash)."""

from __future__ import annotations

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

from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.ui.models.case_text import short_date

Index = QModelIndex | QPersistentModelIndex

#: The whole :class:`~tcd_desktop.services.documents.IssuedDocument` of the row.
DocumentRole = Qt.ItemDataRole.UserRole + 1
#: Native value to sort by.
SortRole = Qt.ItemDataRole.UserRole + 2

COL_DATE, COL_NUMBER, COL_FORM, COL_SIZE, COL_HASH, COL_NOTE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("DocumentTableModel", "Date"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Number"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Form"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "SHA-256"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Note"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentTableModel", text)


class DocumentTableModel(QAbstractTableModel):
    """The documents of one case, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: list[IssuedDocument] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per document."""
        return 0 if parent.isValid() else len(self._docs)

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
        """Texts, the document itself and native sort values."""
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        doc = self._docs[index.row()]
        column = index.column()
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
        if role == DocumentRole:
            return doc
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

    def set_documents(self, docs: list[IssuedDocument]) -> None:
        """Show ``docs`` (repaints in place when the same documents are listed)."""
        if [d.id for d in docs] == [d.id for d in self._docs]:
            self._docs = list(docs)
            if docs:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(docs) - 1, last))
            return
        self.beginResetModel()
        self._docs = list(docs)
        self.endResetModel()

    def document(self, row: int) -> IssuedDocument | None:
        """The document on ``row``."""
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def row_of(self, document_id: uuid.UUID) -> int:
        """Row of ``document_id``, or -1."""
        return next((i for i, d in enumerate(self._docs) if d.id == document_id), -1)


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
            return _t("Published copy, denouncer removed")
        if doc.sealed_identity:
            return _t("Names the denouncer: restricted")
    return ""
