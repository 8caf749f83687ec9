"""The per-day case summary (``case_day_counts``) equals a count of the cases after random
writes of every kind, on both backends; the board reads it and gets the same numbers as
the partial-index counts; ``rebuild`` repairs it; a sample-data load leaves it right."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import delete, select, text, update

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Unit
from tcd_desktop.store.queries import board_cards as q
from tcd_desktop.store.queries.board_counts import differences, rebuild, summary_counts
from tcd_desktop.store.schema_check import check_schema, repair_schema

D0 = dt.date(2026, 6, 1)
TODAY = dt.date(2026, 9, 10)
WINDOW = q.BoardWindow(TODAY, dt.date(2026, 9, 17))


def _day(rnd: random.Random) -> dt.date | None:
    return None if rnd.random() < 0.15 else D0 + dt.timedelta(days=rnd.randrange(0, 200))


def _slow_counts(db: Database, flt: q.CaseFilter) -> dict[str, int]:
    """The partial-index path: the same filter with a unit-free condition that skips the
    summary (``include_children=False`` without a unit changes nothing else)."""
    other = q.CaseFilter(
        closed_from=flt.closed_from, closed_to=flt.closed_to, include_children=False
    )
    with db.session() as s:
        c = q.filtered_counts(s, WINDOW, other)
        return {**c.as_dict(), "not_started": c.not_started}


def test_summary_follows_random_writes(db: Database) -> None:
    rnd = random.Random(11)
    with db.session() as s:
        units = [Unit(code=f"U{i}", name=f"Đơn vị {i}", level="commune") for i in range(3)]
        s.add_all(units)
        s.flush()
        unit_ids = [u.id for u in units]
    made = 0
    for _round in range(6):
        with db.session() as s:
            for _ in range(40):  # inserts: open, paused, closed on time and late, deleted
                made += 1
                due = _day(rnd)
                closed = _day(rnd) if rnd.random() < 0.5 else None
                s.add(
                    Case(
                        code=f"C-{made}",
                        unit_id=rnd.choice(unit_ids),
                        kind="khieu_nai",
                        received_on=D0,
                        due_on=due,
                        closed_on=closed,
                        is_paused=rnd.random() < 0.2,
                        deleted_at=dt.datetime.now(dt.UTC) if rnd.random() < 0.05 else None,
                    )
                )
            s.flush()
            ids = list(s.scalars(select(Case.id)))
            for case_id in rnd.sample(ids, min(25, len(ids))):  # updates of every kind
                change = rnd.choice(
                    ["close", "reopen", "due", "pause", "unit", "delete", "undelete"]
                )
                values: dict[str, object] = {
                    "close": {"closed_on": _day(rnd) or D0},
                    "reopen": {"closed_on": None},
                    "due": {"due_on": _day(rnd)},
                    "pause": {"is_paused": rnd.random() < 0.5},
                    "unit": {"unit_id": rnd.choice(unit_ids)},
                    "delete": {"deleted_at": dt.datetime.now(dt.UTC)},
                    "undelete": {"deleted_at": None},
                }[change]
                s.execute(update(Case).where(Case.id == case_id).values(**values))
            for case_id in rnd.sample(ids, 3):  # hard deletes
                s.execute(delete(Case).where(Case.id == case_id))
        with db.session() as s:
            assert differences(s) == []
    for period in [(None, None), (dt.date(2026, 6, 15), dt.date(2026, 9, 14))]:
        flt = q.CaseFilter(closed_from=period[0], closed_to=period[1])
        with db.session() as s:
            fast = q.filtered_counts(s, WINDOW, flt)
            direct = summary_counts(s, TODAY, WINDOW.due_soon_until, *period)
        assert {**fast.as_dict(), "not_started": fast.not_started} == _slow_counts(db, flt)
        assert direct == _slow_counts(db, flt)
        assert sum(direct.values()) > 0

    # a broken summary is found and rebuilt
    with db.session() as s:
        s.execute(text("UPDATE case_day_counts SET n = n + 5"))
        s.execute(text("DELETE FROM case_day_counts WHERE state = 'o'"))
    with db.session() as s:
        assert differences(s)
    problems = check_schema(db.engine).search  # db check finds it, db check --repair fixes it
    assert any("case_day_counts" in p for p in problems)
    assert any("case_day_counts" in d for d in repair_schema(db.engine))
    with db.session() as s:
        assert differences(s) == []
        s.execute(text("UPDATE case_day_counts SET n = n + 1"))
    with db.session() as s:
        rebuild(s)
    with db.session() as s:
        assert differences(s) == []
    assert not any("case_day_counts" in p for p in check_schema(db.engine).search)


def test_sample_data_load_leaves_the_summary_right(db: Database) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data

    generate_demo_data(db, SYSTEM, cases=300, seed=4, today=TODAY)
    with db.session() as s:
        assert differences(s) == []
        assert s.scalar(text("SELECT sum(n) FROM case_day_counts")) == s.scalar(
            select(Case.id).with_only_columns(text("count(*)")).where(Case.deleted_at.is_(None))
        )
