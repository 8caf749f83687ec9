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

from benchmarks.desks_raw import Figures, Sampler, figures, run_raw, schema_url  # noqa: E402
from tcd_desktop.domain.enums import Role  # noqa: E402
from tcd_desktop.services import board, setup, users  # noqa: E402
from tcd_desktop.services.context import SYSTEM, Actor  # noqa: E402
from tcd_desktop.services.errors import ConcurrentChange  # noqa: E402
from tcd_desktop.services.reception.inputs import (  # noqa: E402
    CitizenInput,
    PetitionInput,
    VisitInput,
)
from tcd_desktop.store.database import Database, open_database  # noqa: E402

try:  # the reception services move to services/reception (issue #10 §3)
    from tcd_desktop.services.reception import save_visit  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - before the move
    from tcd_desktop.services.reception.intake import save_visit

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


def prepare(url: str, desks: int) -> tuple[list[Actor], Actor, list[uuid.UUID]]:
    """An office with one reception officer per desk, a supervisor and shared citizens."""
    db = open_database(url, backup=False)
    try:
        with db.session() as s:
            profile = setup.create_office(
                s,
                "Ủy ban nhân dân xã Đo Tải",
                "BENCH-X",
                "Tỉnh Lạng Sơn",
                "LS-01",
                "quantri",
                "Quản Trị",
                PASSWORD,
                province_code="20",
            )
        made: list[Actor] = []
        system = Actor(None, "system", "Hệ thống", SYSTEM.roles, desk_code="LS-01")
        with db.session() as s:
            specs = [(f"ban{i + 1}", Role.RECEPTION_OFFICER) for i in range(desks)]
            for username, role in [*specs, ("giamsat", Role.SUPERVISOR)]:
                info = users.create_user(
                    s,
                    system,
                    users.NewUser(
                        username=username,
                        full_name=f"Cán bộ {username}",
                        password=PASSWORD,
                        roles=(role,),
                        unit_id=profile.unit_id,
                    ),
                )
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


# ---------------------------------------------------------------------- run


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
    return figures("ours (save_visit + load_board)", args.seconds, desks, readers)


def printfigures(rows: list[Figures], args: argparse.Namespace) -> None:
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
    printfigures(rows, args)
    print(f"lock waits during our run: {sampler.summary()}")
    if args.json:
        payload = {
            "lock_waits": sampler.summary(),
            "desks": args.desks,
            "supervisors": args.supervisors,
            "load_average": os.getloadavg()[0],
            "rows": [dataclasses.asdict(r) for r in rows],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
