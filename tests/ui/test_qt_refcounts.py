"""Regression guard for the PySide6 6.12.0 bug class: bindings that lose references to None.

On Python 3.11, PySide6 6.12.0 drops one reference to ``None`` on every call of
``QStandardItemModel.setItem()``/``appendRow()``; after a few thousand calls the count hits
zero and the interpreter aborts ("none_dealloc"). That is why PySide6 is pinned to 6.11.3.
The heavy loop runs in a subprocess, so an abort is reported as a clear test failure
instead of killing pytest. (On Python 3.12+ ``None`` is immortal and its count is constant.)
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap

import PySide6
import pytest
import shiboken6

ITERATIONS = 20_000
#: refcount(None) may wobble by a few references (caches); the bug loses one per call
MARGIN = 50

LOOP = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView

    N = int(sys.argv[1])
    app = QApplication([])
    model = QStandardItemModel(0, 2)
    view = QTableView()
    label = QLabel()
    listing = QListWidget()
    item = QStandardItem("x")

    calls = {
        "QStandardItemModel.setItem": lambda i: model.setItem(i % 100, 0, QStandardItem("a")),
        "QStandardItemModel.appendRow(item)": lambda i: model.appendRow(QStandardItem("b")),
        "QStandardItemModel.appendRow(list)": lambda i: model.appendRow(
            [QStandardItem("c"), QStandardItem("d")]
        ),
        "QStandardItem.setData": lambda i: item.setData(i, Qt.ItemDataRole.UserRole),
        "QStandardItem.setText": lambda i: item.setText("y"),
        "QStandardItemModel.setHeaderData": lambda i: model.setHeaderData(
            0, Qt.Orientation.Horizontal, "h"
        ),
        "QStandardItemModel.setHorizontalHeaderLabels": lambda i: (
            model.setHorizontalHeaderLabels(["a", "b"])
        ),
        "QTableView.setModel": lambda i: view.setModel(model),
        "QLabel.setText": lambda i: label.setText("z"),
        "QListWidget.addItem": lambda i: listing.addItem("w") if i < 2000 else listing.clear(),
    }
    if "--simulate-bug" in sys.argv:  # self-test of this guard: lose one None per call
        import ctypes

        calls = {"simulated": lambda i: ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))}
    drops = {}
    for name, call in calls.items():
        if name.startswith("QStandardItemModel.appendRow"):
            model.setRowCount(0)
        before = sys.getrefcount(None)
        for i in range(N):
            call(i)
        drops[name] = before - sys.getrefcount(None)
    print(json.dumps(drops))
    """
)


def test_pyside6_is_not_the_broken_release() -> None:
    assert PySide6.__version__ != "6.12.0", "PySide6 6.12.0 aborts the interpreter; pin 6.11.3"
    assert importlib.metadata.version("PySide6-Essentials") == PySide6.__version__
    assert shiboken6.__version__ == PySide6.__version__


def run_loop(*extra: str) -> subprocess.CompletedProcess[str]:
    """Run the call loop in a fresh interpreter (offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", LOOP, str(ITERATIONS), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def check_no_none_leak(result: subprocess.CompletedProcess[str]) -> None:
    """Fail clearly when the loop crashed or lost references to None."""
    assert result.returncode == 0, (
        f"the Qt call loop died with exit code {result.returncode} (negative: signal) — "
        f"PySide6 {PySide6.__version__} probably drops references to None "
        f"(the 6.12.0 'none_dealloc' abort).\nstderr:\n{result.stderr[-2000:]}"
    )
    drops = json.loads(result.stdout.strip().splitlines()[-1])
    leaking = {name: drop for name, drop in drops.items() if drop > MARGIN}
    assert not leaking, (
        f"sys.getrefcount(None) fell by more than {MARGIN} over {ITERATIONS} calls: {leaking}"
    )


def test_common_calls_keep_none_references() -> None:
    check_no_none_leak(run_loop())


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+")
def test_the_guard_catches_a_binding_that_loses_none() -> None:
    with pytest.raises(AssertionError, match=r"none_dealloc|fell by more than"):
        check_no_none_leak(run_loop("--simulate-bug"))
