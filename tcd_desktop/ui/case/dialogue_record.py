"""``RecordDialogueDialog``: record a held dialogue — attendance (absences with their
reason), the opinions, the agreed and disputed points and the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from tcd_desktop.services.cases import CaseView
from tcd_desktop.services.cases.screen import (
    record_held_dialogue,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dialogues import (
    Attendance,
    DialogueMinutesData,
    DialogueRole,
    Opinion,
)
from tcd_desktop.services.event_dates import (
    future_date_message,
    not_held_yet_message,
)
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.dialogue_widgets import cell, table, text_box
from tcd_desktop.ui.case.step_dialog import ServiceDialog, date_edit
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.window_fit import fit_window


class RecordDialogueDialog(ServiceDialog):
    """Record a held dialogue: attendance, opinions, agreed and disputed points, result."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        case: CaseView,
        dialogue: DialogueMinutesData,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, case, parent)
        self.setObjectName("recordDialogueDialog")
        self.setWindowTitle(self.tr("Dialogue held — %1").replace("%1", case.code))
        fit_window(self, QSize(760, 700))
        self.today = today
        self.dialogue = dialogue
        self.held_on = date_edit(dialogue.scheduled_at.date() if dialogue.scheduled_at else today)
        self.held_on.setObjectName("heldOn")
        self.attendance = table(
            [
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Present"),
                self.tr("Reason for absence"),
                self.tr("Absence justified"),
            ]
        )
        self.attendance.setObjectName("attendanceTable")
        labels = {r.value: enum_label(r) for r in DialogueRole}
        self.present: list[QCheckBox] = []
        self.justified: list[QCheckBox] = []
        for row, person in enumerate(dialogue.participants):
            self.attendance.insertRow(row)
            for column, text in ((0, person.name), (1, labels.get(person.role, person.role))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.attendance.setItem(row, column, item)
            present, justified = QCheckBox(), QCheckBox()
            present.setChecked(True)
            self.attendance.setCellWidget(row, 2, present)
            self.attendance.setItem(row, 3, QTableWidgetItem(""))
            self.attendance.setCellWidget(row, 4, justified)
            self.present.append(present)
            self.justified.append(justified)
        self.attendance.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.opinions = table([self.tr("Speaker"), self.tr("Point discussed"), self.tr("Opinion")])
        self.opinions.setObjectName("opinionsTable")
        add = QPushButton(self.tr("Add opinion"))
        add.setObjectName("addOpinion")
        add.clicked.connect(lambda: self.add_opinion("", "", ""))
        self.verification = text_box()
        self.verification.setPlainText(dialogue.verification_summary)
        self.agreed, self.disputed = text_box(), text_box()
        self.agreed.setObjectName("agreedPoints")
        self.disputed.setObjectName("disputedPoints")
        self.other = text_box(50)
        self.outcome = text_box()
        self.outcome.setObjectName("dialogueResult")
        form = QFormLayout()
        form.addRow(self.tr("Date of the dialogue"), self.held_on)
        form.addRow(self.tr("Verification result announced"), self.verification)
        form.addRow(self.tr("Points agreed"), self.agreed)
        form.addRow(self.tr("Points still disputed"), self.disputed)
        form.addRow(self.tr("Other opinions"), self.other)
        form.addRow(self.tr("Result of the dialogue"), self.outcome)
        where = self.tr("Dialogue at %1; presiding: %2")
        where = where.replace("%1", dialogue.place).replace("%2", dialogue.presiding)
        self.form_layout.addWidget(QLabel(where))
        self.form_layout.addWidget(QLabel(self.tr("Attendance")))
        self.form_layout.addWidget(self.attendance, 1)
        self.form_layout.addWidget(QLabel(self.tr("Opinions of the parties")))
        self.form_layout.addWidget(self.opinions, 1)
        self.form_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.form_layout.addLayout(form)

    def add_opinion(self, speaker: str, point: str, opinion: str) -> int:
        """Add an opinion row; returns its row."""
        row = self.opinions.rowCount()
        self.opinions.insertRow(row)
        for column, text in enumerate((speaker, point, opinion)):
            self.opinions.setItem(row, column, QTableWidgetItem(text))
        return row

    def set_absent(self, row: int, reason: str, justified: bool = False) -> None:
        """Mark participant ``row`` absent with ``reason``."""
        self.present[row].setChecked(False)
        self.attendance.setItem(row, 3, QTableWidgetItem(reason))
        self.justified[row].setChecked(justified)

    def job(self) -> Callable[[], Any]:
        """``record_dialogue`` with the form's values."""
        roles = {p.name: p.role for p in self.dialogue.participants}
        attendance = [
            Attendance(
                name=p.name,
                present=self.present[i].isChecked(),
                reason="" if self.present[i].isChecked() else cell(self.attendance, i, 3),
                justified=None if self.present[i].isChecked() else self.justified[i].isChecked(),
            )
            for i, p in enumerate(self.dialogue.participants)
        ]
        opinions = [
            Opinion(
                speaker=cell(self.opinions, r, 0),
                role=roles.get(cell(self.opinions, r, 0), ""),
                point=cell(self.opinions, r, 1),
                opinion=cell(self.opinions, r, 2),
            )
            for r in range(self.opinions.rowCount())
            if cell(self.opinions, r, 2)
        ]
        held_on = self.held_on.date().toPython()
        assert isinstance(held_on, dt.date)
        scheduled = self.dialogue.scheduled_at.date() if self.dialogue.scheduled_at else None
        refusal = not_held_yet_message(scheduled, self.today) or future_date_message(
            self.tr("Date of the dialogue"), held_on, self.today
        )
        if refusal:
            raise ValueError(refusal)

        values = dict(
            held_on=held_on,
            attendance=attendance,
            opinions=opinions,
            agreed_points=self.agreed.toPlainText(),
            disputed_points=self.disputed.toPlainText(),
            result=self.outcome.toPlainText(),
            verification_summary=self.verification.toPlainText(),
            other_opinions=self.other.toPlainText(),
        )
        return partial(
            record_held_dialogue, self._db, self._actor, self.dialogue.dialogue_id, **values
        )
