"""Table-driven deadline cases.

Every expected date was worked out by hand from printed month calendars
(``python -c 'import calendar; print(calendar.month(2026, 8))'``) and the 2026 days off listed
in LAW.md §3: 01/01; Tết Sat 14/02–Sun 22/02; Giỗ Tổ Sun 26/04 observed Mon 27/04;
Thu 30/04 and Fri 01/05; Quốc khánh Tue 01/09 and Wed 02/09; Mon 31/08 off in exchange for
the make-up working Saturday 22/08.  ``C`` = calendar days with roll-forward, ``W`` = working
days.  The ``source`` column gives the row of LAW.md and the reasoning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import compute_deadline_for
from tcd_desktop.domain.rules import RulePack
from tests.domain.deadline_rows import D, case

CASES = [
    # --- LAW.md §10 calendar-engine tests -------------------------------------------------
    case(
        "K3",
        D(2026, 2, 1),
        D(2026, 3, 3),
        id="law10-30C-feb",
        source="LAW.md §10: 30 C from 01/02/2026 → 03/3/2026 (Tue, working, no roll)",
    ),
    case(
        "T1",
        D(2026, 2, 12),
        D(2026, 3, 5),
        id="law10-tet-W",
        source="LAW.md §10 + T1 10 W: Fri 13/2 (1), Tết 14–22/2 skipped, 23–27/2 (2–6), "
        "2–5/3 (7–10) → Thu 05/3/2026",
    ),
    # --- Tết 2026 ------------------------------------------------------------------------
    case(
        "D1",
        D(2026, 2, 13),
        D(2026, 3, 3),
        id="tet-D1-7W",
        source="D1 7 W from Fri 13/2: Tết 14–22/2 off, 23–27/2 (1–5), Mon 2/3 (6), Tue 3/3 (7)",
    ),
    case(
        "D1",
        D(2026, 2, 13),
        D(2026, 3, 6),
        id="tet-D1-extended-10W",
        variant="extended",
        source="D1 extended 10 W (Luật TC Điều 24 k1): as above then 4/3 (8), 5/3 (9), Fri 6/3 (10)",
    ),
    case(
        "K3",
        D(2026, 1, 16),
        D(2026, 2, 23),
        id="tet-K3-roll",
        source="K3 30 C from 16/1 → Sun 15/2 inside Tết (off to Sun 22/2) → Mon 23/02/2026",
    ),
    # --- Giỗ Tổ, 30/4–1/5 ------------------------------------------------------------------
    case(
        "T1",
        D(2026, 4, 20),
        D(2026, 5, 7),
        id="giotoh-30-4-T1",
        source="T1 10 W from Mon 20/4: 21–24/4 (1–4), Mon 27/4 observed Giỗ Tổ, 28–29/4 (5–6), "
        "30/4–1/5 holidays, 4–7/5 (7–10) → Thu 07/5/2026",
    ),
    case(
        "K8",
        D(2026, 4, 20),
        D(2026, 4, 28),
        id="giotoh-K8-roll",
        source="K8 7 C from Mon 20/4 → Mon 27/4 = Giỗ Tổ substitute day (26/4 is Sunday) → Tue 28/4",
    ),
    case(
        "D9",
        D(2026, 4, 10),
        D(2026, 5, 4),
        id="30-4-D9-roll",
        source="D9 20 C from Fri 10/4 → Thu 30/4 holiday, Fri 1/5 holiday, weekend → Mon 04/5/2026",
    ),
    case(
        "K4",
        D(2026, 4, 29),
        D(2026, 5, 6),
        id="30-4-K4-3W",
        source="K4 3 W from Wed 29/4: 30/4, 1/5 off, weekend, Mon 4/5 (1), 5/5 (2), Wed 6/5 (3)",
    ),
    # --- 22/8 make-up Saturday and 31/8 day off; Quốc khánh 1–2/9 ---------------------------
    case(
        "T5",
        D(2026, 8, 20),
        D(2026, 8, 24),
        id="swap-22-8-T5",
        source="T5 3 W from Thu 20/8: Fri 21/8 (1), Sat 22/8 make-up working day (2), Mon 24/8 (3)",
    ),
    case(
        "T1",
        D(2026, 8, 19),
        D(2026, 9, 4),
        id="swap-and-qk-T1",
        source="T1 10 W from Wed 19/8: 20, 21, Sat 22 (make-up), 24–28/8 (4–8), 29/8–2/9 off "
        "(weekend, 31/8 swapped, 1–2/9 Quốc khánh), Thu 3/9 (9), Fri 4/9 (10)",
    ),
    case(
        "K8",
        D(2026, 8, 15),
        D(2026, 8, 22),
        id="swap-22-8-no-roll",
        source="K8 7 C from Sat 15/8 → Sat 22/8, a make-up working day, so no roll-forward",
    ),
    case(
        "D2",
        D(2026, 8, 26),
        D(2026, 9, 7),
        id="qk-D2-5W",
        source="D2 5 W from Wed 26/8: 27 (1), 28 (2), 29/8–2/9 off, Thu 3/9 (3), Fri 4/9 (4), Mon 7/9 (5)",
    ),
    case(
        "T1",
        D(2026, 8, 24),
        D(2026, 9, 10),
        id="qk-T1-10W",
        source="T1 10 W from Mon 24/8: 25–28/8 (1–4), 29/8–2/9 off, 3, 4, 7, 8, 9, 10/9 (5–10)",
    ),
    case(
        "K3",
        D(2026, 8, 3),
        D(2026, 9, 3),
        id="qk-K3-roll",
        source="K3 30 C from thụ lý 03/8 → Wed 02/9 Quốc khánh → Thu 03/9/2026",
    ),
    case(
        "K3",
        D(2026, 7, 31),
        D(2026, 9, 3),
        id="qk-K3-long-roll",
        source="K3 30 C from Fri 31/7 → Sun 30/8; 31/8 swapped off; 1–2/9 Quốc khánh → Thu 03/9",
    ),
    case(
        "K6",
        D(2026, 8, 31),
        D(2026, 9, 11),
        id="qk-K6-new-7W-start-on-holiday",
        source="K6 from 01/7/2026 = 7 W; start Mon 31/8 (day off): 1–2/9 off, 3, 4, 7, 8, 9, 10, "
        "Fri 11/9 (7)",
    ),
    # --- plain weekend roll-forward ------------------------------------------------------
    case(
        "K10",
        D(2026, 10, 9),
        D(2026, 11, 9),
        id="weekend-sunday-roll",
        source="K10 30 C from Fri 9/10 → Sun 8/11 → Mon 09/11/2026",
    ),
    case(
        "K5",
        D(2026, 10, 1),
        D(2026, 11, 2),
        id="weekend-saturday-roll",
        source="K5 30 C from Thu 1/10 → Sat 31/10 → Mon 02/11/2026",
    ),
    case(
        "T2B",
        D(2026, 7, 1),
        D(2026, 8, 17),
        id="T2B-45C-roll",
        source="T2B 45 C (NĐ 154 Điều 41) from Wed 1/7 → Sat 15/8 → Mon 17/8/2026",
    ),
    case(
        "K1",
        D(2026, 7, 1),
        D(2026, 9, 29),
        id="K1-90C",
        source="K1 90 C from 1/7: 31/7 = +30, 31/8 = +61, 29/9 = +90 (Tue, working)",
    ),
    # --- year boundaries -----------------------------------------------------------------
    case(
        "K8",
        D(2026, 12, 25),
        D(2027, 1, 4),
        id="newyear-K8-roll",
        source="K8 7 C from Fri 25/12/2026 → Fri 1/1/2027 New Year, weekend → Mon 04/01/2027",
    ),
    case(
        "T1",
        D(2026, 12, 18),
        D(2027, 1, 4),
        id="newyear-T1-10W",
        source="T1 10 W from Fri 18/12: 21–25/12 (1–5), 28–31/12 (6–9), 1/1 off, Mon 4/1/2027 (10)",
    ),
    # --- the 01/7/2026 switch of K2 ------------------------------------------------------
    case(
        "K2",
        D(2026, 6, 30),
        D(2026, 7, 10),
        id="K2-old-30-6",
        source="K2 before 01/7/2026: Luật KN Điều 27 10 C from Tue 30/6 → Fri 10/7/2026",
    ),
    case(
        "K2",
        D(2026, 7, 1),
        D(2026, 7, 10),
        id="K2-new-1-7",
        source="K2 from 01/7/2026: 7 W from Wed 1/7: 2, 3, 6, 7, 8, 9, Fri 10/7 (7)",
    ),
    case(
        "K2",
        D(2026, 7, 2),
        D(2026, 7, 13),
        id="K2-new-2-7",
        source="K2 from 01/7/2026 = 7 W from Thu 2/7: 3, 6, 7, 8, 9, 10, Mon 13/7 (7)",
    ),
    case(
        "K2",
        D(2026, 6, 26),
        D(2026, 7, 6),
        id="K2-old-26-6",
        source="K2 old 10 C from Fri 26/6 → Mon 6/7/2026 (old rule still applies: receipt before 1/7)",
    ),
    case(
        "K2",
        D(2026, 8, 31),
        D(2026, 9, 11),
        id="K2-new-31-8",
        source="K2 new 7 W from Mon 31/8 (day off): 3, 4, 7, 8, 9, 10, 11/9 → Fri 11/9 "
        "(10 C would give Thu 10/9)",
    ),
    # --- minimum notice ("before") rules -------------------------------------------------
    case(
        "K13",
        D(2026, 8, 10),
        D(2026, 8, 5),
        id="K13-5C-before",
        source="K13 ≥5 days before dialogue Mon 10/8 → notice by Wed 5/8 (5/8 + 5 = 10/8)",
    ),
    case(
        "K13",
        D(2026, 9, 10),
        D(2026, 9, 4),
        id="K13-before-weekend",
        source="K13 dialogue Thu 10/9 → 5/9 is Saturday → earlier working day Fri 4/9/2026",
    ),
    case(
        "K13",
        D(2026, 9, 7),
        D(2026, 8, 28),
        id="K13-before-qk",
        source="K13 dialogue Mon 7/9 → 2/9 holiday; 1/9, 31/8, 30/8, 29/8 off → Fri 28/8/2026",
    ),
    case(
        "T6",
        D(2026, 9, 10),
        D(2026, 9, 3),
        id="T6-5W-before",
        source="T6 ≥5 W before online session Thu 10/9: 9, 8, 7, 4, Thu 3/9 (5th working day back)",
    ),
    case(
        "T6",
        D(2026, 8, 25),
        D(2026, 8, 19),
        id="T6-before-makeup-saturday",
        source="T6 before Tue 25/8: Mon 24 (1), Sat 22 make-up (2), 21 (3), 20 (4), Wed 19/8 (5)",
    ),
    # --- periods in years ----------------------------------------------------------------
    case(
        "K12",
        D(2026, 3, 15),
        D(2027, 3, 15),
        id="K12-1-year",
        source="K12 1 year (Luật TTHC Điều 116): 15/3/2026 → Mon 15/3/2027, corresponding day",
    ),
    case(
        "K12",
        D(2028, 2, 29),
        D(2029, 2, 28),
        id="K12-leap-day",
        source="K12 1 year from 29/2/2028: no 29/2/2029 → last day of February, Wed 28/2/2029",
    ),
    case(
        "T7",
        D(2026, 6, 5),
        D(2027, 6, 7),
        id="T7-1-year-roll",
        source="T7 retention 1 year from Fri 5/6/2026 → Sat 5/6/2027 → Mon 7/6/2027",
    ),
]


@pytest.mark.parametrize(("rule_id", "start", "options", "expected", "source"), CASES)
def test_deadline_table(
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


def test_table_is_large_enough_and_sourced() -> None:
    """The brief asks for at least 30 sourced cases."""
    assert len(CASES) >= 30
    assert all(p.values[4] for p in CASES)
