"""Helpers of the progress tests (issue #10 §4): a register file of many rows, a token that
records what a service reports and stops it at a chosen stage."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from tcd_desktop.services.progress import Progress
from tcd_desktop.services.register.export import HEADERS


def register_csv(path: Path, rows: int) -> Path:
    """A valid register file (Mẫu 03/TCD) of ``rows`` distinct visits in 2025."""
    first = dt.date(2025, 1, 2)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        for i in range(rows):
            day = first + dt.timedelta(days=i % 300)
            out.writerow(
                [
                    str(i + 1),
                    f"{day:%d/%m/%Y}",
                    f"Công dân số {i + 1}, thôn Nà Pàn, xã Tân Thanh",
                    "",
                    f"Khiếu nại việc bồi thường thửa đất số {i + 1}",
                    "Khiếu nại",
                    "1",
                    "",
                    "x",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    return path


class StopAt:
    """A progress token that records every report and asks to stop at the first report of
    ``stage`` with ``done >= after`` (as if the user pressed "Stop" then); the service
    raises ``Cancelled`` at its next report. ``stage=""`` never stops."""

    def __init__(self, stage: str = "", after: int = 0) -> None:
        self.stage, self.after = stage, after
        self.seen: list[tuple[str, int, int]] = []
        self.token = Progress(self._report)

    def _report(self, stage: str, done: int, total: int) -> None:
        self.seen.append((stage, done, total))
        if self.stage and stage == self.stage and done >= self.after:
            self.token.cancel()

    def stages(self) -> list[str]:
        """The stages reported, each once, in order."""
        out: list[str] = []
        for stage, _done, _total in self.seen:
            if stage not in out:
                out.append(stage)
        return out

    def of(self, stage: str) -> list[tuple[int, int]]:
        """``(done, total)`` of every report of ``stage``."""
        return [(done, total) for s, done, total in self.seen if s == stage]
