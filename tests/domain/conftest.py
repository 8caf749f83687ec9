"""Shared fixtures for the domain tests: the shipped rule pack and a working calendar."""

from __future__ import annotations

from pathlib import Path

import pytest

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.rules import RulePack, load_rule_pack

RULES_PATH = Path(__file__).resolve().parents[2] / "resources" / "rules" / "rules-v1.json"


@pytest.fixture(scope="session")
def pack() -> RulePack:
    """The rule pack shipped in resources/rules."""
    return load_rule_pack(RULES_PATH)


@pytest.fixture(scope="session")
def cal() -> WorkingCalendar:
    """Calendar with the package holidays only (no administrator overrides)."""
    return WorkingCalendar()
