"""Section 2 of the intake form: the visit itself, and the mass delegation when 5+ people come.

A group of five or more is a mass delegation (đoàn đông người): the section then asks for
the representatives and whether they were appointed in writing, and checks the legal count
live (Luật Tiếp công dân Điều 29: 5–10 people → 1 or 2 representatives; more than 10 → at
most 5). The service checks the same rule again when saving.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.delegation import MASS_THRESHOLD, representative_limits
from tcd_desktop.domain.enums import ReceptionKind
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.widgets.choices import set_combo
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors
from tcd_desktop.ui.widgets.form_watch import watch
from tcd_desktop.ui.widgets.rows_table import Column, RowsEditor

REPRESENTATIVE_COLUMNS = [
    Column("full_name", QT_TRANSLATE_NOOP("VisitSection", "Representative full name"), width=200),
    Column("id_number", QT_TRANSLATE_NOOP("VisitSection", "Citizen ID number"), width=120),
    Column("phone", QT_TRANSLATE_NOOP("VisitSection", "Phone"), width=110),
    Column("address", QT_TRANSLATE_NOOP("VisitSection", "Address"), width=220),
]
KINDS_NEEDING_LEADER = (ReceptionKind.PERIODIC.value, ReceptionKind.SUDDEN.value)


def representatives_problem(headcount: int, extra: int) -> str | None:
    """Why the citizen plus ``extra`` representatives is wrong for ``headcount`` people."""
    limits = representative_limits(headcount)
    if limits is None:
        return None
    low, high = limits
    count = 1 + extra
    if count > high:
        return (
            QCoreApplication.translate(
                "VisitSection",
                "A group of %1 people may appoint at most %2 representatives; there are %3 (including the person presenting in section 1) — Article 29 of the Law on Citizen Reception.",
            )
            .replace("%1", str(headcount))
            .replace("%2", str(high))
            .replace("%3", str(count))
        )
    if count < low:
        return QCoreApplication.translate(
            "VisitSection", "A group visit must appoint representatives."
        )
    return None


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A local QDateTime for an aware or naive datetime."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)


class VisitSection(QGroupBox):
    """Date and time, form of reception, presiding leader, officer, headcount, delegation."""

    changed = Signal()
    field_done = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Visit"))
        self.setObjectName("visitSection")
        self.received_at = QDateTimeEdit(to_qdatetime(dt.datetime.now()))
        self.received_at.setObjectName("receivedAt")
        self.received_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received_at.setCalendarPopup(True)
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for kind in ReceptionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.kind_box = FieldBox(self.kind)
        self.leader = QComboBox()
        self.leader.setObjectName("presidingLeader")
        self.leader_box = FieldBox(self.leader)
        self.officer = QComboBox()
        self.officer.setObjectName("receivingOfficer")
        self.officer_box = FieldBox(self.officer)
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(1, 9999)
        self.headcount.setSuffix(self.tr(" person(s)"))

        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        # two label/field pairs a row: the form fits beside the warnings at 1366×768 (#9)
        grid.addWidget(QLabel(self.tr("Time of reception")), 0, 0)
        grid.addWidget(self.received_at, 0, 1)
        grid.addWidget(QLabel(self.tr("Form")), 0, 2)
        grid.addWidget(self.kind_box, 0, 3)
        grid.addWidget(QLabel(self.tr("Receiving officer")), 1, 0)
        grid.addWidget(self.officer_box, 1, 1)
        grid.addWidget(QLabel(self.tr("People who came")), 1, 2)
        grid.addWidget(self.headcount, 1, 3)
        self.leader_label = QLabel(self.tr("Presiding leader"))
        grid.addWidget(self.leader_label, 2, 0)
        grid.addWidget(self.leader_box, 2, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)

        self.mass_box = QGroupBox(self.tr("Group visit"))
        self.mass_box.setObjectName("massDelegation")
        self.mass_rule = QLabel(
            self.tr(
                "5–10 people appoint 1 or 2 representatives; more than 10 people appoint at most 5 representatives (Article 29 of the Law on Citizen Reception). The person presenting in section 1 is the first representative; add the other representatives of the group (if any)."
            )
        )
        self.mass_rule.setWordWrap(True)
        self.representatives = RowsEditor(
            [dataclasses.replace(c, header=self.tr(c.header)) for c in REPRESENTATIVE_COLUMNS],
            add_text=self.tr("Add a representative"),
            object_name="representatives",
        )
        self.appointed = QCheckBox(
            self.tr(
                "The representatives are appointed in writing, signed by the people in the group"
            )
        )
        self.appointed.setObjectName("representativesAppointed")
        self.appointed_box = FieldBox(self.appointed)
        self.appointment_document = QLineEdit()
        self.appointment_document.setObjectName("appointmentDocument")
        self.appointment_document.setPlaceholderText(
            self.tr(
                "Document appointing the representatives, e.g.: appointment of 02/3/2026, 12 signatures"
            )
        )
        self.appointment_box = FieldBox(self.appointment_document)
        mass_layout = QVBoxLayout(self.mass_box)
        mass_layout.addWidget(self.mass_rule)
        mass_layout.addWidget(self.representatives)
        mass_layout.addWidget(self.appointed_box)
        mass_layout.addWidget(self.appointment_box)
        self.mass_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.mass_box)

        errors.add("kind", self.kind_box)
        errors.add("leader_id", self.leader_box)
        errors.add("officer_id", self.officer_box)
        errors.add("representatives", self.representatives)
        errors.add("representatives_appointed", self.appointed_box)
        errors.add("appointment_document", self.appointment_box)
        for widget in (
            self.received_at,
            self.kind,
            self.leader,
            self.officer,
            self.headcount,
            self.representatives,
            self.appointed,
            self.appointment_document,
        ):
            watch(widget, self.changed.emit, self.field_done.emit)
        self.headcount.valueChanged.connect(self._update_mass)
        self.representatives.edited.connect(self._update_mass)
        self.appointed.toggled.connect(self._update_mass)
        self.appointment_document.editingFinished.connect(self._update_mass)
        self.kind.currentIndexChanged.connect(self._update_leader)
        self._update_leader()

    # people ----------------------------------------------------------------------------------

    def set_people(
        self,
        officers: list[tuple[str, str]],
        leaders: list[tuple[str, str]],
        default_officer: str | None,
    ) -> None:
        """Fill the officer and leader pickers with (id, name) pairs; keep the selection."""
        current_officer = self.officer.currentData() or default_officer
        current_leader = self.leader.currentData()
        self.officer.clear()
        for user_id, name in officers:
            self.officer.addItem(name, user_id)
        self.leader.clear()
        self.leader.addItem(self.tr("— Choose a leader —"), None)
        for user_id, name in leaders:
            self.leader.addItem(name, user_id)
        set_combo(self.officer, current_officer)
        set_combo(self.leader, current_leader)

    # rules -------------------------------------------------------------------------------------

    @property
    def is_mass(self) -> bool:
        """Five or more people: a mass delegation."""
        return self.headcount.value() >= MASS_THRESHOLD

    @Slot()
    def _update_mass(self) -> None:
        self.mass_box.setVisible(self.is_mass)
        self.mass_box.setTitle(
            self.tr("Group visit — %1 people").replace("%1", str(self.headcount.value()))
        )
        self.check_mass()

    def check_mass(self, *, saving: bool = False) -> bool:
        """Show the delegation problems next to their fields; True when there are none.

        While typing only a wrong count is shown; "no representative yet" and "no written
        appointment" wait until the officer saves.
        """
        extra = len(self.representatives.model.filled_rows())
        problem = representatives_problem(self.headcount.value(), extra)
        self.representatives.set_error(problem)
        appointed_problem = None
        if self.is_mass and not self.appointed.isChecked():
            appointed_problem = self.tr(
                "A group visit must have a written appointment of its representatives, signed by the people in the group."
            )
        document_problem = None
        if self.is_mass and not self.appointment_document.text().strip():
            document_problem = self.tr("Enter the document appointing the representatives.")
        if saving or appointed_problem is None:
            self.appointed_box.set_error(appointed_problem)
        if saving or document_problem is None:
            self.appointment_box.set_error(document_problem)
        return problem is None and appointed_problem is None and document_problem is None

    @Slot()
    def _update_leader(self) -> None:
        needs = self.kind.currentData() in KINDS_NEEDING_LEADER
        self.leader.setEnabled(needs)
        self.leader_label.setEnabled(needs)
        if not needs:
            self.leader_box.set_error(None)

    def check_leader(self) -> bool:
        """Periodic and sudden reception are presided by a leader in person."""
        if self.kind.currentData() in KINDS_NEEDING_LEADER and not self.leader.currentData():
            self.leader_box.set_error(
                self.tr(
                    "Periodic and unscheduled reception must be presided by a leader in person: choose the leader."
                )
            )
            return False
        self.leader_box.set_error(None)
        return True

    # state -------------------------------------------------------------------------------------

    def received_datetime(self) -> dt.datetime:
        """The visit time as an aware local datetime."""
        value = self.received_at.dateTime().toPython()
        return value.astimezone() if value.tzinfo is None else value

    def to_dict(self) -> dict[str, Any]:
        """The section as plain data."""
        return {
            "received_at": self.received_datetime().isoformat(),
            "kind": self.kind.currentData(),
            "leader_id": self.leader.currentData() if self.leader.isEnabled() else None,
            "officer_id": self.officer.currentData(),
            "headcount": self.headcount.value(),
            "representatives": self.representatives.model.filled_rows() if self.is_mass else [],
            "representatives_appointed": self.appointed.isChecked() and self.is_mass,
            "appointment_document": self.appointment_document.text() if self.is_mass else "",
        }

    def load_dict(self, data: dict[str, Any]) -> None:
        """Fill the section from :meth:`to_dict` output."""
        when = data.get("received_at")
        if when:
            self.received_at.setDateTime(to_qdatetime(dt.datetime.fromisoformat(when)))
        set_combo(self.kind, data.get("kind") or ReceptionKind.REGULAR.value)
        set_combo(self.leader, data.get("leader_id"))
        if data.get("officer_id"):
            set_combo(self.officer, data.get("officer_id"))
        self.headcount.setValue(int(data.get("headcount") or 1))
        self.representatives.model.set_rows(list(data.get("representatives") or []))
        self.appointed.setChecked(bool(data.get("representatives_appointed")))
        self.appointment_document.setText(str(data.get("appointment_document") or ""))
        self._update_mass()

    def reset(self) -> None:
        """A new visit: now, regular, one person."""
        self.received_at.setDateTime(to_qdatetime(dt.datetime.now()))
        set_combo(self.kind, ReceptionKind.REGULAR.value)
        self.leader.setCurrentIndex(0)
        self.headcount.setValue(1)
        self.representatives.model.set_rows([])
        self.appointed.setChecked(False)
        self.appointment_document.clear()
        self.representatives.set_error(None)
        self.appointed_box.set_error(None)
        self.appointment_box.set_error(None)

    def tab_chain(self) -> list[QWidget]:
        """Widgets in keyboard order."""
        return [
            self.received_at,
            self.kind,
            self.headcount,
            self.officer,
            self.leader,
            self.representatives.view,
            self.representatives.add_button,
            self.representatives.remove_button,
            self.appointed,
            self.appointment_document,
        ]
