"""Matches of the repeat/duplicate check, one per earlier petition, with their reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.services.reception.repeats import RepeatMatch

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_KIND = {k.value: k.label_vi for k in PetitionKind}
_STATUS = {s.value: s.label_vi for s in CaseStatus}
LINKED_COLOUR = QColor("#e8f5e9")


def describe_match(match: RepeatMatch) -> str:
    """Three lines: which petition, why it matched, where it stands."""
    kind = _KIND.get(match.kind, match.kind)
    head = f"Đơn {match.petition_number} ngày {match.received_on:%d/%m/%Y} — {kind}"
    if match.citizen_name:
        head += f" — {match.citizen_name}"
    status = _STATUS.get(match.status, match.status)
    if match.case_code:
        status = f"Vụ việc {match.case_code}: {_STATUS.get(match.case_status or '', '')}"
    summary = match.summary if len(match.summary) <= 140 else match.summary[:139] + "…"
    return f"{head}\nLý do: {'; '.join(match.reasons)}\n{status}. {summary}"


class RepeatMatchModel(QAbstractListModel):
    """The current warnings; the linked one is shaded green."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[RepeatMatch] = []
        self.linked_petition: str | None = None

    def set_matches(self, matches: Sequence[RepeatMatch]) -> None:
        """Replace the warnings."""
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def set_linked(self, petition_id: str | None) -> None:
        """Shade the match the visit is linked to."""
        self.linked_petition = petition_id
        if self._matches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._matches) - 1, 0))

    def match_at(self, row: int) -> RepeatMatch:
        """The warning at ``row``."""
        return self._matches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of warnings."""
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Three-line description; the match object; its petition id."""
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe_match(match)
        if role == OBJECT_ROLE:
            return match
        if role == ID_ROLE:
            return str(match.petition_id)
        if role == Qt.ItemDataRole.BackgroundRole and self.linked_petition == str(
            match.petition_id
        ):
            return QBrush(LINKED_COLOUR)
        return None
