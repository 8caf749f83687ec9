"""Network tests check the Vietnamese messages a desk shows (tests/qt_setup.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tcd_desktop.store.database import Database
from tests.network.fixtures import server_database


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(vietnamese_ui: None) -> None:
    """Messages read as a Vietnamese office sees them."""


@pytest.fixture
def db() -> Iterator[Database]:
    """A migrated database in a throw-away schema of the test server, its connections named
    so that a test kills only them (tests/network/fixtures.py ``server_database``)."""
    yield from server_database()
