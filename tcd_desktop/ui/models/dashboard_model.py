"""The dashboard's per-unit tree (units under their parent) and the unit ratings table.

``UnitTreeModel`` shows :class:`~tcd_desktop.services.dashboard.UnitRow` objects as a tree
(province → departments and communes), one column per metric; a cell's
:data:`MetricRole` names the metric it shows, so a click can open the records behind it.
The same model class shows the overdue radar with ``RADAR_COLUMNS``.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from tcd_desktop.services.dashboard import DashboardTable, UnitRow
from tcd_desktop.services.dashboard.model import Grade
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import RECORD_ROLE, SORT_ROLE, UNIT_ROLE

Index = QModelIndex | QPersistentModelIndex
MetricRole = RECORD_ROLE
UnitRole = UNIT_ROLE
SortRole = SORT_ROLE
CTX = "UnitTreeModel"

#: (key, English header) of the unit table; keys other than metrics are computed columns
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit", QT_TRANSLATE_NOOP("UnitTreeModel", "Unit")),
    ("overdue", QT_TRANSLATE_NOOP("UnitTreeModel", "Overdue")),
    ("due_soon", QT_TRANSLATE_NOOP("UnitTreeModel", "Due soon")),
    ("on_track", QT_TRANSLATE_NOOP("UnitTreeModel", "On track")),
    ("paused", QT_TRANSLATE_NOOP("UnitTreeModel", "Paused")),
    ("closed_on_time", QT_TRANSLATE_NOOP("UnitTreeModel", "Closed on time")),
    ("closed_late", QT_TRANSLATE_NOOP("UnitTreeModel", "Closed late")),
    ("rate", QT_TRANSLATE_NOOP("UnitTreeModel", "On-time rate")),
    ("backlog_30", QT_TRANSLATE_NOOP("UnitTreeModel", "Overdue > 30 days")),
    ("received", QT_TRANSLATE_NOOP("UnitTreeModel", "Accepted in period")),
    ("mass", QT_TRANSLATE_NOOP("UnitTreeModel", "Mass")),
    ("repeat", QT_TRANSLATE_NOOP("UnitTreeModel", "Repeat")),
    ("reception", QT_TRANSLATE_NOOP("UnitTreeModel", "Reception days held / required")),
)
RADAR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit", QT_TRANSLATE_NOOP("UnitTreeModel", "Unit")),
    ("radar_1_5", QT_TRANSLATE_NOOP("UnitTreeModel", "1–5 working days")),
    ("radar_6_10", QT_TRANSLATE_NOOP("UnitTreeModel", "6–10 working days")),
    ("radar_11_30", QT_TRANSLATE_NOOP("UnitTreeModel", "11–30 working days")),
    ("radar_over_30", QT_TRANSLATE_NOOP("UnitTreeModel", "More than 30")),
    ("overdue", QT_TRANSLATE_NOOP("UnitTreeModel", "Overdue in all")),
)
_HEAT = ("#fff4e5", "#ffe0b2", "#ffb74d", "#ef6c00")


def percent(value: float | None) -> str:
    """``83,3 %`` in the user's locale, ``—`` when there is nothing to divide."""
    if value is None:
        return "—"
    return QLocale().toString(100 * value, "f", 1) + " %"


class UnitTreeModel(QAbstractItemModel):
    """Units as a tree with their figures (totals include the units below)."""

    def __init__(
        self, columns: tuple[tuple[str, str], ...] = TABLE_COLUMNS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[UnitRow] = []
        self._children: dict[uuid.UUID | None, list[int]] = {None: []}
        self._parent_row: dict[int, int | None] = {}

    def set_table(self, table: DashboardTable | None) -> None:
        """Show ``table`` (``None``: empty)."""
        self.beginResetModel()
        self._rows = list(table.rows) if table else []
        ids = {r.unit_id: i for i, r in enumerate(self._rows)}
        self._children = {None: []}
        self._parent_row = {}
        for i, row in enumerate(self._rows):
            parent = ids.get(row.parent_id) if row.parent_id is not None else None
            if row.depth == 0:
                parent = None
            self._parent_row[i] = parent
            key = self._rows[parent].unit_id if parent is not None else None
            self._children.setdefault(key, []).append(i)
        self.endResetModel()

    def row_object(self, index: Index) -> UnitRow | None:
        """The unit row behind ``index``."""
        return self._rows[index.internalId()] if index.isValid() else None

    # -- tree structure --------------------------------------------------------------------

    def _kids(self, parent: Index) -> list[int]:
        key = self._rows[parent.internalId()].unit_id if parent.isValid() else None
        return self._children.get(key, [])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a child of ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._kids(parent)
        if not (0 <= row < len(kids) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The unit above ``child``."""
        if not child.isValid():
            return QModelIndex()
        parent = self._parent_row.get(child.internalId())
        if parent is None:
            return QModelIndex()
        grand = self._parent_row.get(parent)
        siblings = self._children.get(self._rows[grand].unit_id if grand is not None else None, [])
        return self.createIndex(siblings.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Units directly under ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns given at construction."""
        return len(self.columns)

    # -- data ------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("UnitTreeModel", self.columns[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and section > 0:
                return QCoreApplication.translate(
                    "UnitTreeModel", "Click a number to list its cases"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, numbers for sorting, the metric and unit of the cell, colours."""
        row = self.row_object(index)
        if row is None:
            return None
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SortRole:
            return self._value(row, key)
        if role == MetricRole:
            return key if key in row.total else None
        if role == UnitRole:
            return row.unit_id
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "unit":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.FontRole and key in row.total and row.total[key]:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key in row.total and row.total[key]:
            return QColor("#0b57d0")
        if role == Qt.ItemDataRole.BackgroundRole and key.startswith("radar_"):
            n = row.total[key]
            return QColor(_HEAT[min(3, n // 10)]) if n else None
        return None

    def _value(self, row: UnitRow, key: str) -> Any:
        if key == "unit":
            return row.name
        if key == "rate":
            return row.on_time_rate if row.on_time_rate is not None else -1.0
        if key == "reception":
            return row.reception.compliance if row.reception.compliance is not None else -1.0
        return row.total.get(key, 0)

    def _text(self, row: UnitRow, key: str) -> str:
        if key == "unit":
            if row.former:
                return QCoreApplication.translate("UnitTreeModel", "%1 (before 01/7/2025)").replace(
                    "%1", row.name
                )
            return row.name
        if key == "rate":
            return percent(row.on_time_rate)
        if key == "reception":
            r = row.reception
            return f"{r.held}/{r.required}" if r.leaders else "—"
        return QLocale().toString(row.total.get(key, 0))

    def _tooltip(self, row: UnitRow, key: str) -> str | None:
        if key == "unit":
            return f"{row.name} ({row.code})"
        if key == "rate":
            return QCoreApplication.translate(
                "UnitTreeModel", "Closed on time ÷ (closed in the period + open and overdue)"
            )
        if key == "reception":
            return QCoreApplication.translate(
                "UnitTreeModel",
                "Periodic reception days the unit's leaders held, against the legal minimum",
            )
        if key in row.own and row.own[key] != row.total[key]:
            return (
                QCoreApplication.translate("UnitTreeModel", "%1 of its own, %2 with its units")
                .replace("%1", QLocale().toString(row.own[key]))
                .replace("%2", QLocale().toString(row.total[key]))
            )
        return None


GRADE_HEADERS = (
    QT_TRANSLATE_NOOP("GradeTableModel", "Rank"),
    QT_TRANSLATE_NOOP("GradeTableModel", "Unit"),
    QT_TRANSLATE_NOOP("GradeTableModel", "Score"),
    QT_TRANSLATE_NOOP("GradeTableModel", "Grade"),
    QT_TRANSLATE_NOOP("GradeTableModel", "Why"),
)
GRADE_COLOURS = {"A": "#1b5e20", "B": "#2e7d32", "C": "#ef6c00", "D": "#c62828"}


class GradeTableModel(RecordTableModel):
    """The units ranked by their rating score, with the reason for each grade."""

    CONTEXT = "GradeTableModel"
    HEADERS = GRADE_HEADERS

    def key(self, record: Grade) -> Any:
        """A grade is known by its unit."""
        return record.unit_id

    def set_grades(self, grades: list[Grade]) -> None:
        """Show ``grades`` (already ranked)."""
        self.beginResetModel()
        self._records = list(grades)
        self.endResetModel()

    def cell(self, g: Grade, col: int, role: int) -> Any:
        """Texts; the reason also as tooltip; the grade coloured."""
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(g.rank) if g.rank else "—",
                g.name,
                QLocale().toString(g.score, "f", 1) if g.score is not None else "—",
                f"{g.grade} — {g.grade_label}" if g.grade else "—",
                g.reason,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (3, 4):
            return g.reason
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and g.grade:
            return QColor(GRADE_COLOURS.get(g.grade, "#000000"))
        if role == UnitRole:
            return g.unit_id
        return None


__all__ = ["GradeTableModel", "MetricRole", "UnitRole", "UnitTreeModel", "percent"]
