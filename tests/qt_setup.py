"""GUI test set-up: the bundled fonts and the Vietnamese translators, once per session.

The conftest.py of tests/ui and tests/network activate :func:`vietnamese_ui` (screens and
the messages they show); the root conftest.py registers this module as a plugin.

The ``.qm`` catalogue is compiled from ``translations/*.ts`` into a temporary folder with
the venv's lrelease, so GUI tests never depend on a previous ``dev.py`` build.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tcd_desktop.config.resources import translations_dir
from tcd_desktop.ui.fonts import load_application_fonts
from tcd_desktop.ui.i18n import install_translators, remove_translators


def lrelease_executable() -> Path:
    """The lrelease binary that ships inside the PySide6 wheel."""
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"lrelease not found in {folder}")


def compile_catalogues(target: Path) -> Path:
    """Compile every ``translations/*.ts`` into ``target`` and return it."""
    target.mkdir(parents=True, exist_ok=True)
    for ts in translations_dir().glob("*.ts"):
        subprocess.run(
            [str(lrelease_executable()), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
            check=True,
        )
    return target


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with freshly compiled ``.qm`` files."""
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window sizes, session options) in a temporary folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )


@pytest.fixture(scope="session")
def vietnamese_ui(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """Bundled fonts and Vietnamese translators, as the application installs them."""
    load_application_fonts(qapp)
    translators = install_translators(qapp, "vi", directory=str(qm_dir))
    assert len(translators) == 2, "Vietnamese catalogue did not load"
    yield
    remove_translators(qapp, translators)
