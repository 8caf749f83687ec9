"""Median working days to resolve, by kind and by complexity (cases closed in the period)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tcd_desktop.services.dashboard import DashboardDetails
from tcd_desktop.services.dashboard.model import Median


class MediansView(QWidget):
    """Two small tables of medians."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardMedians")
        self.by_kind = QGroupBox(self.tr("By kind"))
        self.by_complexity = QGroupBox(self.tr("By complexity"))
        note = QLabel(
            self.tr(
                "Median working days from acceptance (or receipt) to closing, over the "
                "cases closed in the period."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.by_kind)
        layout.addWidget(self.by_complexity)
        layout.addStretch(1)
        self.labels: dict[str, QLabel] = {}
        self._names = {
            "khieu_nai": self.tr("Complaints"),
            "to_cao": self.tr("Denunciations"),
            "kien_nghi_phan_anh": self.tr("Petitions, feedback"),
            "normal": self.tr("Ordinary"),
            "complex": self.tr("Complex"),
            "very_complex": self.tr("Very complex"),
        }

    def set_details(self, details: DashboardDetails) -> None:
        """Show the medians of ``details``."""
        self._fill(self.by_kind, details.medians_by_kind)
        self._fill(self.by_complexity, details.medians_by_complexity)

    def _fill(self, box: QGroupBox, medians: list[Median]) -> None:
        old = box.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted
        grid = QGridLayout(box)
        for col, text in enumerate(
            (self.tr("Group"), self.tr("Cases closed"), self.tr("Median working days"))
        ):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        for row, m in enumerate(medians, start=1):
            days = "—" if m.median_days is None else QLocale().toString(m.median_days, "f", 1)
            name = self._names.get(m.group, m.label)
            for col, text in enumerate((name, QLocale().toString(m.cases), days)):
                label = QLabel(text)
                label.setObjectName(f"median_{m.group}_{col}")
                grid.addWidget(label, row, col)
                self.labels[f"{m.group}_{col}"] = label


__all__ = ["MediansView"]
