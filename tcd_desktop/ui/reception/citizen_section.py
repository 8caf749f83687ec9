"""Section 1 of the intake form: who came (the citizen) and who speaks for them.

ID numbers and phones are checked by the domain validators when the officer leaves the
field; the message stays under the field and the text stays as typed. For a denunciation
the section turns into the sealed "Người tố cáo" block.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.places import PROVINCES
from tcd_desktop.domain.validators import decode_citizen_id, validate_citizen_id
from tcd_desktop.services.reception.inputs import IdKind
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.reception.agent_frame import AgentFrame
from tcd_desktop.ui.reception.citizen_checks import check_birth_year, check_name, check_phone
from tcd_desktop.ui.widgets.choices import combo, set_combo
from tcd_desktop.ui.widgets.field import CheckedLineEdit, FieldBox, FieldErrors
from tcd_desktop.ui.widgets.form_watch import watch
from tcd_desktop.ui.widgets.lock_note import lock_note

GENDERS: tuple[tuple[str, str], ...] = (
    ("", "—"),
    ("nam", QT_TRANSLATE_NOOP("CitizenSection", "Male")),
    ("nu", QT_TRANSLATE_NOOP("CitizenSection", "Female")),
)
SEALED_TITLE = QT_TRANSLATE_NOOP("CitizenSection", "1. Denouncer (kept confidential)")
OPEN_TITLE = QT_TRANSLATE_NOOP("CitizenSection", "1. Citizen presenting the matter")
SEALED_STYLE = (
    "QGroupBox#citizenSection { border: 2px solid #6a1b9a; border-radius: 4px;"
    " margin-top: 1.4em; padding-top: 4px; }"
    " QGroupBox#citizenSection::title { subcontrol-origin: margin; left: 8px; padding: 0 4px;"
    " color: #4a148c; font-weight: bold; }"
    " QLineEdit { background: #f8f0fb; }"
)


class CitizenSection(QGroupBox):
    """Citizen identity, address, and the representative/proxy/lawyer with their proof."""

    changed = Signal()
    field_done = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr(OPEN_TITLE))
        self.setObjectName("citizenSection")
        self.citizen_id: str | None = None
        self.citizen_version: int | None = None
        self.sealed = False

        self.full_name = CheckedLineEdit(
            check_name, placeholder=self.tr("Full name, with diacritics")
        )
        self.full_name.edit.setObjectName("citizenName")
        self.birth_year = CheckedLineEdit(check_birth_year, placeholder=self.tr("Year of birth"))
        self.birth_year.edit.setObjectName("citizenBirthYear")
        self.birth_year.edit.setMaxLength(4)
        self.gender = combo(
            tuple((v, self.tr(label) if v else label) for v, label in GENDERS), "citizenGender"
        )
        self.id_kind = combo(tuple((k.value, enum_label(k)) for k in IdKind), "citizenIdKind")
        self.id_number = CheckedLineEdit(
            self._check_id, placeholder=self.tr("Document number"), warn=self._warn_id
        )
        self.id_number.edit.setObjectName("citizenIdNumber")
        self.phone = CheckedLineEdit(check_phone, placeholder=self.tr("Phone number"))
        self.phone.edit.setObjectName("citizenPhone")
        self.address = CheckedLineEdit(
            placeholder=self.tr("House number, street, village/hamlet/residential group")
        )
        self.address.edit.setObjectName("citizenAddress")
        self.commune = CheckedLineEdit(placeholder=self.tr("Commune/ward/special zone"))
        self.commune.edit.setObjectName("citizenCommune")
        self.province = combo((("", self.tr("— Province/city —")), *PROVINCES), "citizenProvince")
        self.province_box = FieldBox(self.province)
        self.sealed_note, self.sealed_text = lock_note(
            self.tr(
                "Denunciation: the details of the denouncer are kept confidential (Articles 47, 48 of the Law on Denunciation). Lists and the register only show “Denouncer (kept confidential)”."
            )
        )
        self.sealed_note.setObjectName("sealedNote")
        self.sealed_note.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        # two label/field pairs a row: the form fits beside the warnings at 1366×768 (#9)
        for row, pairs in enumerate(
            (
                (
                    (self.tr("Full name *"), self.full_name),
                    (self.tr("Year of birth"), self.birth_year),
                ),
                ((self.tr("ID paper"), self.id_kind), (self.tr("Paper no."), self.id_number)),
                ((self.tr("Gender"), self.gender), (self.tr("Phone"), self.phone)),
                ((self.tr("Address"), self.address), (self.tr("Commune/ward"), self.commune)),
                ((self.tr("Province/city"), self.province_box),),
            )
        ):
            for column, (text, field) in enumerate(pairs):
                grid.addWidget(QLabel(text), row, 2 * column)
                grid.addWidget(field, row, 2 * column + 1)
        # wide enough for what goes in: 12 digits of a CCCD, a commune's name
        digits = self.id_number.edit.fontMetrics().horizontalAdvance("0" * 12)
        self.id_number.edit.setMinimumWidth(digits + 16)
        self.commune.edit.setMinimumWidth(
            self.commune.edit.fontMetrics().horizontalAdvance(self.tr("Commune/ward/special zone"))
            + 16
        )
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.existing = QLabel()
        self.existing.setObjectName("existingCitizen")
        self.existing.setWordWrap(True)
        self.existing.setStyleSheet("color: #0d47a1;")
        self.new_citizen = QPushButton(self.tr("Enter another citizen"))
        self.new_citizen.setObjectName("newCitizen")
        self.new_citizen.clicked.connect(self.forget_existing)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing, 1)
        existing_row.addWidget(self.new_citizen)
        self.existing.hide()
        self.new_citizen.hide()

        self.has_agent = QCheckBox(
            self.tr(
                "The person who came is a representative, authorised person or lawyer of the citizen"
            )
        )
        self.has_agent.setObjectName("hasAgent")
        self.agent_frame = AgentFrame()
        frame = self.agent_frame
        self.agent_role, self.agent_name, self.agent_id_number = (
            frame.role,
            frame.name,
            frame.id_number,
        )
        self.agent_phone, self.agent_proof = frame.phone, frame.proof
        self.has_agent.toggled.connect(self.agent_frame.setVisible)
        self.agent_frame.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.sealed_note)
        layout.addLayout(existing_row)
        layout.addLayout(grid)
        layout.addWidget(self.has_agent)
        layout.addWidget(self.agent_frame)

        for name, box in (
            ("citizen.full_name", self.full_name),
            ("citizen.birth_year", self.birth_year),
            ("citizen.id_number", self.id_number),
            ("citizen.phone", self.phone),
            ("citizen.address", self.address),
            ("citizen.commune", self.commune),
            ("citizen.province_code", self.province_box),
            ("agent.full_name", self.agent_name),
            ("agent.id_number", self.agent_id_number),
            ("agent.proof_document", self.agent_proof),
        ):
            errors.add(name, box)
        for widget in (
            self.full_name,
            self.birth_year,
            self.gender,
            self.id_kind,
            self.id_number,
            self.phone,
            self.address,
            self.commune,
            self.province,
            self.has_agent,
            self.agent_role,
            self.agent_name,
            self.agent_id_number,
            self.agent_phone,
            self.agent_proof,
        ):
            watch(widget, self.changed.emit, self.field_done.emit)
        self.birth_year.editingFinished.connect(self._recheck_id)

    # validation ------------------------------------------------------------------------------

    def _check_id(self, text: str) -> str | None:
        kind = self.id_kind.currentData()
        if kind in (IdKind.CCCD.value, IdKind.CMND.value):
            result = validate_citizen_id(text)
            return None if result.ok else message_text(result.message_vi)
        return None

    def _warn_id(self, text: str) -> str | None:
        """Birth year / CCCD mismatch is a warning only (FORMS.md §6.1)."""
        if self.id_kind.currentData() != IdKind.CCCD.value:
            return None
        year = self.birth_year.text().strip()
        if not (year.isdigit() and len(year) == 4):
            return None
        result = validate_citizen_id(text, int(year))
        return None if result.ok else message_text(result.message_vi)

    def _recheck_id(self) -> None:
        if self.id_number.text().strip():
            self.id_number.validate()
            info = decode_citizen_id("".join(ch for ch in self.id_number.text() if ch.isdigit()))
            if info is not None and not self.birth_year.text().strip():
                self.birth_year.setText(str(info.birth_year))

    def validate_all(self) -> bool:
        """Re-run every field check; True when nothing is wrong."""
        boxes = [self.full_name, self.birth_year, self.id_number, self.phone]
        if self.has_agent.isChecked():
            boxes += [self.agent_name, self.agent_id_number, self.agent_phone]
        return all([box.validate() for box in boxes])

    # existing citizen ------------------------------------------------------------------------

    def _identity_widgets(self) -> list[QWidget]:
        return [
            self.full_name,
            self.birth_year,
            self.gender,
            self.id_kind,
            self.id_number,
            self.phone,
            self.address,
            self.commune,
            self.province,
        ]

    def use_existing(self, match: Any) -> None:
        """Fill from a picked ``CitizenMatch``; a sealed denouncer's fields stay empty."""
        sealed = bool(getattr(match, "is_confidential", False))
        data: dict[str, Any] = {"citizen_id": str(match.id), "citizen_version": match.version}
        if not sealed:
            id_number = str(match.id_number or "")
            data.update(
                full_name=match.full_name,
                birth_year=str(match.birth_year or ""),
                id_kind=getattr(match, "id_kind", "")
                or (IdKind.CMND.value if len(id_number) == 9 else IdKind.CCCD.value),
                id_number=id_number,
                phone=match.phone,
                address=match.address,
                # a returning citizen: gender, commune and province come back too
                gender=getattr(match, "gender", None),
                commune=getattr(match, "commune", ""),
                province_code=getattr(match, "province_code", ""),
            )
        agent = self.to_dict()["agent"]
        self.load_dict({**data, "agent": agent})
        for widget in self._identity_widgets():
            widget.setEnabled(not sealed)
        visits = int(getattr(match, "visits", 0) or 0)
        text = (
            self.tr(
                "Citizen already on file (%1 visits). Changes made here update the file."
            ).replace("%1", str(visits))
            if not sealed
            else self.tr(
                "Denouncer already on file — the identity is kept confidential and not shown."
            )
        )
        self.existing.setText(text)
        self.existing.show()
        self.new_citizen.show()

    def forget_existing(self) -> None:
        """Stop using the picked record: the next save creates a new citizen."""
        was_sealed = not self.full_name.isEnabled()
        self.citizen_id = None
        for widget in self._identity_widgets():
            widget.setEnabled(True)
        if was_sealed:
            self.load_dict({"agent": self.to_dict()["agent"]})
        self.existing.hide()
        self.new_citizen.hide()
        self.changed.emit()

    # state -----------------------------------------------------------------------------------

    def set_sealed(self, sealed: bool) -> None:
        """Show the section as the sealed denouncer block (or back to normal)."""
        self.sealed = sealed
        self.setTitle(self.tr(SEALED_TITLE if sealed else OPEN_TITLE))
        self.sealed_note.setVisible(sealed)
        self.setStyleSheet(SEALED_STYLE if sealed else "")

    def to_dict(self) -> dict[str, Any]:
        """The section as plain data (for the draft and the save request)."""
        return {
            "citizen_id": self.citizen_id,
            "citizen_version": self.citizen_version if self.citizen_id else None,  # edited version
            "full_name": self.full_name.text(),
            "birth_year": self.birth_year.text(),
            "gender": self.gender.currentData(),
            "id_kind": self.id_kind.currentData(),
            "id_number": self.id_number.text(),
            "phone": self.phone.text(),
            "address": self.address.text(),
            "commune": self.commune.text(),
            "province_code": self.province.currentData(),
            "agent": {
                "enabled": self.has_agent.isChecked(),
                "role": self.agent_role.currentData(),
                "full_name": self.agent_name.text(),
                "id_number": self.agent_id_number.text(),
                "phone": self.agent_phone.text(),
                "proof_document": self.agent_proof.text(),
            },
        }

    def load_dict(self, data: dict[str, Any]) -> None:
        """Fill the section from :meth:`to_dict` output (a draft or a picked citizen)."""
        self.citizen_id = data.get("citizen_id")
        self.citizen_version = data.get("citizen_version")
        if not self.citizen_id:
            for widget in self._identity_widgets():
                widget.setEnabled(True)
            self.existing.hide()
            self.new_citizen.hide()
        self.full_name.setText(str(data.get("full_name") or ""))
        self.birth_year.setText(str(data.get("birth_year") or ""))
        set_combo(self.gender, data.get("gender") or "")
        set_combo(self.id_kind, data.get("id_kind") or "cccd")
        self.id_number.setText(str(data.get("id_number") or ""))
        self.phone.setText(str(data.get("phone") or ""))
        self.address.setText(str(data.get("address") or ""))
        self.commune.setText(str(data.get("commune") or ""))
        set_combo(self.province, data.get("province_code") or "")
        agent = data.get("agent") or {}
        self.has_agent.setChecked(bool(agent.get("enabled")))
        set_combo(self.agent_role, agent.get("role") or "proxy")
        self.agent_name.setText(str(agent.get("full_name") or ""))
        self.agent_id_number.setText(str(agent.get("id_number") or ""))
        self.agent_phone.setText(str(agent.get("phone") or ""))
        self.agent_proof.setText(str(agent.get("proof_document") or ""))
        if self.citizen_id and not self.existing.isVisibleTo(self):
            sealed = not self.full_name.text().strip()
            for widget in self._identity_widgets():
                widget.setEnabled(not sealed)
            self.existing.setText(
                self.tr(
                    "Denouncer already on file — the identity is kept confidential and not shown."
                )
                if sealed
                else self.tr("Citizen already on file. Changes made here update the file.")
            )
            self.existing.show()
            self.new_citizen.show()

    def is_empty(self) -> bool:
        """True when nothing identifying has been typed."""
        return not any(
            w.text().strip() for w in (self.full_name, self.id_number, self.phone, self.address)
        )

    def tab_chain(self) -> list[QWidget]:
        """Widgets in keyboard order."""
        chain: list[QWidget] = [
            self.full_name.edit,
            self.birth_year.edit,
            self.gender,
            self.id_kind,
            self.id_number.edit,
            self.phone.edit,
            self.address.edit,
            self.commune.edit,
            self.province,
            self.has_agent,
            self.agent_role,
            self.agent_name.edit,
            self.agent_id_number.edit,
            self.agent_phone.edit,
            self.agent_proof.edit,
        ]
        return chain
