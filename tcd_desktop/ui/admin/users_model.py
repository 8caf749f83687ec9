"""The accounts table of the administrator screen."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.users import UserInfo

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

HEADERS = (
    QT_TRANSLATE_NOOP("UsersTableModel", "Username"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Title"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Agency, unit"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Roles"),
    QT_TRANSLATE_NOOP("UsersTableModel", "State"),
)
COL_USERNAME, COL_NAME, COL_TITLE, COL_UNIT, COL_ROLES, COL_STATE = range(len(HEADERS))
INACTIVE_COLOUR = QColor("#757575")


def role_labels(roles: tuple[str, ...]) -> str:
    """Vietnamese labels of role values, in the enum's order."""
    return ", ".join(r.label_vi for r in Role if r.value in roles)


def state_text(user: UserInfo, now: dt.datetime | None = None) -> str:
    """Đang hoạt động / Ngừng hoạt động / Tạm khoá đến …, with the sample marker."""
    now = now or dt.datetime.now(dt.UTC)
    if not user.is_active:
        text = QCoreApplication.translate("UsersTableModel", "Inactive")
    elif user.locked_until is not None and user.locked_until > now:
        until = f"{user.locked_until.astimezone(VN_TZ):%H:%M %d/%m/%Y}"
        text = QCoreApplication.translate("UsersTableModel", "Locked until %1").replace("%1", until)
    else:
        text = QCoreApplication.translate("UsersTableModel", "Active")
    if not user.is_sample:
        return text
    return QCoreApplication.translate("UsersTableModel", "%1 (sample)").replace("%1", text)


class UsersTableModel(QAbstractTableModel):
    """Accounts with their roles and unit; ``OBJECT_ROLE`` gives the :class:`UserInfo`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self._units: dict[str, str] = {}

    def set_users(self, users: list[UserInfo], unit_names: dict[str, str]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._users = list(users)
        self._units = dict(unit_names)
        self.endResetModel()

    def update_user(self, user: UserInfo) -> int:
        """Replace one account's row (after a change); returns its row or -1."""
        for row, old in enumerate(self._users):
            if old.id == user.id:
                self._users[row] = user
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
                return row
        return -1

    def user(self, row: int) -> UserInfo:
        """The account at ``row``."""
        return self._users[row]

    def row_of(self, username: str) -> int:
        """Row of ``username`` or -1."""
        return next((i for i, u in enumerate(self._users) if u.username == username), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of accounts."""
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, grey for inactive accounts; the account for ``OBJECT_ROLE``."""
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        if role == OBJECT_ROLE:
            return user
        if role == ID_ROLE:
            return str(user.id)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if user.is_active else QBrush(INACTIVE_COLOUR)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        column = index.column()
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Vietnamese headers."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None
