"""Opening balances (kỳ trước chuyển sang) on screen: the figures entered, one more, a sheet.

Cases carried over from before the software are entered once per unit, form and column
(or imported from a spreadsheet, all rows or none); a figure entered by mistake is removed
with a reason. Every change goes through ``services.reports.opening`` (audited) and comes
back on the change bus, so the list refreshes itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dashboard.successors import UnitEntry, list_units
from tcd_desktop.services.reports import form_codes, get_form, set_opening_balance
from tcd_desktop.services.reports.opening import (
    OpeningEntry,
    enterable_columns,
    import_opening_balances,
    list_opening_balances,
    remove_opening_balance,
)
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.message_bar import MessageBar
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded


class OpeningBalancesDialog(QDialog):
    """The opening balances of every unit; supervisors add, import and remove."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openingBalancesDialog")
        self.db, self.actor, self.runner = db, actor, runner
        self.entries: list[OpeningEntry] = []
        self.setWindowTitle(self.tr("Opening balances (carried over from before the software)"))
        self.resize(1100, 620)
        self.message_bar = MessageBar(self)
        intro = QLabel(
            self.tr(
                "Cases still open when the office started using the software are entered "
                "once per unit, form and column; they are added to that column in the report "
                "period holding the date."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("openingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Form"),
                self.tr("Column"),
                self.tr("As of"),
                self.tr("Figure"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("openingCount")

        self.unit_box = QComboBox()
        self.unit_box.setObjectName("openingUnit")
        self.form_box = QComboBox()
        self.form_box.setObjectName("openingForm")
        for code in form_codes():
            self.form_box.addItem(f"{code} — {get_form(code).title.capitalize()}", code)
        self.form_box.setMaximumWidth(460)
        self.column_box = QComboBox()
        self.column_box.setObjectName("openingColumn")
        self.column_box.setMaximumWidth(460)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("openingDate")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.value_box = QSpinBox()
        self.value_box.setObjectName("openingValue")
        self.value_box.setRange(0, 10_000_000)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("openingNote")
        self.note_edit.setPlaceholderText(self.tr("Where the figure comes from (old register…)"))
        self.add_button = QPushButton(self.tr("Enter figure"))
        self.add_button.setObjectName("openingAdd")
        self.import_button = QPushButton(self.tr("Import from XLSX…"))
        self.import_button.setObjectName("openingImport")
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("openingRemove")
        self.close_button = QPushButton(self.tr("Close"))
        self.form_box.currentIndexChanged.connect(self._form_changed)
        self.add_button.clicked.connect(self.add_figure)
        self.import_button.clicked.connect(self.import_sheet)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        entry = QGroupBox(self.tr("Enter one figure"))
        grid = QFormLayout(entry)
        grid.addRow(self.tr("Unit"), self.unit_box)
        grid.addRow(self.tr("Form"), self.form_box)
        grid.addRow(self.tr("Column"), self.column_box)
        grid.addRow(self.tr("Software used from"), self.date_edit)
        grid.addRow(self.tr("Figure"), self.value_box)
        grid.addRow(self.tr("Note"), self.note_edit)
        grid.addRow("", self.add_button)
        sheet_hint = QLabel(
            self.tr("Sheet columns: Unit code | Form | Column | Figure | Date | Note")
        )
        sheet_hint.setWordWrap(True)
        grid.addRow(self.import_button, sheet_hint)
        entry.setMaximumWidth(520)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(entry)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        may_edit = actor.has(Role.SUPERVISOR)
        entry.setEnabled(may_edit)
        entry.setVisible(may_edit)
        self.remove_button.setVisible(may_edit)
        self.remove_button.setEnabled(False)
        self._form_changed()
        bus.changed.connect(self._bus_changed)
        self.finished.connect(lambda *_a: self._disconnect(bus))
        self.refresh()
        self._load_units()

    def _disconnect(self, bus: ChangeBus) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            bus.changed.disconnect(self._bus_changed)

    # background work --------------------------------------------------------------------
    def _run(self, fn: Any, done: Any = None) -> None:
        run_guarded(self, self.runner, fn, done, self._failed)

    def _failed(self, exc: BaseException, _tb: str = "") -> None:
        message = expected_message(exc)
        if message is None:
            report_bug(exc)
        else:
            self.message_bar.show_error(message)

    @Slot(str, object)
    def _bus_changed(self, kind: str, _ids: object) -> None:
        if kind == Entity.REPORT.value:
            self.refresh()
        elif kind == Entity.UNIT.value:
            self._load_units()

    def refresh(self) -> None:
        """Read the entered figures again."""
        self._run(lambda: list_opening_balances(self.db, self.actor), self._show)

    def _load_units(self) -> None:
        self._run(lambda: list_units(self.db, self.actor), self._show_units)

    # showing ----------------------------------------------------------------------------
    def _show_units(self, units: list[UnitEntry]) -> None:
        current = self.unit_box.currentData()
        self.unit_box.clear()
        for unit in units:
            self.unit_box.addItem(f"{unit.code} — {unit.name}", unit.code)
        if current is not None:
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(current)))

    def _show(self, entries: list[OpeningEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for i, e in enumerate(entries):
            cells = (
                f"{e.unit} — {e.unit_name}",
                e.form,
                f"{e.column}. {e.heading}",
                f"{e.as_of:%d/%m/%Y}",
                f"{e.value:,}".replace(",", "."),
                e.note,
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if j == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(3)
        self.table.resizeColumnToContents(4)
        self.count_label.setText(self.tr("%n figure(s) entered", "", len(entries)))
        self._selection_changed()

    def _form_changed(self) -> None:
        self.column_box.clear()
        code = self.form_box.currentData()
        if code is None:
            return
        for no, heading in enterable_columns(code):
            self.column_box.addItem(f"{no}. {heading}", no)
            self.column_box.setItemData(
                self.column_box.count() - 1, heading, Qt.ItemDataRole.ToolTipRole
            )

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # actions ----------------------------------------------------------------------------
    @Slot()
    def add_figure(self) -> None:
        """Enter the figure of the form on the right."""
        unit, form, column = (
            self.unit_box.currentData(),
            self.form_box.currentData(),
            self.column_box.currentData(),
        )
        if unit is None or form is None or column is None:
            self.message_bar.show_error(self.tr("Choose a unit, a form and a column."))
            return
        as_of: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        value, note = self.value_box.value(), self.note_edit.text().strip()

        def done(_row_id: object) -> None:
            self.message_bar.show_message(self.tr("Figure entered."))
            self.value_box.setValue(0)
            self.note_edit.clear()

        self._run(
            lambda: set_opening_balance(
                self.db, self.actor, unit, form, column, as_of, value, note
            ),
            done,
        )

    @Slot()
    def import_sheet(self) -> None:
        """Import every figure of a spreadsheet, or none."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import opening balances"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        from pathlib import Path

        def done(count: int) -> None:
            self.message_bar.show_message(self.tr("%n figure(s) imported.", "", count))

        self._run(lambda: import_opening_balances(self.db, self.actor, Path(path)), done)

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected figure (asks for the reason)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove figure"),
            self.tr("Why is the figure %1 of %2 column %3 removed?")
            .replace("%1", str(entry.value))
            .replace("%2", entry.form)
            .replace("%3", str(entry.column)),
        )
        if not ok:
            return
        self._run(
            lambda: remove_opening_balance(self.db, self.actor, entry.id, reason),
            lambda _v: self.message_bar.show_message(self.tr("Figure removed.")),
        )
