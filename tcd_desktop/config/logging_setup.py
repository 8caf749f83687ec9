"""One rotating log file in the user log folder, per-area loggers, Qt messages routed in.

Areas are the package's own loggers: each module does ``logging.getLogger(__name__)``, so
``tcd_desktop.store.*``, ``tcd_desktop.services.*`` and ``tcd_desktop.ui.*`` can be tuned
separately; Qt's own messages arrive on the ``qt`` logger (see :func:`install_qt_message_handler`).
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from pathlib import Path
from typing import Any

LOG_FILENAME = "tcd-desktop.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

#: Logger that receives Qt's own messages (qDebug, qWarning, ...).
QT_LOGGER_NAME = "qt"

#: Per-area default levels; anything not listed inherits the root level.
AREA_LEVELS: dict[str, int] = {
    "sqlalchemy": logging.WARNING,
    "alembic": logging.INFO,
}


def setup_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path:
    """Configure the root logger with a rotating UTF-8 file in ``log_dir``; return its path.

    Calling it again replaces the handlers it installed earlier, so it is safe in tests.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILENAME
    formatter = logging.Formatter(LOG_FORMAT)

    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setFormatter(formatter)
    file_handler.set_name("tcd-file")
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream_handler = logging.StreamHandler()
        stream_handler.setLevel(logging.WARNING)
        stream_handler.setFormatter(formatter)
        stream_handler.set_name("tcd-console")
        handlers.append(stream_handler)

    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() in ("tcd-file", "tcd-console")]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for area, area_level in AREA_LEVELS.items():
        logging.getLogger(area).setLevel(area_level)
    logging.captureWarnings(True)
    return log_file


def _qt_level(msg_type: Any) -> int:
    from PySide6.QtCore import QtMsgType

    return {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(msg_type, logging.WARNING)


def qt_message_handler(msg_type: Any, context: Any, message: str) -> None:
    """Forward one Qt message to the ``qt`` logger (signature of ``qInstallMessageHandler``)."""
    logger = logging.getLogger(QT_LOGGER_NAME)
    where = ""
    if context is not None and getattr(context, "file", None):
        where = f" ({context.file}:{context.line})"
    logger.log(_qt_level(msg_type), "%s%s", message, where)


def install_qt_message_handler() -> Callable[..., Any] | None:
    """Route Qt's messages into :mod:`logging`; return the handler that was installed before."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(qt_message_handler)
