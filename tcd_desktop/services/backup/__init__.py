"""Backups and restores: SQLite through the online backup API, PostgreSQL through
``pg_dump``/``pg_restore``; automatic once a day and before every schema upgrade; rotated;
each with the audit anchor beside it."""

from tcd_desktop.services.backup.policy import DEFAULT_POLICY, BackupPolicy, configured_policy
from tcd_desktop.services.backup.service import (
    BackupError,
    BackupResult,
    BackupStatus,
    auto_backup_if_due,
    backup_now,
    backup_page_state,
    backup_status,
    startup_backup_check,
)

__all__ = [
    "DEFAULT_POLICY",
    "BackupError",
    "BackupPolicy",
    "BackupResult",
    "BackupStatus",
    "auto_backup_if_due",
    "backup_now",
    "backup_page_state",
    "backup_status",
    "configured_policy",
    "startup_backup_check",
]
