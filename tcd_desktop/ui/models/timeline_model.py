"""``TimelineModel``: the steps of a case (who, when, what, which document)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tcd_desktop.services.cases import TimelineEntry
from tcd_desktop.ui.models.case_text import short_date
from tcd_desktop.ui.models.roles import RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

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


class TimelineModel(QAbstractTableModel):
    """Timeline entries in the order they were recorded (a case has tens, not thousands)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._documents: dict[Any, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per event."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Date, step, person, note, document."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("TimelineModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the entry itself, native sort values and the full note as tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return short_date(entry.occurred_on)
            if column == COL_STEP:
                return entry.label
            if column == COL_ACTOR:
                return entry.actor_name
            if column == COL_NOTE:
                return " ".join(note_of(entry).split())
            if column == COL_DOCUMENT:
                return self._documents.get(entry.document_id, "") if entry.document_id else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return note_of(entry) or None
        if role == SortRole:
            return entry.occurred_on if column == COL_DATE else self.data(index)
        if role == EntryRole:
            return entry
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_entries(self, entries: list[TimelineEntry], documents: dict[Any, str]) -> None:
        """Show ``entries``; ``documents`` maps a document id to its number or form."""
        self.beginResetModel()
        self._entries = list(entries)
        self._documents = dict(documents)
        self.endResetModel()

    @property
    def entries(self) -> list[TimelineEntry]:
        """The rows (do not modify)."""
        return self._entries
