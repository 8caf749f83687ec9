"""GUI test set-up and the fixtures the GUI test modules share.

- The bundled fonts and the Vietnamese translators, once per session. The ``.qm`` catalogue
  is compiled from ``translations/*.ts`` into a temporary folder with the venv's lrelease, so
  GUI tests never depend on a previous ``dev.py`` build.
- ``desk_db`` / ``sample_db``: copies of an office database built once per session
  (tests/ui/desk_fixtures.py says what is in them).
- ``runner``, ``bus``: a background runner (waited for at teardown) and a fast change bus.
- ``complaint``: an office (tests/services/conftest.py ``make_org``) with one accepted
  complaint, on each database kind.
- ``page``: the reception page on ``desk_db``, signed in as the reception officer, with the
  drafts in ``data_dir`` (tests/ui/intake_steps.py drives it).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tcd_desktop.config.resources import translations_dir
from tcd_desktop.services import petitions
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.store.database import Database
from tcd_desktop.ui.fonts import load_application_fonts
from tcd_desktop.ui.i18n import install_translators, remove_translators
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition, make_org
from tests.ui.desk_fixtures import copy_database, make_desk, make_sample
from tests.ui.intake_steps import make_page


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


@pytest.fixture(scope="session", autouse=True)
def vietnamese_ui(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """Bundled fonts and Vietnamese translators, as the application installs them."""
    load_application_fonts(qapp)
    translators = install_translators(qapp, "vi", directory=str(qm_dir))
    assert len(translators) == 2, "Vietnamese catalogue did not load"
    yield
    remove_translators(qapp, translators)


# ------------------------------------------------------------------------ databases


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "desk.sqlite3"
    make_desk(path)
    return path


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"  # copied under this name
    make_sample(path)
    return path


@pytest.fixture
def desk_db(desk_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the office database."""
    yield from copy_database(desk_template, tmp_path)


@pytest.fixture
def sample_db(sample_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the sample-data database."""
    yield from copy_database(sample_template, tmp_path)


@pytest.fixture
def complaint(db: Database) -> tuple[Org, uuid.UUID]:
    """A complaint accepted ten days ago, nothing else done."""
    org = make_org(db)
    received = today_vn() - dt.timedelta(days=12)
    pid = add_petition(
        db,
        org,
        kind="khieu_nai",
        received_on=received,
        visit=True,
        summary="Khiếu nại việc bồi thường khi thu hồi đất",
    )
    with db.session() as s:
        case_id = petitions.accept_petition(
            s,
            org.handler,
            pid,
            AcceptanceInput(
                accepted_on=received + dt.timedelta(days=2), assignee_id=org.handler.user_id
            ),
        ).case_id
    return org, case_id


# ---------------------------------------------------------------- runner, bus, pages


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    run = BackgroundRunner()
    yield run
    run.wait()


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus(delay_ms=1)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts of this test only."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TCD_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def page(qtbot: QtBot, desk_db: Database, data_dir: Path) -> Iterator[ReceptionPage]:
    """The reception page on a fresh office database (a module may define its own)."""
    yield make_page(qtbot, desk_db)
