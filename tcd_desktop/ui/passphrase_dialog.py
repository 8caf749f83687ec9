"""At start-up, the passphrase of an encrypted database file (SQLCipher), before opening it.

Shown when the configured database is an encrypted file and ``TCD_DB_PASSPHRASE`` is not
set. The passphrase is tried on the file off the GUI thread (the key derivation is slow on
purpose); a wrong one is said in Vietnamese in the dialog and may be typed again; "Quit"
closes the application. The passphrase is kept in this process only, never on disk.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services import encrypted_file
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldBox


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted file of ``url``; accepted once it opens it."""

    def __init__(
        self, url: str, parent: QWidget | None = None, *, runner: BackgroundRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted data file — TCD Desktop"))
        self.setMinimumWidth(520)
        self.url = url
        self.runner = runner or BackgroundRunner(self)
        self.tries = 0

        intro = QLabel(
            self.tr(
                "The office's data on this computer is encrypted. Enter the passphrase chosen "
                "when it was set up to open it."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("Data file: %1").replace("%1", str(encrypted_file.file_of(url))))
        where.setObjectName("passphraseFile")
        where.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("startupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_box = FieldBox(self.passphrase)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase_box)

        self.status = QLabel("")
        self.status.setObjectName("passphraseStatus")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openEncrypted")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_open)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quitPassphrase")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.passphrase.setFocus()

    @Slot()
    def try_open(self) -> None:
        """Try the passphrase on the file (off the GUI thread); accept when it opens it."""
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_box.set_error(self.tr("Enter the passphrase."))
            self.passphrase.setFocus()
            return
        self.passphrase_box.set_error(None)
        self._busy(True)
        url = self.url
        self.runner.run(
            lambda: encrypted_file.wrong_passphrase(url, passphrase),
            lambda problem: self._tried(passphrase, problem),
            lambda exc, _tb: self._tried(passphrase, str(exc)),
        )

    def _tried(self, passphrase: str, problem: str | None) -> None:
        self._busy(False)
        self.tries += 1
        if problem is not None:
            self.passphrase_box.set_error(problem)
            self.passphrase.selectAll()  # typing again replaces it
            self.passphrase.setFocus()
            return
        encrypted_file.remember(self.url, passphrase)
        self.accept()

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Checking the passphrase…") if busy else "")
        for widget in (self.open_button, self.passphrase):
            widget.setEnabled(not busy)
