"""The cases behind one dashboard number: the board's lazy case table, exportable to XLSX."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services import dashboard
from tcd_desktop.services.board import BoardWindow, CardPage, Cursor
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dashboard import DrillSpec
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import error_text
from tcd_desktop.ui.board.case_table import CaseTableWidget
from tcd_desktop.ui.models.case_table_model import COL_RECEIVED
from tcd_desktop.ui.tasks import BackgroundRunner


class DrillDialog(QDialog):
    """Lists exactly the cases a number counts; double-click opens a case."""

    open_case = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: BackgroundRunner,
        spec: DrillSpec,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drillDialog")
        self.setWindowTitle(title)
        self._db, self._actor, self._runner, self.spec = db, actor, runner, spec

        def load(
            window: BoardWindow | None, key: str, desc: bool, after: Cursor | None, limit: int
        ) -> tuple[BoardWindow, CardPage, int | None]:
            return dashboard.drill_page(
                db, actor, spec, sort_key=key, descending=desc, after=after, limit=limit
            )

        heading = QLabel(title)
        heading.setObjectName("drillTitle")
        heading.setWordWrap(True)
        self.table = CaseTableWidget(db, actor, runner, loader=load)
        self.table.activated.connect(self.open_case)
        if dashboard.default_sort(spec.metric)[0] == "received_on":  # newest first
            self.table.view.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("drillExport")
        self.export_button.clicked.connect(self._ask_export)
        self.note = QLabel()
        self.note.setObjectName("drillNote")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(1100, 560)

    @Slot()
    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), "danh-sach.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write every case of the list to ``path`` (in the background)."""
        self.export_button.setEnabled(False)
        self.note.setText(self.tr("Exporting…"))
        db, actor, spec = self._db, self._actor, self.spec

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.note.setText(
                self.tr("Exported %1 cases to %2")
                .replace("%1", QLocale().toString(count))
                .replace("%2", path.name)
            )

        def failed(exc: BaseException, tb: str) -> None:
            self.export_button.setEnabled(True)
            self.note.setText(error_text(exc, tb, self.tr("Could not export the list.")))

        self._runner.run(
            lambda: dashboard.export_drill_xlsx(db, actor, spec, path),
            lambda count: done(count) if shiboken6.isValid(self) else None,
            lambda exc, tb: failed(exc, tb) if shiboken6.isValid(self) else None,
        )


__all__ = ["DrillDialog"]
