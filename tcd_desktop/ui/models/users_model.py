"""The accounts table of the administrator screen."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.users import UserInfo
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.models.record_model import RecordTableModel
from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE

OBJECT_ROLE = RECORD_ROLE
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CONTEXT = "UsersTableModel"

HEADERS = (
    QT_TRANSLATE_NOOP("UsersTableModel", "User name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Position"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Agency, unit"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Roles"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Status"),
)
COL_USERNAME, COL_NAME, COL_TITLE, COL_UNIT, COL_ROLES, COL_STATE = range(len(HEADERS))
INACTIVE_COLOUR = QColor("#757575")

__all__ = ["COL_USERNAME", "ID_ROLE", "OBJECT_ROLE", "SORT_ROLE", "UsersTableModel"]


def role_labels(roles: tuple[str, ...]) -> str:
    """Names of role values, in the enum's order."""
    return ", ".join(enum_label(r) for r in Role if r.value in roles)


def state_text(user: UserInfo, now: dt.datetime | None = None) -> str:
    """Active / Inactive / Locked until …, with the sample marker."""
    now = now or dt.datetime.now(dt.UTC)
    if not user.is_active:
        text = QCoreApplication.translate("UsersTableModel", "Inactive")
    elif user.locked_until is not None and user.locked_until > now:
        until = user.locked_until.astimezone(VN_TZ)
        text = QCoreApplication.translate("UsersTableModel", "Locked until %1").replace(
            "%1", f"{until:%H:%M %d/%m/%Y}"
        )
    else:
        text = QCoreApplication.translate("UsersTableModel", "Active")
    if user.is_sample:
        return QCoreApplication.translate("UsersTableModel", "%1 (sample)").replace("%1", text)
    return text


class UsersTableModel(RecordTableModel):
    """Accounts with their roles and unit; ``RECORD_ROLE`` gives the :class:`UserInfo`."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: dict[str, str] = {}

    def set_users(self, users: list[UserInfo], unit_names: dict[str, str]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._units = dict(unit_names)
        self._records = list(users)
        self.endResetModel()

    def update_user(self, user: UserInfo) -> int:
        """Replace one account's row (after a change); returns its row or -1."""
        return self.replace_record(user)

    def user(self, row: int) -> UserInfo:
        """The account at ``row``."""
        return self._records[row]

    def row_of(self, key: Any) -> int:
        """Row of the account with this user name (or id), or -1."""
        return next((i for i, u in enumerate(self._records) if key in (u.username, u.id)), -1)

    def cell(self, user: UserInfo, column: int, role: int) -> Any:
        """Cell text (also the sort key), grey for inactive accounts."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if user.is_active else QBrush(INACTIVE_COLOUR)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == COL_USERNAME:
            return user.username
        if column == COL_NAME:
            return user.full_name
        if column == COL_TITLE:
            return user.title
        if column == COL_UNIT:
            return self._units.get(str(user.unit_id), "") if user.unit_id else ""
        if column == COL_ROLES:
            return role_labels(user.roles)
        return state_text(user)
