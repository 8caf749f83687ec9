"""What every benchmark line shares: the repository root on ``sys.path``, the :class:`Line`
record, the median timer and the printed table."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Line:
    """One measurement: the application's figure, the raw baseline and the verdict."""

    name: str
    ours_ms: float | None
    raw_ms: float | None
    target: str
    passed: bool | None
    note: str = ""


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    """Median wall time of ``fn`` in milliseconds over ``runs`` warm runs."""
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def print_table(lines: list[Line]) -> None:
    width = max(len(line.name) for line in lines)
    print()
    print(f"{'measurement':<{width}}  {'ours ms':>9}  {'raw ms':>9}  {'target':<13}  result")
    print("-" * (width + 48))
    for line in lines:
        ours = f"{line.ours_ms:9.2f}" if line.ours_ms is not None else f"{'—':>9}"
        raw = f"{line.raw_ms:9.2f}" if line.raw_ms is not None else f"{'—':>9}"
        verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[line.passed]
        if line.passed is None and line.target == "report":
            verdict = "REPORT"
        print(f"{line.name:<{width}}  {ours}  {raw}  {line.target:<13}  {verdict}")
        if line.note:
            print(f"{'':<{width}}    ↳ {line.note}")
