"""Start-up: folders, database URL choice, logging, and run_gui end to end (in a subprocess)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tcd_desktop.app import EXIT_DATABASE_ERROR, parse_args
from tcd_desktop.config import paths
from tcd_desktop.config.logging_setup import LOG_FILENAME, qt_message_handler, setup_logging

ROOT = Path(__file__).resolve().parents[2]


def test_tests_never_use_the_real_user_folder() -> None:
    data_dir = paths.user_data_dir()
    assert "tcd-test-data-" in str(data_dir)
    assert paths.user_log_dir() == data_dir / "logs"
    assert paths.default_database_path() == data_dir / "tcd-desktop.sqlite3"
    assert (
        paths.default_database_url() == "sqlite:///" + (data_dir / "tcd-desktop.sqlite3").as_posix()
    )


def test_platformdirs_used_without_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.user_data_dir().name == "tcd-desktop"
    assert "tcd-desktop" in str(paths.user_log_dir())


def test_database_url_argument_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert paths.resolve_database_url(None) == paths.default_database_url()
    monkeypatch.setenv(paths.DATABASE_URL_ENV, "postgresql+psycopg://u@env-host/tcd")
    assert paths.resolve_database_url(None) == "postgresql+psycopg://u@env-host/tcd"
    assert paths.resolve_database_url("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://tcd:secret@db.local:5432/tcd", "PostgreSQL tcd@db.local:5432/tcd"),
        ("postgresql://db.local/tcd", "PostgreSQL db.local/tcd"),
        ("sqlite:////var/lib/tcd/desk.sqlite3", "/var/lib/tcd/desk.sqlite3"),
        ("sqlite://", "SQLite (in memory)"),
        ("not a url :// with secret@", "?"),
    ],
)
def test_describe_database_url_hides_passwords(url: str, shown: str) -> None:
    assert paths.describe_database_url(url) == shown


def test_gui_arguments() -> None:
    options = parse_args(["--database", "sqlite:///a.sqlite3", "-platform", "offscreen"])
    assert options.database == "sqlite:///a.sqlite3"
    assert options.language == "vi"
    assert options.qt_args == ["-platform", "offscreen"]
    assert parse_args(["--language", "en"]).language == "en"
    assert parse_args(["--lang", "en"]).language == "en"


def test_lang_opens_the_window_not_a_command() -> None:
    from tcd_desktop.cli import has_subcommand

    assert not has_subcommand(["--lang", "en"]) and not has_subcommand(["--language", "en"])


def test_rotating_log_file_and_qt_messages(tmp_path: Path) -> None:
    from PySide6.QtCore import QtMsgType

    root = logging.getLogger()
    before = list(root.handlers), root.level
    try:
        log_file = setup_logging(tmp_path / "logs", console=False)
        setup_logging(tmp_path / "logs", console=False)  # again: replaces, never duplicates
        assert sum(h.get_name() == "tcd-file" for h in root.handlers) == 1
        logging.getLogger("tcd_desktop.store.test").info("đã mở cơ sở dữ liệu")
        qt_message_handler(QtMsgType.QtWarningMsg, None, "a Qt warning")
        for handler in root.handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert log_file.name == LOG_FILENAME
        assert "INFO     tcd_desktop.store.test: đã mở cơ sở dữ liệu" in text
        assert "WARNING  qt: a Qt warning" in text
    finally:
        for handler in [h for h in root.handlers if h not in before[0]]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(before[1])
        logging.captureWarnings(False)


def run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``run_gui(args)`` in a fresh interpreter with its own data folder."""
    env = dict(os.environ, TCD_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    code = "import sys; from tcd_desktop.app import run_gui; sys.exit(run_gui(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, "--smoke-test", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


@pytest.mark.slow
def test_run_gui_creates_database_and_log_then_shows_window(tmp_path: Path) -> None:
    result = run_app(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "tcd-desktop.sqlite3").is_file()
    log_text = (tmp_path / "data" / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
    assert "TCD Desktop" in log_text and "starting" in log_text
    assert "closing with code 0" in log_text
    assert "fonts ['Liberation Sans', 'Liberation Serif']" in log_text


@pytest.mark.slow
def test_newer_schema_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as conn:  # as a newer TCD Desktop would leave it: WAL mode
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    before = path.read_bytes()
    result = run_app(tmp_path, "--database", f"sqlite:///{path}")
    assert result.returncode == EXIT_DATABASE_ERROR
    assert "mới hơn" in result.stderr  # the store's Vietnamese message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("future.sqlite3.*.bak"))
