"""Performance benchmarks on a generated million-case SQLite database.

Usage::

    .venv/bin/python benchmarks/run.py [--cases 1000000] [--db PATH] [--rebuild]
                                       [--runs 15] [--json FILE]

The database is generated once with the sample-data generator and cached in
``benchmarks/data/`` (git-ignored); ``--rebuild`` makes it again. Each line measures one
thing the application does, next to a raw ``sqlite3`` baseline that returns the same numbers
(checked), as the median of warm runs, and says whether it meets its target. See
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from dataclasses import asdict
from pathlib import Path

from bench_common import print_table  # puts the repository root on sys.path
from bench_db import DATA, ensure_database, raw_connection
from browsing import bench_board, bench_pages, bench_search
from cold_start import bench_cold_start
from saving import bench_save


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark; exit code 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="database file (cached)")
    parser.add_argument("--rebuild", action="store_true", help="generate the database again")
    parser.add_argument("--runs", type=int, default=15, help="warm runs per measurement")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    path = args.db or DATA / f"bench-{args.cases}.sqlite3"
    db, note = ensure_database(path, args.cases, args.rebuild)
    try:
        today = dt.date.fromisoformat(db.meta("sample_data_today") or dt.date.today().isoformat())
        con = raw_connection(path)
        lines = [bench_board(db, con, today, args.runs)]
        lines += bench_pages(db, con, args.runs)
        lines += bench_search(db, con, args.runs)
        con.close()
        lines.append(bench_save(db, path, today, args.runs))
        from desk import run_all  # issues 3 and 4: reception desk, board, case

        lines += run_all(db, path, today, args.runs)
        from dashboard import run_all as run_dashboard  # issue 7: board counts, dashboard

        lines += run_dashboard(db, today, args.runs)
        from reports import run_all as report_lines  # issue 7 §2: statutory report forms

        lines += report_lines(db, path, today, args.runs)
    finally:
        db.close()
    lines.append(bench_cold_start(path, args.runs))
    print(
        f"\nDatabase: {path} — {note}; reference date {today.isoformat()}; "
        f"median of {args.runs} warm runs; load average {os.getloadavg()[0]:.1f}"
    )
    print_table(lines)
    if args.json:
        payload = {
            "database": str(path),
            "cases": args.cases,
            "note": note,
            "today": today.isoformat(),
            "runs": args.runs,
            "load_average": os.getloadavg()[0],
            "lines": [asdict(line) for line in lines],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(line.passed is not False for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
