"""Board counts by unit with its child units, and "closed on time / late" in a period.

Every number is checked against a count made from the records themselves (Python over the
rows), on SQLite and PostgreSQL, with cases closed on both sides of the 14th/15th cut-off.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from tcd_desktop.domain.dashboard_period import parse_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board
from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Unit

TODAY = dt.date(2026, 9, 10)
VIEWER = Actor(uuid.uuid4(), "gs", "Giám sát", frozenset({Role.SUPERVISOR.value}))


def make_tree(db: Database) -> dict[str, uuid.UUID]:
    """Province → (department, commune → hamlet office); 4 cases per unit on each side of
    the Q3 cut-offs (14/6|15/6 and 14/9|15/9) plus open cases."""
    ids: dict[str, uuid.UUID] = {}
    d = dt.timedelta
    with db.session() as s:
        prov = Unit(code="P", name="UBND tỉnh", level="province")
        s.add(prov)
        s.flush()
        dept = Unit(code="P.S", name="Sở", level="department", parent_id=prov.id)
        comm = Unit(code="P.X", name="UBND xã", level="commune", parent_id=prov.id)
        s.add_all([dept, comm])
        s.flush()
        sub = Unit(code="P.X.1", name="Tổ", level="commune", parent_id=comm.id)
        s.add(sub)
        s.flush()
        n = 0
        for unit in (prov, dept, comm, sub):
            ids[unit.code] = unit.id
            for closed in (
                dt.date(2026, 6, 14),
                dt.date(2026, 6, 15),
                dt.date(2026, 9, 14),
                dt.date(2026, 9, 15),
                None,
                None,
            ):
                n += 1
                due = (closed or TODAY) + d(-3 if n % 3 == 0 else 5)
                s.add(
                    Case(
                        code=f"C-{n:03d}",
                        unit_id=unit.id,
                        kind="khieu_nai",
                        received_on=dt.date(2026, 5, 1),
                        due_on=due,
                        closed_on=closed,
                    )
                )
    return ids


def from_records(db: Database, units: set[uuid.UUID], start: dt.date, end: dt.date) -> dict:
    with db.session() as s:
        rows = s.execute(select(Case.unit_id, Case.due_on, Case.closed_on)).all()
    out = {"closed_on_time": 0, "closed_late": 0, "overdue": 0}
    for unit, due, closed in rows:
        if unit not in units:
            continue
        if closed is None:
            out["overdue"] += due < TODAY
        elif start <= closed <= end:
            out["closed_late" if closed > due else "closed_on_time"] += 1
    return out


def test_unit_filter_includes_children_and_period_bounds(db: Database) -> None:
    ids = make_tree(db)
    q3 = parse_period("2026-Q3")
    assert (q3.start, q3.end) == (dt.date(2026, 6, 15), dt.date(2026, 9, 14))
    subtrees = {
        "P": set(ids.values()),
        "P.X": {ids["P.X"], ids["P.X.1"]},
        "P.S": {ids["P.S"]},
    }
    for code, members in subtrees.items():
        for children in (True, False):
            flt = board.CaseFilter(
                unit_id=ids[code],
                include_children=children,
                closed_from=q3.start,
                closed_to=q3.end,
            )
            got = board.board_counts(db, VIEWER, flt, today=TODAY)
            expected = from_records(db, members if children else {ids[code]}, q3.start, q3.end)
            assert {k: got[k] for k in expected} == expected, (code, children)
            # two of the four closed dates per unit fall in Q3 (15/6 and 14/9)
            closed = got["closed_on_time"] + got["closed_late"]
            assert closed == 2 * (len(members) if children else 1)
            snap = board.load_board(db, VIEWER, flt, today=TODAY, page_size=100)
            assert {s: len(p.cards) for s, p in snap.columns.items()} == got
            with db.session() as s:
                window = board._board_window(s, TODAY)
            _w, _page, total = board.load_table_page(db, VIEWER, window, flt, limit=200)
            assert total == sum(got.values())


def test_all_history_when_no_period(db: Database) -> None:
    ids = make_tree(db)
    got = board.board_counts(db, VIEWER, board.CaseFilter(unit_id=ids["P"]), today=TODAY)
    assert got["closed_on_time"] + got["closed_late"] == 16
