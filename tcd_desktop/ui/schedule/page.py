"""Leaders' periodic reception schedule (lịch tiếp công dân định kỳ).

Pick a month; every leader's line says how many days are planned and held against the
legal minimum, with the warnings of :mod:`tcd_desktop.services.schedule`. For the selected
leader a calendar shows planned days (blue) and days held (green); clicking days changes
the plan, which is saved with "Save the month's plan". "Record held" records a session held
on the selected day (for instance when no citizen came). Every read and write is an operation
of :mod:`tcd_desktop.services.schedule.screen`; the runner publishes what writes changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, schedule
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.schedule import screen as ops
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.models.schedule_model import OBJECT_ROLE, LeaderMonthModel, rule_text
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.choices import set_combo
from tcd_desktop.ui.widgets.page import ScreenPage

PLANNED = QColor("#bbdefb")
HELD = QColor("#c8e6c9")
PLAN_ROLES = (Role.RECEPTION_OFFICER, Role.LEADER)


class SchedulePage(ScreenPage):
    """Plan and follow the leaders' periodic reception days."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("schedulePage")
        self.can_plan = actor.has(*PLAN_ROLES)
        self.can_categorise = actor.has(Role.ADMINISTRATOR)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.planned: set[dt.date] = set()
        self.current: schedule.LeaderMonth | None = None

        title = QLabel(self.tr("Leaders' periodic reception schedule"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.prev_button = QPushButton(self.tr("◀ Previous month"))
        self.prev_button.setObjectName("prevMonth")
        self.prev_button.clicked.connect(lambda: self.shift_month(-1))
        self.next_button = QPushButton(self.tr("Next month ▶"))
        self.next_button.setObjectName("nextMonth")
        self.next_button.clicked.connect(lambda: self.shift_month(1))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthLabel")
        self.unit = QComboBox()
        self.unit.setObjectName("scheduleUnit")
        self.unit.addItem(self.tr("All bodies and units"), None)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(30)
        self.unit.activated.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Unit")))
        bar.addWidget(self.unit)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.month_label)
        bar.addWidget(self.next_button)

        self.model = LeaderMonthModel(self)
        self.view = QTableView()
        self.view.setObjectName("leadersTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, width in enumerate((170, 170, 170, 80, 70)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selected)

        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(self._build_detail(), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.message_bar)
        layout.addLayout(body, 1)
        self.listen(bus.changed, self._on_changed)
        self.run_task(lambda: board.load_filter_options(db, actor), self._units_loaded)

    def _units_loaded(self, options: board.FilterOptions) -> None:
        for unit in options.units:
            self.unit.addItem(unit.label, unit.key)
        if self.actor.unit_id is not None:
            set_combo(self.unit, str(self.actor.unit_id))
        self.reload()

    def _build_detail(self) -> QWidget:
        box = QGroupBox(self.tr("Schedule of the selected leader"))
        box.setObjectName("leaderDetail")
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("scheduleCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._toggle_day)
        self.calendar.activated.connect(self._toggle_day)  # Enter on the selected day
        planned, held = self.tr("Planned"), self.tr("Held")
        legend = QLabel(
            f"<span style='background:#bbdefb'>&nbsp;{planned}&nbsp;</span> "
            f"<span style='background:#c8e6c9'>&nbsp;{held}&nbsp;</span> — "
            + self.tr("click a day to add it to the plan or remove it.")
        )
        self.place = QLineEdit()
        self.place.setObjectName("schedulePlace")
        self.place.setPlaceholderText(
            self.tr("Place of reception, e.g. the commune's citizen reception office")
        )
        self.category = QComboBox()
        self.category.setObjectName("leaderCategory")
        for category in schedule.LeaderCategory:
            self.category.addItem(enum_label(category), category.value)
        self.category.activated.connect(self._category_chosen)
        self.save_button = QPushButton(self.tr("Save the month's plan"))
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save_plan)
        self.note = QLineEdit()
        self.note.setObjectName("heldNote")
        self.note.setPlaceholderText(self.tr("Note on the session (e.g. no citizen came)"))
        self.held_button = QPushButton(self.tr("Record a session held on the selected day"))
        self.held_button.setObjectName("recordHeld")
        self.held_button.clicked.connect(self.record_held)
        self.warnings = QLabel()
        self.warnings.setObjectName("scheduleWarnings")
        self.warnings.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Position"), self.category)
        form.addRow(self.tr("Place"), self.place)
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.calendar)
        layout.addWidget(legend)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.note)
        layout.addWidget(self.held_button)
        layout.addWidget(self.warnings, 1)
        for widget in (self.save_button, self.note, self.held_button, self.place):
            widget.setVisible(self.can_plan)
        self.category.setEnabled(self.can_categorise)
        box.setEnabled(False)
        self.detail = box
        return box

    # loading --------------------------------------------------------------------------------

    def shift_month(self, step: int) -> None:
        """Show the previous (-1) or next (+1) month."""
        month = self.month + step
        self.year, self.month = self.year + (month - 1) // 12, (month - 1) % 12 + 1
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read every leader's month."""
        self.month_label.setText(
            self.tr("Month %1/%2").replace("%1", str(self.month)).replace("%2", str(self.year))
        )
        self.calendar.setCurrentPage(self.year, self.month)
        db, actor, year, month = self.db, self.actor, self.year, self.month
        unit = self.unit.currentData()
        unit_id = uuid.UUID(unit) if unit else None

        self.run_task(
            lambda: ops.month_overview(db, actor, year, month, unit_id=unit_id), self._show_months
        )

    def _show_months(self, months: list[schedule.LeaderMonth]) -> None:
        selected = self.current.leader_id if self.current else None
        self.model.set_months(months)
        short = sum(1 for m in months if m.warnings)
        if short:
            text = self.tr(
                "%1/%2 leaders have warnings about the periodic reception schedule of %3."
            )
            self.message_bar.show_message(
                text.replace("%1", str(short))
                .replace("%2", str(len(months)))
                .replace("%3", f"{self.month}/{self.year}"),
                "warning",
            )
        else:
            self.message_bar.dismiss()
        row = next(
            (i for i, m in enumerate(months) if m.leader_id == selected), 0 if months else -1
        )
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._show_detail(None)

    def _on_changed(self, entity: str, _ids: Any) -> None:
        if entity in (Entity.RECEPTION, Entity.SCHEDULE, Entity.USER):
            self.reload()

    # selection ------------------------------------------------------------------------------

    @Slot()
    def _selected(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._show_detail(rows[0].data(OBJECT_ROLE) if rows else None)

    def _show_detail(self, month: schedule.LeaderMonth | None) -> None:
        self.current = month
        self.detail.setEnabled(month is not None)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every format
        if month is None:
            self.detail_title.clear()
            self.warnings.clear()
            self.planned = set()
            return
        self.detail_title.setText(f"<b>{month.leader_name}</b> — {rule_text(month)}")
        set_combo(self.category, month.category)
        self.place.setText(month.place)
        self.planned = {d.day for d in month.days if d.planned}
        self._paint_days(month)
        self.warnings.setText(
            "\n".join(f"⚠ {w}" for w in month.warnings)
            or self.tr("Meets the minimum the law requires.")
        )
        self.warnings.setStyleSheet("color: #8d5b00;" if month.warnings else "color: #1b5e20;")

    def _paint_days(self, month: schedule.LeaderMonth) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        held = {d.day for d in month.days if d.held}
        for day in self.planned | held:
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(HELD if day in held else PLANNED))
            if day in self.planned:
                fmt.setFontWeight(QFont.Weight.Bold)
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    @Slot(QDate)
    def _toggle_day(self, date: QDate) -> None:
        if not self.can_plan or self.current is None:
            return
        day = date.toPython()
        if (day.year, day.month) != (self.year, self.month):
            return
        self.planned.symmetric_difference_update({day})
        self._paint_days(self.current)

    # changes --------------------------------------------------------------------------------

    def _apply(self, work: Any, done: str) -> None:
        def finished(month: schedule.LeaderMonth) -> None:
            self.model.update_month(month)
            self._show_detail(month)
            self.message_bar.show_message(done, "warning" if month.warnings else "success")

        self.run_task(work, finished)

    @Slot()
    def save_plan(self) -> None:
        """Store the planned days of the selected leader for the month shown."""
        if self.current is None:
            return
        db, actor, leader = self.db, self.actor, self.current.leader_id
        year, month, days, place = self.year, self.month, sorted(self.planned), self.place.text()

        def work() -> object:
            return ops.save_month_plan(db, actor, leader, year, month, days, place=place)

        done = self.tr("Saved the plan of %1 (%2 days).")
        self._apply(work, done.replace("%1", f"{month}/{year}").replace("%2", str(len(days))))

    @Slot()
    def record_held(self) -> None:
        """Record that the leader held a session on the calendar's selected day."""
        if self.current is None:
            return
        db, actor, leader = self.db, self.actor, self.current.leader_id
        day, note = self.calendar.selectedDate().toPython(), self.note.text()

        def work() -> object:
            return ops.record_held(db, actor, leader, day, note=note)

        self.note.clear()
        self._apply(work, self.tr("Recorded the session of %1.").replace("%1", f"{day:%d/%m/%Y}"))

    @Slot(int)
    def _category_chosen(self, _index: int) -> None:
        if self.current is None or not self.can_categorise:
            return
        db, actor, leader = self.db, self.actor, self.current.leader_id
        category = str(self.category.currentData())
        year, month = self.year, self.month

        def work() -> object:
            return ops.change_leader_category(db, actor, leader, category, year, month)

        self._apply(work, self.tr("Changed the leader's reception position."))


__all__ = ["SchedulePage"]
