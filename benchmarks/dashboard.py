"""Benchmark lines of the supervisor's dashboard and the fast board counts (issue 7).

Runs on SQLite or PostgreSQL (``--database URL``); every line puts the application's code
next to hand-written SQL returning the same numbers (checked), as the median of warm runs::

    .venv/bin/python benchmarks/dashboard.py --database sqlite:////path/bench.sqlite3
    .venv/bin/python benchmarks/dashboard.py --database postgresql+psycopg://u@host/db

``benchmarks/run.py`` calls :func:`run_all` for its SQLite database. The database must hold
sample data (``tcd-desktop demo-data``); its ``app_meta.sample_data_today`` is "today".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import text

if str(Path(__file__).resolve().parent) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import ROOT, Line, median_ms, print_table
from reports import cpu_ms

if str(ROOT) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(ROOT))

from tcd_desktop.domain.dashboard_period import Period, current_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, dashboard
from tcd_desktop.services.context import Actor
from tcd_desktop.store.database import Database, open_database

ADMIN = Actor(None, "bench", "Đo hiệu năng", frozenset({Role.ADMINISTRATOR.value}))

RAW_COUNTS = """
SELECT
 (SELECT count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL
    AND is_paused = :t),
 (SELECT count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL
    AND is_paused = :f AND due_on < :today),
 (SELECT count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL
    AND is_paused = :f AND due_on >= :today AND due_on <= :soon),
 (SELECT count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL
    AND is_paused = :f AND due_on > :soon),
 (SELECT count(*) FROM cases WHERE closed_on IS NOT NULL AND deleted_at IS NULL
    AND closed_on >= :p0 AND closed_on <= :p1),
 (SELECT count(*) FROM cases WHERE closed_on IS NOT NULL AND deleted_at IS NULL
    AND closed_on >= :p0 AND closed_on <= :p1 AND due_on IS NOT NULL AND closed_on > due_on)
"""
RAW_UNITS = (
    "SELECT unit_id, count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL "
    "AND is_paused = :f AND due_on < :today GROUP BY unit_id",
    "SELECT unit_id, count(*) FROM cases WHERE closed_on IS NOT NULL AND deleted_at IS NULL "
    "AND closed_on >= :p0 AND closed_on <= :p1 GROUP BY unit_id",
    "SELECT unit_id, count(*) FROM cases WHERE deleted_at IS NULL "
    "AND received_on >= :p0 AND received_on <= :p1 GROUP BY unit_id",
)
RAW_PAGE = (
    "SELECT id, code FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL "
    "AND is_paused = :f AND due_on < :today ORDER BY due_on, id LIMIT 100"
)


def _args(db: Database, today: dt.date, period: Period) -> dict[str, Any]:
    with db.session() as s:
        window = board._board_window(s, today)
    return {
        "today": today,
        "soon": window.due_soon_until,
        "p0": period.start,
        "p1": period.end,
        "t": True,
        "f": False,
    }


def bench_counts(db: Database, today: dt.date, period: Period, runs: int) -> list[Line]:
    """Board counts for the current period (the board's default) and over all history."""
    args = _args(db, today, period)
    flt = board.CaseFilter(closed_from=period.start, closed_to=period.end)

    def ours() -> list[int]:
        c = board.board_counts(db, ADMIN, flt, today=today)
        return [
            c["paused"],
            c["overdue"],
            c["due_soon"],
            c["on_track"],
            c["closed_on_time"] + c["closed_late"],
            c["closed_late"],
        ]

    def raw() -> list[int]:
        with db.engine.connect() as con:
            return [int(v) for v in con.execute(text(RAW_COUNTS), args).one()]

    same = ours() == raw()
    t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
    cpu = ""
    if db.engine.dialect.name == "sqlite":  # the work itself, whatever the machine's load
        cpu = f"CPU {cpu_ms(ours, runs):.1f} ms (raw {cpu_ms(raw, runs):.1f}); "
    every = board.CaseFilter()
    t_all = median_ms(lambda: board.board_counts(db, ADMIN, every, today=today), max(3, runs // 3))
    return [
        Line(
            f"Board counts, closed in {period.key} (services.board.board_counts)",
            t_ours,
            t_raw,
            "≤ 50 ms",
            same and t_ours <= 50.0,
            cpu + ("whole office: per-day summary rows" if same else "NUMBERS DIFFER"),
        ),
        Line(
            "Board counts, closed over all history (CaseFilter())",
            t_all,
            None,
            "report",
            None,
            "what the board counted before issue 7",
        ),
    ]


def bench_board_paint(db: Database, today: dt.date, period: Period, runs: int) -> Line:
    """The board's first paint as the screen loads it (current period)."""
    flt = board.CaseFilter(closed_from=period.start, closed_to=period.end)
    t = median_ms(lambda: board.load_board(db, ADMIN, flt, today=today, part="all"), runs)
    return Line(
        f"Board first paint, closed in {period.key} (load_board part='all')",
        t,
        None,
        "≤ 300 ms",
        t <= 300.0,
        "counts + 40 cards per column",
    )


def bench_dashboard(db: Database, today: dt.date, period: Period, runs: int) -> list[Line]:
    """The dashboard's first paint (per-unit table) and its slower half (medians, charts)."""
    args = _args(db, today, period)
    table = dashboard.load_table(db, ADMIN, period, today=today)

    def raw() -> list[int]:
        out = []
        with db.engine.connect() as con:
            for sql in RAW_UNITS:
                out.append(sum(int(n) for _u, n in con.execute(text(sql), args)))
        return out

    t = table.totals
    same = [t["overdue"], t["closed_on_time"] + t["closed_late"], t["received"]] == raw()
    t_ours = median_ms(lambda: dashboard.load_table(db, ADMIN, period, today=today), runs)
    t_raw = median_ms(raw, runs)
    n = max(3, runs // 3)
    t_det = median_ms(lambda: dashboard.load_details(db, ADMIN, period, today=today), n)
    return [
        Line(
            f"Dashboard first paint: {len(table.rows)} units × 15 figures, rating "
            f"(dashboard.load_table, {period.key})",
            t_ours,
            t_raw,
            "≤ 500 ms",
            same and t_ours <= 500.0,
            ("raw: three GROUP BY unit counts only" if same else "NUMBERS DIFFER"),
        ),
        Line(
            "Dashboard details: medians, 12 months by kind, officers (load_details)",
            t_det,
            None,
            "report",
            None,
            "loaded after the table, in the background",
        ),
    ]


def bench_drill(db: Database, today: dt.date, period: Period, runs: int) -> list[Line]:
    """First page of the cases behind a number (all units; and one unit's > 30 days)."""
    lines = []
    table = dashboard.load_table(db, ADMIN, period, today=today)
    top = max((r for r in table.rows if r.depth == 0), key=lambda r: r.total["backlog_30"])
    args = _args(db, today, period)
    for label, spec in (
        ("overdue, all units", dashboard.DrillSpec("overdue", period, None, today=today)),
        (
            f"overdue > 30 working days, {top.code} and its units",
            dashboard.DrillSpec("radar_over_30", period, top.unit_id, today=today),
        ),
    ):

        def ours(spec: dashboard.DrillSpec = spec) -> tuple[int | None, int]:
            _w, page, total = dashboard.drill_page(db, ADMIN, spec, limit=100)
            return total, len(page.cards)

        total, shown = ours()
        expected = table.totals[spec.metric] if spec.unit_id is None else top.total[spec.metric]
        same = total == expected and shown == min(100, expected)
        t_ours = median_ms(ours, runs)
        t_raw = None
        if spec.unit_id is None:

            def raw() -> list[Any]:
                with db.engine.connect() as con:
                    return list(con.execute(text(RAW_PAGE), args))

            t_raw = median_ms(raw, runs)
        lines.append(
            Line(
                f"Drill-down first page: {label} ({expected:,} cases)",
                t_ours,
                t_raw,
                "≤ 100 ms",
                same and t_ours <= 100.0,
                "first 100 rows + the total count" if same else "LENGTH DIFFERS FROM THE NUMBER",
            )
        )
    return lines


def run_all(db: Database, today: dt.date, runs: int) -> list[Line]:
    """Every line of issue 7 on ``db``."""
    period = current_period(today)
    lines = bench_counts(db, today, period, runs)
    lines.append(bench_board_paint(db, today, period, runs))
    lines += bench_dashboard(db, today, period, runs)
    lines += bench_drill(db, today, period, runs)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the issue-7 lines on ``--database``; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    db = open_database(args.database, upgrade=True, backup=False)
    try:
        today = dt.date.fromisoformat(db.meta("sample_data_today") or dt.date.today().isoformat())
        lines = run_all(db, today, args.runs)
        name = db.display_name()
    finally:
        db.close()
    print(
        f"\nDatabase: {name}; reference date {today.isoformat()}; median of {args.runs} warm "
        f"runs; load average {os.getloadavg()[0]:.1f}"
    )
    print_table(lines)
    if args.json:
        payload = {
            "database": name,
            "today": today.isoformat(),
            "runs": args.runs,
            "load_average": os.getloadavg()[0],
            "lines": [asdict(x) for x in lines],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(line.passed is not False for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
