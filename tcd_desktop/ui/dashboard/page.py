"""``DashboardPage``: the supervisor's dashboard ("Tổng hợp").

A period picker (statutory periods with the TT 01/2024 cut-offs) and a unit picker; the
per-unit table (units under their parent, totals including the units below), the overdue
radar, the unit rating with its reasons, and the charts. Every number opens the list of
the cases it counts. Both halves load in the background (the table first, then the medians
and charts) with a busy indicator; "Số liệu tính đến …" says when the figures were read.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.dashboard_period import (
    Period,
    current_period,
    parse_period,
    previous_period,
)
from tcd_desktop.services import board, dashboard
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dashboard import DashboardDetails, DashboardTable, DrillSpec
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import TrackedPage, error_text
from tcd_desktop.ui.dashboard.charts import DashboardCharts
from tcd_desktop.ui.dashboard.drill import DrillDialog
from tcd_desktop.ui.dashboard.medians import MediansView
from tcd_desktop.ui.labels import period_label
from tcd_desktop.ui.models.dashboard_model import (
    RADAR_COLUMNS,
    TABLE_COLUMNS,
    GradeTableModel,
    MetricRole,
    UnitRole,
    UnitTreeModel,
    percent,
)
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

REFRESH_ENTITIES = frozenset({"case", "unit", "reception", "user"})


def period_choices(today: object) -> list[Period]:
    """The current statutory quarter and the seven before it, then 6 and 9 months and the
    year of the current period."""
    now = current_period(today)  # type: ignore[arg-type]
    out = [now]
    for _ in range(7):
        out.append(previous_period(out[-1]))
    year = int(now.key[:4])
    out += [parse_period(f"{year}-H1"), parse_period(f"{year}-9M"), parse_period(str(year))]
    return out


class DashboardPage(TrackedPage):
    """The supervisor's dashboard. Emits :attr:`open_case` with a case id to open."""

    open_case = Signal(object)
    #: the table has been painted (tests, benchmarks)
    table_loaded = Signal()
    #: the medians and charts have been painted
    details_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._db, self._actor, self._runner = db, actor, runner
        self._generation = 0
        self._dirty = True
        self.table: DashboardTable | None = None
        self.details: DashboardDetails | None = None
        self.drills: list[DrillDialog] = []

        title = QLabel(self.tr("Supervisor's dashboard"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboardAsOf")
        self.as_of.setMinimumWidth(260)
        self.as_of.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.busy = QProgressBar()
        self.busy.setObjectName("dashboardBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.busy)
        head.addWidget(self.as_of)

        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        self._periods = period_choices(board.today_vn())
        for p in self._periods:
            self.period.addItem(
                f"{period_label(p.key, p.label)} ({p.start:%d/%m/%Y}–{p.end:%d/%m/%Y})", p.key
            )
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unit = QComboBox()
        self.unit.setObjectName("dashboardUnit")
        self.unit.addItem(self.tr("All units"), None)
        self.unit.setMinimumWidth(240)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.period), (self.tr("Unit"), self.unit)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
            controls.addSpacing(12)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.summary, 1)

        self.units_model = UnitTreeModel(TABLE_COLUMNS, self)
        self.units_view = self._tree(self.units_model, "dashboardUnits", 300, 92)
        self.radar_model = UnitTreeModel(RADAR_COLUMNS, self)
        self.radar_view = self._tree(self.radar_model, "dashboardRadar", 380, 140)
        self.grades_model = GradeTableModel(self)
        self.grades_view = QTableView()
        self.grades_view.setObjectName("dashboardGrades")
        self.grades_view.setModel(self.grades_model)
        self.grades_view.setWordWrap(True)
        self.grades_view.verticalHeader().hide()
        self.grades_view.verticalHeader().setDefaultSectionSize(62)  # three lines of reason
        self.grades_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.grades_view.horizontalHeader()
        for col, width in enumerate((80, 280, 60, 210)):
            self.grades_view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.grades_note = QLabel()
        self.grades_note.setWordWrap(True)
        grades = QWidget()
        grades_layout = QVBoxLayout(grades)
        grades_layout.setContentsMargins(0, 0, 0, 0)
        grades_layout.addWidget(self.grades_note)
        grades_layout.addWidget(self.grades_view, 1)
        self.medians = MediansView()
        self.charts = DashboardCharts()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self.units_view, self.tr("Units"))
        self.tabs.addTab(self.radar_view, self.tr("Overdue radar"))
        self.tabs.addTab(grades, self.tr("Rating"))
        self.tabs.addTab(self.medians, self.tr("Time to resolve"))
        self.tabs.addTab(self.charts, self.tr("Charts"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        self.track(bus.changed, self._on_changed)
        self._load_units()

    def _tree(self, model: UnitTreeModel, name: str, first: int, other: int) -> QTreeView:
        view = QTreeView()
        view.setObjectName(name)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setColumnWidth(0, first)
        for col in range(1, model.columnCount()):
            view.setColumnWidth(col, other)
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.header().setStretchLastSection(False)
        view.header().setDefaultAlignment(view.header().defaultAlignment())
        view.clicked.connect(self._cell_clicked)
        return view

    # -- public ----------------------------------------------------------------------------

    def current_period(self) -> Period:
        """The period chosen."""
        return self._periods[max(0, self.period.currentIndex())]

    def current_unit(self) -> uuid.UUID | None:
        """The unit chosen (``None``: every unit)."""
        data = self.unit.currentData()
        return uuid.UUID(data) if data else None

    def refresh(self) -> None:
        """Load the table, then the medians and charts, for the chosen period and unit."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        db, actor = self._db, self._actor
        period, unit = self.current_period(), self.current_unit()
        self.busy.show()
        self.as_of.setText(self.tr("Loading…"))
        self._runner.run(
            partial(dashboard.load_table, db, actor, period, unit_id=unit),
            self.guarded(partial(self._table_loaded, generation)),
            self.guarded(partial(self._failed, generation)),
        )
        self._runner.run(
            partial(dashboard.load_details, db, actor, period, unit_id=unit),
            self.guarded(partial(self._details_loaded, generation)),
            self.guarded(partial(self._failed, generation)),
        )
        self._pending = 2

    def open_drill(self, metric: str, unit_id: uuid.UUID | None) -> DrillDialog:
        """Open the list of the cases behind ``metric`` for ``unit_id`` (with its units)."""
        period = self.current_period()
        spec = DrillSpec(metric, period, unit_id, today=self.table.today if self.table else None)
        unit_name = self.unit.currentText() if unit_id is None else self._unit_name(unit_id)
        label = self._metric_names().get(metric, metric)
        count = self._count(metric, unit_id)
        title = f"{label} — {unit_name} — {period_label(period.key, period.label)}: {QLocale().toString(count)}"
        dialog = DrillDialog(self._db, self._actor, self._runner, spec, title, self)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(
            lambda _c, d=dialog: self.drills.remove(d) if d in self.drills else None
        )
        self.drills.append(dialog)
        dialog.show()
        return dialog

    # -- loading ---------------------------------------------------------------------------

    def _table_loaded(self, generation: int, table: DashboardTable) -> None:
        if generation != self._generation:
            return
        self.table = table
        for model in (self.units_model, self.radar_model):
            model.set_table(table)
        for view in (self.units_view, self.radar_view):
            view.expandToDepth(0)
        self.grades_model.set_grades(table.grades)
        self.grades_note.setText(
            self.tr(
                "Rating %1: weights and grade thresholds are data (resources/rating). "
                "Hover a reason to read it in full."
            ).replace("%1", table.rating_version)
        )
        t = table.totals
        self.summary.setText(
            self.tr("Overdue %1 · closed in period %2 · on time %3")
            .replace("%1", QLocale().toString(t["overdue"]))
            .replace("%2", QLocale().toString(t["closed_on_time"] + t["closed_late"]))
            .replace("%3", percent(table.on_time_rate))
        )
        self.as_of.setText(
            self.tr("Figures as of %1").replace("%1", table.as_of.strftime("%H:%M %d/%m/%Y"))
        )
        self._done_one()
        self.table_loaded.emit()

    def _details_loaded(self, generation: int, details: DashboardDetails) -> None:
        if generation != self._generation:
            return
        self.details = details
        self.medians.set_details(details)
        self.charts.set_details(details)
        self._done_one()
        self.details_loaded.emit()

    def _done_one(self) -> None:
        self._pending = max(0, self._pending - 1)
        if not self._pending:
            self.busy.hide()

    def _failed(self, generation: int, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.as_of.setText(error_text(exc, tb, self.tr("Could not load the dashboard.")))

    def _load_units(self) -> None:
        db, actor = self._db, self._actor

        def fill(options: board.FilterOptions) -> None:
            self.unit.blockSignals(True)
            for choice in options.units:
                self.unit.addItem(choice.label, choice.key)
            self.unit.blockSignals(False)

        self._runner.run(
            lambda: board.load_filter_options(db, actor),
            self.guarded(fill),
            self.guarded(lambda *_: None),
        )

    # -- clicks ----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _cell_clicked(self, index: QModelIndex) -> None:
        metric = index.data(MetricRole)
        unit = index.data(UnitRole)
        if metric and unit is not None:
            self.open_drill(metric, unit)

    def _metric_names(self) -> dict[str, str]:
        return {
            "overdue": self.tr("Overdue"),
            "due_soon": self.tr("Due soon"),
            "on_track": self.tr("On track"),
            "paused": self.tr("Paused"),
            "not_started": self.tr("No clock yet"),
            "closed_on_time": self.tr("Closed on time"),
            "closed_late": self.tr("Closed late"),
            "backlog_30": self.tr("Overdue more than 30 working days"),
            "received": self.tr("Accepted in the period"),
            "mass": self.tr("Mass delegation"),
            "repeat": self.tr("Repeat"),
            "radar_1_5": self.tr("Overdue 1–5 working days"),
            "radar_6_10": self.tr("Overdue 6–10 working days"),
            "radar_11_30": self.tr("Overdue 11–30 working days"),
            "radar_over_30": self.tr("Overdue more than 30 working days"),
        }

    def _unit_name(self, unit_id: uuid.UUID) -> str:
        for row in self.table.rows if self.table else []:
            if row.unit_id == unit_id:
                return row.name
        return ""

    def _count(self, metric: str, unit_id: uuid.UUID | None) -> int:
        if self.table is None:
            return 0
        if unit_id is None:
            return self.table.totals.get(metric, 0)
        row = next((r for r in self.table.rows if r.unit_id == unit_id), None)
        return row.total.get(metric, 0) if row else 0

    @Slot(str, object)
    def _on_changed(self, entity: str, _ids: object) -> None:
        if entity not in REFRESH_ENTITIES:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: object) -> None:
        """Load on first show and after changes made while hidden."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self._dirty:
            self.refresh()


__all__ = ["DashboardPage", "period_choices"]
