"""Sections of the case detail screen: parties, current step, due dates with "?" buttons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.workflow_steps import CaseKind, Step
from tcd_desktop.services.board import MASKED_DENOUNCER
from tcd_desktop.services.cases import CaseView, DueExplanation, StepOption, TimelineEntry
from tcd_desktop.services.identity import ANONYMOUS_NAME, CaseParties
from tcd_desktop.services.reception.inputs import ParticipantRole
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.i18n import translate
from tcd_desktop.ui.labels import enum_label, hidden_person, label_of
from tcd_desktop.ui.models.case_text import STATE_COLOURS, short_date, state_title

#: Who the main person of a case is, by case kind (the identity service calls them all
#: "denouncer"); English sources of the ``CaseParties`` translation context.
MAIN_PERSON = {
    "khieu_nai": QT_TRANSLATE_NOOP("CaseParties", "Complainant"),
    "to_cao": QT_TRANSLATE_NOOP("CaseParties", "Denouncer"),
    "kien_nghi": QT_TRANSLATE_NOOP("CaseParties", "Petitioner (recommendation)"),
    "phan_anh": QT_TRANSLATE_NOOP("CaseParties", "Petitioner (report)"),
    "tin_an_danh": QT_TRANSLATE_NOOP("CaseParties", "Informant"),
}
SENDER = QT_TRANSLATE_NOOP("CaseParties", "Sender")


def role_title(role: str, kind: str) -> str:
    """The translated title of a party's role."""
    if role == "denouncer":
        return translate("CaseParties", MAIN_PERSON.get(kind, SENDER))
    try:
        return enum_label(ParticipantRole(role))
    except ValueError:
        return role


def due_step(text: str) -> str:
    """A due date's task: a workflow step's name in the screen's language; the rule pack's
    own wording (the law's) as written."""
    try:
        return enum_label(Step.from_label_vi(text))
    except ValueError:
        return text


def _party_name(name: str) -> str:
    """A party's name; the services' stand-in for a hidden person in the screen's language."""
    if name == ANONYMOUS_NAME:
        return hidden_person(CaseKind.ANONYMOUS)
    if name == MASKED_DENOUNCER:
        return hidden_person(CaseKind.DENUNCIATION)
    return name


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _label(text: str, *, bold: bool = False, muted: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setStyleSheet("color: #616161;")
    return label


class PartiesBox(QGroupBox):
    """Who is involved; a sealed denouncer is masked until an entitled user reveals it."""

    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partiesBox")
        self.setTitle(self.tr("Parties"))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.note = _label("", muted=True)
        self.reveal_button = QPushButton(self.tr("Reveal the identity…"))
        self.reveal_button.setObjectName("revealIdentity")
        self.reveal_button.setToolTip(
            self.tr(
                "Only the receiving officer, the resolver and their leader may; a reason is recorded."
            )
        )
        self.reveal_button.clicked.connect(self.reveal_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_parties(self, parties: CaseParties, kind: str) -> None:
        """Show ``parties`` as the service returned them (masked or revealed)."""
        _clear(self.grid)
        row = 0
        for party in parties.parties:
            role = role_title(party.role, kind)
            self.grid.addWidget(_label(role, muted=True), row, 0, Qt.AlignmentFlag.AlignTop)
            name = _label(_party_name(party.name), bold=not party.is_masked)
            if party.is_masked:
                font = name.font()
                font.setItalic(True)
                name.setFont(font)
            name.setObjectName("partyName")
            self.grid.addWidget(name, row, 1)
            row += 1
            details = [d for d in (party.address, party.id_number, party.phone) if d]
            if details:
                self.grid.addWidget(_label(" · ".join(details)), row, 1)
                row += 1
        if parties.respondent:
            self.grid.addWidget(_label(self.tr("Respondent"), muted=True), row, 0)
            self.grid.addWidget(_label(parties.respondent), row, 1)
        sealed = parties.is_sealed and not parties.revealed
        if sealed:
            text = self.tr(
                "The denouncer's identity is kept secret (Law on Denunciations, art. 47)."
            )
            if parties.sealed_scans:
                text += " " + self.tr("%1 sealed scans.").replace("%1", str(parties.sealed_scans))
        elif parties.revealed:
            text = self.tr("Identity revealed for you; this view was recorded in the audit trail.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.reveal_button.setVisible(sealed and parties.can_reveal)


class StepBox(QGroupBox):
    """The case's status, its last step and what the law allows next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBox")
        self.setTitle(self.tr("Current step"))
        self.status = _label("", bold=True)
        self.status.setObjectName("caseStatus")
        self.last = _label("")
        self.next_steps = _label("")
        self.next_steps.setObjectName("nextSteps")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.last)
        layout.addWidget(self.next_steps)

    def set_step(
        self, case: CaseView, timeline: list[TimelineEntry], steps: list[StepOption]
    ) -> None:
        """Fill from the case header, its timeline and the allowed steps."""
        self.status.setText(label_of(CaseStatus, case.status))
        if timeline:
            last = timeline[-1]
            self.last.setText(
                self.tr("Last step: %1 on %2")
                .replace("%1", label_of(Step, last.step))
                .replace("%2", short_date(last.occurred_on))
            )
        else:
            self.last.setText(self.tr("No step recorded yet."))
        allowed = [s for s in steps if s.allowed]
        refused = [s for s in steps if not s.allowed and s.reason]
        text = self.tr("Allowed next: %1").replace(
            "%1", ", ".join(label_of(Step, s.step) for s in allowed) or self.tr("none")
        )
        self.next_steps.setText(text)
        self.next_steps.setToolTip(
            "\n".join(f"{label_of(Step, s.step)}: {message_text(s.reason)}" for s in refused)
        )


class DueDatesBox(QGroupBox):
    """Every clock of the case; each "?" button explains how its date was computed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDatesBox")
        self.setTitle(self.tr("Due dates"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.buttons: list[QToolButton] = []
        self.dues: list[DueExplanation] = []

    def set_dues(self, dues: list[DueExplanation]) -> None:
        """One row per clock: step, due date, state, "?"."""
        _clear(self.grid)
        self.buttons = []
        self.dues = list(dues)
        if not dues:
            self.grid.addWidget(_label(self.tr("This case has no legal time limit."), muted=True))
            return
        for row, due in enumerate(dues):
            self.grid.addWidget(_label(due_step(due.step), bold=due.is_main), row, 0)
            self.grid.addWidget(_label(short_date(due.due_on), wrap=False), row, 1)
            state = _label(self._state_text(due), wrap=False)
            colour = STATE_COLOURS.get(due.state, "#455a64")
            state.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.grid.addWidget(state, row, 2)
            button = QToolButton()
            button.setObjectName(f"explainDue_{row}")
            button.setText("?")
            button.setToolTip(self.tr("How was this date computed?"))
            button.clicked.connect(lambda _=False, d=due: self.explain(d))
            self.buttons.append(button)
            self.grid.addWidget(button, row, 3)

    def _state_text(self, due: DueExplanation) -> str:
        if due.state == "info":
            return self.tr("For information")
        if due.done_on is not None:
            return self.tr("Done %1").replace("%1", short_date(due.done_on))
        return state_title(due.state)

    def explanation_box(self, due: DueExplanation) -> QMessageBox:
        """The message box the "?" button shows (separate so tests can read it)."""
        box = QMessageBox(self)
        box.setObjectName("dueExplanation")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("How the due date was computed"))
        box.setText(f"{due_step(due.step)}: {short_date(due.due_on)}")
        lines = [due.text, "", self.tr("Legal basis: %1").replace("%1", due.citation)]
        lines.append(
            self.tr("Start: %1 on %2")
            .replace("%1", due.start_event)
            .replace("%2", short_date(due.start_on))
        )
        lines.append(
            self.tr("Counted: %1 %2").replace("%1", str(due.days_counted)).replace("%2", due.unit)
        )
        if due.holidays_skipped:
            days = ", ".join(f"{short_date(d)} ({name})" for d, name in due.holidays_skipped)
            lines.append(self.tr("Days off skipped: %1").replace("%1", days))
        if due.suspended_days:
            lines.append(
                self.tr("Suspended days not counted: %1").replace("%1", str(due.suspended_days))
            )
        if due.unconfirmed_days:
            days = ", ".join(f"{short_date(d)} ({name})" for d, name in due.unconfirmed_days)
            lines.append(
                self.tr("Counted across days off not yet officially announced: %1").replace(
                    "%1", days
                )
            )
        elif due.unconfirmed:
            lines.append(self.tr("This time limit is not confirmed yet; check the current law."))
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box

    def explain(self, due: DueExplanation) -> None:
        """Show how ``due`` was computed."""
        self.explanation_box(due).exec()
