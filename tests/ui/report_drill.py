"""The report page's drill-down dialog, found the way a tester sees it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTableWidget, QWidget


def drill_table(page: QWidget) -> QTableWidget | None:
    """The table of the drill-down dialog on show, or None while it is not there yet.

    A progress dialog may show first while the cell's records are counted, so "the first
    dialog" is not necessarily the drill's own."""
    for dialog in page.findChildren(QDialog):
        table = dialog.findChild(QTableWidget)
        if table is not None and dialog.isVisible():
            return table
    return None
