"""Adding an account: username, name, title, unit, roles and a first password."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.board import Choice
from tcd_desktop.services.users import NewUser
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors, FieldMessage


class RoleChecks(QGroupBox):
    """One checkbox per role."""

    changed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        if not title:
            self.setTitle(self.tr("Roles"))
        self.boxes: dict[str, QCheckBox] = {}
        self._error = ""
        layout = QVBoxLayout(self)
        for role in Role:
            box = QCheckBox(enum_label(role))
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(lambda _c: self.changed.emit())
            self.boxes[role.value] = box
            layout.addWidget(box)

    def roles(self) -> tuple[str, ...]:
        """The ticked role values."""
        return tuple(value for value, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: Sequence[str]) -> None:
        """Tick exactly ``roles``."""
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in roles)
            box.blockSignals(False)

    def set_error(self, message: str | None) -> None:
        """Errors about roles show in the group title's tooltip and a red frame."""
        self.setStyleSheet("QGroupBox { border: 1px solid #b71c1c; }" if message else "")
        self.setToolTip(message or "")
        self._error = message or ""

    def error(self) -> str:
        """The error shown now."""
        return self._error


def unit_combo(units: Sequence[Choice], name: str) -> QComboBox:
    """A combo of units with "no unit" first."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(QCoreApplication.translate("UserDialog", "— No unit —"), None)
    for unit in units:
        box.addItem(unit.label, unit.key)
    return box


class NewUserDialog(QDialog):
    """Collects a :class:`NewUser`; the page saves it and shows service errors here."""

    submitted = Signal(object)

    def __init__(self, units: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("Add account"))
        self.errors = FieldErrors()
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newTitle")
        self.unit = unit_combo(units, "newUnit")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        self.password2 = QLineEdit()
        self.password2.setObjectName("newPassword2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = RoleChecks()
        self.message = FieldMessage(self, wrap=True)

        form = QFormLayout()
        for label, key, widget in (
            (self.tr("Username *"), "username", self.username),
            (self.tr("Full name *"), "full_name", self.full_name),
            (self.tr("Title"), "title", self.title_edit),
            (self.tr("Agency, unit"), "unit_id", self.unit),
            (self.tr("Password *"), "password", self.password),
            (self.tr("Password again *"), "password2", self.password2),
        ):
            box = FieldBox(widget)
            self.errors.add(key, box)
            form.addRow(label, box)
        self.errors.add("roles", self.roles)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Create account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("createUser")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.roles)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def _submit(self) -> None:
        self.errors.clear()
        self.message.show_message(None)
        if self.password.text() != self.password2.text():
            self.errors.show({"password2": self.tr("The two passwords differ.")})
            return
        unit = self.unit.currentData()
        self.save_button.setEnabled(False)
        self.submitted.emit(
            NewUser(
                username=self.username.text(),
                full_name=self.full_name.text(),
                password=self.password.text(),
                roles=self.roles.roles(),
                title=self.title_edit.text(),
                unit_id=uuid.UUID(unit) if unit else None,
            )
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Service errors next to the fields (the rest under the form)."""
        self.save_button.setEnabled(True)
        leftover = self.errors.show(errors)
        if leftover:
            self.message.show_message(" ".join(leftover.values()))

    def show_failure(self, message: str) -> None:
        """A problem that is not about one field."""
        self.save_button.setEnabled(True)
        self.message.show_message(message)
