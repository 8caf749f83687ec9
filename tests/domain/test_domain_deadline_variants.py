"""Table-driven deadline cases for the rule variants: complex/remote periods, extensions and
suspensions.

Worked out by hand as in test_domain_deadline_table.py (same 2026 days off, ``C`` = calendar
days with roll-forward, ``W`` = working days); the ``source`` column gives the row of LAW.md
and the reasoning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import compute_deadline_for
from tcd_desktop.domain.rules import RulePack
from tests.domain.deadline_rows import D, case

VARIANT_CASES = [
    # --- K3 / K7 variants ----------------------------------------------------------------
    case(
        "K3",
        D(2026, 6, 1),
        D(2026, 7, 16),
        id="K3-complex-45",
        complex=True,
        source="K3 complex 45 C from Mon 1/6: 30/6 = +29, 16/7 = +45 (Thu)",
    ),
    case(
        "K3",
        D(2026, 6, 1),
        D(2026, 7, 16),
        id="K3-remote-45",
        remote=True,
        source="K3 remote 45 C from 1/6 → Thu 16/7/2026",
    ),
    case(
        "K3",
        D(2026, 6, 1),
        D(2026, 7, 31),
        id="K3-remote-complex-60",
        complex=True,
        remote=True,
        source="K3 remote + complex 60 C from 1/6: 1/7 = +30, 31/7 = +60 (Fri)",
    ),
    case(
        "K3",
        D(2026, 6, 1),
        D(2026, 7, 31),
        id="K3-very-complex-is-complex",
        very_complex=True,
        remote=True,
        source="very complex implies complex: K3 remote + complex 60 C → 31/7/2026",
    ),
    case(
        "K7",
        D(2026, 6, 1),
        D(2026, 7, 16),
        id="K7-base-45",
        source="K7 45 C from Mon 1/6 → Thu 16/7/2026",
    ),
    case(
        "K7",
        D(2026, 6, 1),
        D(2026, 7, 31),
        id="K7-complex-60",
        complex=True,
        source="K7 complex 60 C from 1/6 → Fri 31/7/2026",
    ),
    case(
        "K7",
        D(2026, 6, 1),
        D(2026, 8, 10),
        id="K7-remote-complex-70",
        complex=True,
        remote=True,
        source="K7 remote + complex 70 C from 1/6 → 31/7 (+60) + 10 → Mon 10/8/2026",
    ),
    case(
        "K7",
        D(2026, 7, 3),
        D(2026, 9, 11),
        id="K7-remote-complex-70-b",
        complex=True,
        remote=True,
        source="K7 70 C from Fri 3/7: 31/7 = +28, 31/8 = +59, 11/9 = +70 (Fri)",
    ),
    case(
        "K5",
        D(2026, 7, 16),
        D(2026, 9, 3),
        id="K5-remote-45-qk",
        remote=True,
        source="K5 remote 45 C from 16/7 → Sun 30/8; 31/8, 1–2/9 off → Thu 03/9/2026",
    ),
    case(
        "KD2",
        D(2026, 11, 2),
        D(2026, 12, 2),
        id="KD2-dismissal-30",
        variant="dismissal",
        source="Luật KN Điều 48: 30 days for buộc thôi việc, from Mon 2/11 → Wed 02/12/2026",
    ),
    case(
        "KD4",
        D(2026, 10, 12),
        D(2026, 11, 26),
        id="KD4-complex-45",
        complex=True,
        source="Luật KN Điều 50: 45 C from 12/10: 31/10 = +19, 26/11 = +45 (Thu)",
    ),
    # --- D4 extensions -------------------------------------------------------------------
    case(
        "D4",
        D(2026, 11, 2),
        D(2026, 12, 2),
        id="D4-base-30",
        source="D4 30 C from Mon 2/11 → Wed 02/12/2026",
    ),
    case(
        "D4",
        D(2026, 8, 3),
        D(2026, 10, 2),
        id="D4-complex-1-ext",
        complex=True,
        extensions=1,
        source="D4 complex: 30 + one extension of 30 = 60 C from 3/8: 31/8 = +28, 30/9 = +58, "
        "2/10 = +60 (Fri)",
    ),
    case(
        "D4",
        D(2026, 8, 3),
        D(2026, 11, 2),
        id="D4-very-complex-2-ext",
        very_complex=True,
        extensions=2,
        source="D4 very complex: 30 + 30 + 30 = 90 C from 3/8 → Sun 1/11 → Mon 2/11",
    ),
    case(
        "D4",
        D(2026, 8, 3),
        D(2026, 10, 7),
        id="D4-ext-days-15-20",
        very_complex=True,
        extension_days=[15, 20],
        source="D4 30 + 15 + 20 = 65 C from 3/8: 30/9 = +58 → Wed 7/10",
    ),
    # --- suspension (paused spans; complaints only from 01/7/2026, so D4 here) ------------
    case(
        "D4",
        D(2026, 3, 2),
        D(2026, 4, 13),
        id="pause-C-10-days",
        paused=[(D(2026, 3, 10), D(2026, 3, 19))],
        source="D4 30 C from Mon 2/3 → Wed 1/4; 10 paused days → Sat 11/4 → Mon 13/4/2026",
    ),
    case(
        "D4",
        D(2026, 3, 2),
        D(2026, 4, 3),
        id="pause-C-before-start",
        paused=[(D(2026, 2, 25), D(2026, 3, 4))],
        source="D4 from 2/3 → 1/4; pause 25/2–4/3 overlaps the count on 3/3 and 4/3 only → Fri 3/4",
    ),
    case(
        "D4",
        D(2026, 3, 2),
        D(2026, 4, 1),
        id="pause-C-after-end",
        paused=[(D(2026, 4, 10), D(2026, 4, 12))],
        source="D4 from 2/3 → Wed 1/4; a pause after the due date changes nothing",
    ),
    case(
        "D4",
        D(2026, 8, 3),
        D(2026, 9, 17),
        id="pause-C-two-spans",
        paused=[(D(2026, 8, 10), D(2026, 8, 19)), (D(2026, 9, 1), D(2026, 9, 5))],
        source="D4 30 C from 3/8 counts 4–9/8 (6), 20–31/8 (18), 6–17/9 (30) → Thu 17/9/2026",
    ),
    case(
        "D1",
        D(2026, 7, 6),
        D(2026, 7, 17),
        id="pause-W-2-days",
        paused=[(D(2026, 7, 8), D(2026, 7, 9))],
        source="D1 7 W from Mon 6/7: 7/7 (1), 8–9/7 paused, 10, 13, 14, 15, 16, Fri 17/7 (7)",
    ),
]


@pytest.mark.parametrize(("rule_id", "start", "options", "expected", "source"), VARIANT_CASES)
def test_deadline_variant_table(
    pack: RulePack,
    cal: WorkingCalendar,
    rule_id: str,
    start: date,
    options: dict[str, Any],
    expected: date,
    source: str,
) -> None:
    """The engine reproduces each hand-computed due date."""
    deadline = compute_deadline_for(pack, rule_id, start, cal, **options)
    assert deadline.due == expected, f"{source}\n{deadline.explanation}"
    assert deadline.rule_id == rule_id
    assert deadline.start == start


def test_variant_table_is_sourced() -> None:
    """Every variant case says where its due date comes from."""
    assert len(VARIANT_CASES) >= 20
    assert all(p.values[4] for p in VARIANT_CASES)
