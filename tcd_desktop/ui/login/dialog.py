"""The sign-in dialog.

The password check (argon2) and the audit entry run off the GUI thread. A wrong password,
a locked or a deactivated account shows the service's own Vietnamese message (including
how long the account stays locked); the username stays, the password is cleared.

Enter always signs in: neither button is an "auto default" button, so the quit button can
never become the default when focus passes over it while the sign-in button is disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services import setup, users
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldMessage
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded

SAMPLE_BADGE_STYLE = (
    "background: #c62828; color: white; font-weight: bold; padding: 3px 8px; border-radius: 3px;"
)


class LoginDialog(QDialog):
    """Asks for a username and password; after ``exec()`` returns Accepted, ``actor`` is set."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        username: str = "",
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        self.db = db
        self.actor: Actor | None = None
        self.runner = runner or BackgroundRunner(self)

        self.office = QLabel(self.tr("Citizen reception"))
        self.office.setObjectName("loginOffice")
        self.office.setWordWrap(True)
        font = self.office.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.office.setFont(font)
        self.sample_badge = QLabel(self.tr("SAMPLE DATA — do not enter real citizens' information"))
        self.sample_badge.setObjectName("loginSampleBadge")
        self.sample_badge.setStyleSheet(SAMPLE_BADGE_STYLE)
        self.sample_badge.hide()
        self.sample_hint = QLabel(
            self.tr("Sample accounts: %1 — password %2")
            .replace("%1", ", ".join(name for name, *_ in setup.SAMPLE_USERS))
            .replace("%2", setup.SAMPLE_PASSWORD)
        )
        self.sample_hint.setObjectName("loginSampleHint")
        self.sample_hint.setWordWrap(True)
        self.sample_hint.hide()

        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.username.setPlaceholderText(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.message = FieldMessage(self, wrap=True)
        self.message.setObjectName("loginMessage")

        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quitButton")
        for button in (self.sign_in_button, self.quit_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.username.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addWidget(self.sample_badge)
        layout.addWidget(self.sample_hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

        run_guarded(
            self, self.runner, lambda: setup.office_heading(db), self._show_heading, self._failed
        )

    @classmethod
    def ask(
        cls, db: Database, parent: QWidget | None = None, *, username: str = ""
    ) -> Actor | None:
        """Show the dialog modally; the signed-in actor, or None when the user quit."""
        dialog = cls(db, parent, username=username)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.actor if accepted else None

    def _show_heading(self, heading: tuple[str, bool]) -> None:
        office, is_sample = heading
        if office:
            self.office.setText(office)
        self.sample_badge.setVisible(is_sample)
        self.sample_hint.setVisible(is_sample)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere in the dialog signs in; Escape still quits."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.sign_in_button.isEnabled():
                self.submit()
            return
        super().keyPressEvent(event)

    @Slot()
    def submit(self) -> None:
        """Check the credentials in the background."""
        if not self.sign_in_button.isEnabled():
            return  # a check is already running
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.message.show_message(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if not password:
            self.message.show_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self._busy(True)
        self.message.show_message(self.tr("Checking…"), "warning")
        db = self.db

        def work() -> Actor:
            return users.sign_in_at_desk(db, username, password)

        run_guarded(self, self.runner, work, self._signed_in, self._failed)

    def _signed_in(self, actor: Actor) -> None:
        self._busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self._busy(False)
        message = expected_message(exc)
        if message is not None:
            self.message.show_message(message)
        else:
            self.message.show_message(self.tr("Unexpected error while signing in."))
            report_bug(exc)
            return
        self.password.clear()
        self.password.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
