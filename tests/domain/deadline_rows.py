"""The row helper shared by the table-driven deadline tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

D = date


def case(rule: str, start: date, due: date, source: str, *, id: str, **options: Any) -> Any:
    """One row of the table."""
    return pytest.param(rule, start, options, due, source, id=id)
