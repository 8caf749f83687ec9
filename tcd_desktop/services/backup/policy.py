"""The backup policy: where backups go, how many are kept, when the window warns.

One place for these settings; the settings screen stores them (the lead connects
:class:`BackupPolicy` to the settings table), everything else reads a ``BackupPolicy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.store.sqlite_backup import Retention, default_backup_dir


@dataclass(frozen=True)
class BackupPolicy:
    """Backup folder (a USB disk or network share chosen by the administrator), rotation
    7 daily / 4 weekly / 12 monthly, and the age after which the main window warns."""

    folder: Path | None = None
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    max_age_days: int = 3
    auto_at_start: bool = True

    def backup_folder(self) -> Path:
        """The chosen folder, or ``<data folder>/backups`` until one is chosen."""
        return self.folder if self.folder is not None else default_backup_dir()

    def retention(self) -> Retention:
        """The rotation counts for :func:`tcd_desktop.store.sqlite_backup.rotate`."""
        return Retention(self.keep_daily, self.keep_weekly, self.keep_monthly)


DEFAULT_POLICY = BackupPolicy()


def configured_policy() -> BackupPolicy:
    """The policy the administrator set on the "Cài đặt" page (``backup/*`` settings)."""
    from tcd_desktop.config import settings

    folder = settings.get_str(settings.BACKUP_FOLDER).strip()
    return BackupPolicy(
        folder=Path(folder).expanduser() if folder else None,
        keep_daily=settings.get_int(settings.BACKUP_KEEP_DAILY),
        keep_weekly=settings.get_int(settings.BACKUP_KEEP_WEEKLY),
        keep_monthly=settings.get_int(settings.BACKUP_KEEP_MONTHLY),
        max_age_days=settings.get_int(settings.BACKUP_WARN_AFTER_DAYS),
    )
