"""Administrator screens: user accounts."""

from tcd_desktop.ui.admin.users_page import AdminUsersPage

__all__ = ["AdminUsersPage"]
