"""Every statutory report form, for a year and its Quý III: wall and CPU time per form.

``.venv/bin/python benchmarks/report_forms.py --database URL [--year 2026] [--runs 3]``
prints one line per form: ``year wall / CPU | quarter wall / CPU`` (medians of ``--runs``
warm runs, in ms) with the load average. On SQLite the CPU time is the work itself (the
database runs in this process); on PostgreSQL only the wall time means anything.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common  # noqa: F401  (puts the repository root on sys.path)

from tcd_desktop.domain.report_periods import parse_period
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.reports import build_report, form_codes
from tcd_desktop.store.database import open_database


def _times(fn, runs: int) -> tuple[float, float]:
    fn()
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    """Print the wall and CPU time of each form for the year and its third quarter."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    db = open_database(args.database, backup=False)
    periods = [parse_period(str(args.year)), parse_period(f"{args.year}-Q3")]
    try:
        print(f"{db.engine.dialect.name}; median of {args.runs}; wall / CPU ms")
        for form in form_codes():
            cells = []
            for period in periods:
                wall, cpu = _times(
                    lambda f=form, p=period: build_report(db, SYSTEM, f, p), args.runs
                )
                cells.append(f"{wall:.0f} / {cpu:.0f}")
            print(f"{form} | {' | '.join(cells)} | load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
