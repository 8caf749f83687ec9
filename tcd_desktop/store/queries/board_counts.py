"""Per-day case counts: the board's numbers without reading the cases.

``case_day_counts`` holds one row per (state, day) with the number of live cases:
open cases by due date (``o`` running, ``p`` paused; no due date yet: the day 9999-12-31),
closed cases by closing date (``c`` on time, ``l`` late). Triggers on ``cases`` (migration
0013) keep it in step in the same transaction as every insert, update and delete, so the
whole office's board counts are sums over a few thousand summary rows (a quarter of
closing days, the open cases' due days) instead of range counts over a hundred thousand
index entries. It has no unit: at a million cases over two hundred units a per-unit row
per day would hold nearly one case each and save nothing; a unit's board counts its own
(much smaller) subtree through the partial indexes. :func:`rebuild` recomputes it from the cases (after
a bulk load that bypassed the triggers, or to repair it) and :func:`differences` compares
it with a count made from the cases (``db check`` and the tests).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    case,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

__all__ = [
    "NO_DUE",
    "SUMMARY",
    "differences",
    "rebuild",
    "rebuild_sql",
    "repair_summary",
    "summary_counts",
    "summary_problems",
    "trigger_sql",
]

#: The day an open case without a due date (no clock yet) is filed under.
NO_DUE = dt.date(9999, 12, 31)

SUMMARY = Table(
    "case_day_counts",
    MetaData(),
    Column("state", String(1), primary_key=True),
    Column("day", Date(), primary_key=True),
    Column("n", Integer(), nullable=False, default=0),
)


def _state(row: str) -> str:
    return (
        f"CASE WHEN {row}.closed_on IS NOT NULL THEN "
        f"(CASE WHEN {row}.due_on IS NOT NULL AND {row}.closed_on > {row}.due_on "
        f"THEN 'l' ELSE 'c' END) WHEN {row}.is_paused THEN 'p' ELSE 'o' END"
    )


def _day(row: str) -> str:
    return (
        f"CASE WHEN {row}.closed_on IS NOT NULL THEN {row}.closed_on "
        f"ELSE COALESCE({row}.due_on, '{NO_DUE.isoformat()}') END"
    )


def rebuild_sql(dialect: str) -> list[str]:
    """Statements that recompute the whole summary from the live cases."""
    day = _day("c")
    if dialect == "postgresql":
        day = f"CASE WHEN c.closed_on IS NOT NULL THEN c.closed_on ELSE COALESCE(c.due_on, DATE '{NO_DUE.isoformat()}') END"
    return [
        "DELETE FROM case_day_counts",
        "INSERT INTO case_day_counts (state, day, n) "
        f"SELECT {_state('c')}, {day}, count(*) FROM cases c "
        "WHERE c.deleted_at IS NULL GROUP BY 1, 2",
    ]


SQLITE_COLUMNS = "closed_on, due_on, is_paused, deleted_at"


def trigger_sql(dialect: str) -> tuple[list[str], list[str]]:
    """``(create, drop)`` statements of the triggers that keep the summary in step."""
    if dialect == "postgresql":
        day_new = (
            "CASE WHEN NEW.closed_on IS NOT NULL THEN NEW.closed_on "
            f"ELSE COALESCE(NEW.due_on, DATE '{NO_DUE.isoformat()}') END"
        )
        day_old = day_new.replace("NEW.", "OLD.")
        create = [
            "CREATE OR REPLACE FUNCTION tcd_case_day_counts() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN "
            "UPDATE case_day_counts SET n = n - 1 "
            f"WHERE state = ({_state('OLD')}) AND day = ({day_old}); END IF; "
            "IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN "
            "INSERT INTO case_day_counts (state, day, n) "
            f"VALUES ({_state('NEW')}, {day_new}, 1) "
            "ON CONFLICT (state, day) DO UPDATE SET n = case_day_counts.n + 1; "
            "END IF; RETURN NULL; END $$",
            "CREATE TRIGGER case_day_counts_sync AFTER INSERT OR DELETE OR UPDATE OF "
            f"{SQLITE_COLUMNS} ON cases FOR EACH ROW EXECUTE FUNCTION tcd_case_day_counts()",
        ]
        drop = [
            "DROP TRIGGER IF EXISTS case_day_counts_sync ON cases",
            "DROP FUNCTION IF EXISTS tcd_case_day_counts()",
        ]
        return create, drop
    minus = (
        "UPDATE case_day_counts SET n = n - 1 "
        f"WHERE state = ({_state('OLD')}) AND day = ({_day('OLD')});"
    )
    plus = (
        "INSERT INTO case_day_counts (state, day, n) "
        f"SELECT {_state('NEW')}, {_day('NEW')}, 1 WHERE NEW.deleted_at IS NULL "
        "ON CONFLICT (state, day) DO UPDATE SET n = n + 1;"
    )
    create = [
        f"CREATE TRIGGER case_day_counts_ai AFTER INSERT ON cases BEGIN {plus} END",
        "CREATE TRIGGER case_day_counts_ad AFTER DELETE ON cases WHEN OLD.deleted_at IS NULL "
        f"BEGIN {minus} END",
        f"CREATE TRIGGER case_day_counts_au AFTER UPDATE OF {SQLITE_COLUMNS} ON cases BEGIN "
        f"{minus.replace(';', ' AND OLD.deleted_at IS NULL;')} {plus} END",
    ]
    drop = [f"DROP TRIGGER IF EXISTS case_day_counts_{s}" for s in ("ai", "ad", "au")]
    return create, drop


def rebuild(session: Session) -> None:
    """Recompute the summary from the cases, in the caller's transaction."""
    for sql in rebuild_sql(session.get_bind().dialect.name):
        session.execute(text(sql))


def _raw_counts(session: Session) -> dict[tuple[str, Any], int]:
    from tcd_desktop.store.models import Case

    state = case(
        (
            Case.closed_on.is_not(None),
            case((Case.due_on.is_not(None) & (Case.closed_on > Case.due_on), "l"), else_="c"),
        ),
        (Case.is_paused.is_(True), "p"),
        else_="o",
    )
    day = func.coalesce(Case.closed_on, Case.due_on)
    rows = session.execute(
        select(state, day, func.count()).where(Case.deleted_at.is_(None)).group_by(state, day)
    )
    return {(s, d or NO_DUE): int(n) for s, d, n in rows}


def differences(session: Session) -> list[tuple[str, Any, int, int]]:
    """``(state, day, summary, cases)`` wherever the summary and the cases disagree."""
    raw = _raw_counts(session)
    summary = {(s, d): int(n) for s, d, n in session.execute(select(SUMMARY)).tuples() if n}
    keys = sorted(set(raw) | set(summary), key=str)
    return [
        (s, d, summary.get((s, d), 0), raw.get((s, d), 0))
        for s, d in keys
        if summary.get((s, d), 0) != raw.get((s, d), 0)
    ]


def summary_counts(
    session: Session,
    today: dt.date,
    due_soon_until: dt.date,
    closed_from: dt.date | None,
    closed_to: dt.date | None,
) -> dict[str, int]:
    """The whole office's board counts from the summary: one statement of conditional sums
    (the open states read every open due day, the closed ones only the period's days)."""
    t = SUMMARY.c
    running = t.state == "o"

    def total(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, t.n), else_=0)), 0)

    closed = t.state.in_(("c", "l"))
    if closed_from is not None:
        closed = closed & (t.day >= closed_from)
    if closed_to is not None:
        closed = closed & (t.day <= closed_to)
    q = select(
        total(t.state == "p"),
        total(running & (t.day < today)),
        total(running & (t.day >= today) & (t.day <= due_soon_until)),
        total(running & (t.day > due_soon_until) & (t.day < NO_DUE)),
        total(running & (t.day == NO_DUE)),
        total(closed & (t.state == "c")),
        total(closed & (t.state == "l")),
    )
    row = session.execute(q).one()
    keys = (
        "paused",
        "overdue",
        "due_soon",
        "on_track",
        "not_started",
        "closed_on_time",
        "closed_late",
    )
    return {k: int(v) for k, v in zip(keys, row, strict=True)}


def summary_problems(conn: Any) -> list[str]:
    """``db check``: where the summary disagrees with the cases (a few lines at most)."""
    found = differences(conn)
    if not found:
        return []
    shown = "; ".join(f"{s} {d}: {a} ≠ {b}" for s, d, a, b in found[:5])
    return [f"Bảng đếm vụ việc theo ngày (case_day_counts) lệch {len(found)} dòng: {shown}."]


def repair_summary(conn: Any) -> list[str]:
    """``db check --repair``: recompute the summary from the cases when it differs."""
    if not differences(conn):
        return []
    for sql in rebuild_sql(conn.dialect.name):
        conn.execute(text(sql))
    return ["Đã tính lại bảng đếm vụ việc theo ngày (case_day_counts)."]
