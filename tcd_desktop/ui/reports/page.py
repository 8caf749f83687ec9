"""Statutory report forms on screen (Thông tư 01/2024/TT-TTCP).

Pick a form and a period (a statutory window, or any dates for chuyên đề/đột xuất); the form
is counted in the background and shown with its MS row, subtotals and total. Double-click a
number to list the visits, petitions or cases behind it; export XLSX or PDF; a supervisor
locks the period as sent. Counting, exporting and locking show their stages in a progress
dialog whose "Stop" cancels them (no report, no file, no lock).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.report_periods import (
    CutoffRule,
    PeriodKind,
    current_period,
    custom_period,
    statutory_period,
)
from tcd_desktop.services import reports
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.reports.writers import save_report
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.labels import enum_label, report_period_label
from tcd_desktop.ui.models.report_model import CELL_ROLE, HEADING_ROLE, ReportTableModel
from tcd_desktop.ui.reports.form_names import form_title
from tcd_desktop.ui.reports.opening import OpeningBalancesDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.page import ScreenPage
from tcd_desktop.ui.widgets.progress_dialog import ProgressDialog, run_with_progress

STATUTORY = (
    PeriodKind.Q1,
    PeriodKind.Q2,
    PeriodKind.Q3,
    PeriodKind.Q4,
    PeriodKind.H1,
    PeriodKind.M9,
    PeriodKind.YEAR,
)
RANGES = (PeriodKind.CUSTOM, PeriodKind.THEMATIC, PeriodKind.AD_HOC)


class DrillDialog(QDialog):
    """The records behind one cell."""

    def __init__(self, title: str, rows: list[reports.DrillRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Number"), self.tr("Unit"), self.tr("Content")]
        )
        for i, row in enumerate(rows):
            for j, text in enumerate((f"{row.date:%d/%m/%Y}", row.number, row.unit, row.text)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n record(s)", "", len(rows))))
        layout.addWidget(self.table)


class ReportsPage(ScreenPage):
    """Choose a form and a period, see the figures, drill down, export and lock."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("reportsPage")
        self.report: reports.Report | None = None
        self.progress: ProgressDialog | None = None  # of the running count, export or lock
        self.cutoff = CutoffRule()  # the office's cut-off day, read in the background below
        title = QLabel(self.tr("Statutory periodic reports"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.form_box = QComboBox()
        self.form_box.setObjectName("formBox")
        for code in reports.form_codes():
            self.form_box.addItem(f"{code} — {form_title(code)}", code)
        self.form_box.setMaximumWidth(520)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        names = {
            PeriodKind.Q1: self.tr("Quarter I"),
            PeriodKind.Q2: self.tr("Quarter II"),
            PeriodKind.Q3: self.tr("Quarter III"),
            PeriodKind.Q4: self.tr("Quarter IV"),
            PeriodKind.H1: self.tr("6 months"),
            PeriodKind.M9: self.tr("9 months"),
            PeriodKind.YEAR: self.tr("Year"),
            PeriodKind.CUSTOM: self.tr("Custom range"),
            PeriodKind.THEMATIC: self.tr("Thematic"),
            PeriodKind.AD_HOC: self.tr("Ad hoc"),
        }
        for kind in (*STATUTORY, *RANGES):
            self.kind_box.addItem(names.get(kind, enum_label(kind)), kind.value)
        now = current_period(dt.date.today())
        self.kind_box.setCurrentIndex(self.kind_box.findData(now.kind.value))
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(now.year or dt.date.today().year)
        self.from_edit = QDateEdit(QDate(now.start.year, now.start.month, now.start.day))
        self.to_edit = QDateEdit(QDate(now.end.year, now.end.month, now.end.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.make_button = QPushButton(self.tr("Make report"))
        self.make_button.setObjectName("makeReport")
        self.make_button.clicked.connect(self.make_report)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.lock_button = QPushButton(self.tr("Lock as sent"))
        self.lock_button.setObjectName("lockReport")
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.lock_button.clicked.connect(self.lock)
        self.lock_button.setVisible(actor.has(Role.SUPERVISOR))
        self.opening_button = QPushButton(self.tr("Opening balances…"))
        self.opening_button.setObjectName("openingBalances")
        self.opening_button.setToolTip(
            self.tr("Cases carried over from before the software, per unit, form and column")
        )
        self.opening_button.clicked.connect(self.open_opening_balances)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.year_box.valueChanged.connect(self._kind_changed)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self.drill_cell)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(56)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().currentChanged.connect(self._show_heading)
        self.heading_label = QLabel()
        self.heading_label.setObjectName("headingLabel")
        self.heading_label.setWordWrap(True)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Form")))
        row1.addWidget(self.form_box, 1)
        row1.addWidget(QLabel(self.tr("Period")))
        row1.addWidget(self.kind_box)
        row1.addWidget(self.year_box)
        row1.addWidget(self.from_edit)
        row1.addWidget(self.to_edit)
        row2 = QHBoxLayout()
        row2.addWidget(self.make_button)
        row2.addWidget(self.opening_button)
        row2.addStretch(1)
        for button in (self.xlsx_button, self.pdf_button, self.lock_button):
            row2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message_bar)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.period_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.heading_label)
        self._kind_changed()
        self._set_actions(False)
        self.listen(bus.changed, self._bus_changed)
        self.run_task(lambda: reports.report_cutoff(self.db, self.actor), self._set_cutoff)

    def _set_cutoff(self, rule: CutoffRule) -> None:
        self.cutoff = rule
        self._kind_changed()

    def _bus_changed(self, kind: str, _ids: object) -> None:
        if kind in (Entity.SETTING.value,):
            self.run_task(lambda: reports.report_cutoff(self.db, self.actor), self._set_cutoff)

    # period ------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        custom = PeriodKind(self.kind_box.currentData()) in RANGES
        self.year_box.setEnabled(not custom)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:  # show the statutory window in the (read-only) date boxes
            period = self.period()
            self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def period(self) -> Any:
        """The period chosen on screen."""
        kind = PeriodKind(self.kind_box.currentData())
        if kind in RANGES:
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return custom_period(start, end, kind)  # type: ignore[arg-type]
        return statutory_period(kind, self.year_box.value(), self.cutoff)

    def _set_actions(self, enabled: bool) -> None:
        for button in (self.xlsx_button, self.pdf_button, self.lock_button):
            button.setEnabled(enabled)

    # actions -----------------------------------------------------------------------------
    @Slot()
    def make_report(self) -> None:
        """Count the chosen form over the chosen period in the background."""
        try:
            period = self.period()
        except ValueError as exc:
            self.message_bar.show_error(str(exc))
            return
        code = self.form_box.currentData()
        self.make_button.setEnabled(False)
        self.period_label.setText(self.tr("Counting…"))

        def done(report: reports.Report) -> None:
            self.make_button.setEnabled(True)
            self.show_report(report)

        def failed(exc: BaseException, tb: str) -> None:
            self._counting_ended()
            self.show_failure(exc, tb)

        def stopped() -> None:
            self._counting_ended()
            self.message_bar.show_message(self.tr("Counting stopped."), "info")

        db, actor = self.db, self.actor
        self.progress = run_with_progress(
            self,
            self.runner,
            self.tr("Counting the report %1").replace("%1", code),
            lambda token: reports.build_report(db, actor, code, period, progress=token),
            done,
            failed,
            stopped,
        )

    def _counting_ended(self) -> None:
        """A count failed or was stopped: the report shown before (if any) stays."""
        self.make_button.setEnabled(True)
        if self.report is None:
            self.period_label.clear()
        else:
            self.show_report(self.report)

    def show_report(self, report: reports.Report) -> None:
        """Show a counted report."""
        self.report = report
        self.model.set_report(report)
        text = (
            self.tr("Figures from %1 to %2 (%3)")
            .replace("%1", f"{report.period.start:%d/%m/%Y}")
            .replace("%2", f"{report.period.end:%d/%m/%Y}")
            .replace("%3", report_period_label(report.period))
        )
        if report.locked:
            text += " — " + self.tr(
                "LOCKED as sent; %n cell(s) differ now", "", len(report.differences)
            )
        self.period_label.setText(text)
        self.table.setColumnWidth(0, 260)
        self._set_actions(True)
        self.lock_button.setEnabled(report.locked is None)

    def _show_heading(self, current: Any, _previous: Any = None) -> None:
        if current.column() > 0:
            text = self.model.headerData(current.column(), Qt.Orientation.Horizontal, HEADING_ROLE)
            self.heading_label.setText(text or "")

    @Slot(object)
    def drill_cell(self, index: Any) -> None:
        """List the records behind the double-clicked number."""
        cell = self.model.data(index, CELL_ROLE)
        if self.report is None or cell is None:
            return
        unit, column = cell
        report = self.report
        col = report.form.column(column)
        i = index.row() - 1  # row 0 is the MS row
        level = report.rows[i].level if 0 <= i < len(report.rows) else "total"
        if level == "subtotal:root":  # a province with its bodies: the whole subtree
            scope, row_unit = unit, None
        elif level == "total":
            scope, row_unit = report.scope or None, None
        else:  # one unit's row: that unit (and the abolished units counted in it)
            scope, row_unit = report.scope or None, unit

        def done(rows: list[reports.DrillRow]) -> None:
            title = f"{report.form.code} — {col.no}. {col.heading}"
            DrillDialog(title, rows, self).open()

        self.run_task(
            lambda: reports.drill(
                self.db,
                self.actor,
                report.form.code,
                column,
                report.period,
                scope,
                row_unit=row_unit,
            ),
            done,
        )

    def export(self, suffix: str) -> None:
        """Save the shown report as XLSX or PDF."""
        if self.report is None:
            return
        name = f"{self.report.form.code.replace('/', '-')}_{self.report.period.code}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), name)
        if not path:
            return
        report, target = self.report, Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        db, actor = self.db, self.actor
        self.progress = run_with_progress(
            self,
            self.runner,
            self.tr("Saving the report to %1").replace("%1", target.name),
            lambda token: save_report(db, actor, report, target, token),
            lambda p: self.message_bar.show_message(
                self.tr("Saved %1").replace("%1", str(p)), "success"
            ),
            self.show_failure,
            lambda: self.message_bar.show_message(
                self.tr("Saving stopped; no file was written."), "info"
            ),
        )

    def lock(self) -> None:
        """Lock the shown form and period as sent (supervisors)."""
        if self.report is None:
            return
        report, db, actor = self.report, self.db, self.actor
        self.progress = run_with_progress(
            self,
            self.runner,
            self.tr("Locking the report as sent"),
            lambda token: reports.lock_report(
                db, actor, report.form.code, report.period, report.scope or None, token
            ),
            self.show_report,
            self.show_failure,
            lambda: self.message_bar.show_message(
                self.tr("Locking stopped; the report was not locked."), "info"
            ),
        )

    def open_opening_balances(self) -> None:
        """The opening balances: list, enter, import, remove."""
        dialog = OpeningBalancesDialog(self.db, self.actor, self.bus, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
