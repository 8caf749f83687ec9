"""The register's filter bar: dates, kind, field, officer, unit, mass, repeats, search.

Every change produces a :class:`RegisterFilter` (``filter_changed``); typing in the search
box waits for a short pause first, so a word typed fast costs one query, not one per key.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.board import Choice
from tcd_desktop.services.register.read import RegisterFilter
from tcd_desktop.ui.labels import enum_label

NO_DATE = QDate(2000, 1, 1)
SEARCH_DELAY_MS = 250
ALL = QT_TRANSLATE_NOOP("RegisterFilterBar", "All")


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(QCoreApplication.translate("RegisterFilterBar", ALL), None)
    return box


def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


class RegisterFilterBar(QWidget):
    """Filter controls; ``filter_changed(RegisterFilter)`` whenever the selection changes."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerFilters")
        self.date_from = _date_edit("dateFrom")
        self.date_to = _date_edit("dateTo")
        self.kind = _combo("filterKind")
        for kind in PetitionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.field = _combo("filterField")
        self.officer = _combo("filterOfficer")
        self.unit = _combo("filterUnit")
        self.mass = QCheckBox(self.tr("Group visit"))
        self.mass.setObjectName("filterMass")
        self.repeats = QCheckBox(self.tr("Duplicate, repeated petitions"))
        self.repeats.setObjectName("filterRepeats")
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search (without diacritics is fine): name, address, content, form number")
        )
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("From")), 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(QLabel(self.tr("Petition kind")), 0, 4)
        grid.addWidget(self.kind, 0, 5)
        grid.addWidget(QLabel(self.tr("Field")), 0, 6)
        grid.addWidget(self.field, 0, 7)
        grid.addWidget(self.mass, 0, 8)
        grid.addWidget(QLabel(self.tr("Receiving officer")), 1, 0)
        grid.addWidget(self.officer, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Unit")), 1, 4)
        grid.addWidget(self.unit, 1, 5, 1, 3)
        grid.addWidget(self.repeats, 1, 8)
        grid.addWidget(QLabel(self.tr("Search")), 2, 0)
        grid.addWidget(self.search, 2, 1, 1, 7)
        grid.addWidget(self.clear_button, 2, 8)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(7, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.emit_filter)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.emit_filter)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.emit_filter)
            edit.dateChanged.connect(self._date_picked)
        for box in (self.kind, self.field, self.officer, self.unit):
            box.currentIndexChanged.connect(self.emit_filter)
        for check in (self.mass, self.repeats):
            check.toggled.connect(self.emit_filter)
        self.clear_button.clicked.connect(self.clear)
        self._last: RegisterFilter | None = None

    def set_options(
        self, fields: Sequence[Choice], officers: Sequence[Choice], units: Sequence[Choice]
    ) -> None:
        """Fill the field, officer and unit lists (keeps what is selected)."""
        for box, choices in ((self.field, fields), (self.officer, officers), (self.unit, units)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr(ALL), None)
            for choice in choices:
                box.addItem(choice.label, choice.key)
            at = box.findData(current)
            box.setCurrentIndex(max(at, 0))
            box.blockSignals(False)

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else value.toPython()

    def current(self) -> RegisterFilter:
        """The filter the controls describe."""
        kind = self.kind.currentData()
        field = self.field.currentData()
        return RegisterFilter(
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            kinds=(kind,) if kind else (),
            field_codes=(field,) if field else (),
            officer_id=_uuid(self.officer.currentData()),
            unit_id=_uuid(self.unit.currentData()),
            mass_only=self.mass.isChecked(),
            repeats_only=self.repeats.isChecked(),
            text=self.search.text().strip(),
        )

    @Slot()
    def _date_picked(self) -> None:
        if not (self.date_from.hasFocus() or self.date_to.hasFocus()):
            self.emit_filter()  # picked from the calendar popup or set by code

    @Slot()
    def emit_filter(self) -> None:
        """Emit the filter if it differs from the last one emitted."""
        self._timer.stop()
        flt = self.current()
        if flt != self._last:
            self._last = flt
            self.filter_changed.emit(flt)

    @Slot()
    def clear(self) -> None:
        """Show the whole register."""
        widgets = (
            self.date_from,
            self.date_to,
            self.kind,
            self.field,
            self.officer,
            self.unit,
            self.mass,
            self.repeats,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for box in (self.kind, self.field, self.officer, self.unit):
            box.setCurrentIndex(0)
        self.mass.setChecked(False)
        self.repeats.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.emit_filter()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
