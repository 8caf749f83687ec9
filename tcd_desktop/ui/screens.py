"""The screens the main window lists, and the page that stands in until one is built.

``title`` and ``summary`` are English source texts in the ``MainWindow`` context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ScreenEntry:
    """One navigation entry; ``title`` and ``summary`` are English source texts."""

    key: str
    title: str
    summary: str


SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(
        "reception",
        QT_TRANSLATE_NOOP("MainWindow", "Citizen reception"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Register a visit, find the citizen and their earlier petitions, print a receipt.",
        ),
    ),
    ScreenEntry(
        "register",
        QT_TRANSLATE_NOOP("MainWindow", "Reception register"),
        QT_TRANSLATE_NOOP("MainWindow", "Every visit and petition received, searchable by name."),
    ),
    ScreenEntry(
        "petitions",
        QT_TRANSLATE_NOOP("MainWindow", "Petition processing"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Petitions awaiting processing: accept, transfer, guide, return, file."
        ),
    ),
    ScreenEntry(
        "board",
        QT_TRANSLATE_NOOP("MainWindow", "Case board"),
        QT_TRANSLATE_NOOP("MainWindow", "Cases being handled, with their deadlines."),
    ),
    ScreenEntry(
        "schedule",
        QT_TRANSLATE_NOOP("MainWindow", "Reception schedule"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Leaders' periodic reception days: planned, held, legal minimum."
        ),
    ),
    ScreenEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        QT_TRANSLATE_NOOP("MainWindow", "What is due, on-time rates and periodic reports."),
    ),
    ScreenEntry(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        QT_TRANSLATE_NOOP("MainWindow", "Statutory periodic report forms (Circular 01/2024)."),
    ),
    ScreenEntry(
        "backup",
        QT_TRANSLATE_NOOP("MainWindow", "Backup"),
        QT_TRANSLATE_NOOP("MainWindow", "Last backup, back up now, the audit anchor, restoring."),
    ),
    ScreenEntry(
        "admin",
        QT_TRANSLATE_NOOP("MainWindow", "Administration"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Users, units, holiday calendar, legal time limits and backups."
        ),
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PlaceholderPage(QWidget):
    """Stands in for a screen that is not built yet."""

    def __init__(self, entry: ScreenEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{entry.key}")
        title = QLabel(_t(entry.title))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(_t(entry.summary))
        summary.setWordWrap(True)
        coming = QLabel(self.tr("Opening the database and signing in…"))
        coming.setObjectName("comingSoon")
        coming.setStyleSheet("color: #555555; font-style: italic;")
        self.note = coming

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(12)
        layout.addWidget(coming)
        layout.addStretch(1)

    def mark_not_built(self) -> None:
        """Once the real screens are in: say that this one comes in a later version."""
        self.note.setText(self.tr("This screen is coming in a later version."))


__all__ = ["SCREENS", "PlaceholderPage", "ScreenEntry"]
