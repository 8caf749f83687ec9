"""The documents of a case: generate (from the forms the case's state allows), list,
preview (QtPdf) and print (QPrinter)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog, ask_and_print, open_pdf
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.models.document_model import (
    COL_FORM,
    COL_HASH,
    DocumentRole,
    DocumentTableModel,
)
from tcd_desktop.ui.widgets.unconfirmed import offer

#: (document id, what to do with the bytes) -> the page loads the PDF in the background
PdfRequest = Callable[[uuid.UUID, Callable[[bytes], None]], None]


class DocumentsTab(QWidget):
    """Documents issued for the case; the PDF bytes are fetched through ``request_pdf``."""

    preview_opened = Signal(object)  # the PdfPreviewDialog
    printed = Signal(int)
    #: the user picked a form to generate (a DocumentChoice); the page runs it
    generate_requested = Signal(object)

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
        self.generate_menu = QMenu(self)
        self.generate_menu.setObjectName("generateMenu")
        self.generate_menu.setToolTipsVisible(True)
        self.generate_button = QPushButton(self.tr("New document"))
        self.generate_button.setObjectName("generateDocument")
        self.generate_button.setMenu(self.generate_menu)
        self._pending: uuid.UUID | None = None
        self.set_choices([])
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def set_choices(self, choices: list[DocumentChoice]) -> None:
        """Fill the "New document" menu; a form refused now shows the reason as its tooltip,
        a form whose number is not checked against the Công báo says so (#8)."""
        self.generate_menu.clear()
        for choice in choices:
            action = QAction(choice.name_vi, self.generate_menu)
            action.setEnabled(choice.enabled)
            tip = ""
            if not choice.enabled:
                tip = message_text(choice.reason) if choice.reason else ""  # screen's language
            elif choice.issued:
                tip = self.tr("Already issued: %1").replace("%1", str(choice.issued))
            offer(action, choice.name_vi, tip, choice.unconfirmed)
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: self.generate_requested.emit(c))
            self.generate_menu.addAction(action)
        if not choices:
            none = self.generate_menu.addAction(self.tr("No form is printed for this kind of case"))
            none.setEnabled(False)

    def choice_actions(self) -> list[QAction]:
        """The menu's actions, one per form (tests, screenshots)."""
        return [a for a in self.generate_menu.actions() if isinstance(a.data(), DocumentChoice)]

    def set_generating(self, busy: bool) -> None:
        """Disable the menu while a document is being generated."""
        self.generate_button.setEnabled(not busy)
        self.generate_button.setText(self.tr("Generating…") if busy else self.tr("New document"))

    def show_generated(self, doc: IssuedDocument, data: bytes) -> None:
        """Preview a document just generated; it is selected once the list shows it."""
        self.set_generating(False)
        self._pending = doc.id
        self._select(doc.id)
        self._show_preview(doc, data)

    def _select(self, document_id: uuid.UUID) -> bool:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.view.selectRow(row)
            self._pending = None
        return row >= 0

    def set_documents(self, docs: list[IssuedDocument]) -> None:
        """Show ``docs`` (the selection is kept when the same document is still there)."""
        selected = self.selected()
        self.model.set_documents(docs)
        lost = selected.id if selected is not None and self.selected() is None else None
        target = self._pending or lost
        if target is not None:
            self._select(target)
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
        dialog = PdfPreviewDialog(data, self._title(doc), self, unconfirmed=doc.unconfirmed)
        dialog.printed.connect(self.printed)
        self.preview_opened.emit(dialog)
        dialog.open()

    def _print(self, doc: IssuedDocument, data: bytes) -> None:
        document = open_pdf(data, self)
        try:
            self.printed.emit(ask_and_print(document, self._title(doc), self))
        finally:
            document.deleteLater()
