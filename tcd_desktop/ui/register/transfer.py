"""Export the filtered register (XLSX, PDF) and import a register file, for the register page.

The file pickers are attributes (``ask_save_path``, ``ask_open_path``) so tests and
scripted runs can answer them; the work itself runs on the background runner under a
progress dialog whose "Stop" cancels it (``progress``, the last one shown): a stopped export
leaves no file, a stopped import writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.register import operations
from tcd_desktop.services.register.operations import (
    EXPORT_ROLES,
    IMPORT_ROLES,
    ExportResult,
    ImportPreview,
    ImportResult,
)
from tcd_desktop.ui.desk_messages import field_messages, service_message
from tcd_desktop.ui.register.import_dialog import ImportDialog
from tcd_desktop.ui.widgets.progress_dialog import ProgressDialog, run_with_progress

if TYPE_CHECKING:
    from tcd_desktop.ui.register.page import RegisterPage

PathPicker = Callable[[QWidget, str, str, str], str]


def _save_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, name, pattern)[0]


def _open_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, name, pattern)[0]


class RegisterTransfer(QObject):
    """The export and import buttons of the register and what they do."""

    def __init__(self, page: RegisterPage) -> None:
        super().__init__(page)
        self.page = page
        self.ask_save_path: PathPicker = _save_path
        self.ask_open_path: PathPicker = _open_path
        self.dialog: ImportDialog | None = None
        self.progress: ProgressDialog | None = None
        self.export_xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.export_xlsx_button.setObjectName("exportXlsx")
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.export_pdf_button.setObjectName("exportPdf")
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.import_button = QPushButton(self.tr("Import the register from a file…"))
        self.import_button.setObjectName("importRegister")
        self.import_button.clicked.connect(self.start_import)
        can_export = page.actor.has(*EXPORT_ROLES)
        self.export_xlsx_button.setVisible(can_export)
        self.export_pdf_button.setVisible(can_export)
        self.import_button.setVisible(page.actor.has(*IMPORT_ROLES))

    def buttons(self) -> list[QPushButton]:
        """The buttons, for the page's toolbar."""
        return [self.export_xlsx_button, self.export_pdf_button, self.import_button]

    # export ------------------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Ask for a file name, then write the filtered register in the official layout."""
        pattern = (
            self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF file (*.pdf)")
        )
        chosen = self.ask_save_path(
            self.page, self.tr("Export the reception register"), f"so-tiep-cong-dan.{fmt}", pattern
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        page = self.page
        db, actor = page.db, page.actor
        flt = page.model.register_filter  # the export sorts in register order itself
        page.message_bar.show_message(self.tr("Exporting %1…").replace("%1", path.name), "info")
        self.progress = run_with_progress(
            page,
            page.runner,
            self.tr("Exporting the reception register to %1").replace("%1", path.name),
            lambda token: operations.export_register(db, actor, path, flt, fmt, token),
            self._exported,
            self._failed,
            lambda: page.message_bar.show_message(
                self.tr("Export stopped; no file was written."), "info"
            ),
        )

    def _exported(self, result: ExportResult) -> None:
        count = f"{result.rows:,}".replace(",", ".")
        self.page.message_bar.show_message(
            self.tr("Exported %1 visits to the file %2.")
            .replace("%1", count)
            .replace("%2", str(result.path)),
            "success",
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.page.message_bar.show_error(" ".join(field_messages(exc.field_errors).values()))
        else:
            self.page.show_failure(exc, tb)

    # import ------------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Ask for the file, read and check it, then show the preview."""
        chosen = self.ask_open_path(
            self.page,
            self.tr("Import the reception register"),
            "",
            self.tr("Reception register (*.xlsx *.csv)"),
        )
        if not chosen:
            return
        self.read_import(Path(chosen))

    def read_import(self, path: Path, *, allow_duplicates: bool = False) -> None:
        """Read and check ``path`` in the background, then show the preview."""
        page = self.page
        db, actor = page.db, page.actor
        page.message_bar.show_message(self.tr("Reading %1…").replace("%1", path.name), "info")
        self.progress = run_with_progress(
            page,
            page.runner,
            self.tr("Reading and checking %1").replace("%1", path.name),
            lambda token: operations.preview_import(
                db, actor, path, allow_duplicates=allow_duplicates, progress=token
            ),
            self._previewed,
            self._failed,
            lambda: page.message_bar.show_message(
                self.tr("Reading stopped; nothing was imported."), "info"
            ),
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.page.message_bar.dismiss()
        self.dialog = ImportDialog(
            preview, self.page, can_allow_duplicates=self.page.actor.has(Role.ADMINISTRATOR)
        )
        self.dialog.import_requested.connect(lambda excluded: self._apply(preview, excluded))
        self.dialog.allow_duplicates_requested.connect(lambda: self._allow(preview))
        self.dialog.open()

    def _allow(self, preview: ImportPreview) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.read_import(preview.path, allow_duplicates=True)

    def _apply(self, preview: ImportPreview, excluded: list[int]) -> None:
        page, dialog = self.page, self.dialog
        db, actor = page.db, page.actor

        def done(result: ImportResult) -> None:
            if dialog is not None:
                dialog.accept()
            page.message_bar.show_message(
                self.tr("Imported %1 visits into the register").replace("%1", str(result.rows))
                + (
                    self.tr(" (%1 rows excluded).").replace("%1", str(len(result.excluded)))
                    if result.excluded
                    else "."
                ),
                "success",
            )

        def failed(exc: BaseException, tb: str) -> None:
            if dialog is not None and isinstance(exc, ValidationFailed):
                dialog.failed(service_message(exc))
            else:
                page.show_failure(exc, tb)

        def stopped() -> None:
            message = self.tr("Import stopped; nothing was imported.")
            if dialog is not None:
                dialog.failed(message, "warning")
            else:
                page.message_bar.show_message(message, "info")

        self.progress = run_with_progress(
            dialog if dialog is not None else page,
            page.runner,
            self.tr("Importing into the reception register"),
            lambda token: operations.apply_import(db, actor, preview, excluded, token),
            done,
            failed,
            stopped,
        )
