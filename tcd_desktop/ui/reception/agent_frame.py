"""The person who speaks for the citizen: representative, authorised person, lawyer.

Shown under the citizen's identity when the officer ticks that someone came for the
citizen; their standing must be proven by a document (NĐ 154/2026 Điều 13).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from tcd_desktop.services.reception.inputs import ParticipantRole
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.reception.citizen_checks import check_any_id, check_name, check_phone
from tcd_desktop.ui.widgets.choices import combo
from tcd_desktop.ui.widgets.field import CheckedLineEdit

#: The capacities an agent may come in (a delegation's members are listed elsewhere).
AGENT_ROLES: tuple[ParticipantRole, ...] = tuple(
    r for r in ParticipantRole if r is not ParticipantRole.MEMBER
)


class AgentFrame(QFrame):
    """Capacity, name, ID number, phone and proof of standing of the citizen's agent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role = combo(tuple((r.value, enum_label(r)) for r in AGENT_ROLES), "agentRole")
        self.name = CheckedLineEdit(
            check_name, placeholder=self.tr("Full name of the representative")
        )
        self.name.edit.setObjectName("agentName")
        self.id_number = CheckedLineEdit(check_any_id, placeholder=self.tr("Citizen ID number"))
        self.id_number.edit.setObjectName("agentIdNumber")
        self.phone = CheckedLineEdit(check_phone, placeholder=self.tr("Phone"))
        self.phone.edit.setObjectName("agentPhone")
        self.proof = CheckedLineEdit(
            placeholder=self.tr(
                "Proof of standing: certified power of attorney No.…, lawyer card No.…"
            )
        )
        self.proof.edit.setObjectName("agentProof")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        # two label/field pairs a row: fits the form's width at 1366×768 (#9)
        grid.addWidget(QLabel(self.tr("Capacity")), 0, 0)
        grid.addWidget(self.role, 0, 1)
        grid.addWidget(QLabel(self.tr("Full name")), 0, 2)
        grid.addWidget(self.name, 0, 3)
        grid.addWidget(QLabel(self.tr("Citizen ID number")), 1, 0)
        grid.addWidget(self.id_number, 1, 1)
        grid.addWidget(QLabel(self.tr("Phone")), 1, 2)
        grid.addWidget(self.phone, 1, 3)
        grid.addWidget(QLabel(self.tr("Proof of standing *")), 2, 0)
        grid.addWidget(self.proof, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
