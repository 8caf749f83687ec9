"""Every store test runs on SQLite and on PostgreSQL (when TCD_TEST_DATABASE_URL is set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tcd_desktop.store.database import Database
from tests.dbfixtures import make_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, fully migrated database of each kind."""
    with make_database(request.param, tmp_path) as database:
        yield database
