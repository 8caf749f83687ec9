"""Walk the screens of the main window, the case window and its dialogs, collecting texts.

Used by tests/ui/test_english_screens.py (every screen in English) and, with a folder, to
save a 1366×768 screenshot of each screen (``python -m tests.ui.screen_walk FOLDER LANG``).
The walk needs only a QApplication, so it runs from a test or from that command alike.
It waits for the screens' background work, not for fixed times (:func:`settle`); the
desk's screens get the hooks of tests/ui/desk_walk.py (forms filled, dialogs opened).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, QThreadPool, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import inspect, select, text

from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case
from tests.ui.desk_fixtures import actor_of

SIZE = (1366, 768)
#: (user, screens of the main window) – the leader sees every case-work screen, the
#: administrator the backup page and the settings.
WALKS = (("lanhdao", ("board", "schedule", "dashboard", "reports")), ("quantri", ("backup",)))
#: The desk's screens: the reception officer's and the handling officer's.
DESK_WALKS = (("tiepdan", ("reception", "register")), ("xulydon", ("petitions",)))
#: Rows of each table whose cells are read (enough to meet every column's kinds of values).
ROWS_READ = 40


class SourceText(QTranslator):
    """A translator that answers every text with its English source (installed last, it
    shadows the Vietnamese catalogues the test session installed)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def english(app: QApplication) -> Iterator[None]:
    """The interface in English (the source texts) while the block runs."""
    # no parent: a child of the application would outlive the block, and a test that
    # reinstalls "the application's translators" would put the English one back on top
    translator = SourceText()
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


def wait_until(check: Callable[[], bool], timeout: float = 15.0) -> None:
    """Process events until ``check()`` holds (AssertionError after ``timeout`` seconds)."""
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the screen")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.0, timeout: float = 15.0) -> None:
    """Process events until no background work has run for a few rounds (and ``seconds``
    have passed): what a screen loads after it shows has arrived."""
    pool = QThreadPool.globalInstance()
    start = time.monotonic()
    calm = 0
    while calm < 4 or time.monotonic() - start < seconds:
        QApplication.processEvents()
        calm = calm + 1 if pool.activeThreadCount() == 0 else 0
        if time.monotonic() - start > timeout:
            return
        time.sleep(0.005)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column
        columns = 1
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def visible_texts(top: QWidget) -> list[str]:
    """What a user reads on ``top``: titles, labels, buttons, tabs, choices, table cells."""
    found = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):  # its tooltip may be a service's reason
            found.append(widget.text())
            menu = getattr(widget, "menu", lambda: None)()
            if isinstance(menu, QMenu):
                found += [a.text() for a in menu.actions()]
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView):
            found += list(_model_texts(widget))
    return [t for t in found if t]


@dataclass
class Walk:
    """Texts per screen name, and the screenshots saved."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    #: texts the services wrote (shown as they are, in Vietnamese): the schedule's warnings
    service_texts: set[str] = field(default_factory=set)
    #: data a screen shows shortened (a summary cut with "…"): not interface either
    data_texts: set[str] = field(default_factory=set)
    shots: list[Path] = field(default_factory=list)
    folder: Path | None = None
    language: str = "en"

    def take(self, name: str, widget: QWidget) -> None:
        settle()
        visible_texts(widget)  # a lazy table asks for its rows when read
        settle()
        self.texts[name] = visible_texts(widget)
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"{name}-{self.language}.png"
            widget.grab().save(str(path))
            self.shots.append(path)


def walk_main_window(
    db: Database,
    walk: Walk,
    walks: tuple[tuple[str, tuple[str, ...]], ...] = WALKS,
    hooks: Mapping[str, Callable[[QWidget, Walk], None]] | None = None,
) -> None:
    """Every screen of :data:`WALKS`, its menus, and the settings, about and help windows;
    ``hooks[key](page, walk)`` after the screen ``key`` is taken."""
    from tcd_desktop.ui.about import AboutDialog
    from tcd_desktop.ui.help import HelpDialog
    from tcd_desktop.ui.main_window import MainWindow
    from tcd_desktop.ui.settings import SettingsDialog
    from tcd_desktop.ui.shell import install_screens

    for username, keys in walks:
        window = MainWindow(db)
        window.resize(*SIZE)
        window.show()
        screens = install_screens(window, db, actor_of(db, username))
        for key in keys:
            assert window.is_screen_visible(key), f"{username} cannot see {key}"
            window.show_screen(key)
            settle()
            page = screens.pages[key]
            if key == "schedule":
                for row in range(page.model.rowCount()):  # type: ignore[attr-defined]
                    walk.service_texts.update(page.model.month_at(row).warnings)  # type: ignore[attr-defined]
            if key == "reports":
                page.make_report()  # type: ignore[attr-defined]
                wait_until(lambda p=page: getattr(p, "report", None) is not None)
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
            for tabs_widget in tabs[:1]:
                for i in range(1, tabs_widget.count()):
                    tabs_widget.setCurrentIndex(i)
                    walk.take(f"{key}-tab{i}", window)
            for view in page.findChildren(QAbstractItemView):  # the rating's reasons
                records = getattr(view.model(), "_records", [])
                walk.service_texts.update(getattr(r, "reason", "") for r in records)
            walk.take(f"{key}", window)
            if hooks and key in hooks:
                hooks[key](page, walk)
        walk.texts[f"menus-{username}"] = [
            action.text()
            for menu in window.menuBar().findChildren(QMenu)
            for action in menu.actions()
            if action.isVisible() and action.text()
        ] + [a.text() for a in window.menuBar().actions()]
        if username == "quantri":
            for name, dialog in (
                ("settings", SettingsDialog(window)),
                ("about", AboutDialog(db, window)),
                ("help", HelpDialog(window)),
            ):
                dialog.resize(min(dialog.sizeHint().width(), SIZE[0]), dialog.height())
                dialog.show()
                walk.take(name, dialog)
                dialog.close()
                dialog.deleteLater()
        window.close()
        window.deleteLater()
        del screens
        settle()


def sample_cases(db: Database) -> list[uuid.UUID]:
    """One case of each kind, the furthest along first (more steps done, more shown)."""
    with db.session() as session:
        rows = session.execute(select(Case.id, Case.kind, Case.status).order_by(Case.code)).all()
    chosen: dict[str, uuid.UUID] = {}
    for case_id, kind, status in rows:
        if kind not in chosen or status not in ("received", "accepted"):
            chosen.setdefault(kind, case_id)
            if status not in ("received", "accepted"):
                chosen[kind] = case_id
    return list(chosen.values())


def walk_case_windows(db: Database, walk: Walk, *, dialogs: bool = True) -> None:
    """The case window on one case of each kind, each tab, and every step dialog it offers."""
    from tcd_desktop.ui.case import CaseDetailDialog
    from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

    actor = actor_of(db, "lanhdao")
    runner = BackgroundRunner(bus=ChangeBus(delay_ms=1))
    for number, case_id in enumerate(sample_cases(db)):
        window = CaseDetailDialog(db, actor, ChangeBus(delay_ms=1), runner)
        window.resize(*SIZE)
        window.show()
        window.show_case(case_id)
        wait_until(lambda w=window: w.page.data is not None)
        page = window.page
        kind = page.data.case.kind
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tabs_widget in tabs[:1]:
            for i in range(tabs_widget.count()):
                tabs_widget.setCurrentIndex(i)
                walk.take(f"case-{number}-{kind}-tab{i}", window)
        if not tabs:
            walk.take(f"case-{number}-{kind}", window)
        if dialogs:
            _walk_steps(walk, page, f"case-{number}-{kind}")
        window.close()
        window.deleteLater()
    runner.wait()
    settle()


def _walk_steps(walk: Walk, page: QWidget, prefix: str) -> None:
    panel = page.steps_panel  # type: ignore[attr-defined]
    for step, button in list(panel.buttons.items()):
        if not button.isEnabled() or not button.isVisibleTo(page):
            continue
        opened: list[QDialog] = []
        panel.dialog_opened.connect(opened.append)
        button.click()
        try:
            wait_until(lambda o=opened: bool(o), timeout=5)
        except AssertionError:
            panel.dialog_opened.disconnect(opened.append)
            continue
        panel.dialog_opened.disconnect(opened.append)
        dialog = opened[0]
        walk.take(f"{prefix}-step-{step}", dialog)
        dialog.reject()
        dialog.deleteLater()


def database_strings(db: Database) -> set[str]:
    """Every text stored in the database (names, summaries, units…: data, not interface)."""
    found: set[str] = set()
    with db.session() as session:
        connection = session.connection()
        for table in inspect(connection).get_table_names():
            for column in inspect(connection).get_columns(table):
                if (
                    "CHAR" not in str(column["type"]).upper()
                    and "TEXT" not in str(column["type"]).upper()
                ):
                    continue
                rows = connection.execute(text(f'SELECT DISTINCT "{column["name"]}" FROM {table}'))
                found.update(value for (value,) in rows if isinstance(value, str) and value)
    return found


def main() -> None:  # pragma: no cover - a tool for looking at the screens
    import os
    import shutil
    import sys
    import tempfile

    from tcd_desktop.ui.fonts import load_application_fonts
    from tcd_desktop.ui.i18n import install_translators
    from tests.qt_setup import compile_catalogues
    from tests.ui.desk_fixtures import copy_database, make_sample
    from tests.ui.desk_walk import DESK_HOOKS, seed

    folder, language = Path(sys.argv[1]), sys.argv[2]
    work = Path(tempfile.mkdtemp())
    os.environ["TCD_DATA_DIR"] = str(work / "data")  # drafts, settings: not the user's
    app = QApplication([])
    load_application_fonts(app)
    keep = install_translators(app, language, directory=str(compile_catalogues(work / "qm")))
    if len(sys.argv) > 3:  # a sample database made by an earlier run
        shutil.copyfile(sys.argv[3], work / "sample.sqlite3")
    else:
        make_sample(work / "sample.sqlite3")
    (work / "copy").mkdir()
    for db in copy_database(work / "sample.sqlite3", work / "copy"):
        seed(db)
        walk = Walk(folder=folder, language=language)
        walk_main_window(db, walk, DESK_WALKS + WALKS, DESK_HOOKS)
        walk_case_windows(db, walk)
        print("\n".join(str(p) for p in walk.shots))
        (folder / f"texts-{language}.json").write_text(
            json.dumps(walk.texts, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    del keep


if __name__ == "__main__":  # pragma: no cover
    main()
