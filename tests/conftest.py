"""Suite-wide test set-up: offscreen Qt, a throw-away data folder, the PostgreSQL policy.

- ``QT_QPA_PLATFORM=offscreen`` is set here, before anything creates a QApplication
  (only when the variable is unset, so a developer can still watch tests under X11), with
  a 1366×768 screen (``tests/ui/screen-1366x768.json``).
- ``TCD_DATA_DIR`` points at a temporary folder for the whole session, so no test touches
  the real user data or log folder; ``TCD_DATABASE_URL`` and ``TCD_LANGUAGE`` are cleared.
- Tests marked ``postgres`` are skipped with one line when ``TCD_TEST_DATABASE_URL`` is not
  set. With ``TCD_REQUIRE_POSTGRES=1`` (CI) every skipped ``postgres`` test is reported as a
  failure instead, whatever skipped it, so CI can never pass without PostgreSQL.

Fixtures shared by several test folders (the folder's own are in its conftest.py):

- ``db``: a fresh migrated database, once on SQLite (a copy of a template migrated once per
  session) and once on PostgreSQL (a throw-away schema); ``sqlite_db``: the SQLite one only.
- ``fast_hashing``: cheap argon2 parameters; ``office`` (tests/services/reception_fixtures.py)
  and ``org`` (tests/services/conftest.py): an office with one account per role on ``db``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tcd_desktop.services.users import signin as users_signin
from tcd_desktop.store.database import Database
from tests.dbfixtures import make_database
from tests.services.conftest import Org, make_org
from tests.services.reception_fixtures import Office, make_office

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the offscreen screen is 800×800 by default: GUI tests run on the common office laptop's
# 1366×768 instead (tests/ui/test_screen_fit.py checks every window fits it)
SCREEN_CONFIG = os.path.join(os.path.dirname(__file__), "ui", "screen-1366x768.json")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"

PG_URL_ENV = "TCD_TEST_DATABASE_URL"
PG_REQUIRE_ENV = "TCD_REQUIRE_POSTGRES"
PG_SKIP_REASON = "PostgreSQL tests need TCD_TEST_DATABASE_URL"

_saved_env: dict[str, str | None] = {}
_session_data_dir: str | None = None


def postgres_required() -> bool:
    """True when skipped PostgreSQL tests must fail (``TCD_REQUIRE_POSTGRES=1``)."""
    return os.environ.get(PG_REQUIRE_ENV, "").strip().lower() in ("1", "true", "yes")


pytest_plugins = ["tests.qt_setup"]
"""Fonts, translators and isolated QSettings shared by GUI and network tests."""


def pytest_configure(config: pytest.Config) -> None:
    """Point the application's folders at a temporary directory for this session."""
    global _session_data_dir
    _session_data_dir = tempfile.mkdtemp(prefix="tcd-test-data-")
    for name, value in (
        ("TCD_DATA_DIR", _session_data_dir),
        ("TCD_DATABASE_URL", None),
        ("TCD_LANGUAGE", None),
    ):
        _saved_env[name] = os.environ.get(name)
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def pytest_unconfigure(config: pytest.Config) -> None:
    """Restore the environment and remove the session's data folder."""
    for name, value in _saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    if _session_data_dir:
        shutil.rmtree(_session_data_dir, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``postgres`` tests when no server URL is configured."""
    if os.environ.get(PG_URL_ENV):
        return
    skip = pytest.mark.skip(reason=PG_SKIP_REASON)
    for item in items:
        if item.get_closest_marker("postgres") is not None:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """With ``TCD_REQUIRE_POSTGRES=1``, turn a skipped ``postgres`` test into a failure."""
    report = yield
    if (
        report.skipped
        and not hasattr(report, "wasxfail")
        and item.get_closest_marker("postgres") is not None
        and postgres_required()
    ):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"{PG_REQUIRE_ENV}=1 but this PostgreSQL test was skipped: {reason}"
    return report


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, fully migrated database of each kind."""
    with make_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database only (for GUI tests)."""
    with make_database("sqlite", tmp_path) as database:
        yield database


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters so tests that hash many passwords stay fast."""
    monkeypatch.setattr(
        users_signin, "_hasher", PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    )
    monkeypatch.setattr(users_signin, "_dummy", {})


@pytest.fixture
def office(db: Database, fast_hashing: None) -> Office:
    """A first-run office (commune level, desk LS-01) with an account for every role."""
    return make_office(db)


@pytest.fixture
def org(db: Database) -> Org:
    """A province and a commune with one user per role, a complainant and a sealed denouncer."""
    return make_org(db)
