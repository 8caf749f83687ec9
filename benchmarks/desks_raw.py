"""The raw-SQL baseline of ``benchmarks/desks.py`` and its lock-wait sampler.

The baseline runs the same process layout on plain psycopg connections: per visit a counter
``UPDATE … RETURNING`` and two ``INSERT``s in one transaction; readers run one ``GROUP BY``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema},public&application_name={schema}"


@dataclass
class Figures:
    """What one run measured."""

    name: str
    seconds: float
    visits: int
    visits_per_s: float
    save_median_ms: float
    save_p95_ms: float
    save_max_ms: float
    conflicts: int
    board_loads: int
    board_per_s: float
    board_median_ms: float
    board_max_ms: float


def figures(name: str, seconds: float, desks: list[dict], readers: list[dict]) -> Figures:
    saves = sorted(t for d in desks for t in d["times"])
    reads = sorted(t for r in readers for t in r["times"])

    def pct(values: list[float], p: float) -> float:
        return values[min(len(values) - 1, int(p * len(values)))] if values else 0.0

    return Figures(
        name=name,
        seconds=seconds,
        visits=len(saves),
        visits_per_s=len(saves) / seconds,
        save_median_ms=statistics.median(saves) if saves else 0.0,
        save_p95_ms=pct(saves, 0.95),
        save_max_ms=max(saves, default=0.0),
        conflicts=sum(d["conflicts"] for d in desks),
        board_loads=len(reads),
        board_per_s=len(reads) / seconds,
        board_median_ms=statistics.median(reads) if reads else 0.0,
        board_max_ms=max(reads, default=0.0),
    )


class Sampler:
    """Every 100 ms: how many of the run's server sessions are running, and how many wait
    for a lock (and on which statement) — serialisation on the server versus CPU."""

    def __init__(self, base: str, name: str) -> None:
        self.engine = create_engine(base, isolation_level="AUTOCOMMIT")
        self.name = name
        self.active = 0
        self.rounds = 0
        self.waiting: dict[str, int] = {}

    def sample(self) -> None:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT wait_event_type, left(regexp_replace(query, '\\s+', ' ', 'g'), 60)"
                    " FROM pg_stat_activity WHERE application_name = :n AND state = 'active'"
                ),
                {"n": self.name},
            ).all()
        self.active += len(rows)
        self.rounds += 1
        for kind, query in rows:
            if kind == "Lock":
                self.waiting[query] = self.waiting.get(query, 0) + 1

    def watch(self, jobs: list[Any]) -> None:
        while not all(job.ready() for job in jobs):
            self.sample()
            time.sleep(0.1)
        self.engine.dispose()

    def summary(self) -> str:
        waits = sum(self.waiting.values())
        if not self.active:
            return "no active session sampled"
        top = sorted(self.waiting.items(), key=lambda kv: -kv[1])[:3]
        where = "; ".join(f"{n}× {q}" for q, n in top)
        return (
            f"{waits / self.active:.0%} of active desk sessions waited for a lock, "
            f"{waits / max(self.rounds, 1):.1f} sessions waiting on average ({where})"
        )


def _psycopg(url: str, schema: str) -> Any:
    import psycopg

    sa_url = make_url(url).set(drivername="postgresql")
    conn = psycopg.connect(sa_url.render_as_string(hide_password=False))
    conn.execute(f"SET search_path = {schema}")
    conn.commit()
    return conn


def raw_desk(url: str, schema: str, desk: int, gate: Any, seconds: float) -> dict[str, Any]:
    """Baseline desk: counter UPDATE … RETURNING + visit INSERT + petition INSERT, commit."""
    conn = _psycopg(url, schema)
    times, n = [], 0
    gate.wait()  # every desk and supervisor warm: the minute starts for all at once
    stop = time.time() + seconds
    while time.time() < stop:
        n += 1
        began = time.perf_counter()
        with conn.transaction():
            (number,) = conn.execute(
                "UPDATE raw_counter SET n = n + 1 WHERE desk = %s RETURNING n", (desk,)
            ).fetchone()  # type: ignore[misc]
            vid = uuid.uuid4()
            conn.execute(
                "INSERT INTO raw_visit (id, desk, number, citizen, received_at)"
                " VALUES (%s, %s, %s, %s, now())",
                (vid, desk, number, f"Nguyễn Văn Bàn{desk} Số{n}"),
            )
            conn.execute(
                "INSERT INTO raw_petition (id, visit_id, summary, status) VALUES (%s, %s, %s, %s)",
                (uuid.uuid4(), vid, f"Kiến nghị sửa đường thôn {n}", "received"),
            )
        times.append((time.perf_counter() - began) * 1000)
    conn.close()
    return {"times": times, "conflicts": 0}


def raw_reader(url: str, schema: str, gate: Any, seconds: float) -> dict[str, Any]:
    """Baseline supervisor: one GROUP BY over the petitions."""
    conn = _psycopg(url, schema)
    times = []
    gate.wait()  # every desk and supervisor warm: the minute starts for all at once
    stop = time.time() + seconds
    while time.time() < stop:
        began = time.perf_counter()
        conn.execute("SELECT status, count(*) FROM raw_petition GROUP BY status").fetchall()
        conn.commit()
        times.append((time.perf_counter() - began) * 1000)
    conn.close()
    return {"times": times, "conflicts": 0}


def run_raw(base: str, schema: str, args: argparse.Namespace) -> Figures:
    engine = create_engine(schema_url(base, schema))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE raw_counter (desk int PRIMARY KEY, n int NOT NULL)"))
        conn.execute(
            text(
                "CREATE TABLE raw_visit (id uuid PRIMARY KEY, desk int, number int,"
                " citizen text, received_at timestamptz)"
            )
        )
        conn.execute(
            text(
                "CREATE TABLE raw_petition (id uuid PRIMARY KEY, visit_id uuid REFERENCES"
                " raw_visit (id), summary text, status text)"
            )
        )
        for desk in range(1, args.desks + 1):
            conn.execute(text("INSERT INTO raw_counter VALUES (:d, 0)"), {"d": desk})
    engine.dispose()
    ctx = multiprocessing.get_context("spawn")
    workers = args.desks + args.supervisors
    with ctx.Manager() as manager, ctx.Pool(workers) as pool:
        gate, seconds = manager.Barrier(workers), args.raw_seconds
        desk_jobs = [
            pool.apply_async(raw_desk, (base, schema, i + 1, gate, seconds))
            for i in range(args.desks)
        ]
        read_jobs = [
            pool.apply_async(raw_reader, (base, schema, gate, seconds))
            for _ in range(args.supervisors)
        ]
        desks = [job.get() for job in desk_jobs]
        readers = [job.get() for job in read_jobs]
    return figures("raw SQL (3 statements per visit)", args.raw_seconds, desks, readers)
