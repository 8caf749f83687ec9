"""Preview of a register import: every row with its errors; nothing is written until every
remaining row is valid (the officer may exclude the bad ones), then all rows in one go."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.register.export import ImportPreview
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.models.import_model import COL_ERRORS, ImportPreviewModel
from tcd_desktop.ui.widgets.field import FieldMessage
from tcd_desktop.ui.widgets.window_fit import fit_window


class ImportDialog(QDialog):
    """Shows the preview; ``import_requested(excluded_lines)`` when the officer confirms.

    Rows repeated in the file, rows already in the register and a file imported before are
    errors; an administrator (``can_allow_duplicates``) may ask to import them anyway
    (``allow_duplicates_requested``), which reads the file again with them allowed.
    """

    import_requested = Signal(object)
    allow_duplicates_requested = Signal()

    def __init__(
        self,
        preview: ImportPreview,
        parent: QWidget | None = None,
        *,
        can_allow_duplicates: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            self.tr("Import the reception register — %1").replace("%1", preview.path.name)
        )
        fit_window(self, QSize(1200, 640), "registerImport")
        self.model = ImportPreviewModel(preview, self)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("importTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((70, 50, 90, 170, 200, 110, 260, 100, 70, 320)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.message = FieldMessage(self, wrap=True)
        self.exclude_button = QPushButton(self.tr("Exclude every row with errors"))
        self.exclude_button.setObjectName("excludeInvalid")
        self.exclude_button.clicked.connect(self.model.exclude_invalid)
        self.import_button = QPushButton(self.tr("Import into the register"))
        self.import_button.setObjectName("confirmImport")
        self.import_button.clicked.connect(self._confirm)
        self.allow_button = QPushButton(self.tr("Import the duplicates anyway (administrator)…"))
        self.allow_button.setObjectName("allowDuplicates")
        self.allow_button.setVisible(
            can_allow_duplicates
            and not preview.allow_duplicates
            and bool(preview.duplicate_lines or preview.imported_before)
        )
        self.allow_button.clicked.connect(self.allow_duplicates_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exclude_button)
        buttons.addWidget(self.allow_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.model.exclusions_changed.connect(self._update)
        self._update()
        first_bad = next((i for i, r in enumerate(preview.rows) if not r.valid), None)
        if first_bad is not None:
            self.view.scrollTo(self.model.index(first_bad, COL_ERRORS))

    @Slot()
    def _update(self) -> None:
        preview = self.model.preview
        blocking, remaining = self.model.blocking(), self.model.remaining()
        if preview.file_errors:
            text = self.tr("This file cannot be imported: %1").replace(
                "%1", " ".join(message_text(e) for e in preview.file_errors)
            )
        else:
            text = (
                self.tr("%1 rows: %2 valid, %3 with errors, %4 excluded.")
                .replace("%1", str(len(preview.rows)))
                .replace("%2", str(preview.valid_count))
                .replace("%3", str(len(preview.invalid_lines)))
                .replace("%4", str(len(self.model.excluded)))
            ) + " "
            text += (
                self.tr(
                    "%1 rows with errors left: fix the file and import again, or exclude those rows. Nothing has been imported."
                ).replace("%1", str(blocking))
                if blocking
                else self.tr("Ready to import %1 rows at once.").replace("%1", str(remaining))
            )
            if preview.allow_duplicates and preview.duplicate_lines:
                text += " " + self.tr(
                    "%1 duplicate rows will be imported as the administrator confirmed."
                ).replace("%1", str(len(preview.duplicate_lines)))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b71c1c;" if blocking or preview.file_errors else "")
        self.import_button.setEnabled(not preview.file_errors and not blocking and remaining > 0)
        self.exclude_button.setEnabled(blocking > 0)

    @Slot()
    def _confirm(self) -> None:
        self.import_button.setEnabled(False)
        self.message.show_message(self.tr("Importing…"), "warning")
        self.import_requested.emit(sorted(self.model.excluded))

    def failed(self, message: str, level: str = "error") -> None:
        """The import was refused (or stopped, ``level="warning"``); nothing was written."""
        self.message.show_message(message, level)
        self._update()
