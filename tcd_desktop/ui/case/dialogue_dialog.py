"""Dialogues of a complaint from the case screen: schedule one, record one that was held.

``ScheduleDialogueDialog`` asks for the notice date, the date and time, the place, the
presiding official and the participants (role and name) and shows the K13 short-notice
warning the service returns.  ``RecordDialogueDialog`` records attendance (absences with
their reason), the opinions, the agreed and disputed points and the result of the last
scheduled dialogue that has not been held yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSize, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from tcd_desktop.services.cases import CaseView
from tcd_desktop.services.cases.screen import (
    dialogue_day_off,
    plan_dialogue,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dialogues import (
    VN_TZ,
    DialogueRole,
    Participant,
)
from tcd_desktop.services.event_dates import (
    future_date_message,
    non_working_day_question,
)
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.dialogue_record import RecordDialogueDialog
from tcd_desktop.ui.case.dialogue_widgets import cell, table, text_box
from tcd_desktop.ui.case.step_dialog import ServiceDialog, _alive_call, date_edit
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.window_fit import fit_window


class ScheduleDialogueDialog(ServiceDialog):
    """Schedule a dialogue (Luật Khiếu nại Điều 30, 39); warns when notice is short (K13)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        case: CaseView,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, case, parent)
        self.setObjectName("scheduleDialogueDialog")
        self.setWindowTitle(self.tr("Dialogue notice — %1").replace("%1", case.code))
        fit_window(self, QSize(720, 560))
        self.today = today
        self.day_confirmed = False
        #: the confirmation asked about a non-working day (tests read it)
        self.day_question = ""
        self.notice_on = date_edit(today)
        self.notice_on.setObjectName("noticeDate")
        when = today + dt.timedelta(days=7)
        self.scheduled_at = QDateTimeEdit(
            QDateTime(QDate(when.year, when.month, when.day), QTime(8, 0))
        )
        self.scheduled_at.setObjectName("dialogueAt")
        self.scheduled_at.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.scheduled_at.setCalendarPopup(True)
        self.place = QLineEdit()
        self.place.setObjectName("dialoguePlace")
        self.presiding = QLineEdit()
        self.presiding.setObjectName("dialoguePresiding")
        self.content = text_box()
        self.content.setObjectName("dialogueContent")
        self.participants = table(
            [self.tr("Role"), self.tr("Full name"), self.tr("Position, unit")]
        )
        self.participants.setObjectName("participantsTable")
        self.participants.setColumnWidth(0, 260)
        self.participants.setColumnWidth(1, 200)
        add = QPushButton(self.tr("Add participant"))
        remove = QPushButton(self.tr("Remove selected row"))
        add.setObjectName("addParticipant")
        add.clicked.connect(lambda: self.add_participant(DialogueRole.RESPONDENT.value, ""))
        remove.clicked.connect(self._remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Date the notice was sent"), self.notice_on)
        form.addRow(self.tr("Time of the dialogue"), self.scheduled_at)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Presiding"), self.presiding)
        form.addRow(self.tr("Subject of the dialogue"), self.content)
        self.form_layout.addLayout(form)
        self.form_layout.addWidget(QLabel(self.tr("Participants")))
        self.form_layout.addWidget(self.participants, 1)
        self.form_layout.addLayout(row_buttons)
        if case.kind == "khieu_nai":
            self.add_participant(DialogueRole.COMPLAINANT.value, case.citizen_display)

    def add_participant(self, role: str, name: str, position: str = "") -> int:
        """Add a participant row (role combo, name, position); returns its row."""
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        combo = QComboBox()
        for r in DialogueRole:
            combo.addItem(enum_label(r), r.value)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        self.participants.setCellWidget(row, 0, combo)
        self.participants.setItem(row, 1, QTableWidgetItem(name))
        self.participants.setItem(row, 2, QTableWidgetItem(position))
        return row

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.participants.selectedIndexes()}, reverse=True):
            self.participants.removeRow(row)

    def people(self) -> list[Participant]:
        """The participants as typed (rows without a name are left out)."""
        out = []
        for row in range(self.participants.rowCount()):
            combo = self.participants.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            name = cell(self.participants, row, 1)
            if name:
                out.append(
                    Participant(
                        role=str(combo.currentData()),
                        name=name,
                        position=cell(self.participants, row, 2),
                    )
                )
        return out

    def scheduled_day(self) -> dt.date:
        """The day the dialogue is set for."""
        day = self.scheduled_at.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def submit(self) -> None:
        """Refuse a notice dated after today; on a day off, ask first and say why."""
        if self.recorded_value is not None or self.day_confirmed:
            super().submit()
            return
        notice = self.notice_on.date().toPython()
        assert isinstance(notice, dt.date)
        problems = self.local_errors()
        refusal = future_date_message(self.tr("Date the notice was sent"), notice, self.today)
        if refusal:
            problems.insert(0, refusal)
        if problems:  # every problem at once, one line each (the service stops at the first)
            self.show_error("\n".join(f"• {p}" for p in problems))
            return
        self.error.hide()
        self.ok.setEnabled(False)
        day = self.scheduled_day()
        self._runner.run(
            partial(dialogue_day_off, self._db, self._actor, day),
            partial(_alive_call, self, "_day_checked"),
            partial(_alive_call, self, "_failed"),
        )

    def local_errors(self) -> list[str]:
        """What the form can tell is missing before asking the service, all together."""
        problems = []
        if not self.place.text().strip():
            problems.append(self.tr("The place of the dialogue is required."))
        if not self.presiding.text().strip():
            problems.append(self.tr("The presiding official is required."))
        complainant_side = {DialogueRole.COMPLAINANT.value, DialogueRole.REPRESENTATIVE.value}
        roles = set()
        for row in range(self.participants.rowCount()):
            combo = self.participants.cellWidget(row, 0)
            role = str(combo.currentData()) if isinstance(combo, QComboBox) else ""
            if cell(self.participants, row, 1):
                roles.add(role)
            elif cell(self.participants, row, 2):  # a position typed without the name
                problems.append(
                    self.tr("Row %1: the participant's full name is required.").replace(
                        "%1", str(row + 1)
                    )
                )
        if not roles & complainant_side:
            problems.append(self.tr("The complainant or their representative must be invited."))
        return problems

    def _day_checked(self, reason: str | None) -> None:
        self.ok.setEnabled(True)
        if reason:
            self.day_question = non_working_day_question(self.scheduled_day(), reason)
            answer = QMessageBox.question(
                self,
                self.tr("Not a working day"),
                self.day_question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.scheduled_at.setFocus()
                return
        self.day_confirmed = True
        super().submit()

    def job(self) -> Callable[[], Any]:
        """``schedule_dialogue`` with the form's values."""
        local = self.scheduled_at.dateTime().toPython()
        assert isinstance(local, dt.datetime)
        notice = self.notice_on.date().toPython()
        assert isinstance(notice, dt.date)

        values = dict(
            on=notice,
            scheduled_at=local.replace(tzinfo=VN_TZ),
            place=self.place.text(),
            presiding=self.presiding.text(),
            participants=self.people(),
            content=self.content.toPlainText(),
            expected_version=self.case.version,
        )
        return partial(plan_dialogue, self._db, self._actor, self.case.id, **values)


__all__ = ["RecordDialogueDialog", "ScheduleDialogueDialog"]
