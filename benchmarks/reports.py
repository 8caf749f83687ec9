"""Benchmark lines of the statutory report forms (issue 7 §2).

Called by ``benchmarks/run.py`` (or alone: ``python benchmarks/reports.py --db FILE``). Each
line builds a whole form, every unit row and the total, through
``services.reports.build_report`` (the service a screen or the command line calls), for the
year and for a quarter; the raw baseline is one hand-written ``GROUP BY unit`` over the same
window on a plain ``sqlite3`` connection, checked to give the same figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Line, median_ms, print_table

from tcd_desktop.domain.report_periods import Period, parse_period
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.reports import build_report, form_codes
from tcd_desktop.store.database import Database, open_database

TARGET_MS = {"year": 1000.0, "quarter": 300.0}

#: 01/XLD columns 2, 3, 4, 5 by hand, over the same three index ranges as the engine.
RAW_XLD01 = """
SELECT unit_id,
       SUM(received_on < :s),
       SUM(received_on >= :s),
       SUM(processed_on BETWEEN :s AND :e),
       SUM(processed_on IS NULL OR processed_on > :e)
FROM (
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on BETWEEN :s AND :e
  UNION ALL
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on < :s AND processed_on >= :s
  UNION ALL
  SELECT unit_id, received_on, processed_on FROM petitions
   WHERE deleted_at IS NULL AND received_on < :s AND processed_on IS NULL
) GROUP BY unit_id
"""

RAW_TCD01 = """
SELECT unit_id, COUNT(*), SUM(headcount),
       SUM(kind IN ('regular','online')), SUM(kind IN ('regular','online') AND is_mass)
FROM receptions WHERE deleted_at IS NULL AND received_on BETWEEN :s AND :e GROUP BY unit_id
"""

RAW_KQGQ01 = """
SELECT unit_id, SUM(received_on < :s), SUM(received_on >= :s)
FROM (
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND received_on BETWEEN :s AND :e
  UNION ALL
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND closed_on >= :s AND received_on < :s
  UNION ALL
  SELECT unit_id, received_on FROM cases WHERE deleted_at IS NULL AND kind = 'khieu_nai'
     AND closed_on IS NULL AND received_on < :s
) GROUP BY unit_id
"""

RAW = {"01/TCD": (RAW_TCD01, (1, 2, 4, 8)), "01/XLD": (RAW_XLD01, (2, 3, 4, 5)),
       "01/KQGQ": (RAW_KQGQ01, (2, 3))}  # fmt: skip


def _raw_totals(con: sqlite3.Connection, sql: str, period: Period) -> list[int]:
    rows = con.execute(sql, {"s": period.start.isoformat(), "e": period.end.isoformat()})
    sums: list[int] = []
    for row in rows:
        values = [int(v or 0) for v in row[1:]]
        sums = [a + b for a, b in zip(sums, values, strict=True)] if sums else values
    return sums


def bench_forms(db: Database, con: sqlite3.Connection, today: dt.date, runs: int) -> list[Line]:
    """Year and quarter of 01/TCD, 01/XLD and 01/KQGQ, then all ten forms for the year."""
    year = today.year if (today.month, today.day) <= (12, 14) else today.year + 1
    periods = {"year": parse_period(str(year)), "quarter": parse_period(f"{year}-Q3")}
    lines = []
    for form, (sql, cols) in RAW.items():
        for name, period in periods.items():
            report = build_report(db, SYSTEM, form, period)
            raw = _raw_totals(con, sql, period)
            same = [report.total[c - 1] for c in cols] == raw
            ours = median_ms(lambda f=form, p=period: build_report(db, SYSTEM, f, p), runs)
            raw_ms = median_ms(lambda s=sql, p=period: _raw_totals(con, s, p), runs)
            target = TARGET_MS[name]
            note = (f"{period.label}: {len(report.rows)} rows, total col 1 = "
                    f"{report.total[0]:,}; raw {'same' if same else 'DIFFERENT: ' + str(raw)}")  # fmt: skip
            lines.append(Line(f"Report {form}, {name}", ours, raw_ms, f"≤ {target:.0f} ms",
                              ours <= target and same, note))  # fmt: skip
    period = periods["year"]
    slowest = 0.0
    total = 0.0
    for form in form_codes():
        ms = median_ms(lambda f=form: build_report(db, SYSTEM, f, period), max(1, runs // 3))
        slowest, total = max(slowest, ms), total + ms
    lines.append(Line("Report, all ten forms, year (slowest)", slowest, None, "≤ 1000 ms",
                      slowest <= TARGET_MS["year"], f"ten forms in {total:.0f} ms together"))  # fmt: skip
    return lines


def run_all(db: Database, path: Path, today: dt.date, runs: int) -> list[Line]:
    """Every line of the statutory reports."""
    con = sqlite3.connect(path)
    try:
        return bench_forms(db, con, today, runs)
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    """Run only the report lines on an existing benchmark database."""
    parser = argparse.ArgumentParser(description="statutory report benchmark lines")
    parser.add_argument("--db", type=Path, required=True, help="generated SQLite database")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    db = open_database(f"sqlite:///{args.db}", backup=False)
    try:
        today = dt.date.fromisoformat(db.meta("sample_data_today") or dt.date.today().isoformat())
        lines = run_all(db, args.db, today, args.runs)
    finally:
        db.close()
    print(f"\nDatabase: {args.db}; reference date {today}; median of {args.runs} warm runs; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print_table(lines)
    return 0 if all(line.passed is not False for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
