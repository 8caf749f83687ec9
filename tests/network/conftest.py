"""Network tests check the Vietnamese messages a desk shows (tests/qt_setup.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(vietnamese_ui: None) -> None:
    """Messages read as a Vietnamese office sees them."""
