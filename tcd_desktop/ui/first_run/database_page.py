"""First run on a new computer, before any database is opened: where the data lives.

"Only this computer" keeps the data in an SQLite file in a folder the office picks (the user
data folder by default). "The office server" uses a PostgreSQL database shared by the desks:
host, port, database, account and password, with a connection test that says in Vietnamese
what is wrong (:mod:`tcd_desktop.store.connection_check`, through the setup service). The choice
is stored as the ``database/url`` setting, so the next start opens the same database without
asking.

On a laptop the data file may be encrypted (SQLCipher): a passphrase typed twice. Only the
URL is stored; the passphrase is kept in this process for the first opening and asked for at
every later start (:mod:`tcd_desktop.ui.passphrase_dialog`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.config import settings
from tcd_desktop.config.paths import (
    DATABASE_FILENAME,
    DATABASE_URL_ENV,
    default_database_path,
    sqlite_url,
    user_data_dir,
)
from tcd_desktop.services import encrypted_file
from tcd_desktop.services.setup import Problem, ServerCheck, check_server, server_url
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldBox

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b71c1c;"


def needs_database_choice(cli_database: str | None) -> bool:
    """True on a computer that has never opened a database and was not told which one."""
    if (cli_database or "").strip() or os.environ.get(DATABASE_URL_ENV, "").strip():
        return False
    return not settings.is_set(settings.DATABASE_URL) and not default_database_path().exists()


def choose_database_if_new(cli_database: str | None, parent: QWidget | None = None) -> bool:
    """Ask where the data lives on a new computer; False when the user quit instead."""
    if not needs_database_choice(cli_database):
        return True
    return DatabaseChoiceDialog(parent).exec() == QDialog.DialogCode.Accepted


class DatabaseChoiceDialog(QDialog):
    """ "Chỉ máy này" (SQLite file) or "Máy chủ của cơ quan" (PostgreSQL); sets ``url``."""

    def __init__(
        self, parent: QWidget | None = None, *, runner: BackgroundRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("databaseChoiceDialog")
        self.setWindowTitle(self.tr("First start — where the data is kept"))
        self.setMinimumWidth(600)
        self.runner = runner or BackgroundRunner(self)
        self.url = ""
        self.last_check: ServerCheck | None = None

        intro = QLabel(
            self.tr(
                "Choose where this computer keeps the office's data. One desk alone: this "
                "computer only. Several desks sharing the same data: the office server."
            )
        )
        intro.setWordWrap(True)
        self.local_choice = QRadioButton(self.tr("Only this computer (a data file)"))
        self.local_choice.setObjectName("localChoice")
        self.server_choice = QRadioButton(self.tr("The office server (PostgreSQL)"))
        self.server_choice.setObjectName("serverChoice")
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)
        self.local_choice.setChecked(True)

        self.folder = QLineEdit(str(user_data_dir()))
        self.folder.setObjectName("dataFolder")
        browse = QPushButton(self.tr("Choose folder…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        local_row = QHBoxLayout()
        local_row.addWidget(QLabel(self.tr("Folder")))
        local_row.addWidget(self.folder, 1)
        local_row.addWidget(browse)
        self.local_box = QWidget()
        local_layout = QVBoxLayout(self.local_box)
        local_layout.setContentsMargins(0, 0, 0, 0)
        local_layout.addLayout(local_row)
        local_layout.addWidget(self._build_encryption())

        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or may-chu"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("tcd")
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit("tcd")
        self.user.setObjectName("serverUser")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.server_box = QGroupBox(self.tr("Office server"))
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Account"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)

        self.outcome = QLabel("")
        self.outcome.setObjectName("connectionResult")
        self.outcome.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("continueDatabase")
        self.continue_button.setDefault(True)  # Enter in any field continues
        self.continue_button.clicked.connect(self.confirm)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_box)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.local_choice.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _build_encryption(self) -> QWidget:
        """The "encrypt the data file (laptops)" choice with its passphrase typed twice."""
        self.encrypt = QCheckBox(self.tr("Encrypt the data file (laptops)"))
        self.encrypt.setObjectName("encryptDatabase")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("databasePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("At least 8 characters"))
        self.passphrase2 = QLineEdit()
        self.passphrase2.setObjectName("databasePassphrase2")
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_box = FieldBox(self.passphrase)
        self.passphrase2_box = FieldBox(self.passphrase2)
        note = QLabel(
            self.tr(
                "The passphrase is asked for at every start and is stored nowhere: without it "
                "the data (and its backups) cannot be read by anyone, the office included."
            )
        )
        note.setWordWrap(True)
        self.encryption_fields = QWidget()
        form = QFormLayout(self.encryption_fields)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.passphrase_box)
        form.addRow(self.tr("Passphrase again"), self.passphrase2_box)
        form.addRow("", note)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.encryption_fields)
        if not encrypted_file.available():
            self.encrypt.setEnabled(False)
            self.encrypt.setToolTip(
                self.tr("This installation has no encryption component (sqlcipher3).")
            )
        self.encrypt.toggled.connect(self._encryption_changed)
        self._encryption_changed(False)
        return box

    @Slot(bool)
    def _encryption_changed(self, on: bool) -> None:
        self.encryption_fields.setVisible(on)
        if on:
            self.passphrase.setFocus()

    def _encrypted_url(self, folder: Path) -> str | None:
        """The encrypted file's URL with its passphrase remembered, or None after showing
        what is wrong next to the field (what was typed is kept)."""
        self.passphrase_box.set_error(None)
        self.passphrase2_box.set_error(None)
        passphrase = self.passphrase.text()
        problem = encrypted_file.passphrase_problem(passphrase)
        if problem is not None:
            self.passphrase_box.set_error(problem)
            self.passphrase.setFocus()
            return None
        if passphrase != self.passphrase2.text():
            self.passphrase2_box.set_error(self.tr("The two passphrases differ."))
            self.passphrase2.setFocus()
            return None
        path = folder / DATABASE_FILENAME
        if encrypted_file.plain_file_in_the_way(path):
            self.outcome.setStyleSheet(ERROR_STYLE)
            self.outcome.setText(
                self.tr(
                    "The folder already holds an unencrypted data file (%1): choose another "
                    "folder, or encrypt that file with “tcd-desktop db encrypt”."
                ).replace("%1", str(path))
            )
            return None
        url = encrypted_file.encrypted_file_url(path)
        encrypted_file.remember(url, passphrase)  # in this process only, for the first opening
        return url

    @Slot()
    def _mode_changed(self) -> None:
        local = self.local_choice.isChecked()
        self.local_box.setEnabled(local)
        self.server_box.setEnabled(not local)
        self.outcome.setText("")
        (self.folder if local else self.host).setFocus()

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _server(self) -> str:
        return server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
        ).render_as_string(hide_password=False)

    def _show(self, check: ServerCheck) -> None:
        self.last_check = check
        self.outcome.setStyleSheet(OK_STYLE if check.ok else ERROR_STYLE)
        self.outcome.setText(check.message)
        for widget in (self.test_button, self.continue_button):
            widget.setEnabled(True)

    def _check_then(self, after_ok: bool) -> None:
        if not self.host.text().strip():
            self._show(
                ServerCheck(Problem.OTHER, self.tr("Enter the server's name or IP address."))
            )
            self.host.setFocus()
            return
        url = server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
        )
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Connecting to the server…"))
        for widget in (self.test_button, self.continue_button):
            widget.setEnabled(False)

        def done(check: ServerCheck) -> None:
            self._show(check)
            if after_ok and check.ok:
                self._finish(self._server())

        self.runner.run(lambda: check_server(url), done, lambda exc, _tb: self._failed(exc))

    def _failed(self, exc: BaseException) -> None:
        self._show(
            ServerCheck(Problem.OTHER, self.tr("Cannot connect: %1").replace("%1", str(exc)))
        )

    @Slot()
    def test_connection(self) -> None:
        """Test the server's connection and show what is wrong, if anything."""
        self._check_then(after_ok=False)

    @Slot()
    def confirm(self) -> None:
        """Local: the file in the folder. Server: test, then continue when it works."""
        if self.server_choice.isChecked():
            self._check_then(after_ok=True)
            return
        folder = Path(self.folder.text().strip() or str(user_data_dir())).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.outcome.setStyleSheet(ERROR_STYLE)
            self.outcome.setText(
                self.tr("Cannot use the folder %1: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        if self.encrypt.isChecked():
            url = self._encrypted_url(folder)
            if url is not None:
                self._finish(url)
            return
        self._finish(sqlite_url(folder / DATABASE_FILENAME))

    def _finish(self, url: str) -> None:
        self.url = url
        settings.set_value(settings.DATABASE_URL, url)
        self.accept()
