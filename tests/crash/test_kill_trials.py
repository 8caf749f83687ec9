"""Kill trials: SIGKILL at random moments during saves, imports, exports, sample data and
a schema upgrade. After every kill the file opens, ``db check`` passes (integrity, every
index and trigger the migrations create, the search index matching the rows), the audit
chain verifies and every acknowledged save is there.

A few dozen trials run in the normal suite; the hundreds run only when asked for, with
``-m slow`` or ``TCD_KILL_TRIALS=N`` (CI runs them as a separate step). Each run prints how
many trials survived.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.cli.db_cmds import _checks
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.register.export import export_register
from tcd_desktop.services.setup import load_sample_office
from tcd_desktop.store import migrate
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import Citizen
from tcd_desktop.store.queries.register import RegisterFilter

ROOT = Path(__file__).resolve().parents[2]
OPS = ("save", "import", "export", "demo", "migrate")
DEMO_CASES = 1500
#: seconds after READY at which a trial may be killed, per operation
WINDOW = {"save": 1.2, "import": 2.5, "export": 1.5, "demo": 2.5, "migrate": 1.5}


@dataclass
class Templates:
    """Databases copied for each trial (built once)."""

    empty: Path
    office: Path
    old: Path
    register: Path


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """An empty migrated file, a small sample office with its register as CSV, a file at 0001."""
    base = tmp_path_factory.mktemp("kill-templates")
    empty = base / "empty.sqlite3"
    open_database(f"sqlite:///{empty}").close()
    office = base / "office.sqlite3"
    db = open_database(f"sqlite:///{office}")
    load_sample_office(db, cases=60, seed=3)
    register = base / "so.csv"
    with db.session() as s:
        export_register(s, SYSTEM, register, RegisterFilter())
    db.close()
    old = base / "old.sqlite3"
    db = open_database(f"sqlite:///{old}", upgrade=False)
    migrate.upgrade(db.engine, "0001")
    db.close()
    for path in (empty, office, old):
        _settle(path)
    yield Templates(empty, office, old, register)


def _settle(path: Path) -> None:
    """Fold the WAL back into the file so a plain copy is the whole database."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")


def _worker(op: str, url: str, arg: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash.worker", op, url, arg],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "READY":
        proc.kill()
        raise AssertionError(
            f"worker did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        )


def run_trial(op: str, t: Templates, folder: Path, rng: random.Random) -> str:
    """One trial; returns "killed" or "finished" (the operation ended before the kill)."""
    folder.mkdir()
    path = folder / "db.sqlite3"
    source = {
        "save": t.office,
        "import": t.office,
        "export": t.office,
        "demo": t.empty,
        "migrate": t.old,
    }[op]
    shutil.copy(source, path)
    url = f"sqlite:///{path}"
    arg = {
        "save": f"t{rng.randrange(10**6)}",
        "import": str(t.register),
        "export": str(folder),
        "demo": str(DEMO_CASES),
        "migrate": str(folder / "backups"),
    }[op]
    before = _count(path, "receptions")
    proc = _worker(op, url, arg)
    _wait_ready(proc)
    time.sleep(rng.uniform(0.0, WINDOW[op]))
    finished = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    assert "Traceback" not in err, err
    acks = [line[4:] for line in out.splitlines() if line.startswith("ACK ")]
    _prove(op, url, path, acks, before)
    return "finished" if finished else "killed"


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _prove(op: str, url: str, path: Path, acks: list[str], before: int) -> None:
    db = open_database(url, upgrade=(op == "migrate"))
    try:
        problems = _checks(db)
        assert not problems, f"{op}: {problems}"
        with db.session() as s:
            report = verify_audit(s)
            assert report.ok, f"{op}: {report.problems}"
            if op == "save":
                names = set(s.scalars(select(Citizen.full_name)))
                missing = [a for a in acks if a not in names]
                assert not missing, f"acknowledged saves lost: {missing}"
        if op == "import":
            per_file = int(acks[0]) if acks else 0
            got = _count(path, "receptions") - before
            assert per_file * len(acks) <= got, f"imports lost: {got} < {len(acks)} × {per_file}"
        if op == "demo":
            cases = _count(path, "cases")
            assert cases in (0, DEMO_CASES), f"half-loaded sample data: {cases} cases"
            assert (cases > 0) == db.is_sample, "sample rows without the sample marker"
    finally:
        db.close()


def _trials(n: int, t: Templates, tmp: Path, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    for i in range(n):
        op = OPS[i % len(OPS)]
        outcome = run_trial(op, t, tmp / f"trial-{i}", rng)
        tally[f"{op}:{outcome}"] += 1
        tally["survived"] += 1
        shutil.rmtree(tmp / f"trial-{i}", ignore_errors=True)
    return tally


def _report(tally: Counter[str], n: int) -> None:
    detail = ", ".join(f"{k}={v}" for k, v in sorted(tally.items()) if k != "survived")
    print(f"\nKILL TRIALS: {tally['survived']} of {n} survived ({detail})")


def test_kill_trials_normal(templates: Templates, tmp_path: Path) -> None:
    n = 25
    tally = _trials(n, templates, tmp_path, seed=int(time.time()) % 10_000)
    _report(tally, n)
    assert tally["survived"] == n


@pytest.mark.slow
def test_kill_trials_hundreds(
    templates: Templates, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    asked = "slow" in (request.config.option.markexpr or "").replace("not slow", "")
    if not asked and not os.environ.get("TCD_KILL_TRIALS"):
        pytest.skip("hundreds of kill trials: run with -m slow (or TCD_KILL_TRIALS=N)")
    n = int(os.environ.get("TCD_KILL_TRIALS", "300"))
    tally = _trials(n, templates, tmp_path, seed=12)
    _report(tally, n)
    assert tally["survived"] == n
