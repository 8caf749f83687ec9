"""The files kept with a case: list (with hashes), add a scan, open it, save a copy.

The tab does no database work: reading and writing go through the page's callbacks, which
run them in the background (``request_add``, ``request_bytes``).  A sealed file the user may
not read is listed under a neutral name and cannot be opened.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.ui.models.attachment_model import (
    COL_HASH,
    COL_NAME,
    AttachmentRole,
    AttachmentTableModel,
)

#: (file id, what to do with the bytes) -> the page reads the file in the background
BytesRequest = Callable[[uuid.UUID, Callable[[bytes], None]], None]
#: (path, sealed, what to do with the kept file) -> the page stores it in the background
AddRequest = Callable[[Path, bool, Callable[[AttachmentInfo], None]], None]
#: case kinds whose files are kept secret unless the user says otherwise
SEALED_BY_DEFAULT = frozenset({"to_cao", "tin_an_danh"})


class AttachmentsTab(QWidget):
    """Files of the case, of its petition and of the visit it came from."""

    #: the path a file was written to for opening (tests)
    opened = Signal(str)
    #: the path a copy was saved to
    saved = Signal(str)
    #: the file kept (an AttachmentInfo)
    added = Signal(object)

    def __init__(
        self, request_bytes: BytesRequest, request_add: AddRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsTab")
        self._request_bytes, self._request_add = request_bytes, request_add
        self._folder: Path | None = None
        self.model = AttachmentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("attachmentsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.setColumnWidth(COL_HASH, 170)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_and_add)
        self.sealed_box = QCheckBox(self.tr("Shows the denouncer's identity (keep secret)"))
        self.sealed_box.setObjectName("sealedAttachment")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.clicked.connect(self.save_selected)
        self.empty = QLabel(self.tr("No file is kept with this case yet."))
        self.empty.setObjectName("noAttachments")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.sealed_box, self.open_button, self.save_button):
            buttons.addWidget(widget)
        buttons.insertStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def set_case_kind(self, kind: str) -> None:
        """Files of a denunciation are kept secret by default."""
        self.sealed_box.setChecked(kind in SEALED_BY_DEFAULT)

    def set_attachments(self, files: list[AttachmentInfo]) -> None:
        """Show ``files`` (the selection is kept when the same file is still there)."""
        selected = self.selected()
        self.model.set_attachments(files)
        if selected is not None and self.selected() is None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.view.selectRow(row)
        self.empty.setVisible(not files)
        self._update_buttons()

    def selected(self) -> AttachmentInfo | None:
        """The selected file."""
        rows = self.view.selectionModel().selectedRows()
        info = rows[0].data(AttachmentRole) if rows else None
        return info if isinstance(info, AttachmentInfo) else None

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        info = self.selected()
        readable = info is not None and not info.masked
        self.open_button.setEnabled(readable)
        self.save_button.setEnabled(readable)

    @Slot()
    def choose_and_add(self) -> None:
        """Ask for a file and keep it with the case."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a file to the case"), "", self.tr("All files (*)")
        )
        if path:
            self.add_path(Path(path))

    def add_path(self, path: Path) -> None:
        """Keep the file ``path`` (sealed per the check box) with the case."""
        self.add_button.setEnabled(False)
        self._request_add(path, self.sealed_box.isChecked(), self._added)

    def _added(self, info: AttachmentInfo) -> None:
        self.add_button.setEnabled(True)
        self.added.emit(info)

    def add_failed(self) -> None:
        """Called by the page when keeping a file failed (the button works again)."""
        self.add_button.setEnabled(True)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.view.selectRow(index.row())
        self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        """Open the selected file with the system's viewer (a private temporary copy)."""
        info = self.selected()
        if info is not None and not info.masked:
            self._request_bytes(info.id, lambda data, i=info: self._open(i, data))

    def _open(self, info: AttachmentInfo, data: bytes) -> None:
        if self._folder is None:  # private (0700), removed with the tab
            self._folder = Path(tempfile.mkdtemp(prefix="tcd-tep-"))
            self.destroyed.connect(functools.partial(shutil.rmtree, self._folder, True))
        target = self._folder / f"{info.id.hex[:8]}-{Path(info.filename).name}"
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.opened.emit(str(target))

    @Slot()
    def save_selected(self) -> None:
        """Save a copy of the selected file where the user chooses."""
        info = self.selected()
        if info is None or info.masked:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), info.filename, self.tr("All files (*)")
        )
        if path:
            self._request_bytes(info.id, lambda data, p=path: self._save(Path(p), data))

    def _save(self, path: Path, data: bytes) -> None:
        path.write_bytes(data)
        self.saved.emit(str(path))
