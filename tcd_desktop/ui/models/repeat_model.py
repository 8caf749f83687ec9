"""Matches of the repeat/duplicate check, one per earlier petition, with their reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.services.reception.repeats import RepeatMatch
from tcd_desktop.ui.desk_labels import repeat_reason
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE

OBJECT_ROLE = RECORD_ROLE
LINKED_COLOUR = QColor("#e8f5e9")

__all__ = ["ID_ROLE", "OBJECT_ROLE", "RepeatMatchModel", "describe_match"]


def describe_match(match: RepeatMatch) -> str:
    """Three lines: which petition, why it matched, where it stands."""
    kind = label_of(PetitionKind, match.kind)
    head = (
        QCoreApplication.translate("RepeatMatchModel", "Petition %1 of %2 — %3")
        .replace("%1", match.petition_number)
        .replace("%2", f"{match.received_on:%d/%m/%Y}")
        .replace("%3", kind)
    )
    if match.citizen_name:
        head += f" — {match.citizen_name}"
    status = label_of(CaseStatus, match.status)
    if match.case_code:
        status = (
            QCoreApplication.translate("RepeatMatchModel", "Case %1: %2")
            .replace("%1", match.case_code)
            .replace("%2", label_of(CaseStatus, match.case_status) if match.case_status else "")
        )
    summary = match.summary if len(match.summary) <= 140 else match.summary[:139] + "…"
    reasons = QCoreApplication.translate("RepeatMatchModel", "Reason: %1").replace(
        "%1", "; ".join(repeat_reason(r) for r in match.reasons)
    )
    return f"{head}\n{reasons}\n{status}. {summary}"


class RepeatMatchModel(RecordTableModel):
    """The current warnings (one column, shown in a list); the linked one is shaded green."""

    CONTEXT = "RepeatMatchModel"
    HEADERS = (QT_TRANSLATE_NOOP("RepeatMatchModel", "Earlier petition"),)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.linked_petition: str | None = None

    def key(self, record: RepeatMatch) -> Any:
        """A match is known by its earlier petition."""
        return record.petition_id

    def set_matches(self, matches: Sequence[RepeatMatch]) -> None:
        """Replace the warnings."""
        self.beginResetModel()
        self._records = list(matches)
        self.endResetModel()

    def set_linked(self, petition_id: str | None) -> None:
        """Shade the match the visit is linked to."""
        self.linked_petition = petition_id
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 0))

    def match_at(self, row: int) -> RepeatMatch:
        """The warning at ``row``."""
        return self._records[row]

    def cell(self, match: RepeatMatch, column: int, role: int) -> Any:
        """Three-line description; green when linked."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe_match(match)
        if role == Qt.ItemDataRole.BackgroundRole and self.linked_petition == str(
            match.petition_id
        ):
            return QBrush(LINKED_COLOUR)
        return None
