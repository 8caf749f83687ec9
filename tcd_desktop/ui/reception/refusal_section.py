"""Section 4 of the intake form: refusing to receive, with one of the legal grounds.

The grounds come from :mod:`tcd_desktop.services.reception.grounds` (Luật Tiếp công dân Điều 9;
NĐ 154/2026 Điều 4 from 01/7/2026) and the list follows the visit date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tcd_desktop.services.reception.grounds import grounds_in_force, refusal_ground
from tcd_desktop.ui.desk_labels import refusal_ground_label
from tcd_desktop.ui.widgets.choices import set_combo
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors
from tcd_desktop.ui.widgets.form_watch import watch


class RefusalSection(QGroupBox):
    """ "Từ chối tiếp công dân" with the ground, its citation and a note."""

    changed = Signal()
    field_done = Signal()
    toggled = Signal(bool)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("4. Refusal to receive the citizen"))
        self.setObjectName("refusalSection")
        self._on = dt.date.today()
        self.refuse = QCheckBox(
            self.tr("Refuse to receive the citizen (tell the citizen the reason)")
        )
        self.refuse.setObjectName("refuse")
        self.ground = QComboBox()
        self.ground.setObjectName("refusalGround")
        self.ground_box = FieldBox(self.ground)
        self.citation = QLabel()
        self.citation.setObjectName("refusalCitation")
        self.citation.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("refusalNote")
        self.note.setPlaceholderText(self.tr("Note: what happened, other legal grounds (if any)"))
        self.note_box = FieldBox(self.note)

        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.refuse, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Ground")), 1, 0)
        grid.addWidget(self.ground_box, 1, 1)
        grid.addWidget(self.citation, 2, 1)
        grid.addWidget(QLabel(self.tr("Note")), 3, 0)
        grid.addWidget(self.note_box, 3, 1)
        grid.setColumnStretch(1, 1)

        errors.add("refusal.ground", self.ground_box)
        errors.add("refusal.note", self.note_box)
        errors.add("refusal", self.ground_box)
        for widget in (self.refuse, self.ground, self.note):
            watch(widget, self.changed.emit, self.field_done.emit)
        self.refuse.toggled.connect(self._on_toggled)
        self.ground.currentIndexChanged.connect(self._show_citation)
        self.set_date(self._on)
        self._on_toggled(False)

    def set_date(self, on: dt.date) -> None:
        """Offer the grounds in force on the visit date ``on``."""
        self._on = on
        current = self.ground.currentData()
        self.ground.blockSignals(True)
        self.ground.clear()
        self.ground.addItem(self.tr("— Choose the ground for refusal —"), None)
        for ground in grounds_in_force(on):
            self.ground.addItem(refusal_ground_label(ground), ground.code)
            self.ground.setItemData(
                self.ground.count() - 1, ground.citation, Qt.ItemDataRole.ToolTipRole
            )
        set_combo(self.ground, current)
        self.ground.blockSignals(False)
        self._show_citation()

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        for widget in (self.ground, self.note, self.citation):
            widget.setEnabled(on)
        if not on:
            self.ground_box.set_error(None)
            self.note_box.set_error(None)
        self.toggled.emit(on)

    @Slot()
    def _show_citation(self) -> None:
        ground = refusal_ground(str(self.ground.currentData() or ""))
        if ground is None:
            self.citation.clear()
            return
        text = self.tr("Ground: %1.").replace("%1", ground.citation)
        if ground.written_notice:
            text += " " + self.tr(
                "The head issues the notice of refusal (Form 01/TCD) within 03 working days."
            )
        if ground.unconfirmed:
            text += " " + self.tr(
                "(Ground from a new legal text; check against the official text.)"
            )
        self.citation.setText(text)

    @property
    def refusing(self) -> bool:
        """True when the officer refuses to receive."""
        return self.refuse.isChecked()

    def to_dict(self) -> dict[str, Any]:
        """The section as plain data."""
        return {
            "refuse": self.refuse.isChecked(),
            "ground": self.ground.currentData(),
            "note": self.note.text(),
        }

    def load_dict(self, data: dict[str, Any]) -> None:
        """Fill from :meth:`to_dict` output."""
        self.refuse.setChecked(bool(data.get("refuse")))
        set_combo(self.ground, data.get("ground"))
        self.note.setText(str(data.get("note") or ""))

    def reset(self) -> None:
        """Not refusing."""
        self.load_dict({})

    def tab_chain(self) -> list[QWidget]:
        """Widgets in keyboard order."""
        return [self.refuse, self.ground, self.note]
