"""Leaders' months of periodic reception: plan, days held, legal minimum, warnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.services.schedule import LeaderCategory, LeaderMonth, quota_rule
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE

OBJECT_ROLE = RECORD_ROLE
HEADERS = (
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Leader"),
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Position"),
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Minimum"),
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Scheduled"),
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Held"),
    QT_TRANSLATE_NOOP("LeaderMonthModel", "Warning"),
)
WARNING_BACKGROUND = QColor("#fff4e5")
SHORT_BACKGROUND = QColor("#fdecea")

__all__ = ["ID_ROLE", "OBJECT_ROLE", "LeaderMonthModel", "rule_text"]


def rule_text(month: LeaderMonth, *, citation: bool = True) -> str:
    """The month's legal minimum in the screen's language (Vietnamese: as the service says
    it, ``tối thiểu 2 ngày/tháng (citation)``); the law's citation stays as written."""
    try:
        rule = quota_rule(LeaderCategory(month.category), dt.date(month.year, month.month, 1))
    except ValueError:
        rule = None
    if rule is None:
        return month.rule if citation else month.rule.split(" (", 1)[0]
    if rule.per == "week":
        text = QCoreApplication.translate("LeaderMonthModel", "at least %1 day(s) a week")
    else:
        text = QCoreApplication.translate("LeaderMonthModel", "at least %1 day(s) a month")
    text = text.replace("%1", str(rule.days))
    return f"{text} ({rule.citation})" if citation else text


class LeaderMonthModel(RecordTableModel):
    """One row per leader; amber when warned, red when days held fall short."""

    CONTEXT = "LeaderMonthModel"
    HEADERS = HEADERS

    def key(self, record: LeaderMonth) -> Any:
        """A leader's month is known by the leader."""
        return record.leader_id

    def set_months(self, months: list[LeaderMonth]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._records = list(months)
        self.endResetModel()

    def update_month(self, month: LeaderMonth) -> int:
        """Replace one leader's row after a change; its row or -1."""
        return self.replace_record(month)

    def month_at(self, row: int) -> LeaderMonth:
        """The leader's month at ``row``."""
        return self._records[row]

    def cell(self, m: LeaderMonth, column: int, role: int) -> Any:
        """Cells, warnings as tooltip, colours by state."""
        if role == Qt.ItemDataRole.BackgroundRole:
            if m.held_shortfall:
                return QBrush(SHORT_BACKGROUND)
            return QBrush(WARNING_BACKGROUND) if m.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((rule_text(m), *m.warnings))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if m.warnings:
            more = f" (+{len(m.warnings) - 1})" if len(m.warnings) > 1 else ""
            warning = m.warnings[0] + more
        else:
            warning = self.tr_text(QT_TRANSLATE_NOOP("LeaderMonthModel", "Met"))
        values = (
            m.leader_name,
            label_of(LeaderCategory, m.category),
            rule_text(m, citation=False),
            str(m.planned_count),
            str(m.held_count),
            warning,
        )
        return values[column]
