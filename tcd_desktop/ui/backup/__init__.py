"""The administrator's backup page and the start-up backup check."""

from tcd_desktop.ui.backup.page import BackupPage
from tcd_desktop.ui.backup.startup import start_backup_check, warning_text

__all__ = ["BackupPage", "start_backup_check", "warning_text"]
