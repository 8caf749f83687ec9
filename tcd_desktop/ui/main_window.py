"""The main window: left navigation, one page per screen, database and sample-data status.

Screens (reception, register, case board, dashboard, administration) live in their own
subpackages and are plugged in with :meth:`MainWindow.set_page`; until then each entry shows
a placeholder page that says it is coming.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from tcd_desktop.config.paths import describe_database_url
from tcd_desktop.ui.screens import SCREENS, PlaceholderPage
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.busy import BusyIndicator
from tcd_desktop.ui.widgets.window_fit import fit_window

CONTEXT = "MainWindow"

NAV_STYLE = """
QListWidget#navigation { font-size: 11pt; border: none; border-right: 1px solid #c8c8c8;
                         background: #f7f4ef; padding-top: 8px; }
QListWidget#navigation::item { padding: 8px 14px; }
QListWidget#navigation::item:selected { background: #b71c1c; color: white; }
"""


class DatabaseInfo(Protocol):
    """What the main window needs to know about the open database."""

    url: str


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def database_location(db: DatabaseInfo) -> str:
    """File path or host of ``db`` for display; never contains a password."""
    return describe_database_url(str(db.url))


class MainWindow(QMainWindow):
    """Top-level window. Gets the open database by constructor injection.

    ``db`` may be None at start-up: the window is shown first and the database, which can
    take a moment to open or upgrade, is attached with :meth:`attach_database`.
    """

    def __init__(self, db: DatabaseInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._db = db
        self.setWindowTitle(self.tr("Citizen reception"))
        fit_window(self, QSize(1366, 740), "main")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._keys: list[str] = []
        for entry in SCREENS:
            item = QListWidgetItem(_t(entry.title))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(_t(entry.summary))
            self.nav.addItem(item)
            self.pages.addWidget(PlaceholderPage(entry))
            self._keys.append(entry.key)
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 40))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        #: asked in order before the window closes (unsaved forms); False keeps it open.
        #: Weak references: a guard never keeps its screen (or this window) alive.
        self.close_guards: list[weakref.WeakMethod[Callable[[], bool]]] = []
        self._build_menus()
        self._build_status_bar()
        if db is None:
            self.set_sample_data(False)
        else:
            self.placeholders_final()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved input first (Lưu / Không lưu / Hủy)."""
        if self.isVisible() and not self.ask_close_guards():
            event.ignore()
            return
        super().closeEvent(event)

    def add_close_guard(self, guard: Callable[[], bool]) -> None:
        """Ask ``guard`` (a bound method) before closing; it returns False to stay open."""
        self.close_guards.append(weakref.WeakMethod(guard))  # type: ignore[arg-type]

    def ask_close_guards(self) -> bool:
        """True when every guard still alive lets the window close (or sign out)."""
        for ref in list(self.close_guards):
            guard = ref()
            if guard is not None and not guard():
                return False
        return True

    # navigation ---------------------------------------------------------------------------

    def screen_keys(self) -> list[str]:
        """Keys of the navigation entries, in order."""
        return list(self._keys)

    def show_screen(self, key: str) -> None:
        """Select the navigation entry ``key``."""
        self.nav.setCurrentRow(self._keys.index(key))

    def current_screen(self) -> str:
        """Key of the page being shown."""
        return self._keys[self.pages.currentIndex()]

    def page(self, key: str) -> QWidget:
        """The widget shown for ``key``."""
        return self.pages.widget(self._keys.index(key))

    def set_screen_visible(self, key: str, visible: bool) -> None:
        """Show or hide a navigation entry (screens the signed-in role may not use)."""
        self.nav.item(self._keys.index(key)).setHidden(not visible)

    def is_screen_visible(self, key: str) -> bool:
        """True when the navigation entry ``key`` is shown."""
        return not self.nav.item(self._keys.index(key)).isHidden()

    def placeholders_final(self) -> None:
        """After sign-in, the pages still standing in for a screen say it is not built yet."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, PlaceholderPage):
                page.mark_not_built()

    def set_signed_in(self, name: str) -> None:
        """Show who is signed in, in the status bar."""
        self.user_label.setText(self.tr("Signed in: %1").replace("%1", name))
        self.user_label.show()

    def set_page(self, key: str, widget: QWidget) -> None:
        """Replace the page for ``key`` (a placeholder at first) with a real screen."""
        index = self._keys.index(key)
        old = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.setCurrentIndex(current)

    # status bar ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.sample_badge = QLabel(self.tr("SAMPLE DATA"))
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setToolTip(
            self.tr(
                "This database holds invented sample records for practice. "
                "Do not enter real citizens' data."
            )
        )
        self.sample_badge.setStyleSheet(
            "QLabel#sampleBadge { background: #c62828; color: white; font-weight: bold;"
            " padding: 2px 10px; border-radius: 3px; }"
        )
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.hide()
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setStyleSheet(
            "QLabel#backupWarning { background: #ef6c00; color: white; font-weight: bold;"
            " padding: 2px 10px; border-radius: 3px; }"
        )
        self.backup_warning.hide()
        self.busy = BusyIndicator()
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.backup_warning)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.sample_badge)
        status.addPermanentWidget(self.database_label)
        if self._db is not None:
            self.attach_database(self._db)

    def watch_runner(self, runner: BackgroundRunner) -> None:
        """Show the busy indicator while any of ``runner``'s operations runs > 0.5 s."""
        self.busy.watch(runner)

    def show_startup_progress(self, text: str) -> None:
        """Say what start-up is doing (opening, upgrading the database) with a moving bar."""
        self.database_label.hide()  # the indicator says it; the label returns with the database
        self.busy.show_now(text)

    def attach_database(self, db: DatabaseInfo) -> None:
        """Show which database is open (never a password) and whether it is sample data."""
        self._db = db
        self.database_label.setText(self.tr("Database: %1").replace("%1", database_location(db)))
        self.database_label.show()
        self.busy.done()
        self.set_sample_data(bool(getattr(db, "is_sample", False)))

    def set_sample_data(self, is_sample: bool) -> None:
        """Show or hide the sample-data badge (and mark the title)."""
        self.sample_badge.setVisible(is_sample)
        # the application name is added by Qt (applicationDisplayName): not repeated here
        title = self.tr("Citizen reception")
        if is_sample:
            title = f"{title} [{self.sample_badge.text()}]"
        self.setWindowTitle(title)

    def set_backup_warning(self, text: str) -> None:
        """Warn that the last backup is too old (``text``), or hide the warning ("")."""
        self.backup_warning.setText(text)
        self.backup_warning.setVisible(bool(text))

    def is_sample_badge_shown(self) -> bool:
        """Whether the sample-data badge is set to be visible."""
        return not self.sample_badge.isHidden()

    # menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setVisible(False)
        self.settings_action.triggered.connect(self._settings)
        file_menu.addAction(self.settings_action)
        self.quit_action = quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        # Ctrl+1 … Ctrl+7 switch screens (hidden screens are skipped)
        for number, entry in enumerate(SCREENS, start=1):
            switch = QAction(self)
            switch.setShortcut(QKeySequence(f"Ctrl+{number}"))
            switch.triggered.connect(lambda _c=False, k=entry.key: self._switch_to(k))
            self.addAction(switch)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide_action = QAction(self.tr("User guide"), self)
        guide_action.setObjectName("helpAction")
        guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide_action.triggered.connect(self.show_help)
        help_menu.addAction(guide_action)
        self.addAction(guide_action)
        logs_action = QAction(self.tr("Open the log folder"), self)
        logs_action.triggered.connect(self._open_log_folder)
        help_menu.addAction(logs_action)
        about_action = QAction(self.tr("&Information"), self)
        about_action.setObjectName("aboutAction")
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def add_session_actions(self, actions: list[QAction]) -> None:
        """Put the session's actions (password, lock, switch user, sign out) above Quit."""
        for action in actions:
            self.file_menu.insertAction(self.quit_action, action)
            self.addAction(action)  # their shortcuts work wherever the focus is
        self.file_menu.insertSeparator(self.quit_action)

    def _switch_to(self, key: str) -> None:
        if self.is_screen_visible(key):
            self.show_screen(key)
            self.pages.currentWidget().setFocus()

    @Slot()
    def show_help(self) -> None:
        """F1: the offline user guide."""
        from tcd_desktop.ui.help import show_help

        self.help_dialog = show_help(self)

    @Slot()
    def _open_log_folder(self) -> None:
        from tcd_desktop.config.paths import user_log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_log_dir())))

    @Slot()
    def _about(self) -> None:
        from tcd_desktop.ui.about import AboutDialog

        AboutDialog(self._db, self).exec()

    def enable_settings(self, allowed: bool) -> None:
        """Show Tệp → Cài đặt… to the administrator only (shell.install_screens)."""
        self.settings_action.setVisible(allowed)

    @Slot()
    def _settings(self) -> None:
        from tcd_desktop.ui.settings import SettingsDialog

        SettingsDialog(self, calendar=getattr(self, "calendar_opener", None)).exec()
