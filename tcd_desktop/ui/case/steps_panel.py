"""``StepsPanel``: the steps of the case's procedure as buttons on the case screen.

One button per step of :func:`~tcd_desktop.services.cases.available_steps`; a step the law
does not allow now is disabled and its tooltip gives the legal reason.  A click opens the
step's form (:class:`StepDialog`, or the dialogue dialogs); the case screen reloads itself
through the change bus once the step is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSizePolicy, QWidget

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.cases import CaseView, StepOption
from tcd_desktop.services.cases.screen import open_dialogue
from tcd_desktop.services.context import Actor
from tcd_desktop.services.dialogues import DialogueMinutesData
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import error_text
from tcd_desktop.ui.case.dialogue_dialog import RecordDialogueDialog, ScheduleDialogueDialog
from tcd_desktop.ui.case.step_dialog import ServiceDialog, StepDialog
from tcd_desktop.ui.case.step_specs import DIALOGUE_STEPS, SPECS
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.errors import show_error
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

COLUMNS = 1


class StepsPanel(QGroupBox):
    """Buttons for the case's steps; :attr:`dialog` is the form currently open."""

    #: emitted with the dialog just opened (tests, screenshots)
    dialog_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepsPanel")
        self.setTitle(self.tr("Take the next step"))
        self._db, self._actor, self._bus, self._runner = db, actor, bus, runner
        self.case: CaseView | None = None
        self.today = dt.date.today()
        self.buttons: dict[str, QPushButton] = {}
        self.dialog: ServiceDialog | None = None
        self._grid = QGridLayout(self)
        self._empty = QLabel(self.tr("No step for this kind of case."))

    def set_case(self, case: CaseView, steps: list[StepOption], today: dt.date) -> None:
        """Show the steps of ``case`` as allowed or refused on ``today``."""
        self.case, self.today = case, today
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        self._grid.removeWidget(self._empty)
        self._empty.hide()
        shown = list(steps)
        for i, option in enumerate(shown):
            button = QPushButton(label_of(Step, option.step))
            button.setObjectName(f"step_{option.step}")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("text-align: left; padding: 3px 8px;")
            has_form = Step(option.step) in SPECS or Step(option.step) in DIALOGUE_STEPS
            button.setEnabled(option.allowed and has_form)
            if not option.allowed:
                button.setToolTip(message_text(option.reason))  # the law's reason
            elif not has_form:
                button.setToolTip(self.tr("This step has no form on the case window yet."))
            else:
                button.setToolTip(self.tr("Record “%1”").replace("%1", label_of(Step, option.step)))
            button.clicked.connect(partial(self.open_step, option.step))
            self._grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[option.step] = button
        if not shown:
            self._grid.addWidget(self._empty, 0, 0)
            self._empty.show()

    def open_step(self, step: str) -> None:
        """Open the form of ``step`` for the shown case."""
        if self.case is None:
            return
        kind = Step(step)
        args = (self._db, self._actor, self._bus, self._runner, self.case)
        if kind == Step.DIALOGUE_SCHEDULED:
            self._show(ScheduleDialogueDialog(*args, self.today, self))
        elif kind == Step.DIALOGUE_HELD:
            case_id = self.case.id
            self._runner.run(
                partial(open_dialogue, self._db, self._actor, case_id),
                partial(_if_alive, self, self._record_dialogue, case_id),
                partial(_if_alive, self, self._failed),
            )
        elif kind in SPECS:
            self._show(StepDialog(*args, SPECS[kind], self.today, self))

    def _record_dialogue(self, case_id: object, data: DialogueMinutesData | None) -> None:
        if self.case is None or self.case.id != case_id:
            return
        if data is None:
            show_error(self, self.tr("No dialogue has been announced and not yet held."))
            return
        args = (self._db, self._actor, self._bus, self._runner, self.case)
        self._show(RecordDialogueDialog(*args, data, self.today, self))

    def _failed(self, exc: BaseException, tb: str) -> None:
        show_error(self, error_text(exc, tb, self.tr("Could not open the dialogue.")))

    def _show(self, dialog: ServiceDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)


def _if_alive(widget: QWidget, fn: Callable[..., Any], *args: Any) -> None:
    """Call ``fn(*args)`` unless ``widget`` was destroyed meanwhile."""
    if shiboken6.isValid(widget):
        fn(*args)
