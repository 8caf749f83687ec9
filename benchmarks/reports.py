"""Benchmark lines of the statutory report forms (issue 7 §2), on SQLite or PostgreSQL.

Called by ``benchmarks/run.py`` (or alone: ``python benchmarks/reports.py --database URL``
or ``--db FILE``). Each line builds a whole form, every unit row and the total, through
``services.reports.build_report`` (the service a screen or the command line calls), for the
year and for a quarter; the raw baseline is one hand-written ``GROUP BY unit`` over the same
window, checked to give the same figures. On SQLite the note also gives this process's CPU
time for the form (the work itself: on a loaded two-core machine the wall time is mostly
waiting for a core).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

if str(Path(__file__).resolve().parent) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import Line, median_ms, print_table

from tcd_desktop.domain.report_periods import Period, parse_period
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.reports import build_report, form_codes
from tcd_desktop.store.database import Database, open_database

TARGET_MS = {"year": 1000.0, "quarter": 300.0}


def _n(cond: str) -> str:
    return f"SUM(CASE WHEN {cond} THEN 1 ELSE 0 END)"


#: 01/XLD columns 2, 3, 4, 5 by hand, over the same three index ranges as the engine.
RAW_XLD01 = f"""
SELECT unit_id,
       {_n("received_on < :s")},
       {_n("received_on >= :s")},
       {_n("processed_on BETWEEN :s AND :e")},
       {_n("processed_on IS NULL OR processed_on > :e")}
FROM (
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on BETWEEN :s AND :e
  UNION ALL
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on < :s AND processed_on >= :s
  UNION ALL
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on < :s AND processed_on IS NULL
) w GROUP BY unit_id
"""

RAW_TCD01 = f"""
SELECT unit_id, COUNT(*), SUM(headcount),
       {_n("kind IN ('regular','online')")}, {_n("kind IN ('regular','online') AND is_mass")}
FROM receptions WHERE deleted_at IS NULL AND received_on BETWEEN :s AND :e GROUP BY unit_id
"""

RAW_KQGQ01 = f"""
SELECT unit_id, {_n("received_on < :s")}, {_n("received_on >= :s")}
FROM (
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND received_on BETWEEN :s AND :e
  UNION ALL
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND closed_on >= :s AND received_on < :s
  UNION ALL
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND closed_on IS NULL AND received_on < :s
) w GROUP BY unit_id
"""

RAW = {
    "01/TCD": (RAW_TCD01, (1, 2, 4, 8)),
    "01/XLD": (RAW_XLD01, (2, 3, 4, 5)),
    "01/KQGQ": (RAW_KQGQ01, (2, 3)),
}


def cpu_ms(fn: Callable[[], Any], runs: int) -> float:
    """Median CPU time of this process for ``fn`` (SQLite runs in-process), in ms."""
    fn()
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def _raw_totals(db: Database, sql: str, period: Period) -> list[int]:
    with db.engine.connect() as con:
        rows = con.execute(text(sql), {"s": period.start, "e": period.end}).all()
    sums: list[int] = []
    for row in rows:
        values = [int(v or 0) for v in row[1:]]
        sums = [a + b for a, b in zip(sums, values, strict=True)] if sums else values
    return sums


def bench_forms(db: Database, today: dt.date, runs: int) -> list[Line]:
    """Year and quarter of 01/TCD, 01/XLD and 01/KQGQ, then all ten forms for the year."""
    sqlite = db.engine.dialect.name == "sqlite"
    year = today.year if (today.month, today.day) <= (12, 14) else today.year + 1
    periods = {"year": parse_period(str(year)), "quarter": parse_period(f"{year}-Q3")}
    lines = []
    for form, (sql, cols) in RAW.items():
        for name, period in periods.items():

            def ours(f: str = form, p: Period = period) -> Any:
                return build_report(db, SYSTEM, f, p)

            report = ours()
            raw = _raw_totals(db, sql, period)
            same = [report.total[c - 1] for c in cols] == raw
            t_ours = median_ms(ours, runs)
            t_raw = median_ms(lambda s=sql, p=period: _raw_totals(db, s, p), runs)
            cpu = f"; CPU {cpu_ms(ours, max(3, runs // 2)):.0f} ms" if sqlite else ""
            target = TARGET_MS[name]
            note = (
                f"{period.label}: {len(report.rows)} rows, total col 1 = {report.total[0]:,}; "
                f"raw {'same' if same else 'DIFFERENT: ' + str(raw)}{cpu}"
            )
            lines.append(
                Line(
                    f"Report {form}, {name}",
                    t_ours,
                    t_raw,
                    f"≤ {target:.0f} ms",
                    t_ours <= target and same,
                    note,
                )
            )
    period = periods["year"]
    slowest, slowest_form, total, cpu_total = 0.0, "", 0.0, 0.0
    for form in form_codes():

        def one(f: str = form) -> Any:
            return build_report(db, SYSTEM, f, period)

        ms = median_ms(one, max(1, runs // 3))
        if sqlite:
            cpu_total += cpu_ms(one, 1)
        if ms > slowest:
            slowest, slowest_form = ms, form
        total += ms
    cpu = f"; CPU {cpu_total:.0f} ms together" if sqlite else ""
    lines.append(
        Line(
            f"Report, all ten forms, year (slowest: {slowest_form})",
            slowest,
            None,
            "≤ 1000 ms",
            slowest <= TARGET_MS["year"],
            f"ten forms in {total:.0f} ms together{cpu}",
        )
    )
    return lines


def run_all(db: Database, path: Path | None, today: dt.date, runs: int) -> list[Line]:
    """Every line of the statutory reports (``path`` is kept for ``run.py``)."""
    return bench_forms(db, today, runs)


def main(argv: list[str] | None = None) -> int:
    """Run only the report lines on an existing benchmark database."""
    parser = argparse.ArgumentParser(description="statutory report benchmark lines")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="generated SQLite database file")
    where.add_argument("--database", metavar="URL", help="SQLAlchemy URL (SQLite or PostgreSQL)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    url = args.database or f"sqlite:///{args.db}"
    db = open_database(url, backup=False)
    try:
        today = dt.date.fromisoformat(db.meta("sample_data_today") or dt.date.today().isoformat())
        lines = run_all(db, args.db, today, args.runs)
        name = db.display_name()
    finally:
        db.close()
    print(
        f"\nDatabase: {name}; reference date {today}; median of {args.runs} warm runs; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print_table(lines)
    return 0 if all(line.passed is not False for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
