"""The side panel that shows a picked citizen's earlier visits and petitions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from tcd_desktop.domain.enums import CaseStatus, PetitionKind, ReceptionKind
from tcd_desktop.ui.labels import label_of

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "Date"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Content"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Status"),
)


def _row(*texts: str, tooltip: str = "") -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        if tooltip:
            item.setToolTip(tooltip)
        items.append(item)
    return items


class HistoryPanel(QGroupBox):
    """Earlier visits and petitions (newest first) of the citizen on the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Earlier visits"))
        self.setObjectName("historyPanel")
        self.summary = QLabel(
            self.tr("Choose a citizen to see their earlier visits and petitions.")
        )
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.tree = QTreeView()
        self.tree.setObjectName("historyTree")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 112)  # dd/mm/yyyy under the tree indentation
        header.resizeSection(2, 130)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def clear(self) -> None:
        """Nothing to show (a new citizen)."""
        self.model.removeRows(0, self.model.rowCount())
        self.summary.setText(self.tr("New citizen: no earlier visit."))

    def show_loading(self) -> None:
        """While the history loads."""
        self.model.removeRows(0, self.model.rowCount())
        self.summary.setText(self.tr("Loading earlier visits…"))

    def show_history(self, history: Any, name: str) -> None:
        """Fill from a ``CitizenHistory`` (visits and petitions, newest first)."""
        self.model.removeRows(0, self.model.rowCount())
        visits, petitions = history.visits, history.petitions
        self.summary.setText(
            self.tr("%1: %2 visits, %3 petitions.")
            .replace("%1", name)
            .replace("%2", str(len(visits)))
            .replace("%3", str(len(petitions)))
            if visits or petitions
            else self.tr("%1: no earlier visit.").replace("%1", name)
        )
        visit_group = _row(self.tr("Visits (%1)").replace("%1", str(len(visits))), "", "")
        for visit in visits:
            kind = label_of(ReceptionKind, visit.kind)
            label = kind + (self.tr(" — group visit") if visit.is_mass else "")
            visit_group[0].appendRow(
                _row(
                    f"{visit.received_on:%d/%m/%Y}",
                    visit.summary,
                    label,
                    tooltip=self.tr("Form %1: %2")
                    .replace("%1", visit.number)
                    .replace("%2", visit.summary)
                    + f"\n{label}",
                )
            )
        petition_group = _row(self.tr("Petitions (%1)").replace("%1", str(len(petitions))), "", "")
        for petition in petitions:
            status = label_of(CaseStatus, petition.status)
            if petition.case_code:
                case_status = label_of(CaseStatus, petition.case_status or "")
                status = (
                    self.tr("Case %1: %2")
                    .replace("%1", petition.case_code)
                    .replace("%2", case_status)
                )
                if petition.due_on:
                    status += self.tr(", due %1").replace("%1", f"{petition.due_on:%d/%m/%Y}")
            kind = label_of(PetitionKind, petition.kind)
            petition_group[0].appendRow(
                _row(
                    f"{petition.received_on:%d/%m/%Y}",
                    f"{kind}: {petition.summary}",
                    status,
                    tooltip=self.tr("Petition %1 — %2: %3")
                    .replace("%1", petition.number)
                    .replace("%2", kind)
                    .replace("%3", petition.summary)
                    + f"\n{status}",
                )
            )
        self.model.appendRow(petition_group)
        self.model.appendRow(visit_group)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(
                row, self.model.indexFromItem(self.model.invisibleRootItem()), True
            )
        self.tree.expandAll()
        self.tree.scrollToTop()

    def row_texts(self) -> list[str]:
        """Every child row's content text (tests and screen readers)."""
        out = []
        for group in range(self.model.rowCount()):
            parent = self.model.item(group, 0)
            for row in range(parent.rowCount()):
                out.append(parent.child(row, 1).text())
        return out

    def sizeHint(self) -> QSize:
        """At least 360 px wide."""
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 360))
        return hint
