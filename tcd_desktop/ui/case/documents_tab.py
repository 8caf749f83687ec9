"""The documents of a case: list, preview (QtPdf) and print (QPrinter)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog, ask_and_print, open_pdf
from tcd_desktop.ui.models.document_model import (
    COL_FORM,
    COL_HASH,
    DocumentRole,
    DocumentTableModel,
)

#: (document id, what to do with the bytes) -> the page loads the PDF in the background
PdfRequest = Callable[[uuid.UUID, Callable[[bytes], None]], None]


class DocumentsTab(QWidget):
    """Documents issued for the case; the PDF bytes are fetched through ``request_pdf``."""

    preview_opened = Signal(object)  # the PdfPreviewDialog
    printed = Signal(int)

    def __init__(self, request_pdf: PdfRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self._request_pdf = request_pdf
        self.model = DocumentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("documentsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            COL_FORM, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.setColumnWidth(COL_HASH, 170)
        self.view.doubleClicked.connect(self._preview_index)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewDocument")
        self.preview_button.clicked.connect(self.preview_selected)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.clicked.connect(self.print_selected)
        self.empty = QLabel(self.tr("No document has been issued for this case yet."))
        self.empty.setObjectName("noDocuments")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def set_documents(self, docs: list[IssuedDocument]) -> None:
        """Show ``docs`` (the selection is kept when the same document is still there)."""
        selected = self.selected()
        self.model.set_documents(docs)
        if selected is not None and self.selected() is None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.view.selectRow(row)
        self.empty.setVisible(not docs)
        self._update_buttons()

    def selected(self) -> IssuedDocument | None:
        """The selected document."""
        rows = self.view.selectionModel().selectedRows()
        doc = rows[0].data(DocumentRole) if rows else None
        return doc if isinstance(doc, IssuedDocument) else None

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        on = self.selected() is not None
        self.preview_button.setEnabled(on)
        self.print_button.setEnabled(on)

    @Slot(QModelIndex)
    def _preview_index(self, index: QModelIndex) -> None:
        self.view.selectRow(index.row())
        self.preview_selected()

    @Slot()
    def preview_selected(self) -> None:
        """Open the selected document in the preview window."""
        doc = self.selected()
        if doc is not None:
            self._request_pdf(doc.id, lambda data, d=doc: self._show_preview(d, data))

    @Slot()
    def print_selected(self) -> None:
        """Print the selected document (after the print dialog)."""
        doc = self.selected()
        if doc is not None:
            self._request_pdf(doc.id, lambda data, d=doc: self._print(d, data))

    def _title(self, doc: IssuedDocument) -> str:
        return doc.number or doc.form_reference or doc.form_code

    def _show_preview(self, doc: IssuedDocument, data: bytes) -> None:
        dialog = PdfPreviewDialog(data, self._title(doc), self)
        dialog.printed.connect(self.printed)
        self.preview_opened.emit(dialog)
        dialog.open()

    def _print(self, doc: IssuedDocument, data: bytes) -> None:
        document = open_pdf(data, self)
        try:
            self.printed.emit(ask_and_print(document, self._title(doc), self))
        finally:
            document.deleteLater()
