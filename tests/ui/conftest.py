"""GUI test set-up and the fixtures the GUI test modules share.

- The bundled fonts and the Vietnamese translators, once per session (tests/qt_setup.py).
- ``desk_db`` / ``sample_db``: copies of an office database built once per session
  (tests/ui/desk_fixtures.py says what is in them).
- ``runner``, ``bus``: a background runner (waited for at teardown) and a fast change bus.
- ``complaint``: an office (tests/services/conftest.py ``make_org``) with one accepted
  complaint, on each database kind.
- ``page``: the reception page on ``desk_db``, signed in as the reception officer, with the
  drafts in ``data_dir`` (tests/ui/reception_steps.py drives it).
- ``shots``: where a test saves its screenshots: the test's own folder, or ``$TCD_SHOTS``.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tcd_desktop.services import petitions
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.store.database import Database
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition, make_org
from tests.ui.desk_fixtures import copy_database, make_desk, make_sample
from tests.ui.reception_steps import make_page


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(vietnamese_ui: None) -> None:
    """Every GUI test sees the screens as a Vietnamese office does (tests/qt_setup.py)."""


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
def runner(bus: ChangeBus) -> Iterator[BackgroundRunner]:
    """A runner publishing what operations changed on ``bus``, as the shell wires them."""
    run = BackgroundRunner(bus=bus)
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


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """The folder for this test's screenshots: ``$TCD_SHOTS`` when set (to look at them
    afterwards), else a folder in the test's own ``tmp_path``, never a fixed shared path that
    two test runs at once (or two workers) would both write."""
    folder = Path(os.environ["TCD_SHOTS"]) if os.environ.get("TCD_SHOTS") else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
