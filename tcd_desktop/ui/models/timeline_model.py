"""``TimelineModel``: the steps of a case (who, when, what, which document)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from tcd_desktop.domain.workflow_steps import Step
from tcd_desktop.services.cases import TimelineEntry
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.case_text import short_date
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import RECORD_ROLE, SORT_ROLE

#: The whole :class:`~tcd_desktop.services.cases.TimelineEntry` of the row.
EntryRole = RECORD_ROLE
#: Native value to sort by.
SortRole = SORT_ROLE

COL_DATE, COL_STEP, COL_ACTOR, COL_NOTE, COL_DOCUMENT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Date"),
    QT_TRANSLATE_NOOP("TimelineModel", "Step"),
    QT_TRANSLATE_NOOP("TimelineModel", "By"),
    QT_TRANSLATE_NOOP("TimelineModel", "Note"),
    QT_TRANSLATE_NOOP("TimelineModel", "Document"),
)


#: Keys of a timeline event's data that hold words worth showing when there is no note.
NOTE_KEYS = (
    "number",
    "verifier",
    "content",
    "summary",
    "verification_summary",
    "recipients",
    "ground",
    "method",
    "place",
    "reason",
    "parent_code",
    "child_code",
)


def note_of(entry: TimelineEntry) -> str:
    """The officer's note, else the step's own words (verifier, content, recipients ...)."""
    if entry.note.strip():
        return entry.note
    words: list[str] = []
    for key in NOTE_KEYS:
        value = entry.data.get(key)
        if isinstance(value, str) and value.strip():
            words.append(value.strip())
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            words.append(", ".join(value))
    return "; ".join(words)


class TimelineModel(RecordTableModel):
    """Timeline entries in the order they were recorded (a case has tens, not thousands)."""

    CONTEXT = "TimelineModel"
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[Any, str] = {}

    def key(self, record: TimelineEntry) -> Any:
        """An entry is known by its event."""
        return record.event_id

    def cell(self, entry: TimelineEntry, column: int, role: int) -> Any:
        """Texts, native sort values and the full note as tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return note_of(entry) or None
        if role == SortRole:
            return entry.occurred_on if column == COL_DATE else self._text(entry, column)
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str | None:
        if column == COL_DATE:
            return short_date(entry.occurred_on)
        if column == COL_STEP:
            return label_of(Step, entry.step)
        if column == COL_ACTOR:
            return entry.actor_name
        if column == COL_NOTE:
            return " ".join(note_of(entry).split())
        if column == COL_DOCUMENT:
            return self._documents.get(entry.document_id, "") if entry.document_id else ""
        return None

    def set_entries(self, entries: list[TimelineEntry], documents: dict[Any, str]) -> None:
        """Show ``entries``; ``documents`` maps a document id to its number or form."""
        self.beginResetModel()
        self._records = list(entries)
        self._documents = dict(documents)
        self.endResetModel()

    @property
    def entries(self) -> list[TimelineEntry]:
        """The rows (do not modify)."""
        return self._records
