"""Settings table (QSettings INI), the Cài đặt dialog derived from it, Trợ giúp → Thông tin."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from tcd_desktop.config import settings as cfg
from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.store.database import Database
from tcd_desktop.ui.about import AboutDialog, collect_facts, diagnostics
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.settings import SettingsDialog


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(cfg.SETTINGS_FILE_ENV, str(path))
    return path


def test_defaults_types_and_limits(settings_file: Path) -> None:
    assert cfg.get(cfg.BACKUP_KEEP_DAILY) == 7
    assert cfg.get(cfg.BACKUP_KEEP_WEEKLY) == 4
    assert cfg.get(cfg.BACKUP_KEEP_MONTHLY) == 12
    assert cfg.get(cfg.DUE_SOON_DAYS) == 5
    assert cfg.get(cfg.LANGUAGE) == "vi"
    assert cfg.get(cfg.PRINTER_DUPLEX) is False
    cfg.set_value(cfg.DUE_SOON_DAYS, 7)
    cfg.set_value(cfg.PRINTER_DUPLEX, True)
    assert cfg.get(cfg.DUE_SOON_DAYS) == 7 and cfg.get(cfg.PRINTER_DUPLEX) is True
    assert "due_soon_days=7" in settings_file.read_text()
    with pytest.raises(ValueError, match="khoảng"):
        cfg.set_value(cfg.DUE_SOON_DAYS, 99)
    with pytest.raises(ValueError, match="một trong"):
        cfg.set_value(cfg.LANGUAGE, "fr")
    settings_file.write_text("[board]\ndue_soon_days=abc\n[ui]\nlanguage=xx\n")
    assert cfg.get(cfg.DUE_SOON_DAYS) == 5 and cfg.get(cfg.LANGUAGE) == "vi"
    assert len({s.key for s in cfg.SETTINGS}) == len(cfg.SETTINGS)
    assert {s.group for s in cfg.SETTINGS} <= set(cfg.GROUP_TITLES)


def test_database_url_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TCD_DATABASE_URL", raising=False)
    assert resolve_database_url(None).endswith("tcd-desktop.sqlite3")
    chosen = f"sqlite:///{tmp_path}/van-phong.sqlite3"
    cfg.set_value(cfg.DATABASE_URL, chosen)
    assert resolve_database_url(None) == chosen
    if os.name == "posix":
        assert cfg.settings_file().stat().st_mode & 0o077 == 0  # may hold a password
    monkeypatch.setenv("TCD_DATABASE_URL", "sqlite:///env.sqlite3")
    assert resolve_database_url(None) == "sqlite:///env.sqlite3"
    assert resolve_database_url("sqlite:///cli.sqlite3") == "sqlite:///cli.sqlite3"


def test_settings_dialog_is_the_table(qtbot: QtBot, shots: Path) -> None:
    cfg.set_value(cfg.DATABASE_URL, "postgresql+psycopg://tcd:bimat@db.coquan:5432/tcd")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    assert set(dialog.editors) == {s.key for s in cfg.SETTINGS}
    assert isinstance(dialog.editors["backup/keep_daily"], QSpinBox)
    assert isinstance(dialog.editors["printer/duplex"], QCheckBox)
    assert isinstance(dialog.editors["ui/language"], QComboBox)
    url_edit = dialog.editors["database/url"]
    assert isinstance(url_edit, QLineEdit) and "bimat" not in url_edit.text()
    spin = dialog.editors["board/due_soon_days"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(3)
    dialog.editors["backup/keep_monthly"].setValue(24)  # type: ignore[attr-defined]
    dialog.save()
    assert cfg.get(cfg.DUE_SOON_DAYS) == 3 and cfg.get(cfg.BACKUP_KEEP_MONTHLY) == 24
    # the password survived: the masked URL was not written back
    assert "bimat" in cfg.get_str(cfg.DATABASE_URL)
    assert dialog.sizeHint().height() <= 740 and dialog.sizeHint().width() <= 1366
    dialog.grab().save(str(shots / "tcd-settings-dialog.png"))


def test_settings_menu_for_the_administrator_only(qtbot: QtBot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert not window.settings_action.isVisible()
    window.enable_settings(True)
    assert window.settings_action.isVisible()


def test_about_shows_versions_and_copies_no_personal_data(
    qtbot: QtBot, sqlite_db: Database, shots: Path
) -> None:
    dialog = AboutDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    facts = dialog.facts
    assert facts.database_engine.startswith("SQLite 3.")
    assert dialog.values["database"].text() == str(sqlite_db.url).removeprefix("sqlite:///")
    assert facts.schema and facts.schema != "?"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.diagnostics_text()
    assert f"TCD Desktop {facts.version}" in copied and f"Qt {facts.qt}" in copied
    dialog.grab().save(str(shots / "tcd-about.png"))


def test_diagnostics_hide_the_account_and_the_home_folder() -> None:
    facts = collect_facts(None)
    home = str(Path.home())
    shown = diagnostics(
        facts.__class__(
            **{
                **facts.__dict__,
                "database": "PostgreSQL nguyenvana@db.coquan:5432/tcd",
                "data_dir": f"{home}/.local/share/tcd-desktop",
            }
        )
    )
    assert "nguyenvana" not in shown and "db.coquan:5432/tcd" in shown
    assert home not in shown and "~/.local/share/tcd-desktop" in shown


def test_printer_defaults_apply_to_a_printer() -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from tcd_desktop.ui.settings.printing import apply_printer_settings

    cfg.set_value(cfg.PRINTER_COPIES, 2)
    cfg.set_value(cfg.PRINTER_DUPLEX, True)
    cfg.set_value(cfg.PRINTER_NAME, "May in khong noi")  # not connected: the default stays
    printer = apply_printer_settings(QPrinter())
    assert printer.copyCount() == 2
    if QPrinterInfo.availablePrinterNames():  # with no printer installed Qt keeps DuplexNone
        assert printer.duplex() == QPrinter.DuplexMode.DuplexLongSide
    assert printer.printerName() != "May in khong noi"
