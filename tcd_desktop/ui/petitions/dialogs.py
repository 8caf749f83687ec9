"""Dialogs of the petition-processing outcomes: accept (thụ lý) and the five other outcomes.

Each dialog runs its service call in the background when the officer confirms; a refusal
(``ValidationFailed``, ``StepNotAllowed``…) is shown inside the dialog with the input kept,
success closes it with :attr:`ServiceDialog.outcome` set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.workflow import ComplexityCriterion, FilingGround, ProcessingOutcome
from tcd_desktop.services.cases.acceptance import AcceptanceInput
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.event_dates import future_date_message
from tcd_desktop.services.petitions import QueueRow
from tcd_desktop.services.users.signin import UserInfo
from tcd_desktop.ui.labels import enum_label, label_of, list_name
from tcd_desktop.ui.petitions.legal_checks import LegalChecksBox, add_ground_choice
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.service_dialog import ServiceDialog as BaseServiceDialog

#: The service call a dialog runs with its values (in a worker thread).
Execute = Callable[[Any], Any]

#: Outcome → (dialog title, field label, field name) for the one-field outcomes.
TEXT_OUTCOMES: dict[ProcessingOutcome, tuple[str, str]] = {
    ProcessingOutcome.TRANSFER: (
        QT_TRANSLATE_NOOP("OutcomeDialog", "Transfer the petition"),
        QT_TRANSLATE_NOOP("OutcomeDialog", "Competent body receiving the petition:"),
    ),
    ProcessingOutcome.GUIDE: (
        QT_TRANSLATE_NOOP("OutcomeDialog", "Guide the citizen"),
        QT_TRANSLATE_NOOP("OutcomeDialog", "Competent body to resolve:"),
    ),
    ProcessingOutcome.RETURN: (
        QT_TRANSLATE_NOOP("OutcomeDialog", "Return the petition"),
        QT_TRANSLATE_NOOP("OutcomeDialog", "Reason for returning the petition:"),
    ),
    ProcessingOutcome.REPORT_LOWER: (
        QT_TRANSLATE_NOOP("OutcomeDialog", "Ask the lower level to resolve"),
        QT_TRANSLATE_NOOP("OutcomeDialog", "Lower-level body:"),
    ),
}


def date_edit(value: dt.date) -> QDateEdit:
    """A calendar-popup date field in dd/MM/yyyy."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    """The date a :class:`QDateEdit` shows."""
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class ServiceDialog(BaseServiceDialog):
    """A petition outcome form whose OK button runs ``execute(values)`` in the background."""

    def __init__(
        self,
        title: str,
        row: QueueRow,
        runner: BackgroundRunner,
        execute: Execute,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent, ok_text=title)
        self.setWindowTitle(
            QCoreApplication.translate("ServiceDialog", "%1 — petition %2")
            .replace("%1", title)
            .replace("%2", row.number)
        )
        self.row, self._execute = row, execute
        self.ok_button = self.ok
        self.form = QFormLayout()
        self.body.addWidget(
            QLabel(
                f"<b>{row.number}</b> · {label_of(PetitionKind, row.kind)}"
                f" · {list_name(row.citizen_display)}"
            )
        )
        self.body.addLayout(self.form)

    @property
    def outcome(self) -> Any:
        """What the service returned (None until it succeeded)."""
        return self.recorded_value

    def values(self) -> Any:
        """What the officer entered, as the service wants it."""
        raise NotImplementedError

    def past_dates(self) -> list[tuple[str, QDateEdit]]:
        """Dates of what has already happened (label, field): none may be after today."""
        return []

    def refusal(self) -> str | None:
        """A date of what already happened that lies after today."""
        today: dt.date = getattr(self, "today", None) or dt.date.today()
        for label, edit in self.past_dates():
            refusal = future_date_message(label, date_of(edit), today)
            if refusal:
                edit.setFocus()
                return refusal
        return None

    def job(self) -> Callable[[], Any]:
        values = self.values()
        return lambda: self._execute(values)

    def warnings_of(self, result: Any) -> list[str]:
        """The queue shows an outcome's notes itself: the dialog just closes."""
        return []


#: looks a case up by its code (background thread) → its id or None
FindCase = Callable[[str], "uuid.UUID | None"]


class AcceptDialog(ServiceDialog):
    """Thụ lý: level (a second complaint names its first case by code), complexity with its
    criteria and written finding, remote, assignee."""

    def __init__(
        self,
        row: QueueRow,
        runner: BackgroundRunner,
        execute: Execute,
        officers: Sequence[UserInfo],
        today: dt.date,
        parent: QWidget | None = None,
        find_case: FindCase | None = None,
    ) -> None:
        super().__init__(self.tr("Accept"), row, runner, execute, parent)
        self._accept, self._find_case = execute, find_case
        self._execute = self._execute_with_first_case
        self._first_code = ""
        self.today = today
        self.accepted_on = date_edit(max(today, row.received_on))
        self.level = QComboBox()
        self.level.addItem(self.tr("First time"), 1)
        self.level.addItem(self.tr("Second time"), 2)
        self.level.setEnabled(row.kind == "khieu_nai")
        self.first_case = QLineEdit()
        self.first_case.setObjectName("firstCaseCode")
        self.first_case.setPlaceholderText(self.tr("e.g. LS-01-2026-000123"))
        self.first_case_label = QLabel(self.tr("Code of the first case:"))
        self.complex = QCheckBox(self.tr("Complex case"))
        self.criteria: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Complexity criteria"))
        box_layout = QVBoxLayout(box)
        for criterion in ComplexityCriterion:
            check = QCheckBox(enum_label(criterion))
            self.criteria[criterion.value] = check
            box_layout.addWidget(check)
        self.finding = QPlainTextEdit()
        self.finding.setPlaceholderText(
            self.tr("Document stating the grounds for finding the case complex")
        )
        self.finding.setMaximumHeight(70)
        self.very_complex = QCheckBox(self.tr("Especially complex (denunciations only)"))
        self.very_complex.setEnabled(row.kind == "to_cao")
        self.complex_box = box
        self.complex.toggled.connect(self._complex_toggled)
        self._complex_toggled(False)
        self.remote = QCheckBox(self.tr("Remote area, hard to travel"))
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("(not assigned)"), None)
        for officer in officers:
            self.assignee.addItem(officer.full_name, str(officer.id))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Acceptance date:"), self.accepted_on)
        self.form.addRow(self.tr("Resolution:"), self.level)
        self.form.addRow(self.first_case_label, self.first_case)
        self.level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        self.form.addRow("", self.complex)
        self.form.addRow(box)
        self.form.addRow(self.tr("Written grounds:"), self.finding)
        self.form.addRow("", self.very_complex)
        self.form.addRow("", self.remote)
        self.form.addRow(self.tr("Assigned officer:"), self.assignee)
        self.form.addRow(self.tr("Note:"), self.note)
        self.legal = LegalChecksBox(row.kind, row.received_on)
        self.form.addRow(self.legal)
        self._complex_toggled(False)

    def past_dates(self) -> list[tuple[str, QDateEdit]]:
        """The acceptance has happened when it is recorded."""
        return [(self.tr("Acceptance date"), self.accepted_on)]

    def _level_changed(self, *_args: object) -> None:
        second = self.level.currentData() == 2
        self.first_case_label.setVisible(second)
        self.first_case.setVisible(second)

    def submit(self) -> None:
        """Keep the first case's code for the background lookup, then run the acceptance."""
        self._first_code = self.first_case.text().strip() if self.level.currentData() == 2 else ""
        super().submit()

    def _execute_with_first_case(self, data: AcceptanceInput) -> Any:
        """Background: resolve the first case's code into its id, then accept."""
        if data.level == 2:
            code = self._first_code
            if not code:
                raise ValidationFailed(
                    {
                        "first_case_id": self.tr(
                            "A second complaint must give the code of the case resolved the first time."
                        )
                    }
                )
            found = self._find_case(code) if self._find_case is not None else None
            if found is None:
                raise ValidationFailed(
                    {"first_case_id": self.tr("No case has the code %1.").replace("%1", code)}
                )
            data = dataclasses.replace(data, first_case_id=found)
        return self._accept(data)

    def _complex_toggled(self, on: bool) -> None:
        self.complex_box.setEnabled(on)
        self.finding.setEnabled(on)
        self.very_complex.setEnabled(on and self.row.kind == "to_cao")
        # Shown only when needed, so that the form with the legal checks fits 1366×768.
        for widget in (self.complex_box, self.finding, self.very_complex):
            if self.form.indexOf(widget) >= 0:
                self.form.setRowVisible(widget, on)
        self.adjustSize()

    def values(self) -> AcceptanceInput:
        """The acceptance as :func:`services.petitions.accept_petition` takes it."""
        is_complex = self.complex.isChecked()
        criteria = (
            [code for code, c in self.criteria.items() if c.isChecked()] if is_complex else []
        )
        return AcceptanceInput(
            accepted_on=date_of(self.accepted_on),
            assignee_id=uuid.UUID(assignee) if (assignee := self.assignee.currentData()) else None,
            level=int(self.level.currentData()),
            complexity_criteria=criteria,
            complexity_finding=self.finding.toPlainText() if is_complex else "",
            very_complex=is_complex and self.very_complex.isChecked(),
            remote=True if self.remote.isChecked() else None,
            note=self.note.text(),
            **self.legal.values(),
        )


class OutcomeDialog(ServiceDialog):
    """Transfer, guide, return, file or report to the lower level: a date and one field."""

    def __init__(
        self,
        outcome: ProcessingOutcome,
        row: QueueRow,
        runner: BackgroundRunner,
        execute: Execute,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("File the petition")
            if outcome is ProcessingOutcome.FILE
            else self.tr(TEXT_OUTCOMES[outcome][0])
        )
        super().__init__(title, row, runner, execute, parent)
        self.kind = outcome
        self.today = today
        self.on = date_edit(max(today, row.received_on))
        self.form.addRow(self.tr("Processing date:"), self.on)
        self.text = QLineEdit()
        self.ground = QComboBox()
        if outcome is ProcessingOutcome.FILE:
            self.ground.addItem(self.tr("(choose the ground)"), "")
            for ground in FilingGround:
                self.ground.addItem(enum_label(ground), ground.value)
            self.form.addRow(self.tr("Ground for filing:"), self.ground)
        else:
            self.form.addRow(self.tr(TEXT_OUTCOMES[outcome][1]), self.text)
        if outcome is ProcessingOutcome.RETURN and row.kind == "khieu_nai":
            add_ground_choice(self.ground, self.tr("(choose the ground of Art. 11)"))
            self.form.addRow(self.tr("Non-acceptance ground:"), self.ground)
        self.note = QLineEdit()
        if outcome is not ProcessingOutcome.RETURN:
            self.form.addRow(self.tr("Note:"), self.note)
        self.resize(560, self.sizeHint().height())

    def past_dates(self) -> list[tuple[str, QDateEdit]]:
        """The petition has been processed when it is recorded."""
        return [(self.tr("Processing date"), self.on)]

    def values(self) -> dict[str, Any]:
        """Keyword arguments of the outcome's service function."""
        on = date_of(self.on)
        if self.kind is ProcessingOutcome.FILE:
            return {"on": on, "ground": self.ground.currentData(), "note": self.note.text()}
        if self.kind is ProcessingOutcome.RETURN:
            return {"on": on, "reason": self.text.text(), "ground": self.ground.currentData() or ""}
        name = "lower_body" if self.kind is ProcessingOutcome.REPORT_LOWER else "to_body"
        return {"on": on, name: self.text.text(), "note": self.note.text()}
