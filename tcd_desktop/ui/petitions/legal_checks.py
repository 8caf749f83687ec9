"""What the law asks the officer to check when accepting a petition (issue 8).

* a complaint: the day the decision or act was received or learnt of (time bar K1, KD1 for
  a disciplinary decision) and an objective obstacle excluded from it, with its reason;
* a denunciation: the acceptance conditions of Luật Tố cáo Điều 29 k1 and Điều 24 k3 as a
  checklist.

:class:`LegalChecksBox` shows only the part of the petition's kind and gives the matching
:class:`~tcd_desktop.services.cases.acceptance.AcceptanceInput` fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.complaint_rules import DenunciationCondition, NonAcceptanceGround
from tcd_desktop.ui.labels import enum_label


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def _date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class LegalChecksBox(QGroupBox):
    """The time-bar fields of a complaint or the acceptance checklist of a denunciation."""

    def __init__(self, kind: str, received_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("legalChecks")
        self.known = QCheckBox(self.tr("Date known"))
        self.known_on = _date_edit(received_on)
        self.obstacle = QCheckBox(self.tr("Objective obstacle (not counted)"))
        self.obstacle_from = _date_edit(received_on)
        self.obstacle_to = _date_edit(received_on)
        self.obstacle_reason = QLineEdit()
        self.obstacle_reason.setPlaceholderText(
            self.tr("illness, disaster, work or study far away")
        )
        self.disciplinary = QCheckBox(self.tr("Complaint against a disciplinary decision"))
        self.dismissal = QCheckBox(self.tr("Dismissal from service"))
        self.conditions: dict[str, QCheckBox] = {}
        self.against_resolver = QCheckBox(
            self.tr("Denounces the person who resolved the denouncer's earlier complaint")
        )
        if kind == "khieu_nai":
            self._complaint_form()
        elif kind == "to_cao":
            self._denunciation_form()
        else:
            self.hide()

    def _complaint_form(self) -> None:
        self.setTitle(self.tr("Time limit to complain (Law on Complaints, Art. 9, 48)"))
        form = QFormLayout(self)
        known_row = QHBoxLayout()
        known_row.addWidget(self.known)
        known_row.addWidget(self.known_on)
        self.known.setChecked(True)
        self.known.toggled.connect(self.known_on.setEnabled)
        form.addRow(self.tr("Decision received or known on:"), known_row)
        span = QHBoxLayout()
        span.addWidget(self.obstacle)
        span.addWidget(self.obstacle_from)
        span.addWidget(QLabel("–"))
        span.addWidget(self.obstacle_to)
        form.addRow(span)
        form.addRow(self.tr("Reason of the obstacle:"), self.obstacle_reason)
        self.obstacle.toggled.connect(self._obstacle_toggled)
        self._obstacle_toggled(False)
        kinds = QHBoxLayout()
        kinds.addWidget(self.disciplinary)
        kinds.addWidget(self.dismissal)
        form.addRow(kinds)
        self.dismissal.setEnabled(False)
        self.disciplinary.toggled.connect(self.dismissal.setEnabled)

    def _denunciation_form(self) -> None:
        self.setTitle(
            self.tr("Acceptance conditions (Law on Denunciations, Art. 29 cl. 1, Art. 24 cl. 3)")
        )
        layout = QVBoxLayout(self)
        for condition in DenunciationCondition:
            check = QCheckBox(enum_label(condition))
            check.setObjectName(f"condition_{condition.value}")
            self.conditions[condition.value] = check
            layout.addWidget(check)
        layout.addWidget(self.against_resolver)

    def _obstacle_toggled(self, on: bool) -> None:
        for widget in (self.obstacle_from, self.obstacle_to, self.obstacle_reason):
            widget.setEnabled(on)

    def values(self) -> dict[str, Any]:
        """The AcceptanceInput fields of the petition's kind."""
        if self.kind == "khieu_nai":
            obstacles = (
                [(_date_of(self.obstacle_from), _date_of(self.obstacle_to))]
                if self.obstacle.isChecked()
                else []
            )
            return {
                "decision_known_on": _date_of(self.known_on) if self.known.isChecked() else None,
                "obstacles": obstacles,
                "obstacle_reason": self.obstacle_reason.text() if obstacles else "",
                "disciplinary": self.disciplinary.isChecked(),
                "dismissal": self.disciplinary.isChecked() and self.dismissal.isChecked(),
            }
        if self.kind == "to_cao":
            return {
                "conditions": [v for v, c in self.conditions.items() if c.isChecked()],
                "against_complaint_resolver": self.against_resolver.isChecked(),
            }
        return {}


def add_ground_choice(combo: QComboBox, placeholder: str) -> None:
    """Fill ``combo`` with the non-acceptance grounds of Luật Khiếu nại Điều 11."""
    combo.addItem(placeholder, "")
    for ground in NonAcceptanceGround:
        combo.addItem(f"k{ground.clause}: {enum_label(ground)}", ground.value)
