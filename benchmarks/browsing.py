"""Lines 1–3: the board counts, paging cases by due date, and search, each next to a raw
``sqlite3`` query that returns the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from typing import Any

from bench_common import Line, median_ms  # puts the repository root on sys.path

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.rulebook import load_rulebook
from tcd_desktop.store.database import Database
from tcd_desktop.store.queries.board import board_counts_by_unit
from tcd_desktop.store.queries.cases import cases_by_due
from tcd_desktop.store.queries.search import search

PAGE = 100
DEEP_PAGE = 9_000
SEARCHES = ("nguyen van", "dang duc dat")


# ---------------------------------------------------------------------- 1. board


RAW_BOARD = """
SELECT u.code,
       CASE
         WHEN c.closed_on IS NOT NULL THEN
           CASE WHEN c.due_on IS NOT NULL AND c.closed_on > c.due_on
                THEN 'closed_late' ELSE 'closed_on_time' END
         WHEN c.is_paused = 1 THEN 'paused'
         WHEN c.due_on IS NULL THEN 'not_started'
         WHEN c.due_on < :today THEN 'overdue'
         WHEN c.due_on <= :soon THEN 'due_soon'
         ELSE 'on_track'
       END AS state,
       count(*)
FROM cases c JOIN units u ON u.id = c.unit_id
WHERE c.deleted_at IS NULL
GROUP BY c.unit_id, state
"""


def bench_board(db: Database, con: sqlite3.Connection, today: dt.date, runs: int) -> Line:
    with db.session() as s:
        soon = load_rulebook(s, SYSTEM).calendar.add_working_days(today, 5)
    args = {"today": today.isoformat(), "soon": soon.isoformat()}

    def ours() -> dict[tuple[str, str], int]:
        with db.session() as s:
            by_unit = board_counts_by_unit(s, today, soon)
        out = {}
        for code, counts in by_unit.items():
            for state, n in counts.as_dict().items():
                if n:
                    out[(code, state)] = n
            if counts.not_started:
                out[(code, "not_started")] = counts.not_started
        return out

    def raw() -> dict[tuple[str, str], int]:
        return {(code, state): n for code, state, n in con.execute(RAW_BOARD, args)}

    same = ours() == raw()
    t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
    return Line(
        "Board: cases by deadline state × unit",
        t_ours,
        t_raw,
        "≤ 2 × raw",
        same and t_ours <= 2 * t_raw,
        "" if same else "NUMBERS DIFFER",
    )


# ---------------------------------------------------------------------- 2. paging


RAW_PAGE = """
SELECT id, code, kind, status, due_on, unit_id, assignee_id FROM cases
WHERE due_on IS NOT NULL AND deleted_at IS NULL {open} {after}
ORDER BY due_on, id LIMIT {limit}
"""


def _raw_page(
    con: sqlite3.Connection, after: tuple[str, str] | None, open_only: bool
) -> list[tuple[Any, ...]]:
    sql = RAW_PAGE.format(
        open="AND closed_on IS NULL" if open_only else "",
        after="AND (due_on, id) > (?, ?)" if after else "",
        limit=PAGE,
    )
    return con.execute(sql, after or ()).fetchall()


def bench_pages(db: Database, con: sqlite3.Connection, runs: int) -> list[Line]:
    open_rows = con.execute(
        "SELECT count(*) FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL "
        "AND closed_on IS NULL"
    ).fetchone()[0]
    all_rows = con.execute(
        "SELECT count(*) FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL"
    ).fetchone()[0]
    deep_open = open_rows >= DEEP_PAGE * PAGE
    cond = "AND closed_on IS NULL" if deep_open else ""
    page_no = min(DEEP_PAGE, ((open_rows if deep_open else all_rows) - 1) // PAGE)
    cursor_row = con.execute(
        f"SELECT due_on, id FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL {cond} "
        "ORDER BY due_on, id LIMIT 1 OFFSET ?",
        ((page_no - 1) * PAGE - 1,),
    ).fetchone()
    lines = []
    for label, after, open_only in (
        ("first page", None, True),
        (f"page {page_no:,}", cursor_row, deep_open),
    ):
        cursor = None
        if after is not None:
            cursor = (dt.date.fromisoformat(after[0]), uuid.UUID(hex=after[1]))

        def ours(cursor: Any = cursor, open_only: bool = open_only) -> list[str]:
            with db.session() as s:
                return [
                    r.code for r in cases_by_due(s, after=cursor, limit=PAGE, open_only=open_only)
                ]

        def raw(after: Any = after, open_only: bool = open_only) -> list[str]:
            return [r[1] for r in _raw_page(con, after, open_only)]

        same = ours() == raw() and len(raw()) == PAGE
        t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
        note = "" if same else "ROWS DIFFER"
        if after is not None and not open_only:
            note = (
                f"only {open_rows:,} open cases ({open_rows // PAGE:,} pages): deep page "
                "measured over all cases with a due date"
            )
        what = "open cases" if open_only else "all cases"
        lines.append(
            Line(
                f"Cases by due date, keyset, {label} ({what})",
                t_ours,
                t_raw,
                "≤ 5 ms",
                same and t_ours <= 5.0,
                note,
            )
        )
    return lines


# ---------------------------------------------------------------------- 3. search


def _raw_search(con: sqlite3.Connection, text: str, limit: int = 100) -> list[str]:
    words = fold(text).split()
    expr = " ".join(f'"{w}"*' for w in words)
    ids = [
        r[0]
        for r in con.execute(
            "SELECT c.id FROM citizens_fts f JOIN citizens c ON c.rowid = f.rowid "
            "WHERE citizens_fts MATCH ? AND c.deleted_at IS NULL LIMIT ?",
            (expr, limit),
        )
    ]
    marks = ",".join("?" * len(ids))
    hits = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM citizens WHERE id IN ({marks}) AND deleted_at IS NULL LIMIT ?",
            (*ids, limit),
        )
    ]
    remaining = limit - len(hits)
    if remaining > 0:
        pids = [
            r[0]
            for r in con.execute(
                "SELECT p.id FROM petitions_fts f JOIN petitions p ON p.rowid = f.rowid "
                "WHERE petitions_fts MATCH ? AND p.deleted_at IS NULL LIMIT ?",
                (expr, remaining),
            )
        ]
        marks = ",".join("?" * len(pids))
        hits += [
            r[0]
            for r in con.execute(
                f"SELECT p.id FROM petitions p LEFT JOIN citizens c ON c.id = p.citizen_id "
                f"WHERE p.id IN ({marks}) AND p.deleted_at IS NULL LIMIT ?",
                (*pids, remaining),
            )
        ]
    return sorted(hits)


def bench_search(db: Database, con: sqlite3.Connection, runs: int) -> list[Line]:
    lines = []
    for text in SEARCHES:

        def ours(text: str = text) -> list[str]:
            with db.session() as s:
                return sorted(h.id.hex for h in search(s, text))

        def raw(text: str = text) -> list[str]:
            return _raw_search(con, text)

        same = ours() == raw()
        n = len(raw())
        t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
        lines.append(
            Line(
                f"Search «{text}», first 100 hits ({n})",
                t_ours,
                t_raw,
                "≤ 25 ms",
                same and t_ours <= 25.0,
                "" if same else "HITS DIFFER",
            )
        )
    return lines
