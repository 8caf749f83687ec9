"""Fixtures shared by the hostile command-line tests (test_cli_hostile*.py)."""

from __future__ import annotations

import pytest

from tcd_desktop import app
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.domain.enums import Role
from tests.cli.test_cli import add_account
from tests.dbfixtures import fresh_sqlite_file


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch, fast_hashing: None) -> None:
    """Opening the window is a failure (offscreen it would wait for ever); nobody signed in.

    The hostile modules use it for every test (``pytestmark``).
    """

    def refuse(args: list[str]) -> int:
        raise AssertionError(f"the window would open for {args!r}")

    monkeypatch.setattr(app, "run_gui", refuse)
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)


@pytest.fixture(scope="module")
def office_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite office set up with an administrator and a reception officer."""
    path = fresh_sqlite_file(tmp_path_factory.mktemp("office") / "office.sqlite3")
    url = f"sqlite:///{path}"
    add_account(url, "quantri", Role.ADMINISTRATOR)
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    return url
