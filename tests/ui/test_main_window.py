"""The main window: Vietnamese title and navigation, status bar, sample-data badge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.ui.main_window import MainWindow

NAV_VI = [
    "Tiếp công dân",
    "Sổ tiếp công dân",
    "Xử lý đơn",
    "Bảng vụ việc",
    "Lịch tiếp định kỳ",
    "Tổng hợp",
    "Báo cáo",
    "Sao lưu",
    "Quản trị",
]


@dataclass
class StubDatabase:
    """Just what MainWindow reads from a database."""

    url: str
    is_sample: bool = False


def make_window(qtbot: QtBot, db: object) -> MainWindow:
    window = MainWindow(db)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_title_and_navigation_are_vietnamese(qtbot: QtBot, sqlite_db: Database) -> None:
    window = make_window(qtbot, sqlite_db)
    assert window.windowTitle() == "Tiếp công dân"  # Qt adds the application name
    assert nav_texts(window) == NAV_VI
    assert window.screen_keys() == [
        "reception",
        "register",
        "petitions",
        "board",
        "schedule",
        "dashboard",
        "reports",
        "backup",
        "admin",
    ]
    assert window.current_screen() == "reception"


def test_clicking_a_navigation_entry_shows_its_placeholder(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    window = make_window(qtbot, sqlite_db)
    window.show()
    qtbot.waitExposed(window)
    row = window.screen_keys().index("board")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_screen() == "board"
    page = window.page("board")
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Bảng vụ việc" in texts
    assert "Màn hình này sẽ có trong phiên bản sau." in texts


def test_set_page_replaces_the_placeholder(qtbot: QtBot, sqlite_db: Database) -> None:
    window = make_window(qtbot, sqlite_db)
    window.show_screen("dashboard")
    screen = QWidget()
    screen.setObjectName("realDashboard")
    window.set_page("dashboard", screen)
    assert window.page("dashboard") is screen
    assert window.current_screen() == "dashboard"
    assert window.pages.currentWidget() is screen
    assert window.pages.count() == len(NAV_VI)


def test_status_bar_shows_the_sqlite_file(qtbot: QtBot, sqlite_db: Database) -> None:
    window = make_window(qtbot, sqlite_db)
    text = window.database_label.text()
    assert text.startswith("Cơ sở dữ liệu: ")
    assert text.endswith("test.sqlite3")


def test_status_bar_never_shows_a_password(qtbot: QtBot) -> None:
    db = StubDatabase("postgresql+psycopg://tcd:s3cr3t-pw@db.office.local:5433/tcd")
    window = make_window(qtbot, db)
    text = window.database_label.text()
    assert "s3cr3t-pw" not in text
    assert "db.office.local:5433" in text


def test_sample_badge_hidden_for_a_real_database(qtbot: QtBot, sqlite_db: Database) -> None:
    window = make_window(qtbot, sqlite_db)
    assert not window.is_sample_badge_shown()
    assert "DỮ LIỆU MẪU" not in window.windowTitle()


def test_sample_badge_shown_for_sample_data(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, StubDatabase(f"sqlite:///{tmp_path}/demo.sqlite3", True))
    window.show()
    qtbot.waitExposed(window)
    assert window.is_sample_badge_shown()
    assert window.sample_badge.isVisible()
    assert window.sample_badge.text() == "DỮ LIỆU MẪU"
    assert window.windowTitle().endswith("[DỮ LIỆU MẪU]")
    window.set_sample_data(False)
    assert not window.sample_badge.isVisible()


def test_screenshot(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, StubDatabase(f"sqlite:///{tmp_path}/demo.sqlite3", True))
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "main_window.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 640)
    # the red sample-data badge is painted somewhere in the status bar
    badge = window.sample_badge
    centre = badge.mapTo(window, badge.rect().center())
    colour = image.pixelColor(centre.x(), centre.y() - badge.height() // 4)
    assert colour.red() > 150 and colour.green() < 100, colour.name()
