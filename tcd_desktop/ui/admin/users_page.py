"""Administrator screen: accounts, their roles and units, deactivation, unlocking, passwords.

Only an administrator sees the controls; anyone else sees a one-line explanation (the
services refuse anyway). Every change runs in the background and updates only its row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, users
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ServiceError, ValidationFailed
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users import ops as users_ops
from tcd_desktop.ui.admin.user_dialog import NewUserDialog, RoleChecks, unit_combo
from tcd_desktop.ui.desk_messages import field_messages, service_message
from tcd_desktop.ui.models.users_model import COL_USERNAME, OBJECT_ROLE, SORT_ROLE, UsersTableModel
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.choices import set_combo
from tcd_desktop.ui.widgets.page import ScreenPage

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "AdminUsersPage", "Only a system administrator account may manage user accounts."
)


class AdminUsersPage(ScreenPage):
    """Accounts: add, deactivate/reactivate, unlock, roles, unit, password reset."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("adminUsersPage")
        self.allowed = actor.has(Role.ADMINISTRATOR)
        self.units: list[board.Choice] = []
        self.dialog: NewUserDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("User accounts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.message_bar)
        if not self.allowed:
            note = QLabel(self.tr(NOT_ALLOWED))
            note.setObjectName("notAllowed")
            layout.addWidget(note)
            layout.addStretch(1)
            return

        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.open_new_user)
        self.show_inactive = QCheckBox(self.tr("Show inactive accounts too"))
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)

        self.model = UsersTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("usersTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_USERNAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._selected)

        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(self._build_detail(), 2)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.listen(bus.changed, self._on_changed)
        self.run_task(lambda: board.load_filter_options(db, actor), self._units_loaded)

    def _build_detail(self) -> QWidget:
        self.detail = QGroupBox(self.tr("Selected account"))
        self.detail.setObjectName("userDetail")
        self.detail_name = QLabel()
        self.detail_name.setObjectName("detailName")
        self.detail_name.setWordWrap(True)
        self.roles = RoleChecks(self.tr("Roles"))
        self.unit = unit_combo([], "detailUnit")
        self.save_button = QPushButton(self.tr("Save roles and unit"))
        self.save_button.setObjectName("saveRoles")
        self.save_button.clicked.connect(self.save_roles_and_unit)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("Unlock sign-in"))
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.clicked.connect(self.unlock)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("resetPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("New password"))
        self.reset_button = QPushButton(self.tr("Reset password"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.clicked.connect(self.reset_password)

        form = QFormLayout()
        form.addRow(self.tr("Agency, unit"), self.unit)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password, 1)
        password_row.addWidget(self.reset_button)
        layout = QVBoxLayout(self.detail)
        layout.addWidget(self.detail_name)
        layout.addWidget(self.roles)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addSpacing(8)
        layout.addWidget(self.active_button)
        layout.addWidget(self.unlock_button)
        layout.addLayout(password_row)
        layout.addStretch(1)
        self.detail.setEnabled(False)
        return self.detail

    # loading ------------------------------------------------------------------------------------

    def _units_loaded(self, options: board.FilterOptions) -> None:
        self.units = list(options.units)
        self.unit.clear()
        self.unit.addItem(self.tr("— No unit —"), None)
        for unit in self.units:
            self.unit.addItem(unit.label, unit.key)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the accounts again."""
        db, actor, inactive = self.db, self.actor, self.show_inactive.isChecked()

        def work() -> list[users.UserInfo]:
            return users_ops.list_accounts(db, actor, include_inactive=inactive)

        self.run_task(work, self._show_users)

    def _show_users(self, found: list[users.UserInfo]) -> None:
        selected = self.selected_user()
        self.model.set_users(found, {u.key: u.label for u in self.units})
        if selected is not None:
            self.select_username(selected.username)

    def _on_changed(self, entity: str, _ids: Any) -> None:
        if entity == "user":
            self.reload()

    # selection ----------------------------------------------------------------------------------

    def selected_user(self) -> users.UserInfo | None:
        """The account shown in the detail panel."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    def select_username(self, username: str) -> None:
        """Select an account by username."""
        row = self.model.row_of(username)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_args: object) -> None:
        user = self.selected_user()
        self.detail.setEnabled(user is not None)
        if user is None:
            self.detail_name.clear()
            return
        self.detail_name.setText(f"<b>{user.full_name}</b> ({user.username})")
        self.roles.set_roles(user.roles)
        set_combo(self.unit, str(user.unit_id) if user.unit_id else None)
        self.active_button.setText(
            self.tr("Deactivate") if user.is_active else self.tr("Reactivate")
        )
        self.unlock_button.setEnabled(user.locked_until is not None or user.failed_attempts > 0)
        self.active_button.setEnabled(user.id != self.actor.user_id)

    # changes ------------------------------------------------------------------------------------

    def _change(self, work: Callable[[], Any], done: str) -> None:
        if self.selected_user() is None:
            return

        def finished(info: users.UserInfo) -> None:
            self.model.update_user(info)
            self._selected()
            self.message_bar.show_message(f"{done}: {info.username}.", "success")

        self.run_task(work, finished)

    @Slot()
    def save_roles_and_unit(self) -> None:
        """Store the ticked roles and the chosen unit of the selected account."""
        user = self.selected_user()
        if user is None:
            return
        db, actor, roles = self.db, self.actor, self.roles.roles()
        unit = self.unit.currentData()
        unit_id = uuid.UUID(unit) if unit else None
        self._change(
            lambda: users_ops.save_roles_and_unit(db, actor, user.id, roles, unit_id),
            self.tr("Roles and unit saved"),
        )

    @Slot()
    def toggle_active(self) -> None:
        """Deactivate an active account, or reactivate an inactive one."""
        user = self.selected_user()
        if user is None:
            return
        db, actor, active = self.db, self.actor, not user.is_active
        self._change(
            lambda: users_ops.set_account_active(db, actor, user.id, active),
            self.tr("Reactivated") if active else self.tr("Deactivated"),
        )

    @Slot()
    def unlock(self) -> None:
        """Lift the sign-in lock of the selected account."""
        user = self.selected_user()
        if user is not None:
            db, actor = self.db, self.actor
            self._change(lambda: users_ops.unlock_account(db, actor, user.id), self.tr("Unlocked"))

    @Slot()
    def reset_password(self) -> None:
        """Give the selected account a new password."""
        user = self.selected_user()
        if user is None:
            return
        actor, password, db = self.actor, self.new_password.text(), self.db

        def work() -> Any:
            return users_ops.reset_password(db, actor, user.id, password)

        def done(_result: None) -> None:
            self.new_password.clear()
            self.message_bar.show_message(
                self.tr("Password of %1 reset.").replace("%1", user.username), "success"
            )

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, ValidationFailed):
                self.message_bar.show_error(" ".join(field_messages(exc.field_errors).values()))
            else:
                self.show_failure(exc, tb)

        self.run_task(work, done, failed)

    # new account --------------------------------------------------------------------------------

    @Slot()
    def open_new_user(self) -> None:
        """Show the "add account" dialog (window-modal, not blocking)."""
        self.dialog = NewUserDialog(self.units, self)
        self.dialog.submitted.connect(self._create)
        self.dialog.open()

    def _create(self, new: users.NewUser) -> None:
        dialog, actor, db = self.dialog, self.actor, self.db
        assert dialog is not None

        def work() -> Any:
            return users_ops.add_account(db, actor, new)

        def done(info: users.UserInfo) -> None:
            dialog.accept()
            self.message_bar.show_message(
                self.tr("Account %1 created.").replace("%1", info.username), "success"
            )
            self.reload()

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, ValidationFailed):
                dialog.show_errors(field_messages(exc.field_errors))
            elif isinstance(exc, ServiceError):
                dialog.show_failure(service_message(exc))
            else:
                dialog.show_failure(self.tr("Unexpected error."))
                self.show_failure(exc, tb)

        self.run_task(work, done, failed)
