"""User folders and the database location, via platformdirs.

``TCD_DATA_DIR`` overrides the data folder (and puts logs in ``$TCD_DATA_DIR/logs``); the
tests set it so they never touch the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "tcd-desktop"
DATABASE_FILENAME = "tcd-desktop.sqlite3"
DATA_DIR_ENV = "TCD_DATA_DIR"
DATABASE_URL_ENV = "TCD_DATABASE_URL"


def _data_dir_override() -> Path | None:
    value = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def user_data_dir() -> Path:
    """Folder for the embedded database, backups and other per-user data (not created)."""
    override = _data_dir_override()
    if override is not None:
        return override
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """Folder for the rotating log file (not created)."""
    override = _data_dir_override()
    if override is not None:
        return override / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The embedded SQLite database: ``<user data dir>/tcd-desktop.sqlite3``."""
    return user_data_dir() / DATABASE_FILENAME


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL for a SQLite file (absolute, forward slashes on every platform)."""
    return "sqlite:///" + Path(path).absolute().as_posix()


def default_database_url() -> str:
    """SQLAlchemy URL of :func:`default_database_path`."""
    return sqlite_url(default_database_path())


def resolve_database_url(cli_value: str | None) -> str:
    """Pick the database: ``--database`` argument, else ``TCD_DATABASE_URL``, else the
    ``database/url`` setting (chosen at first run, :mod:`.settings`), else the default."""
    if cli_value and cli_value.strip():
        return cli_value.strip()
    env_value = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env_value:
        return env_value
    from tcd_desktop.config import settings  # imports QtCore: only when it is needed

    configured = settings.get_str(settings.DATABASE_URL).strip()
    return configured or default_database_url()


def describe_database_url(url: str) -> str:
    """Human-readable location of a database for the status bar: file path or host, no password.

    >>> describe_database_url("postgresql+psycopg://tcd:secret@db.local:5432/tcd")
    'PostgreSQL tcd@db.local:5432/tcd'
    """
    # imported here: showing the main window must not wait for SQLAlchemy to load
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "?"  # an unparsable URL is never echoed: it may hold a password
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        return database if database and database != ":memory:" else "SQLite (in memory)"
    backend = {"postgresql": "PostgreSQL", "mysql": "MySQL"}.get(
        parsed.get_backend_name(), parsed.get_backend_name()
    )
    where = parsed.host or "localhost"
    if parsed.port:
        where += f":{parsed.port}"
    user = f"{parsed.username}@" if parsed.username else ""
    database = f"/{parsed.database}" if parsed.database else ""
    return f"{backend} {user}{where}{database}"
