"""The administrator's "Sao lưu" page: last backup, folder, "Back up now", the audit anchor,
and how to restore.

Backing up runs off the GUI thread. The folder chosen here is used for this session and
announced with :attr:`BackupPage.folder_chosen` (the settings store keeps it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.backup import (
    BackupError,
    BackupPolicy,
    BackupResult,
    BackupStatus,
    backup_now,
    backup_page_state,
    configured_policy,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.desk_messages import service_message
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.page import ScreenPage


def local_time(when: dt.datetime) -> str:
    """``dd/mm/yyyy HH:MM`` in the computer's time zone."""
    return when.astimezone().strftime("%d/%m/%Y %H:%M")


class BackupPage(ScreenPage):
    """Backups of the open database, for the administrator."""

    folder_chosen = Signal(Path)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        policy: BackupPolicy | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("backupPage")
        self.policy = policy = policy or configured_policy()
        self.folder_chosen.connect(_remember_folder)
        self.allowed = actor.has(Role.ADMINISTRATOR)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Backup"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.message_bar)

        box = QGroupBox(self.tr("Backups of this database"))
        form = QFormLayout(box)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        keep = self.tr(
            "Automatic at start (once a day) and before every upgrade; keeps %1 daily, "
            "%2 weekly and %3 monthly backups."
        )
        keep = (
            keep.replace("%1", str(policy.keep_daily))
            .replace("%2", str(policy.keep_weekly))
            .replace("%3", str(policy.keep_monthly))
        )
        form.addRow(self.tr("Last backup:"), self.last_label)
        form.addRow(self.tr("Folder:"), self.folder_label)
        rule = QLabel(keep)
        rule.setWordWrap(True)
        form.addRow(self.tr("Schedule:"), rule)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(box)

        anchor_box = QGroupBox(self.tr("Audit anchor"))
        anchor_layout = QVBoxLayout(anchor_box)
        self.anchor_label = QLabel()
        self.anchor_label.setObjectName("anchorLine")
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anchor_label.setStyleSheet("font-family: monospace;")
        explain = QLabel(
            self.tr(
                "The anchor is the end of the audit trail at this moment. Every backup writes it "
                "beside the backup file. Print it or copy it and keep it away from this computer: "
                "'tcd-desktop audit verify --anchor' then proves that no entry made before it was "
                "changed, removed or added since."
            )
        )
        explain.setWordWrap(True)
        anchor_layout.addWidget(self.anchor_label)
        anchor_layout.addWidget(explain)
        layout.addWidget(anchor_box)

        restore_box = QGroupBox(self.tr("Restoring a backup"))
        restore_layout = QVBoxLayout(restore_box)
        steps = QLabel(
            self.tr(
                "1. Close TCD Desktop on every computer that uses this database.\n"
                "2. On this computer, as an administrator, run:\n"
                "    tcd-desktop restore BACKUP-FILE --user YOUR-NAME --password-stdin\n"
                "3. The backup is checked first (integrity, version); a backup from a newer version "
                "is refused. The data it replaces is kept beside the database file "
                "(….replaced-DATE).\n"
                "4. Open TCD Desktop again and check the latest visits; enter again what was "
                "recorded after the backup was made."
            )
        )
        steps.setWordWrap(True)
        steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        restore_layout.addWidget(steps)
        layout.addWidget(restore_box)
        layout.addStretch(1)

        if not self.allowed:
            self.backup_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            self.message_bar.show_message(
                self.tr("Only an administrator can make backups."), "info"
            )
        self.refresh()

    # state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the backup folder and the audit anchor again (off the GUI thread)."""
        db, actor, policy = self.db, self.actor, self.policy
        self.run_task(lambda: backup_page_state(db, actor, policy), self._show_state)

    def _show_state(self, state: tuple[BackupStatus, str]) -> None:
        status, anchor = state
        self.folder_label.setText(str(status.folder))
        if status.last is None:
            text = self.tr("none yet in this folder")
        else:
            text = local_time(status.last)
        if status.overdue:
            text += "  " + self.tr("(older than %1 days: back up now)").replace(
                "%1", str(status.max_age_days)
            )
            self.last_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.last_label.setStyleSheet("")
        self.last_label.setText(text)
        self.anchor_label.setText(anchor)

    # actions -----------------------------------------------------------------------------

    @Slot()
    def back_up_now(self) -> None:
        """Make a backup into the folder now."""
        db, actor, policy = self.db, self.actor, self.policy
        self.backup_button.setEnabled(False)
        self.message_bar.show_message(self.tr("Backing up…"), "info")
        self.run_task(lambda: backup_now(db, actor, policy), self._done, self._failed)

    def _done(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(self.allowed)
        self.message_bar.show_message(
            self.tr("Backup written to %1.").replace("%1", str(result.path)), "info"
        )
        self.refresh()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.backup_button.setEnabled(self.allowed)
        if isinstance(exc, BackupError):
            self.message_bar.show_error(service_message(exc))
        else:
            self.show_failure(exc, tb)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Backup folder (a USB disk or a network share)"),
            str(self.policy.backup_folder()),
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        """Use ``folder`` for backups from now on (announced for the settings to keep)."""
        self.policy = dataclasses.replace(self.policy, folder=folder)
        self.folder_chosen.emit(folder)
        self.refresh()


def _remember_folder(folder: Path) -> None:
    """Keep the chosen backup folder in the settings (the "Cài đặt" page shows it too)."""
    from tcd_desktop.config import settings

    settings.set_value(settings.BACKUP_FOLDER, str(folder))
