"""``PetitionQueueModel``: petitions awaiting processing (xử lý đơn) as a table.

Rows are the service's :class:`~tcd_desktop.services.petitions.QueueRow` (denouncers are
already masked by the service). The processing due date and the working days left are
coloured by deadline state, and so is the 45-day date (T2B: a petition received from
01/7/2026 left unprocessed over 45 days, NĐ 154/2026 Điều 41 k3b), bold once overdue;
:data:`PetitionRole` gives the row itself through proxies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.petitions import QueueRow
from tcd_desktop.ui.labels import label_of, list_name
from tcd_desktop.ui.models.case_text import short_date, state_colour
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import RECORD_ROLE, SORT_ROLE

#: The :class:`QueueRow` of the row.
PetitionRole = RECORD_ROLE
#: Native value to sort by (dates as dates, days as ints).
SortRole = SORT_ROLE

COL_NUMBER, COL_RECEIVED, COL_CHANNEL, COL_KIND, COL_CITIZEN, COL_SUMMARY = range(6)
COL_DUE, COL_DAYS, COL_ANSWER, COL_T2B = range(6, 10)

CONTEXT = "PetitionQueueModel"
HEADERS = (
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Petition no."),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Received on"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Channel"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Petition kind"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Sender"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Summary"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Processing due"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Left (working days)"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Answer due"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "45-day limit"),
)


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in this context) translated."""
    return QCoreApplication.translate(CONTEXT, text)


class _Translated(Mapping[str, str]):
    """A code → label table whose labels are translated each time they are read."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources

    def __getitem__(self, key: str) -> str:
        return _tr(self._sources[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


CHANNEL_LABELS = _Translated(
    {
        "in_person": QT_TRANSLATE_NOOP("PetitionQueueModel", "In person"),
        "post": QT_TRANSLATE_NOOP("PetitionQueueModel", "By post"),
        "online": QT_TRANSLATE_NOOP("PetitionQueueModel", "Online"),
        "forwarded": QT_TRANSLATE_NOOP("PetitionQueueModel", "Forwarded by another agency"),
    }
)

STATE_LABELS = _Translated(
    {
        "overdue": QT_TRANSLATE_NOOP("PetitionQueueModel", "Overdue"),
        "due_soon": QT_TRANSLATE_NOOP("PetitionQueueModel", "Due soon"),
        "on_track": QT_TRANSLATE_NOOP("PetitionQueueModel", "On time"),
    }
)


def channel_label(channel: str) -> str:
    """Name of a petition's channel (the code itself when unknown)."""
    return CHANNEL_LABELS.get(channel, channel)


WEEKDAYS = (
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Monday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Tuesday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Wednesday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Thursday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Friday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Saturday"),
    QT_TRANSLATE_NOOP("PetitionQueueModel", "Sunday"),
)
#: what the legal rule ids (LAW.md) of the queue's deadlines mean, said in full
RULE_TEXTS = _Translated(
    {
        "T1": QT_TRANSLATE_NOOP(
            "PetitionQueueModel",
            "rule T1 — answer a citizen who came in person within 10 working days",
        ),
        "T2": QT_TRANSLATE_NOOP(
            "PetitionQueueModel", "rule T2 — process a petition within 10 working days of receipt"
        ),
        "D1": QT_TRANSLATE_NOOP(
            "PetitionQueueModel",
            "rule D1 — classify a denunciation and check it may be accepted within 7 working days",
        ),
    }
)


def weekday(day: dt.date) -> str:
    """The day of the week, in the user's language."""
    return _tr(WEEKDAYS[day.weekday()])


def rule_text(rule: str) -> str:
    """The rule id said in full ("rule T2 — process …"), or "rule X" if unknown."""
    if rule in RULE_TEXTS:
        return RULE_TEXTS[rule]
    return QCoreApplication.translate("PetitionQueueModel", "rule %1").replace("%1", rule)


def days_text(row: QueueRow) -> str:
    """Working days left, or how many days overdue."""
    if row.working_days_left < 0:
        late = -row.working_days_left
        return QCoreApplication.translate("PetitionQueueModel", "%n day(s) overdue", "", late)
    return str(row.working_days_left)


def t2b_text(row: QueueRow) -> str:
    """The 45-day limit said in full, with its legal basis (NĐ 154/2026 Điều 41) and state."""
    if row.t2b_due_on is None:
        return ""
    due = row.t2b_due_on
    return (
        QCoreApplication.translate(
            "PetitionQueueModel",
            "Leaving a petition unprocessed over 45 days without a reason is a disciplinary "
            "offence (%1): limit %2 (%3) — %4",
        )
        .replace("%1", row.t2b_citation)
        .replace("%2", short_date(due))
        .replace("%3", weekday(due))
        .replace("%4", STATE_LABELS.get(row.t2b_state or "", row.t2b_state or ""))
    )


class PetitionQueueModel(RecordTableModel):
    """The processing queue; :meth:`replace` swaps in a freshly loaded list."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    @property
    def rows(self) -> list[QueueRow]:
        """The petitions shown, in order."""
        return self._records

    def key(self, record: QueueRow) -> Any:
        """A queue row is known by its petition."""
        return record.petition_id

    def replace(self, rows: Sequence[QueueRow]) -> None:
        """Show ``rows`` (a reset: the queue is reloaded as a whole)."""
        self.beginResetModel()
        self._records = list(rows)
        self.endResetModel()

    def cell(self, row: QueueRow, col: int, role: int) -> Any:
        """Text, colours, tooltips and the native sort value."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == SortRole:
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_DUE, COL_DAYS, COL_T2B):
            state = row.t2b_state if col == COL_T2B else row.state
            if state in ("overdue", "due_soon"):
                return QBrush(state_colour(state))
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_T2B and row.t2b_state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
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
            COL_KIND: label_of(PetitionKind, row.kind)
            + (
                QCoreApplication.translate("PetitionQueueModel", " (over level)")
                if row.is_over_level
                else ""
            ),
            COL_CITIZEN: list_name(row.citizen_display),
            COL_SUMMARY: row.summary,
            # the date only: "(T2)" after a date reads as "thứ Hai" (Monday)
            COL_DUE: short_date(row.processing_due_on),
            COL_DAYS: days_text(row),
            COL_ANSWER: short_date(row.answer_due_on),
            COL_T2B: short_date(row.t2b_due_on),
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
        if col == COL_T2B:  # no 45-day clock (received before 01/7/2026): last
            return (row.t2b_due_on or dt.date.max).toordinal()
        return PetitionQueueModel._text(row, col)

    @staticmethod
    def _tooltip(row: QueueRow) -> str:
        state = STATE_LABELS.get(row.state, row.state)
        due = row.processing_due_on
        lines = [
            QCoreApplication.translate("PetitionQueueModel", "Petition %1 — %2")
            .replace("%1", row.number)
            .replace("%2", label_of(PetitionKind, row.kind)),
            QCoreApplication.translate("PetitionQueueModel", "Processing due: %1 (%2) — %3")
            .replace("%1", short_date(due))
            .replace("%2", weekday(due))
            .replace("%3", state),
            QCoreApplication.translate("PetitionQueueModel", "Legal basis: %1").replace(
                "%1", rule_text(row.processing_rule)
            ),
        ]
        if row.answer_due_on is not None:
            answer = row.answer_due_on
            lines.append(
                QCoreApplication.translate(
                    "PetitionQueueModel", "Answer to the citizen due: %1 (%2) — %3"
                )
                .replace("%1", short_date(answer))
                .replace("%2", weekday(answer))
                .replace("%3", rule_text("T1"))
            )
        if row.t2b_due_on is not None:
            lines.append(t2b_text(row))
        return "\n".join(lines)
