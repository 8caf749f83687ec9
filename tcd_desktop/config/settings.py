"""Settings in one place: one declared table, read and written through QSettings.

Every setting of this computer is a :class:`Setting` in :data:`SETTINGS` with its key, type,
default, the Vietnamese label (an English source for ``QCoreApplication.translate``, context
``Settings``) and its scope. They live in one INI file, ``settings.ini`` in the data folder
(so ``TCD_DATA_DIR`` isolates tests and a portable install), written with QtCore's
:class:`QSettings` — no QApplication needed, the CLI may read them too.

    from tcd_desktop.config import settings
    days = settings.get(settings.DUE_SOON_DAYS)          # int, default 5
    settings.set_value(settings.LANGUAGE, "en")

Scopes: ``machine`` settings are this computer's (database, desk, backups, printer) and only
the administrator changes them on the "Cài đặt" page; ``user`` settings (language) may be
changed by whoever works on the computer. Both are stored per computer account. Command line
options and environment variables (``--database``/``TCD_DATABASE_URL``,
``--language``/``TCD_LANGUAGE``) still win over the file, for tests and scripts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from tcd_desktop.config.paths import user_data_dir

SETTINGS_FILENAME = "settings.ini"
SETTINGS_FILE_ENV = "TCD_SETTINGS_FILE"

T = TypeVar("T", str, int, bool)


class Scope(StrEnum):
    """Who may change a setting."""

    MACHINE = "machine"
    USER = "user"


@dataclass(frozen=True)
class Setting:
    """One declared setting: key in the INI file, type, default, label, limits."""

    key: str
    type: type
    default: str | int | bool
    label: str
    """English source of the label; shown through ``translate("Settings", label)``."""
    scope: Scope = Scope.MACHINE
    minimum: int = 0
    maximum: int = 1_000_000
    choices: tuple[str, ...] = ()
    secret: bool = False
    """Never shown in diagnostics (the database URL may hold a password)."""
    kind: str = ""
    """Editor hint for the settings page: "folder", "printer" or ""."""

    @property
    def group(self) -> str:
        """The section of the INI file, e.g. ``backup``."""
        return self.key.partition("/")[0]


DATABASE_URL = Setting(
    "database/url",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Database (SQLAlchemy URL)"),
    secret=True,
)
DESK_CODE = Setting("desk/code", str, "", QT_TRANSLATE_NOOP("Settings", "Desk code"))
DESK_NAME = Setting("desk/name", str, "", QT_TRANSLATE_NOOP("Settings", "Desk name"))
BACKUP_FOLDER = Setting(
    "backup/folder", str, "", QT_TRANSLATE_NOOP("Settings", "Backup folder"), kind="folder"
)
BACKUP_KEEP_DAILY = Setting(
    "backup/keep_daily", int, 7, QT_TRANSLATE_NOOP("Settings", "Daily backups kept"), maximum=366
)
BACKUP_KEEP_WEEKLY = Setting(
    "backup/keep_weekly", int, 4, QT_TRANSLATE_NOOP("Settings", "Weekly backups kept"), maximum=104
)
BACKUP_KEEP_MONTHLY = Setting(
    "backup/keep_monthly",
    int,
    12,
    QT_TRANSLATE_NOOP("Settings", "Monthly backups kept"),
    maximum=240,
)
BACKUP_WARN_AFTER_DAYS = Setting(
    "backup/warn_after_days",
    int,
    2,
    QT_TRANSLATE_NOOP("Settings", "Warn when the last backup is older than (days)"),
    minimum=1,
    maximum=60,
)
LANGUAGE = Setting(
    "ui/language",
    str,
    "vi",
    QT_TRANSLATE_NOOP("Settings", "Language"),
    scope=Scope.USER,
    choices=("vi", "en"),
)
DUE_SOON_DAYS = Setting(
    "board/due_soon_days",
    int,
    5,
    QT_TRANSLATE_NOOP("Settings", "Due soon: working days before the time limit"),
    maximum=30,
)
LOCK_AFTER_MINUTES = Setting(
    "security/lock_after_minutes",
    int,
    15,
    QT_TRANSLATE_NOOP("Settings", "Lock the screen after inactivity (minutes, 0 = never)"),
    maximum=240,
)
PRINTER_NAME = Setting(
    "printer/name", str, "", QT_TRANSLATE_NOOP("Settings", "Printer"), kind="printer"
)
PRINTER_COPIES = Setting(
    "printer/copies", int, 1, QT_TRANSLATE_NOOP("Settings", "Copies"), minimum=1, maximum=10
)
PRINTER_DUPLEX = Setting("printer/duplex", bool, False, QT_TRANSLATE_NOOP("Settings", "Two-sided"))

#: The table, in the order the settings page shows it.
SETTINGS: tuple[Setting, ...] = (
    DATABASE_URL,
    DESK_CODE,
    DESK_NAME,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_WARN_AFTER_DAYS,
    LANGUAGE,
    DUE_SOON_DAYS,
    LOCK_AFTER_MINUTES,
    PRINTER_NAME,
    PRINTER_COPIES,
    PRINTER_DUPLEX,
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}

#: Titles of the groups (settings page sections), English sources in context ``Settings``.
GROUP_TITLES: dict[str, str] = {
    "database": QT_TRANSLATE_NOOP("Settings", "Database"),
    "desk": QT_TRANSLATE_NOOP("Settings", "Reception desk"),
    "backup": QT_TRANSLATE_NOOP("Settings", "Backups"),
    "ui": QT_TRANSLATE_NOOP("Settings", "Display"),
    "board": QT_TRANSLATE_NOOP("Settings", "Time limits"),
    "security": QT_TRANSLATE_NOOP("Settings", "Security"),
    "printer": QT_TRANSLATE_NOOP("Settings", "Printing"),
}


def settings_file() -> Path:
    """The INI file: ``$TCD_SETTINGS_FILE``, else ``settings.ini`` in the data folder."""
    override = os.environ.get(SETTINGS_FILE_ENV, "").strip()
    return Path(override).expanduser() if override else user_data_dir() / SETTINGS_FILENAME


def store() -> QSettings:
    """A QSettings on :func:`settings_file` (cheap; create one per use)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def coerce(setting: Setting, raw: Any) -> str | int | bool:
    """``raw`` (as QSettings returns it: often a string) as the setting's type, else the default."""
    if raw is None or raw == "":
        return setting.default if setting.type is not str else str(raw or setting.default)
    if setting.type is bool:
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("1", "true", "yes", "on")
    if setting.type is int:
        try:
            value = int(str(raw).strip())
        except ValueError:
            return setting.default
        return min(max(value, setting.minimum), setting.maximum)
    text = str(raw)
    if setting.choices and text not in setting.choices:
        return setting.default
    return text


def get(setting: Setting) -> Any:
    """The stored value of ``setting`` in its type (the default when unset or invalid)."""
    return coerce(setting, store().value(setting.key, None))


def get_str(setting: Setting) -> str:
    """:func:`get` for a text setting."""
    return str(get(setting))


def get_int(setting: Setting) -> int:
    """:func:`get` for a number setting."""
    return int(get(setting))


def is_set(setting: Setting) -> bool:
    """True when the file holds a value for ``setting``."""
    return store().contains(setting.key)


def set_value(setting: Setting, value: str | int | bool) -> None:
    """Store ``value`` (checked against the type and limits) and write the file at once.

    Raises:
        ValueError: with a Vietnamese message when the value does not fit.
    """
    if setting.type is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"“{setting.key}” phải là một số nguyên.")
    if setting.type is int and not setting.minimum <= int(value) <= setting.maximum:
        raise ValueError(f"“{setting.key}” phải trong khoảng {setting.minimum}–{setting.maximum}.")
    if setting.type is bool and not isinstance(value, bool):
        raise ValueError(f"“{setting.key}” phải là có/không.")
    if setting.type is str and not isinstance(value, str):
        raise ValueError(f"“{setting.key}” phải là văn bản.")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"“{setting.key}” phải là một trong: {', '.join(setting.choices)}.")
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    qs = store()
    qs.setValue(setting.key, value)
    qs.sync()
    if setting.secret and os.name == "posix":
        settings_file().chmod(0o600)  # the database URL may hold the server's password


def reset(setting: Setting) -> None:
    """Forget the stored value: the default applies again."""
    qs = store()
    qs.remove(setting.key)
    qs.sync()


def values() -> dict[str, Any]:
    """Every setting's current value by key (secrets included: not for display)."""
    qs = store()
    return {s.key: coerce(s, qs.value(s.key, None)) for s in SETTINGS}


def backup_folder() -> Path:
    """The backup folder: the setting, else ``backups`` in the data folder."""
    configured = get_str(BACKUP_FOLDER).strip()
    return Path(configured).expanduser() if configured else user_data_dir() / "backups"
