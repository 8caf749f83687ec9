"""Table model of a filled report form: the MS row, the unit rows, subtotals and the total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tcd_desktop.domain.enums import UnitLevel
from tcd_desktop.services.reports import Report
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.models import roles
from tcd_desktop.ui.models.roles import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
#: ``(unit code or "", column number)`` of a number cell, for drill-down (the cell's record).
CELL_ROLE = RECORD_ROLE
#: Header role: the column's number and whole heading path.
HEADING_ROLE = roles.HEADING_ROLE


class ReportTableModel(QAbstractTableModel):
    """Rows: the MS row, then every report row, then the total. Column 0 is the unit.

    The header shows each column's number; its tooltip (and ``HEADING_ROLE``) the number and
    the whole heading path. Subtotal and total rows are bold.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.total_label = self.tr("Total")

    def set_report(self, report: Report | None) -> None:
        """Show ``report`` (None: empty)."""
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.rows) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.form.columns) + 1

    def _row(self, r: int) -> tuple[str, str, list[int | None]] | None:
        assert self.report is not None
        if r == 0:
            return None
        if r == len(self.report.rows) + 1:
            return ("", self.total_label, self.report.total)
        row = self.report.rows[r - 1]
        return (row.unit, _row_name(row.name, row.level), row.values)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        r, c = index.row(), index.column()
        row = self._row(r)
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return self.tr("MS") if c == 0 else self.report.form.columns[c - 1].ms
            if c == 0:
                return row[1]
            value = row[2][c - 1]
            return "" if value is None else f"{value:,}".replace(",", ".")
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row is not None:
            level = self.report.rows[r - 1].level if r <= len(self.report.rows) else "total"
            if level == "total" or level.startswith("subtotal"):
                font = QFont()
                font.setBold(True)
                return font
        if role == CELL_ROLE and row is not None and c > 0:
            level = self.report.rows[r - 1].level if r <= len(self.report.rows) else "total"
            if level.startswith("subtotal:") and level != "subtotal:root":
                return None  # a level subtotal has no single unit to drill into
            return (row[0], c)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.report is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Unit") if role == Qt.ItemDataRole.DisplayRole else None
        col = self.report.form.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(col.no)
        if role in (Qt.ItemDataRole.ToolTipRole, HEADING_ROLE):
            return f"{col.no}. {col.heading}"
        return None


def _row_name(name: str, level: str) -> str:
    """A subtotal row named after a level of government in the screen's language."""
    if not level.startswith("subtotal"):
        return name
    try:
        return enum_label(UnitLevel.from_label_vi(name))
    except ValueError:
        return name
