"""Line 5: cold start of the application in a new process, next to a bare ``QMainWindow``."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from bench_common import ROOT, Line  # puts the repository root on sys.path

# ---------------------------------------------------------------------- 5. cold start


CHILD_APP = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from tcd_desktop.app import run_gui
    sys.exit(run_gui(["--database", {url!r}, "--smoke-test"]))
    """
)
CHILD_BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.show()
    app.processEvents()
    print("shown", flush=True)
    """
)


def _start_ms(code: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    while line and b"shown" not in line:
        line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    _out, err = proc.communicate(timeout=60)
    if b"shown" not in line:
        raise RuntimeError(err.decode(errors="replace")[-2000:])
    return elapsed


def bench_cold_start(path: Path, runs: int) -> Line:
    try:
        import tcd_desktop.ui.main_window  # noqa: F401
    except Exception as exc:  # not written yet, or broken
        return Line(
            "Cold start of the main window",
            None,
            None,
            "≤ 2.5 × bare",
            None,
            f"skipped: MainWindow not importable ({exc})",
        )
    app = CHILD_APP.format(root=str(ROOT), url=f"sqlite:///{path}")
    n = max(3, min(runs, 7))
    try:
        t_ours = statistics.median(_start_ms(app) for _ in range(n))
    except RuntimeError as exc:
        return Line(
            "Cold start of the main window",
            None,
            None,
            "≤ 2.5 × bare",
            None,
            f"skipped: the window did not start ({str(exc).splitlines()[-1:]})",
        )
    t_raw = statistics.median(_start_ms(CHILD_BARE) for _ in range(n))
    return Line(
        "Cold start: process start → MainWindow shown (offscreen)",
        t_ours,
        t_raw,
        "≤ 2.5 × bare",
        t_ours <= 2.5 * t_raw,
        "bare: QApplication + empty QMainWindow; ours: tcd-desktop --smoke-test (fonts, translations, main window; the database opens right after)",
    )
