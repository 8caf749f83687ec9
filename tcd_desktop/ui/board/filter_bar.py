"""The board's filters: unit, kind, field, officer, flags and the date received.

Every change is gathered for a moment (so ticking three flags loads once) and then
announced as one :class:`~tcd_desktop.services.board.CaseFilter`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from tcd_desktop.domain.dashboard_period import Period, current_period, previous_period
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.board import FLAGS, CaseFilter, Choice, FilterOptions, today_vn
from tcd_desktop.ui.labels import enum_label, period_label
from tcd_desktop.ui.models.case_text import FLAG_COLOURS, flag_title

DEBOUNCE_MS = 150


class BoardFilterBar(QWidget):
    """Filter controls; emits :attr:`filter_changed` with the new filter."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilters")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self._quiet = False

        self.unit = self._combo("filterUnit", self.tr("All units"), 220)
        self.unit_only = QCheckBox(self.tr("This unit only"))
        self.unit_only.setObjectName("filterUnitOnly")
        self.unit_only.setToolTip(self.tr("Leave out the cases of the unit's child units"))
        self.unit_only.toggled.connect(self._changed)
        self.period = self._combo("filterPeriod", self.tr("All time"), 170)
        self.period.setToolTip(
            self.tr("Closed on time / closed late count the cases closed in this period")
        )
        self._periods: dict[str, Period] = {}
        self.set_today(today_vn())
        self.kind = self._combo("filterKind", self.tr("All kinds"), 130)
        for kind in PetitionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.field = self._combo("filterField", self.tr("All fields"), 150)
        self.officer = self._combo("filterOfficer", self.tr("All officers"), 160)

        self.flag_buttons: dict[str, QToolButton] = {}
        for flag in FLAGS:
            button = QToolButton()
            button.setObjectName(f"flag_{flag}")
            button.setText(flag_title(flag))
            button.setCheckable(True)
            button.setToolTip(self.tr("Show only cases with any of the ticked marks"))
            colour = FLAG_COLOURS[flag]
            button.setStyleSheet(
                f"QToolButton {{ padding: 2px 8px; border: 1px solid {colour}; border-radius: 9px;"
                f" color: {colour}; }} QToolButton:checked {{ background: {colour}; color: white; }}"
            )
            button.toggled.connect(self._changed)
            self.flag_buttons[flag] = button

        self.use_dates = QCheckBox(self.tr("Received from"))
        self.use_dates.setObjectName("filterUseDates")
        self.date_from = self._date("filterFrom", QDate.currentDate().addMonths(-12))
        self.date_to = self._date("filterTo", QDate.currentDate())
        self.use_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)

        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(6)
        for label, widget in (
            (self.tr("Unit"), self.unit),
            (self.tr("Kind"), self.kind),
            (self.tr("Field"), self.field),
            (self.tr("Officer"), self.officer),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
            if widget is self.unit:
                top.addWidget(self.unit_only)
            top.addSpacing(14)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(QLabel(self.tr("Marks")))
        for button in self.flag_buttons.values():
            bottom.addWidget(button)
        bottom.addSpacing(16)
        bottom.addWidget(self.use_dates)
        bottom.addWidget(self.date_from)
        bottom.addWidget(QLabel(self.tr("to")))
        bottom.addWidget(self.date_to)
        bottom.addSpacing(16)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        #: "closed in <period>": the page shows it in its header row, where there is room
        self.period_box = QWidget()
        period_row = QHBoxLayout(self.period_box)
        period_row.setContentsMargins(0, 0, 0, 0)
        closed_caption = QLabel(self.tr("Closed in"))
        closed_caption.setBuddy(self.period)
        period_row.addWidget(closed_caption)
        self.period.setMinimumWidth(310)  # "Quý IV năm 2026 (15/09/2026–14/12/2026)"
        self.period.setMaximumWidth(380)
        period_row.addWidget(self.period)
        grid.addLayout(top, 0, 0)
        grid.addLayout(bottom, 1, 0)

    def _combo(self, name: str, everything: str, width: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setMinimumWidth(width)
        combo.setMaximumWidth(int(width * 1.6))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._changed)
        return edit

    # -- options and state -----------------------------------------------------------------

    def set_options(self, options: FilterOptions) -> None:
        """Fill the unit, field and officer lists (keeps what was chosen if still there)."""
        self._quiet = True
        try:
            _fill(self.unit, options.units)
            _fill(self.field, options.fields)
            _fill(self.officer, options.officers)
        finally:
            self._quiet = False

    def set_today(self, today: dt.date) -> None:
        """Offer the statutory period holding ``today`` (chosen) and the one before."""
        now = current_period(today)
        before = previous_period(now)
        self._periods = {p.key: p for p in (now, before)}
        self._quiet = True
        try:
            while self.period.count() > 1:
                self.period.removeItem(1)
            for p in (now, before):
                text = f"{period_label(p.key, p.label)} ({p.start:%d/%m/%Y}–{p.end:%d/%m/%Y})"
                self.period.addItem(text, p.key)
            self.period.setCurrentIndex(1)
        finally:
            self._quiet = False

    def current_filter(self) -> CaseFilter:
        """The filter the controls describe now."""
        unit, officer = self.unit.currentData(), self.officer.currentData()
        use_dates = self.use_dates.isChecked()
        period = self._periods.get(self.period.currentData() or "")
        return CaseFilter(
            unit_id=uuid.UUID(unit) if unit else None,
            kind=self.kind.currentData() or None,
            field_code=self.field.currentData() or None,
            assignee_id=uuid.UUID(officer) if officer else None,
            flags=frozenset(f for f, b in self.flag_buttons.items() if b.isChecked()),
            received_from=_pydate(self.date_from.date()) if use_dates else None,
            received_to=_pydate(self.date_to.date()) if use_dates else None,
            include_children=not self.unit_only.isChecked(),
            closed_from=period.start if period else None,
            closed_to=period.end if period else None,
        )

    @Slot()
    def clear(self) -> None:
        """Back to "everything" (one change signal)."""
        self._quiet = True
        try:
            for combo in (self.unit, self.kind, self.field, self.officer):
                combo.setCurrentIndex(0)
            self.period.setCurrentIndex(1)
            self.unit_only.setChecked(False)
            for button in self.flag_buttons.values():
                button.setChecked(False)
            self.use_dates.setChecked(False)
        finally:
            self._quiet = False
        self._changed()

    @Slot(bool)
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._changed()

    @Slot()
    def _changed(self, *_: object) -> None:
        if not self._quiet:
            self._timer.start()

    @Slot()
    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


def _fill(combo: QComboBox, choices: list[Choice]) -> None:
    current = combo.currentData()
    everything = combo.itemText(0)
    combo.clear()
    combo.addItem(everything, None)
    for choice in choices:
        combo.addItem(choice.label, choice.key)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


__all__ = ["BoardFilterBar"]
