"""The signed-in session: sign out, switch user, change one's password, lock when idle.

The actions sit in the File menu (Tệp). Signing out or switching user first asks about
unsaved input (the window's close guards), then takes the screens down and asks who signs
in; the new user gets the screens of their roles. After the inactivity time the
administrator set (the setting ``security/lock_after_minutes``, 15 by default, 0 = never) the
window hides its content and only the same user's password unlocks it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.config import settings
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users import ops as users_ops
from tcd_desktop.services.users.signin import return_to_desk_login
from tcd_desktop.ui.login import LoginDialog
from tcd_desktop.ui.main_window import SCREENS, MainWindow, PlaceholderPage
from tcd_desktop.ui.shell import Screens, install_screens
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldMessage
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded

log = logging.getLogger(__name__)

INACTIVITY_KEY = settings.LOCK_AFTER_MINUTES.key
DEFAULT_INACTIVITY_MINUTES = int(settings.LOCK_AFTER_MINUTES.default)
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)

#: shows a sign-in dialog; returns the signed-in actor or None (tests replace it)
AskLogin = Callable[[Database, QWidget, str, bool], "Actor | None"]


def inactivity_minutes() -> int:
    """Minutes without keyboard or mouse before the session locks (0: never)."""
    return max(0, settings.get_int(settings.LOCK_AFTER_MINUTES))


def ask_login(db: Database, parent: QWidget, username: str, locked: bool) -> Actor | None:
    """The sign-in dialog, modal; with ``locked`` the username cannot be changed."""
    dialog = LoginDialog(db, parent, username=username)
    if locked:
        dialog.username.setReadOnly(True)
        dialog.setWindowTitle(dialog.tr("Locked — sign in again"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.actor if accepted else None


class InactivityWatch(QObject):
    """Emits :attr:`timed_out` after ``minutes`` without keyboard or mouse input."""

    timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timed_out)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the time (0 switches the lock off)."""
        self.minutes = minutes
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.restart()

    def restart(self) -> None:
        """Start counting again from now."""
        if self.minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class ChangePasswordDialog(QDialog):
    """Change one's own password: the current one, the new one twice."""

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, runner=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.db, self.actor = db, actor
        self.runner = runner or BackgroundRunner(self)
        self.current, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (
            ("currentPassword", self.current),
            ("newPassword", self.new),
            ("repeatPassword", self.repeat),
        ):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        self.message = FieldMessage(self, wrap=True)
        self.message.setObjectName("changePasswordMessage")
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change password"))
        self.ok.setObjectName("changePasswordOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def submit(self) -> None:
        """Check the input here, then change the password in the background."""
        if self.new.text() != self.repeat.text():
            self.message.show_message(self.tr("The two new passwords differ."))
            self.repeat.setFocus()
            return
        db, actor = self.db, self.actor
        current, new = self.current.text(), self.new.text()

        def work() -> object:
            return users_ops.change_own_password(db, actor, current, new)

        self.ok.setEnabled(False)
        self.message.show_message(None)
        run_guarded(self, self.runner, work, self._done, self._failed)

    def _done(self, _result: None) -> None:
        self.ok.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.ok.setEnabled(True)
        message = expected_message(exc)
        if message is None:
            report_bug(exc)
            message = self.tr("Unexpected error; it was logged.")
        self.message.show_message(message)


class SessionController(QObject):
    """File-menu session actions of one main window, and the inactivity lock."""

    #: the signed-in user changed (a new :class:`Screens`); None after signing out for good
    session_changed = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        db: Database,
        screens: Screens,
        *,
        login: AskLogin = ask_login,
    ) -> None:
        super().__init__(window)
        self.window, self.db, self.screens = window, db, screens
        self.login = login
        self.locked = False
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.switch_action = QAction(self.tr("S&witch user…"), self)
        self.switch_action.triggered.connect(self.switch_user)
        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        window.add_session_actions(
            [self.password_action, self.lock_action, self.switch_action, self.sign_out_action]
        )
        self.watch = InactivityWatch(inactivity_minutes(), self)
        self.watch.timed_out.connect(self.lock)

    @property
    def actor(self) -> Actor:
        """Who is signed in."""
        return self.screens.actor

    @Slot()
    def change_password(self) -> None:
        """Ask for the current and the new password."""
        dialog = ChangePasswordDialog(self.db, self.actor, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    def _end_session(self) -> None:
        for dialog in list(self.screens.case_windows.values()):
            dialog.close()
        self.window.close_guards.clear()
        for entry in SCREENS:
            self.window.set_page(entry.key, PlaceholderPage(entry))
            self.window.set_screen_visible(entry.key, True)
        self.window.user_label.hide()

    def _start(self, actor: Actor) -> None:
        self.screens = install_screens(self.window, self.db, actor)
        self.watch.restart()
        self.session_changed.emit(self.screens)

    @Slot()
    def sign_out(self) -> bool:
        """Ask about unsaved input, take the screens down, ask who signs in next.

        Closing the sign-in dialog then closes the application.
        """
        if not self.window.ask_close_guards():
            return False
        self._end_session()
        try:  # networked office: the next sign-in is checked as the desk, not as the last user
            return_to_desk_login(self.db)
        except Exception:  # the server went away: the sign-in dialog says so when it is used
            log.warning("could not return to the desk's login", exc_info=True)
        actor = self.login(self.db, self.window, "", False)
        if actor is None:
            self.session_changed.emit(None)
            self.window.close()
            return True
        self._start(actor)
        return True

    @Slot()
    def switch_user(self) -> bool:
        """Another officer signs in at this desk; cancelled, the current user stays."""
        if not self.window.ask_close_guards():
            return False
        actor = self.login(self.db, self.window, "", False)
        if actor is None:
            return False
        self._end_session()
        self._start(actor)
        return True

    @Slot()
    def lock(self) -> None:
        """Hide the screens until the same user signs in again (or quit)."""
        if self.locked:
            return
        self.locked = True
        self.watch.timer.stop()
        central = self.window.centralWidget()
        central.hide()
        hidden = [d for d in self.screens.case_windows.values() if d.isVisible()]
        for dialog in hidden:
            dialog.hide()
        actor = self.login(self.db, self.window, self.actor.username, True)
        if actor is None or actor.user_id != self.actor.user_id:
            self.locked = False
            self.window.close_guards.clear()  # the drafts keep what was typed
            self.window.close()
            return
        self.locked = False
        central.show()
        for dialog in hidden:
            dialog.show()
        self.watch.restart()
