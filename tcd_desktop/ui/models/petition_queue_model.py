"""``PetitionQueueModel``: petitions awaiting processing (xử lý đơn) as a table.

Rows are the service's :class:`~tcd_desktop.services.petitions.QueueRow` (denouncers are
already masked by the service). The processing due date and the working days left are
coloured by deadline state; :data:`PetitionRole` gives the row itself through proxies.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from tcd_desktop.services.petitions import QueueRow
from tcd_desktop.ui.models.case_text import short_date, state_colour
from tcd_desktop.ui.models.roles import RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

#: The :class:`QueueRow` of the row.
PetitionRole = RECORD_ROLE
#: Native value to sort by (dates as dates, days as ints).
SortRole = SORT_ROLE

COL_NUMBER, COL_RECEIVED, COL_CHANNEL, COL_KIND, COL_CITIZEN, COL_SUMMARY = range(6)
COL_DUE, COL_DAYS, COL_ANSWER = range(6, 9)

HEADERS = (
    "Số đơn",
    "Ngày nhận",
    "Nguồn đơn",
    "Loại đơn",
    "Người gửi đơn",
    "Nội dung tóm tắt",
    "Hạn xử lý",
    "Còn (ngày làm việc)",
    "Hạn trả lời",
)

CHANNEL_LABELS = {
    "in_person": "Trực tiếp",
    "post": "Qua bưu chính",
    "online": "Trực tuyến",
    "forwarded": "Cơ quan khác chuyển đến",
}

STATE_LABELS = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "on_track": "Trong hạn",
}


def channel_label(channel: str) -> str:
    """Vietnamese name of a petition's channel (the code itself when unknown)."""
    return CHANNEL_LABELS.get(channel, channel)


WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
#: what the legal rule ids (LAW.md) of the queue's deadlines mean, said in full
RULE_TEXTS = {
    "T1": "quy tắc T1 — trả lời công dân đến trình bày trong 10 ngày làm việc",
    "T2": "quy tắc T2 — xử lý đơn trong 10 ngày làm việc kể từ ngày nhận",
    "D1": "quy tắc D1 — phân loại, kiểm tra điều kiện thụ lý tố cáo trong 7 ngày làm việc",
}


def rule_text(rule: str) -> str:
    """The rule id said in full ("quy tắc T2 — xử lý đơn …"), or the id alone if unknown."""
    return RULE_TEXTS.get(rule, f"quy tắc {rule}")


def days_text(row: QueueRow) -> str:
    """Working days left, or how many days overdue."""
    if row.working_days_left < 0:
        return f"Quá {-row.working_days_left} ngày"
    return str(row.working_days_left)


class PetitionQueueModel(QAbstractTableModel):
    """The processing queue; :meth:`replace` swaps in a freshly loaded list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QueueRow] = []

    def replace(self, rows: Sequence[QueueRow]) -> None:
        """Show ``rows`` (a reset: the queue is reloaded as a whole)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, petition_id: uuid.UUID) -> int:
        """Row of ``petition_id`` (-1 when not listed)."""
        for i, row in enumerate(self.rows):
            if row.petition_id == petition_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of petitions (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Vietnamese column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, tooltips and the row object."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == PetitionRole:
            return row
        if role == SortRole:
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_DUE, COL_DAYS):
            if row.state in ("overdue", "due_soon"):
                return QBrush(state_colour(row.state))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: QueueRow, col: int) -> str:
        texts = {
            COL_NUMBER: row.number,
            COL_RECEIVED: short_date(row.received_on),
            COL_CHANNEL: channel_label(row.channel),
            COL_KIND: row.kind_label + (" (vượt cấp)" if row.is_over_level else ""),
            COL_CITIZEN: row.citizen_display,
            COL_SUMMARY: row.summary,
            # the date only: "(T2)" after a date reads as "thứ Hai" (Monday)
            COL_DUE: short_date(row.processing_due_on),
            COL_DAYS: days_text(row),
            COL_ANSWER: short_date(row.answer_due_on),
        }
        return texts.get(col, "")

    @staticmethod
    def _sort_value(row: QueueRow, col: int) -> Any:
        if col == COL_RECEIVED:
            return row.received_on.toordinal()
        if col == COL_DUE:
            return row.processing_due_on.toordinal()
        if col == COL_DAYS:
            return row.working_days_left
        if col == COL_ANSWER:
            return row.answer_due_on.toordinal() if row.answer_due_on else 0
        return PetitionQueueModel._text(row, col)

    @staticmethod
    def _tooltip(row: QueueRow) -> str:
        state = STATE_LABELS.get(row.state, row.state)
        lines = [
            f"Đơn {row.number} — {row.kind_label}",
            f"Hạn xử lý: {short_date(row.processing_due_on)} "
            f"({WEEKDAYS_VI[row.processing_due_on.weekday()]}) — {state}",
            f"Căn cứ: {rule_text(row.processing_rule)}",
        ]
        if row.answer_due_on is not None:
            lines.append(
                f"Hạn trả lời công dân: {short_date(row.answer_due_on)} "
                f"({WEEKDAYS_VI[row.answer_due_on.weekday()]}) — {rule_text('T1')}"
            )
        return "\n".join(lines)
