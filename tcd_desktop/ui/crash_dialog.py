"""The one funnel for bugs: an excepthook that logs the error and shows a crash dialog.

Expected problems (locked database, server unreachable, disk full) do not come here; they
go through :func:`tcd_desktop.ui.errors.show_error` with a plain message.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import tcd_desktop
from tcd_desktop.ui.widgets.window_fit import fit_window

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def version_lines() -> list[str]:
    """Versions worth knowing when reading a crash report."""
    return [
        f"TCD Desktop {tcd_desktop.__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
    ]


def format_crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Plain-text report: versions, then the traceback."""
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return "\n".join([*version_lines(), "", trace.rstrip()]) + "\n"


class CrashDialog(QDialog):
    """Shows a crash report with a button that copies it to the clipboard."""

    def __init__(self, report: str, log_file: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        fit_window(self, QSize(720, 480))
        self._report = report

        intro = QLabel(
            self.tr(
                "TCD Desktop ran into an unexpected error. What you saved before is safe. "
                "Please copy the report below and send it to your IT administrator."
            )
        )
        intro.setWordWrap(True)

        text = QPlainTextEdit(report)
        text.setObjectName("crashReport")
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        if log_file is not None:
            where = QLabel(self.tr("Log file: %1").replace("%1", str(log_file)))
            where.setObjectName("crashLogFile")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("copyReportButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def report(self) -> str:
        """The full text shown in the dialog."""
        return self._report

    @Slot()
    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self._report)
        self.copy_button.setText(self.tr("Copied"))


class _CrashBridge(QObject):
    """Lives in the GUI thread, so a crash in a worker thread is shown by the GUI thread."""

    report_ready = Signal(str)


class ExceptHook:
    """``sys.excepthook`` replacement: log every unhandled exception, then show it.

    Installed before the QApplication exists (then it only logs and prints); after
    :meth:`enable_dialog` it also shows a :class:`CrashDialog`, from any thread.
    """

    def __init__(
        self,
        *,
        log_file: Path | None = None,
        show_dialog: Callable[[str], None] | None = None,
    ) -> None:
        self.log_file = log_file
        self._show_dialog = show_dialog or self._exec_dialog
        self._bridge: _CrashBridge | None = None
        self._showing = False

    def enable_dialog(self) -> None:
        """Call once the QApplication exists, from the GUI thread."""
        if self._bridge is None:
            self._bridge = _CrashBridge()
            self._bridge.report_ready.connect(self._show)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Handle one unhandled exception."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unhandled exception", exc_info=(exc_type, exc, tb))
        report = format_crash_report(exc_type, exc, tb)
        if self._bridge is None or QApplication.instance() is None:
            sys.stderr.write(report)
            return
        self._bridge.report_ready.emit(report)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook`` replacement with the same behaviour."""
        if args.exc_value is None:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, report: str) -> None:
        if self._showing:  # an error while the dialog is up: logged above, not stacked
            return
        self._showing = True
        try:
            self._show_dialog(report)
        finally:
            self._showing = False

    def _exec_dialog(self, report: str) -> None:
        app = QApplication.instance()
        assert app is not None and QThread.currentThread() is app.thread()
        CrashDialog(report, self.log_file, QApplication.activeWindow()).exec()


def install_excepthook(log_file: Path | None = None) -> ExceptHook:
    """Install one :class:`ExceptHook` for the main thread and for Python threads."""
    hook = ExceptHook(log_file=log_file)
    sys.excepthook = hook
    threading.excepthook = hook.thread_hook
    return hook
