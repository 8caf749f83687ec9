"""Cài đặt → Lịch ngày nghỉ… (administrator): add, remove or confirm a day of the office
calendar, then see on screen the cases whose due dates moved (issue 8).

:class:`CalendarDayDialog` runs :func:`apply_calendar_change` in the background; the moved
cases come back with the change and :class:`MovedCasesDialog` lists them with the old and new
due date, opens a case (double-click or "Open case") and exports the list as CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.services.cases.calendar_change import CalendarChange, apply_calendar_change
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.page import error_text

_CASE_ID = Qt.ItemDataRole.UserRole


def _shown(day: dt.date | None) -> str:
    return format_vn_date(day) if day is not None else "—"


class MovedCasesDialog(QDialog):
    """The cases (and petitions awaiting processing) whose due date a calendar change moved."""

    open_case = Signal(uuid.UUID)

    def __init__(self, change: CalendarChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movedCasesDialog")
        self.setWindowTitle(self.tr("Due dates moved by the calendar change"))
        self.change = change
        rows = [(c.code, c.before, c.after, c.case_id) for c in change.moved] + [
            (number, before, after, None) for number, before, after in change.moved_petitions
        ]
        self.summary = QLabel(
            self.tr("Calendar day %1: %2 due dates moved.")
            .replace("%1", format_vn_date(change.day))
            .replace("%2", str(len(rows)))
            if rows
            else self.tr("Calendar day %1: no due date moved.").replace(
                "%1", format_vn_date(change.day)
            )
        )
        self.summary.setObjectName("movedSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("movedTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case code"), self.tr("Old due date"), self.tr("New due date")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for index, (code, before, after, case_id) in enumerate(rows):
            first = QTableWidgetItem(code)
            first.setData(_CASE_ID, case_id)
            self.table.setItem(index, 0, first)
            self.table.setItem(index, 1, QTableWidgetItem(_shown(before)))
            self.table.setItem(index, 2, QTableWidgetItem(_shown(after)))
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openMovedCase")
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Export list…"))
        self.export_button.setObjectName("exportMoved")
        self.export_button.setEnabled(bool(rows))
        self.export_button.clicked.connect(self._ask_export)
        self.status = QLabel("")
        self.status.setObjectName("movedStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._enable()

    def selected_case(self) -> uuid.UUID | None:
        """The case of the selected row (None: nothing selected, or a petition row)."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        value = item.data(_CASE_ID) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    @Slot()
    def _enable(self) -> None:
        self.open_button.setEnabled(self.selected_case() is not None)

    @Slot()
    def open_selected(self) -> None:
        case_id = self.selected_case()
        if case_id is not None:
            self.open_case.emit(case_id)

    @Slot()
    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the moved due dates"),
            self.tr("moved-due-dates.csv"),
            self.tr("CSV file (*.csv)"),
        )
        if name:
            if not name.lower().endswith(".csv"):
                name += ".csv"
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the list as CSV (UTF-8 with BOM, for Excel), complete or not at all."""
        tmp = path.with_name(f".{path.name}.partial")
        try:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                out = csv.writer(fh)
                out.writerow(
                    [self.tr("Case code"), self.tr("Old due date"), self.tr("New due date")]
                )
                for row in range(self.table.rowCount()):
                    out.writerow(
                        ["'" + text if text[:1] in "=+-@\t\r" else text for text in self._row(row)]
                    )
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            self.status.setText(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self.status.setText(self.tr("Exported the list to %1").replace("%1", path.name))

    def _row(self, row: int) -> list[str]:
        cells = [self.table.item(row, col) for col in range(3)]
        return [cell.text() if cell is not None else "" for cell in cells]


class CalendarDayDialog(QDialog):
    """Add a day off or make-up working day, remove the office's entry, or confirm a day."""

    open_case = Signal(uuid.UUID)
    changed = Signal(object)  # the CalendarChange, after the moved-cases list was shown

    def __init__(
        self, db: Database, actor: Actor, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDayDialog")
        self.setWindowTitle(self.tr("Calendar days"))
        self._db, self._actor, self._runner = db, actor, runner
        self.moved_dialog: MovedCasesDialog | None = None
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("calendarDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.action = QComboBox()
        self.action.setObjectName("calendarAction")
        for key, label in (
            ("off", self.tr("Day off")),
            ("work", self.tr("Make-up working day")),
            ("remove", self.tr("Remove the office's entry")),
            ("confirm", self.tr("Confirm as officially announced")),
        ):
            self.action.addItem(label, key)
        self.action.currentIndexChanged.connect(self._enable)
        self.name = QLineEdit()
        self.name.setObjectName("calendarName")
        self.name.setPlaceholderText(self.tr("e.g. Make-up day for National Day"))
        self.reason = QLineEdit()
        self.reason.setObjectName("calendarReason")
        self.estimate = QCheckBox(self.tr("Estimate, not yet officially announced"))
        self.estimate.setObjectName("calendarEstimate")
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Change"), self.action)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.estimate)
        note = QLabel(
            self.tr(
                "Every open case's due dates are recomputed; the cases whose dates moved "
                "are listed afterwards."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("calendarMessage")
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enable()

    @Slot()
    def _enable(self) -> None:
        adding = self.action.currentData() in ("off", "work")
        self.name.setEnabled(adding)
        self.estimate.setEnabled(adding)

    @Slot()
    def apply(self) -> None:
        """Run the change in the background; on success show the moved cases."""
        day = self.day.date().toPython()
        action = str(self.action.currentData())
        name, reason = self.name.text(), self.reason.text()
        confirmed = not self.estimate.isChecked()
        db, actor = self._db, self._actor
        self.apply_button.setEnabled(False)
        self.message.setText("")

        def failed(exc: BaseException, tb: str) -> None:
            self.apply_button.setEnabled(True)
            self.message.setText(error_text(exc, tb, self.tr("Could not change the calendar.")))

        self._runner.run(
            lambda: apply_calendar_change(
                db, actor, day, action, name=name, reason=reason, confirmed=confirmed
            ),
            self._done,
            failed,
        )

    def _done(self, change: CalendarChange) -> None:
        self.apply_button.setEnabled(True)
        dialog = MovedCasesDialog(change, self)
        dialog.open_case.connect(self.open_case)
        self.moved_dialog = dialog
        self.changed.emit(change)
        dialog.show()


__all__ = ["CalendarDayDialog", "MovedCasesDialog"]
