"""GUI tests run with the bundled fonts and the Vietnamese translators (tests/qt_setup.py)."""

from __future__ import annotations

import pytest

from tests.dbfixtures import sqlite_db  # noqa: F401  (fixture)


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(vietnamese_ui: None) -> None:
    """Every GUI test sees the screens as a Vietnamese office does."""
