"""Tệp → Cài đặt… (administrator): this computer's settings, one editor per declared setting.

The page is derived from :data:`tcd_desktop.config.settings.SETTINGS`: a section per group,
and per setting a spin box (numbers, with the table's limits), a check box (yes/no), a list
(choices, printers) or a text field (with "Chọn…" for folders). The database URL is shown
without its password and written back only when the administrator changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.config import settings as cfg
from tcd_desktop.config.settings import Setting

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def _label(setting: Setting) -> str:
    return QCoreApplication.translate("Settings", setting.label)


def _masked(url: str) -> str:
    """The URL with its password replaced by ***."""
    from tcd_desktop.services.database_url import masked_url

    return masked_url(url)


def _printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class SettingsDialog(QDialog):
    """Edits every declared setting of this computer; Save writes them (QSettings)."""

    def __init__(
        self, parent: QWidget | None = None, *, calendar: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        self._shown_url = ""
        grid = QGridLayout()
        groups: dict[str, QFormLayout] = {}
        for setting in cfg.SETTINGS:
            form = groups.get(setting.group)
            if form is None:
                box = QGroupBox(
                    QCoreApplication.translate("Settings", cfg.GROUP_TITLES[setting.group])
                )
                form = groups[setting.group] = QFormLayout(box)
                index = len(groups) - 1
                grid.addWidget(box, index // 2, index % 2)
            form.addRow(_label(setting), self._editor(setting))
        self.note = QLabel(
            self.tr(
                "Settings of this computer. A new database or language applies when the "
                "application is opened again."
            )
        )
        self.note.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("Defaults"))
        defaults.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        if calendar is not None:  # the office calendar needs the signed-in database
            self.calendar_button = QPushButton(self.tr("Calendar days…"))
            self.calendar_button.setObjectName("calendarDaysButton")
            self.calendar_button.setAutoDefault(False)
            self.calendar_button.clicked.connect(calendar)
            line = QHBoxLayout()
            line.addWidget(self.calendar_button)
            line.addStretch(1)
            layout.addLayout(line)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    # editors -----------------------------------------------------------------------------------

    def _editor(self, setting: Setting) -> QWidget:
        name = setting.key.replace("/", "_")
        editor: QWidget
        if setting.type is bool:
            editor = QCheckBox()
        elif setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            editor = spin
        elif setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(LANGUAGE_NAMES.get(choice, choice), choice)
            editor = combo
        elif setting.kind == "printer":
            combo = QComboBox()
            combo.addItem(self.tr("(the system's default printer)"), "")
            for printer in _printers():
                combo.addItem(printer, printer)
            editor = combo
        else:
            editor = QLineEdit()
            if setting is cfg.BACKUP_FOLDER:
                editor.setPlaceholderText(str(cfg.user_data_dir() / "backups"))
        editor.setObjectName(name)
        self.editors[setting.key] = editor
        if setting.kind != "folder":
            return editor
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda: self._choose_folder(editor))
        line.addWidget(choose)
        return row

    def _choose_folder(self, editor: QWidget) -> None:
        assert isinstance(editor, QLineEdit)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), editor.text())
        if folder:
            editor.setText(folder)

    def _show(self, setting: Setting, value: Any) -> None:
        editor = self.editors[setting.key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:  # a printer that is not connected right now stays chosen
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QLineEdit):
            text = _masked(str(value)) if setting.secret else str(value)
            if setting.secret:
                self._shown_url = text
            editor.setText(text)

    def value_of(self, setting: Setting) -> Any:
        """What the editor of ``setting`` holds, in the setting's type."""
        editor = self.editors[setting.key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    # actions -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored values."""
        for setting in cfg.SETTINGS:
            self._show(setting, cfg.get(setting))

    @Slot()
    def restore_defaults(self) -> None:
        """Show every default (written on Save); the database stays as it is."""
        for setting in cfg.SETTINGS:
            if not setting.secret:
                self._show(setting, setting.default)

    @Slot()
    def save(self) -> None:
        """Write every setting; a value that does not fit is named and nothing is closed."""
        changes: list[tuple[Setting, Any]] = []
        for setting in cfg.SETTINGS:
            value = self.value_of(setting)
            if setting.secret and value == self._shown_url:
                continue  # unchanged (and shown without its password)
            changes.append((setting, value))
        try:
            for setting, value in changes:
                cfg.set_value(setting, value)
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self.accept()
