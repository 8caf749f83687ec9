"""A networked office under load: desk processes recording visits while supervisors read the
board, on one PostgreSQL server (issue #11 §7).

Usage::

    .venv/bin/python benchmarks/desks.py --database postgresql+psycopg://USER@HOST/DB
        [--seconds 60] [--desks 8] [--supervisors 2] [--raw-seconds 20] [--json FILE]

A throw-away schema is created on the server for the run (and dropped afterwards, unless
``--keep``), with an office, one reception officer per desk (each desk its own number
series) and a supervisor. Each desk process saves visits through the application's own
``save_visit`` (validation, numbering, citizen, petition, audit entry, commit) as fast as it
can; one visit in five is a returning citizen shared by all desks (the citizen row is locked
while a visit is saved, so those take turns). Each supervisor process loads the board
(``services.board.load_board``: counts and the first 40 cards of each column) in a loop.

Printed: visits per second, the median / 95th percentile / slowest save, board loads per
second and the slowest one; next to a raw-SQL baseline with the same process layout (a
counter ``UPDATE … RETURNING`` and two ``INSERT``s per visit on plain psycopg connections,
readers running one ``GROUP BY``), so the cost of the application's work is visible.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import inspect
import json
import multiprocessing
import os
import secrets
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from tcd_desktop.domain.enums import Role  # noqa: E402
from tcd_desktop.services import board, setup, users  # noqa: E402
from tcd_desktop.services.context import SYSTEM, Actor  # noqa: E402
from tcd_desktop.services.errors import ConcurrentChange  # noqa: E402
from tcd_desktop.services.intake_types import (  # noqa: E402
    CitizenInput,
    PetitionInput,
    VisitInput,
)
from tcd_desktop.store.database import Database, open_database  # noqa: E402

try:  # the reception services move to services/reception (issue #10 §3)
    from tcd_desktop.services.reception import save_visit  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - before the move
    from tcd_desktop.services.intake import save_visit

PASSWORD = "matkhau-bench-123"
SHARED_CITIZENS = 20
VN = dt.timezone(dt.timedelta(hours=7))


def save(db: Database, actor: Actor, visit: VisitInput) -> Any:
    """``save_visit`` whether it takes the database (an operation) or a session."""
    if "db" in inspect.signature(save_visit).parameters:
        result = save_visit(db, actor, visit)  # type: ignore[arg-type]
        return getattr(result, "value", result)
    with db.session() as session:
        return save_visit(session, actor, visit)


# ---------------------------------------------------------------------- set-up


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema},public&application_name={schema}"


class Sampler:
    """Every 100 ms: how many of the run's server sessions are running, and how many wait
    for a lock (and on which statement) — serialisation on the server versus CPU."""

    def __init__(self, base: str, name: str) -> None:
        self.engine = create_engine(base, isolation_level="AUTOCOMMIT")
        self.name = name
        self.active = 0
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
        return f"{waits / self.active:.0%} of active desk sessions waited for a lock ({where})"


def prepare(url: str, desks: int) -> tuple[list[Actor], Actor, list[uuid.UUID]]:
    """An office with one reception officer per desk, a supervisor and shared citizens."""
    db = open_database(url, backup=False)
    try:
        with db.session() as s:
            profile = setup.create_office(
                s, "Ủy ban nhân dân xã Đo Tải", "BENCH-X", "Tỉnh Lạng Sơn", "LS-01",
                "quantri", "Quản Trị", PASSWORD, province_code="20",
            )  # fmt: skip
        made: list[Actor] = []
        system = Actor(None, "system", "Hệ thống", SYSTEM.roles, desk_code="LS-01")
        with db.session() as s:
            specs = [(f"ban{i + 1}", Role.RECEPTION_OFFICER) for i in range(desks)]
            for username, role in [*specs, ("giamsat", Role.SUPERVISOR)]:
                info = users.create_user(s, system, users.NewUser(
                    username=username, full_name=f"Cán bộ {username}", password=PASSWORD,
                    roles=(role,), unit_id=profile.unit_id,
                ))  # fmt: skip
                row = users.find_user(s, username)
                assert row is not None and row.id == info.id
                made.append(users.actor_for(s, row))
        officers = [
            dataclasses.replace(a, desk_code=f"LS-{i + 1:02d}") for i, a in enumerate(made[:-1])
        ]
        shared = [
            save(db, officers[0], _visit(0, i, None)).citizen_id for i in range(SHARED_CITIZENS)
        ]
        return officers, made[-1], shared
    finally:
        db.close()


def _visit(desk: int, n: int, citizen_id: uuid.UUID | None) -> VisitInput:
    if citizen_id is not None:
        person = CitizenInput(existing_id=citizen_id)
    else:
        person = CitizenInput(
            full_name=f"Nguyễn Văn Bàn{desk} Số{n}",
            address=f"Thôn {n}, xã Đo Tải, tỉnh Lạng Sơn",
            phone=f"09{desk:02d}{n % 1_000_000:06d}",
            birth_year=1960 + n % 40,
        )
    return VisitInput(
        citizen=person,
        petitions=[
            PetitionInput(kind="kien_nghi", summary=f"Kiến nghị sửa đường thôn {n} (bàn {desk})")
        ],
        received_at=dt.datetime.now(VN),
    )


# ---------------------------------------------------------------------- workers


def desk_worker(
    url: str, actor: Actor, shared: list[uuid.UUID], desk: int, gate: Any, seconds: float
) -> dict[str, Any]:
    """One desk: save visits until ``stop``; latencies in ms."""
    db = open_database(url, upgrade=False, backup=False)
    save(db, actor, _visit(desk, 0, None))  # warm: imports, pool, caches
    times, conflicts, n = [], 0, 0
    gate.wait()  # every desk and supervisor warm: the minute starts for all at once
    stop = time.time() + seconds
    while time.time() < stop:
        n += 1
        returning = shared[(desk * 7 + n) % len(shared)] if n % 5 == 0 else None
        began = time.perf_counter()
        try:
            save(db, actor, _visit(desk, n, returning))
        except ConcurrentChange:
            conflicts += 1
            continue
        times.append((time.perf_counter() - began) * 1000)
    db.close()
    return {"times": times, "conflicts": conflicts}


def supervisor_worker(url: str, actor: Actor, gate: Any, seconds: float) -> dict[str, Any]:
    """One supervisor: reload the board until ``stop``."""
    db = open_database(url, upgrade=False, backup=False)
    board.load_board(db, actor)
    times = []
    gate.wait()  # every desk and supervisor warm: the minute starts for all at once
    stop = time.time() + seconds
    while time.time() < stop:
        began = time.perf_counter()
        board.load_board(db, actor)
        times.append((time.perf_counter() - began) * 1000)
    db.close()
    return {"times": times, "conflicts": 0}


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


# ---------------------------------------------------------------------- run


@dataclasses.dataclass
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


def _figures(name: str, seconds: float, desks: list[dict], readers: list[dict]) -> Figures:
    saves = sorted(t for d in desks for t in d["times"])
    reads = sorted(t for r in readers for t in r["times"])

    def pct(values: list[float], p: float) -> float:
        return values[min(len(values) - 1, int(p * len(values)))] if values else 0.0

    return Figures(
        name=name, seconds=seconds, visits=len(saves), visits_per_s=len(saves) / seconds,
        save_median_ms=statistics.median(saves) if saves else 0.0,
        save_p95_ms=pct(saves, 0.95), save_max_ms=max(saves, default=0.0),
        conflicts=sum(d["conflicts"] for d in desks), board_loads=len(reads),
        board_per_s=len(reads) / seconds,
        board_median_ms=statistics.median(reads) if reads else 0.0,
        board_max_ms=max(reads, default=0.0),
    )  # fmt: skip


def run_ours(url: str, args: argparse.Namespace, sampler: Sampler | None = None) -> Figures:
    officers, supervisor, shared = prepare(url, args.desks)
    ctx = multiprocessing.get_context("spawn")
    workers = args.desks + args.supervisors
    with ctx.Manager() as manager, ctx.Pool(workers) as pool:
        gate, seconds = manager.Barrier(workers), args.seconds
        desk_jobs = [
            pool.apply_async(desk_worker, (url, officers[i], shared, i + 1, gate, seconds))
            for i in range(args.desks)
        ]
        read_jobs = [
            pool.apply_async(supervisor_worker, (url, supervisor, gate, seconds))
            for _ in range(args.supervisors)
        ]
        if sampler is not None:
            sampler.watch(desk_jobs + read_jobs)
        desks = [job.get() for job in desk_jobs]
        readers = [job.get() for job in read_jobs]
    return _figures("ours (save_visit + load_board)", args.seconds, desks, readers)


def run_raw(base: str, schema: str, args: argparse.Namespace) -> Figures:
    engine = create_engine(schema_url(base, schema))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE raw_counter (desk int PRIMARY KEY, n int NOT NULL)"))
        conn.execute(text(
            "CREATE TABLE raw_visit (id uuid PRIMARY KEY, desk int, number int,"
            " citizen text, received_at timestamptz)"
        ))  # fmt: skip
        conn.execute(text(
            "CREATE TABLE raw_petition (id uuid PRIMARY KEY, visit_id uuid REFERENCES"
            " raw_visit (id), summary text, status text)"
        ))  # fmt: skip
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
    return _figures("raw SQL (3 statements per visit)", args.raw_seconds, desks, readers)


def print_figures(rows: list[Figures], args: argparse.Namespace) -> None:
    print(
        f"\n{args.desks} desk processes saving visits, {args.supervisors} supervisors loading "
        f"the board; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    head = (
        f"{'':<34} {'secs':>5} {'visits':>7} {'visits/s':>9} {'save p50':>9} {'p95':>8} "
        f"{'slowest':>8} {'confl.':>6} {'boards/s':>9} {'board p50':>10} {'slowest':>8}"
    )
    print(head)
    print("-" * len(head))
    for f in rows:
        print(
            f"{f.name:<34} {f.seconds:>5.0f} {f.visits:>7} {f.visits_per_s:>9.1f} "
            f"{f.save_median_ms:>7.1f}ms {f.save_p95_ms:>6.1f}ms {f.save_max_ms:>6.0f}ms "
            f"{f.conflicts:>6} {f.board_per_s:>9.1f} {f.board_median_ms:>8.1f}ms "
            f"{f.board_max_ms:>6.0f}ms"
        )


def main(argv: list[str] | None = None) -> int:
    """Run the office under load; print (and optionally write) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL", help="PostgreSQL server")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--raw-seconds", type=float, default=20.0)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--supervisors", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the schema afterwards")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if make_url(args.database).get_backend_name() != "postgresql":
        parser.error("--database must be a PostgreSQL URL (desks share one server)")
    schema = f"bench_desks_{secrets.token_hex(4)}"
    admin = create_engine(args.database, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sampler = Sampler(args.database, schema)
    try:
        rows = [run_ours(schema_url(args.database, schema), args, sampler)]
        if args.raw_seconds > 0:
            rows.append(run_raw(args.database, schema, args))
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    print_figures(rows, args)
    print(f"lock waits during our run: {sampler.summary()}")
    if args.json:
        payload = {
            "lock_waits": sampler.summary(),
            "desks": args.desks, "supervisors": args.supervisors,
            "load_average": os.getloadavg()[0], "rows": [dataclasses.asdict(r) for r in rows],
        }  # fmt: skip
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
