"""GUI start-up, in the order DESIGN.md gives.

paths → logging → excepthook → QApplication → fonts and translators → main window shown →
open/upgrade the database → first run or sign-in → the screens the role may use. The window
comes before the database (unlike DESIGN.md's first sketch) so that a start never looks hung.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import Any

import tcd_desktop
from tcd_desktop.config.logging_setup import install_qt_message_handler, setup_logging
from tcd_desktop.config.paths import resolve_database_url, user_data_dir, user_log_dir
from tcd_desktop.config.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGE_ENV = "TCD_LANGUAGE"

# exit codes of run_gui()
EXIT_OK = 0
EXIT_DATABASE_ERROR = 2
EXIT_SMOKE_FAILED = 3
# printed on stdout in --smoke-test mode once the main window is on screen (benchmarks time it)
SMOKE_SHOWN = "TCD_SMOKE main window shown"


@dataclass
class GuiOptions:
    """What the GUI command line says; anything not recognised is passed on to Qt."""

    database: str | None = None
    language: str = "vi"
    smoke_test: bool = False
    smoke_receipt: str | None = None
    qt_args: list[str] = field(default_factory=list)


def _configured_language() -> str:
    from tcd_desktop.config import settings

    return settings.get_str(settings.LANGUAGE)


def parse_args(args: list[str]) -> GuiOptions:
    """Parse the GUI options (``--database URL``, ``--language``); keep the rest for Qt."""
    parser = argparse.ArgumentParser(
        prog="tcd-desktop",
        description="TCD Desktop — Tiếp công dân. Without a subcommand, opens the window.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the database (default: $TCD_DATABASE_URL, else the SQLite "
        "file in the user data folder), e.g. postgresql+psycopg://user@host/tcd",
    )
    parser.add_argument(
        "--language",
        "--lang",
        choices=("vi", "en"),
        default=os.environ.get(LANGUAGE_ENV, "") or _configured_language(),
        help="user interface language, vi or en (default: $TCD_LANGUAGE, else the setting "
        "ui/language in settings.ini, else vi)",
    )
    parser.add_argument(
        "--version", action="version", version=f"TCD Desktop {tcd_desktop.__version__}"
    )
    # starts, shows the main window, quits: used by tests and the frozen-build smoke test
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    # with --smoke-test: make the sample office and print a receipt PDF there (tcd_desktop.smoke)
    parser.add_argument("--smoke-receipt", metavar="PDF", help=argparse.SUPPRESS)
    namespace, rest = parser.parse_known_args(args)
    return GuiOptions(
        database=namespace.database,
        language=namespace.language,
        smoke_test=namespace.smoke_test,
        smoke_receipt=namespace.smoke_receipt,
        qt_args=rest,
    )


def _sign_in(db: Any) -> Any:
    """First run (office + administrator, or sample data), then the sign-in dialog.

    Returns the signed-in actor, or None when the user closed a dialog.
    """
    from PySide6.QtWidgets import QDialog

    from tcd_desktop.services.setup import needs_first_run
    from tcd_desktop.ui.first_run import FirstRunDialog
    from tcd_desktop.ui.login import LoginDialog

    username = ""
    if needs_first_run(db):
        first = FirstRunDialog(db)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        if first.actor is not None:
            return first.actor  # the administrator just created is signed in
        username = first.suggested_username
    login = LoginDialog(db, username=username)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor


def _create_application(qt_args: list[str]) -> Any:
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if existing is not None else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("tcd-desktop")
    app.setApplicationDisplayName("TCD Desktop")
    app.setApplicationVersion(tcd_desktop.__version__)
    QGuiApplication.setDesktopFileName("tcd-desktop")
    icon = resource_path("icons", "tcd-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _start_qt(options: GuiOptions) -> tuple[Any, list[Any]]:
    """QApplication, Qt messages into the log, fonts and translators."""
    from PySide6 import __version__ as pyside_version

    from tcd_desktop.ui.fonts import load_application_fonts
    from tcd_desktop.ui.i18n import install_translators

    app = _create_application(options.qt_args)
    install_qt_message_handler()
    families = load_application_fonts(app)
    translators = install_translators(app, options.language)
    log.info(
        "PySide6 %s; fonts %s; language %s with %d translator(s)",
        pyside_version,
        sorted(families),
        options.language,
        len(translators),
    )
    return app, translators


def _report_startup_error(options: GuiOptions, message: str, *, qt_started: bool = False) -> None:
    """Tell the user the database cannot be used, in a message box (stderr in smoke tests)."""
    if options.smoke_test:
        sys.stderr.write(message + "\n")
        return
    from PySide6.QtCore import QCoreApplication

    from tcd_desktop.ui.errors import show_error

    if not qt_started:
        _start_qt(options)
    show_error(
        None, message, title=QCoreApplication.translate("Errors", "Cannot open the database")
    )


def _open_off_gui_thread(window: Any, url: str) -> Any:
    """Open (create, upgrade) the database and install the rule pack on a worker thread,
    while the window stays painted and says what is happening."""
    from PySide6.QtCore import QCoreApplication

    from tcd_desktop.services.context import SYSTEM
    from tcd_desktop.services.rulebook import ensure_rule_pack
    from tcd_desktop.store.database import open_database
    from tcd_desktop.ui.widgets.busy import wait_off_gui_thread

    window.show_startup_progress(
        QCoreApplication.translate("Startup", "Opening the database (and upgrading it if needed)…")
    )

    def open_and_prepare() -> Any:
        db = open_database(url)
        try:
            ensure_rule_pack(db, SYSTEM)
        except BaseException:
            db.close()
            raise
        return db

    return wait_off_gui_thread(open_and_prepare)


def _ask_passphrase_if_encrypted(window: Any, url: str) -> bool:
    """An encrypted data file without ``TCD_DB_PASSPHRASE``: ask for its passphrase (tried on
    the file off the GUI thread, retried when wrong). False when the user quit instead."""
    from tcd_desktop.services.encrypted_file import needs_passphrase

    if not needs_passphrase(url):
        return True
    from PySide6.QtWidgets import QDialog

    from tcd_desktop.ui.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(url, window).exec() == QDialog.DialogCode.Accepted


def run_gui(args: list[str]) -> int:
    """Start the desktop application and return its exit code."""
    options = parse_args(args)

    # 1. paths
    user_data_dir().mkdir(parents=True, exist_ok=True)
    # 2. logging
    log_file = setup_logging(user_log_dir())
    log.info("TCD Desktop %s starting (Python %s)", tcd_desktop.__version__, sys.version.split()[0])
    # 3. excepthook
    from tcd_desktop.ui.crash_dialog import install_excepthook

    hook = install_excepthook(log_file)

    # 4. QApplication, fonts + translators, and the main window straight away: the office
    #    sees the application while the database opens (an upgrade can take a while).
    app, translators = _start_qt(options)
    hook.enable_dialog()
    from tcd_desktop.ui.main_window import MainWindow

    window = MainWindow(None)
    window.show()
    app.processEvents()
    if options.smoke_test:
        print(SMOKE_SHOWN, flush=True)

    # 5. open / upgrade the database (a new computer first says where the data lives)
    from tcd_desktop.services.runtime import DatabaseError

    if not options.smoke_test:
        from tcd_desktop.ui.first_run.database_page import choose_database_if_new

        if not choose_database_if_new(options.database, window):
            log.info("no database chosen; closing")
            return EXIT_OK

    url = resolve_database_url(options.database)
    if not options.smoke_test and not _ask_passphrase_if_encrypted(window, url):
        log.info("no passphrase given for the encrypted database; closing")
        return EXIT_OK
    try:
        db = _open_off_gui_thread(window, url)
    except DatabaseError as exc:  # includes SchemaTooNewError; the file is left untouched
        log.error("Cannot open the database: %s", exc)
        window.hide()
        _report_startup_error(options, str(exc), qt_started=True)
        return EXIT_DATABASE_ERROR

    screens = None
    try:
        window.attach_database(db)
        # 6. first run / sign-in, then the screens the role may use
        actor = None if options.smoke_test else _sign_in(db)
        if actor is None and not options.smoke_test:
            log.info("no one signed in; closing")
            return EXIT_OK
        if actor is not None:
            from tcd_desktop.ui.shell import install_screens

            screens = install_screens(window, db, actor)
            from tcd_desktop.ui.backup import start_backup_check

            start_backup_check(window, db, screens.runner)  # daily backup, off the GUI thread
            from tcd_desktop.ui.session import SessionController

            # File menu: sign out, switch user, change password; the inactivity lock
            SessionController(window, db, screens)  # lives as long as the window
        if options.smoke_test and options.smoke_receipt:
            from pathlib import Path

            from tcd_desktop.smoke import make_sample_receipt

            try:
                make_sample_receipt(db, Path(options.smoke_receipt))
            except Exception as exc:  # a smoke test reports and fails; never a modal dialog
                log.exception("smoke test: the sample office or its receipt failed")
                sys.stderr.write(f"smoke test failed: {exc}\n")
                return EXIT_SMOKE_FAILED
        if options.smoke_test:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, app.quit)
        code = app.exec()
        log.info("TCD Desktop closing with code %s", code)
        return int(code)
    finally:
        del screens
        window.close_guards.clear()  # closing for good: the drafts keep any typed input
        window.close()
        db.close()
        del translators
