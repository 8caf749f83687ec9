"""The cached benchmark database: generated once with the sample-data generator, and a raw
``sqlite3`` connection to it with the application's settings."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import select

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.demo_data import generate_demo_data
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.store.models import Case

DATA = Path(__file__).resolve().parent / "data"
SEED = 1


def ensure_database(path: Path, cases: int, rebuild: bool) -> tuple[Database, str]:
    """Open the cached benchmark database, generating it first when needed."""
    note = ""
    if rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(f"sqlite:///{path}")
        started = time.perf_counter()
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 5 or done == total:
                last[0] = now
                print(f"  {now - started:6.1f} s  {stage}: {done:,}/{total:,}", flush=True)

        print(f"Generating {cases:,} sample cases into {path} ...", flush=True)
        summary = generate_demo_data(db, SYSTEM, cases=cases, seed=SEED, progress=progress)
        note = (
            f"generated {cases:,} cases in {summary.elapsed:.1f} s "
            f"(waiting for rows {summary.timings.get('produce', 0):.1f} s, inserting "
            f"{summary.timings.get('write', 0):.1f} s, indexes {summary.timings.get('finish', 0):.1f} s; "
            f"load average {os.getloadavg()[0]:.1f})"
        )
        print(note, flush=True)
        return db, note
    db = open_database(f"sqlite:///{path}", backup=False)
    with db.session() as s:
        have = s.scalar(select(Case.id).limit(1))
    if have is None:
        raise SystemExit(f"{path} holds no cases; use --rebuild")
    return db, f"reused {path}"


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the application's settings."""
    con = sqlite3.connect(path)
    for pragma in (
        "journal_mode=WAL",
        "synchronous=NORMAL",
        "cache_size=-65536",
        "temp_store=MEMORY",
        "foreign_keys=ON",
    ):
        con.execute(f"PRAGMA {pragma}")
    return con
