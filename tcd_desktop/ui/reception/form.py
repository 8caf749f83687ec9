"""The intake form (Phiếu tiếp công dân): the four sections, their errors and their data.

The form knows nothing about the database. It turns into plain data (:meth:`to_dict`, the
draft) and back (:meth:`load_dict`), shows service errors next to the fields
(:meth:`show_errors`) and keeps a sensible keyboard order through every section.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from tcd_desktop.ui.reception.citizen_section import CitizenSection
from tcd_desktop.ui.reception.petitions_section import PetitionsSection
from tcd_desktop.ui.reception.refusal_section import RefusalSection
from tcd_desktop.ui.reception.visit_input import BuiltVisit
from tcd_desktop.ui.reception.visit_section import VisitSection
from tcd_desktop.ui.widgets.field import FieldErrors

FORM_VERSION = 1
COMBO_MIN_CHARS = 14


def compact_combos(widget: QWidget) -> None:
    """Let long choices (legal grounds, leaders) be cut in the closed combo, not widen the form."""
    for box in widget.findChildren(QComboBox):
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(COMBO_MIN_CHARS)
        box.view().setTextElideMode(Qt.TextElideMode.ElideNone)


class IntakeForm(QWidget):
    """Sections 1–4 of the reception form."""

    changed = Signal()
    field_done = Signal()
    #: the parts the repeat check looks at changed (identity, address, content, party)
    lookup_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self.errors = FieldErrors()
        self.repeat: dict[str, Any] = {"repeat_of_id": None, "dismissed": []}
        self.citizen = CitizenSection(self.errors)
        self.visit = VisitSection(self.errors)
        self.petitions = PetitionsSection(self.errors)
        self.refusal = RefusalSection(self.errors)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.citizen)
        layout.addWidget(self.visit)
        layout.addWidget(self.petitions)
        layout.addWidget(self.refusal)
        layout.addStretch(1)

        compact_combos(self)
        self.petitions.item_added.connect(compact_combos)
        for section in (self.citizen, self.visit, self.petitions, self.refusal):
            section.changed.connect(self.changed)
            section.field_done.connect(self.field_done)
        self.petitions.sealed_changed.connect(self.citizen.set_sealed)
        self.petitions.content_changed.connect(self.lookup_changed)
        for edit in (
            self.citizen.full_name,
            self.citizen.id_number,
            self.citizen.phone,
            self.citizen.address,
            self.citizen.commune,
        ):
            edit.editingFinished.connect(self.lookup_changed)
        self.visit.received_at.dateChanged.connect(lambda d: self.refusal.set_date(d.toPython()))
        self.refusal.toggled.connect(self._on_refusal)

    @Slot(bool)
    def _on_refusal(self, refusing: bool) -> None:
        for editor in self.petitions.editors():
            editor.action.setEnabled(not refusing)

    # data ----------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Everything typed, as JSON-ready data."""
        return {
            "version": FORM_VERSION,
            "citizen": self.citizen.to_dict(),
            "visit": self.visit.to_dict(),
            "petitions": self.petitions.to_list(),
            "refusal": self.refusal.to_dict(),
            "repeat": dict(self.repeat),
        }

    def load_dict(self, data: dict[str, Any]) -> None:
        """Restore from :meth:`to_dict` output (a draft)."""
        self.citizen.load_dict(data.get("citizen") or {})
        self.visit.load_dict(data.get("visit") or {})
        self.petitions.load_list(list(data.get("petitions") or [{}]))
        self.refusal.load_dict(data.get("refusal") or {})
        repeat = data.get("repeat") or {}
        self.repeat = {
            "repeat_of_id": repeat.get("repeat_of_id"),
            "dismissed": list(repeat.get("dismissed") or []),
        }

    def is_empty(self) -> bool:
        """True when nothing worth a draft has been typed."""
        return self.citizen.is_empty() and self.petitions.is_empty()

    def set_saved_look(self, saved: bool) -> None:
        """A saved (read-only) form hides its hint texts so that they never read as data."""
        edits = [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]
        for edit in edits:
            if saved:
                hint = edit.placeholderText()
                if hint:
                    edit.setProperty("savedHint", hint)
                    edit.setPlaceholderText("")
            else:
                hint = edit.property("savedHint")
                if hint:
                    edit.setPlaceholderText(str(hint))
                    edit.setProperty("savedHint", None)
        self.setEnabled(not saved)

    def reset(self) -> None:
        """A blank form for the next visit (the officer and the field list stay)."""
        self.errors.clear()
        self.citizen.load_dict({})
        self.citizen.set_sealed(False)
        self.visit.reset()
        self.petitions.load_list([{}])
        self.refusal.reset()
        self.repeat = {"repeat_of_id": None, "dismissed": []}

    # errors --------------------------------------------------------------------------------------

    def check_locally(self) -> bool:
        """The checks the form can make itself (formats, delegation count, leader)."""
        ok = self.citizen.validate_all()
        ok = self.visit.check_mass(saving=True) and ok
        ok = self.visit.check_leader() and ok
        return ok

    def register_participants(self, built: BuiltVisit) -> None:
        """Route ``participants[i]…`` errors to the agent block or the representatives."""
        self.errors.remove_prefix("participants[")
        for i, what in enumerate(built.participants):
            prefix = f"participants[{i}]"
            if what == "agent":
                self.errors.add(f"{prefix}.proof_document", self.citizen.agent_proof)
                self.errors.add(f"{prefix}.citizen.full_name", self.citizen.agent_name)
                self.errors.add(f"{prefix}.citizen.id_number", self.citizen.agent_id_number)
                self.errors.add(f"{prefix}.citizen.phone", self.citizen.agent_phone)
                self.errors.add(prefix, self.citizen.agent_proof)
            else:
                self.errors.add(f"{prefix}.proof_document", self.visit.appointment_box)
                self.errors.add(prefix, self.visit.representatives)

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each error next to its field; return those with no field on the form."""
        for i in range(len(self.petitions.editors())):
            if any(key.startswith(f"petitions[{i}]") for key in errors):
                self.petitions.focus_item(i)
                break
        return self.errors.show(errors)

    # keyboard ------------------------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """Every input in the order Tab visits them."""
        chain = self.citizen.tab_chain() + self.visit.tab_chain()
        chain.append(self.petitions.tabs.tabBar())
        editor = self.petitions.tabs.currentWidget()
        if editor is not None:
            chain += editor.tab_chain()  # type: ignore[attr-defined]
        chain += [self.petitions.add_button, self.petitions.remove_button]
        chain += self.refusal.tab_chain()
        return chain

    def apply_tab_order(self, before: QWidget | None = None) -> None:
        """Make Tab follow :meth:`tab_chain` (starting after ``before``)."""
        chain = ([before] if before is not None else []) + self.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
