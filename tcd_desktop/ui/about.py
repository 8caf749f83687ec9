"""Trợ giúp → Thông tin: versions, the database in use, the folders, and diagnostics to copy.

:func:`diagnostics` is the text the "copy diagnostic information" button puts on the
clipboard for a support request. It holds no personal data: no user or citizen names, no
password, no account name of the database server, and the home folder written as ``~``.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import tcd_desktop
from tcd_desktop.config.paths import describe_database_url, user_data_dir, user_log_dir
from tcd_desktop.config.resources import data_root


@dataclass(frozen=True)
class AboutFacts:
    """What the About dialog shows (every value already safe to display)."""

    version: str
    python: str
    pyside: str
    qt: str
    database_engine: str
    """"SQLite 3.40.1" or "PostgreSQL 16.4" ("" before a database is open)."""
    database: str
    """The database in use: a file path or host/database, never a password."""
    schema: str
    data_dir: str
    log_dir: str
    frozen: bool
    system: str


def _home_as_tilde(path: str) -> str:
    home = str(Path.home())
    return "~" + path[len(home) :] if home and path.startswith(home) else path


def _engine_facts(db: Any) -> tuple[str, str]:
    """(engine and version, schema revision) of an open database; ("", "") without one."""
    if db is None or not hasattr(db, "engine"):
        return "", ""
    from tcd_desktop.services.runtime import engine_facts

    return engine_facts(db)


def collect_facts(db: Any = None) -> AboutFacts:
    """Versions, database and folders of this installation."""
    engine, schema = _engine_facts(db)
    return AboutFacts(
        version=tcd_desktop.__version__,
        python=platform.python_version(),
        pyside=pyside_version,
        qt=qVersion(),
        database_engine=engine or f"SQLite {sqlite3.sqlite_version}",
        database=describe_database_url(str(db.url)) if db is not None else "",
        schema=schema,
        data_dir=str(user_data_dir()),
        log_dir=str(user_log_dir()),
        frozen=bool(getattr(sys, "frozen", False)),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
    )


def _server_only(description: str) -> str:
    """ "PostgreSQL tcd@db.local:5432/tcd" → "PostgreSQL db.local:5432/tcd" (no account)."""
    head, _, rest = description.partition(" ")
    if head == "PostgreSQL" and "@" in rest:
        return f"{head} {rest.split('@', 1)[1]}"
    return _home_as_tilde(description)


def diagnostics(facts: AboutFacts) -> str:
    """Plain text for a support request, with no personal data."""
    build = (
        QCoreApplication.translate("AboutDialog", "(bundle)")
        if facts.frozen
        else QCoreApplication.translate("AboutDialog", "(source)")
    )
    lines = [
        f"TCD Desktop {facts.version} {build}",
        QCoreApplication.translate("AboutDialog", "Operating system: %1").replace(
            "%1", facts.system
        ),
        f"Python {facts.python}; PySide6 {facts.pyside}; Qt {facts.qt}",
        QCoreApplication.translate("AboutDialog", "Database: %1; schema %2")
        .replace("%1", facts.database_engine)
        .replace("%2", facts.schema or "?"),
        QCoreApplication.translate("AboutDialog", "Location: %1").replace(
            "%1", _server_only(facts.database) or "?"
        ),
        QCoreApplication.translate("AboutDialog", "Data folder: %1").replace(
            "%1", _home_as_tilde(facts.data_dir)
        ),
        QCoreApplication.translate("AboutDialog", "Log folder: %1").replace(
            "%1", _home_as_tilde(facts.log_dir)
        ),
        QCoreApplication.translate("AboutDialog", "Resources: %1").replace(
            "%1", _home_as_tilde(str(data_root()))
        ),
    ]
    return "\n".join(lines) + "\n"


class AboutDialog(QDialog):
    """Version, components and where things are; copies the diagnostics."""

    def __init__(self, db: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About TCD Desktop"))
        self.facts = collect_facts(db)
        f = self.facts
        title = QLabel(f"<b>TCD Desktop {f.version}</b>")
        summary = QLabel(
            self.tr(
                "Citizen reception, complaints, denunciations, petitions and feedback "
                "for reception offices."
            )
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        rows = (
            (self.tr("Version"), f.version, "version"),
            (self.tr("Python / PySide6 / Qt"), f"{f.python} / {f.pyside} / {f.qt}", "components"),
            (self.tr("Database engine"), f.database_engine, "engine"),
            (self.tr("Database in use"), f.database or self.tr("(not open)"), "database"),
            (self.tr("Schema revision"), f.schema or "?", "schema"),
            (self.tr("Data folder"), f.data_dir, "dataDir"),
            (self.tr("Log folder"), f.log_dir, "logDir"),
        )
        self.values: dict[str, QLabel] = {}
        for label, value, name in rows:
            shown = QLabel(value)
            shown.setObjectName(f"about_{name}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = shown
            form.addRow(label, shown)
        self.copy_button = QPushButton(self.tr("Copy diagnostic information"))
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.copied = QLabel("")
        self.copied.setObjectName("copiedNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def diagnostics_text(self) -> str:
        """What :meth:`copy_diagnostics` puts on the clipboard."""
        return diagnostics(self.facts)

    @Slot()
    def copy_diagnostics(self) -> None:
        """Put the diagnostics on the clipboard."""
        QGuiApplication.clipboard().setText(self.diagnostics_text())
        self.copied.setText(self.tr("Copied. Paste it into your message to the support team."))
