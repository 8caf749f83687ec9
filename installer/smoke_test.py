#!/usr/bin/env python3
"""Smoke-test a frozen build: start it offscreen on a fresh data folder, expect a clean exit.

    python3 installer/smoke_test.py dist/tcd-desktop

The application is started with ``--smoke-test``: it creates and migrates its SQLite
database, loads fonts and translations, shows the main window and quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    """Run the check; return 0 when the frozen application started and quit cleanly."""
    bundle = Path(argv[0] if argv else "dist/tcd-desktop")
    exe = bundle / ("tcd-desktop.exe" if os.name == "nt" else "tcd-desktop")
    with tempfile.TemporaryDirectory(prefix="tcd-smoke-") as data:
        env = dict(os.environ, TCD_DATA_DIR=data, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([str(exe), "--smoke-test"], env=env, timeout=120, check=False)
        database = Path(data) / "tcd-desktop.sqlite3"
        log_file = Path(data) / "logs" / "tcd-desktop.log"
        log_text = log_file.read_text(encoding="utf-8") if log_file.is_file() else ""
        problems = [
            line
            for line in log_text.splitlines()
            if " ERROR " in line or " CRITICAL " in line or "not found" in line
        ]
        ok = result.returncode == 0 and database.is_file() and bool(log_text) and not problems
        if "with 2 translator(s)" not in log_text:
            problems.append("the Vietnamese translations were not loaded")
            ok = False
        for line in problems:
            print(f"problem: {line}")
        if not ok:
            sys.stderr.write(log_text)
    print("smoke test", "passed" if ok else f"FAILED (exit code {result.returncode})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
