"""At start-up: the daily automatic backup, off the GUI thread, then the main window's
warning when the last backup is older than the policy allows."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from tcd_desktop.services.backup import (
    BackupPolicy,
    BackupStatus,
    configured_policy,
    startup_backup_check,
)
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.tasks import BackgroundRunner

log = logging.getLogger(__name__)


def warning_text(status: BackupStatus) -> str:
    """The main window's warning for ``status`` ("" when the last backup is recent)."""
    if not status.overdue:
        return ""
    if status.last is None:
        return QCoreApplication.translate("Backup", "No backup yet: ask the administrator")
    return QCoreApplication.translate(
        "Backup", "Last backup older than %1 days: ask the administrator"
    ).replace("%1", str(status.max_age_days))


def start_backup_check(
    window: Any, db: Database, runner: BackgroundRunner, policy: BackupPolicy | None = None
) -> None:
    """Run the automatic backup (at most once a day) and show a warning if it is overdue."""
    policy = policy or configured_policy()

    def failed(exc: BaseException, tb: str) -> None:
        log.error("backup check failed:\n%s", tb)

    runner.run(
        partial(startup_backup_check, db, SYSTEM, policy),
        lambda status: window.set_backup_warning(warning_text(status)),
        failed,
    )
