"""Tệp → Cài đặt…: the administrator's page of this computer's settings."""

from tcd_desktop.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
