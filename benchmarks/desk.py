"""Benchmark lines of the reception desk and the case board (issues 3 and 4).

Called by ``benchmarks/run.py``; each function returns :class:`Line` objects in its style.
Nothing here leaves the benchmark database modified: the workflow step is saved inside a
transaction that is rolled back.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services import board
from tcd_desktop.services.cases import (
    available_steps,
    case_timeline,
    explain_due,
    get_case,
    record_step,
)
from tcd_desktop.services.cases.steps import SIMPLE_STEPS
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.reception import citizens
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, CaseEvent, User
from tcd_desktop.store.queries.register import (
    FIRST_DAY,
    RegisterFilter,
    RegisterSort,
    register_count,
    register_ids,
    register_rows,
)
from tcd_desktop.ui.models.register_model import PAGE_SIZE

if str(Path(__file__).resolve().parent) not in sys.path:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import ROOT, Line, median_ms

TYPED = ("nguyen van th", "0010", "0912")
"""What the officer types, one keystroke at a time: a name, a CCCD prefix, a phone prefix."""

ADMIN = Actor(
    None, "bench", "Đo hiệu năng", frozenset({Role.ADMINISTRATOR.value}), desk_code="BENCH"
)


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


# ---------------------------------------------------------------------- issue 3: lookup


def bench_lookup(db: Database, runs: int) -> list[Line]:
    """Citizen lookup for every prefix typed so far; median and max per keystroke."""
    lines = []
    for text in TYPED:
        prefixes = [text[:i] for i in range(2, len(text) + 1) if not text[:i].endswith(" ")]
        with db.session() as s:
            citizens.lookup(s, ADMIN, prefixes[0])  # warm
        per_key: list[float] = []
        for _ in range(max(1, runs // 3)):
            for prefix in prefixes:
                with db.session() as s:
                    per_key.append(_timed(lambda s=s, p=prefix: citizens.lookup(s, ADMIN, p)))
        with db.session() as s:
            hits = len(citizens.lookup(s, ADMIN, text))
        med, worst = statistics.median(per_key), max(per_key)
        lines.append(
            Line(
                f"Citizen lookup per keystroke «{text}» ({len(prefixes)} keys, {hits} hits)",
                med,
                None,
                "≤ 50 ms",
                worst <= 50.0,
                f"median {med:.1f} ms, max {worst:.1f} ms",
            )
        )
    return lines


# ---------------------------------------------------------------------- issue 3: register


def _register_window(db: Database, flt: RegisterFilter, at_end: bool) -> tuple[int, list[str]]:
    with db.session() as s:
        total = register_count(s, flt)
        offset = max(total - PAGE_SIZE, 0) if at_end else 0
        ids = register_ids(s, flt, RegisterSort(), offset=offset, limit=PAGE_SIZE, total=total)
        register_rows(s, ids)
    return total, [i.hex for i in ids]


def _raw_register(
    con: sqlite3.Connection, where: str, args: tuple[Any, ...], at_end: bool
) -> tuple[int, list[str]]:
    base = f"FROM receptions WHERE deleted_at IS NULL AND received_on >= ? {where}"
    params = (FIRST_DAY.isoformat(), *args)
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    if at_end:
        rows = con.execute(
            f"SELECT id {base} ORDER BY received_on DESC, id DESC LIMIT ?", (*params, PAGE_SIZE)
        ).fetchall()
        return total, [r[0] for r in reversed(rows)]
    rows = con.execute(
        f"SELECT id {base} ORDER BY received_on, id LIMIT ?", (*params, PAGE_SIZE)
    ).fetchall()
    return total, [r[0] for r in rows]


def bench_register(db: Database, con: sqlite3.Connection, runs: int) -> list[Line]:
    """Open the reception register, jump to its end, filter it (count + one window of rows)."""
    last = con.execute("SELECT max(received_on) FROM receptions WHERE deleted_at IS NULL")
    month_end = dt.date.fromisoformat(last.fetchone()[0][:10])
    month_start = month_end.replace(day=1)
    cases = (
        ("open (count + first window)", RegisterFilter(), "", (), False),
        ("jump to the end (last window)", RegisterFilter(), "", (), True),
        (
            f"filter: one month ({month_start:%m/%Y})",
            RegisterFilter(date_from=month_start, date_to=month_end),
            "AND received_on >= ? AND received_on <= ?",
            (month_start.isoformat(), month_end.isoformat()),
            False,
        ),
        ("filter: mass delegations", RegisterFilter(mass_only=True), "AND is_mass = 1", (), False),
    )
    lines = []
    for label, flt, where, args, at_end in cases:

        def ours(flt: RegisterFilter = flt, at_end: bool = at_end) -> tuple[int, list[str]]:
            return _register_window(db, flt, at_end)

        def raw(where: str = where, args: Any = args, at_end: bool = at_end) -> Any:
            return _raw_register(con, where, args, at_end)

        got = ours()
        same = got == raw()
        t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
        lines.append(
            Line(
                f"Register {label}, {got[0]:,} visits",
                t_ours,
                t_raw,
                "≤ 150 ms",
                same and t_ours <= 150.0,
                "raw: count + ids only (ours also builds the 100 lines)" if same else "ROWS DIFFER",
            )
        )
    return lines


# ---------------------------------------------------------------------- issue 3: receipt


CHILD_RECEIPT = textwrap.dedent(
    """
    import datetime as dt, statistics, sys, time
    t0 = time.perf_counter()
    sys.path.insert(0, {root!r})
    from tcd_desktop.documents.registry import render
    from tcd_desktop.documents.fields import Issuer, ItemCondition, Official, Person, ReceivedItem
    from tcd_desktop.documents.forms.receipt import ReceiptData
    from tcd_desktop.documents.fonts import register_fonts
    from tcd_desktop.domain.enums import PetitionKind
    register_fonts()
    data = ReceiptData(
        issuer=Issuer(name="Ban Tiếp công dân tỉnh Lạng Sơn", parent="Ủy ban nhân dân tỉnh Lạng Sơn",
                      abbreviation="BTCD", place="Lạng Sơn"),
        received_at=dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        number="LS-01-2026-000123",
        location="Trụ sở Tiếp công dân tỉnh Lạng Sơn, số 2 đường Hùng Vương",
        officer=Official("Nguyễn Thị Hường", "Chuyên viên", "Ban Tiếp công dân tỉnh Lạng Sơn"),
        provider=Person(full_name="Đặng Đức Đạt", honorific="Ông", id_number="020085001234",
                        address="Thôn Bản Ngõ, xã Hoàng Văn Thụ, tỉnh Lạng Sơn", phone="0912345678"),
        items=(ReceivedItem("Đơn khiếu nại đề ngày 01/3/2026", 3, ItemCondition.ORIGINAL),
               ReceivedItem("Quyết định số 125/QĐ-UBND ngày 14/02/2026", 4,
                            ItemCondition.CERTIFIED_COPY)),
        petition_kind=PetitionKind.COMPLAINT,
        content_summary="Khiếu nại Quyết định số 125/QĐ-UBND về việc thu hồi đất",
    )
    render("tcd.receipt", data)
    first = (time.perf_counter() - t0) * 1000
    warm = []
    for _ in range({runs}):
        a = time.perf_counter(); render("tcd.receipt", data); warm.append((time.perf_counter() - a) * 1000)
    print(first, statistics.median(warm), flush=True)
    """
)


def bench_receipt(runs: int) -> list[Line]:
    """The receipt PDF: first one in a fresh process (imports, fonts, render) and warm."""
    code = CHILD_RECEIPT.format(root=str(ROOT), runs=max(runs, 5))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        note = f"skipped: {proc.stderr.strip().splitlines()[-1:]}"
        return [Line("Receipt PDF", None, None, "report", None, note)]
    first, warm = (float(x) for x in proc.stdout.split())
    return [
        Line(
            "Receipt PDF, first (new process: import + fonts + render)",
            first,
            None,
            "report",
            None,
            "figure reported, no target",
        ),
        Line("Receipt PDF, warm render", warm, None, "report", None, "figure reported, no target"),
    ]


# ---------------------------------------------------------------------- issue 4: board, case


def bench_board_paint(db: Database, runs: int) -> Line:
    """Counts and the first page of cards of every column, as the board's first paint."""
    snap = board.load_board(db, ADMIN, part="all")
    cards = sum(len(page.cards) for page in snap.columns.values())
    t_ours = median_ms(lambda: board.load_board(db, ADMIN, part="all"), runs)
    return Line(
        f"Board first paint: counts + first cards per column ({cards} cards)",
        t_ours,
        None,
        "≤ 300 ms",
        t_ours <= 300.0,
        "services.board.load_board(part='all')",
    )


def _open_cases(con: sqlite3.Connection, n: int, seed: int = 3) -> list[uuid.UUID]:
    total = con.execute(
        "SELECT count(*) FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL"
    ).fetchone()[0]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        row = con.execute(
            "SELECT id FROM cases WHERE closed_on IS NULL AND deleted_at IS NULL LIMIT 1 OFFSET ?",
            (rnd.randrange(total),),
        ).fetchone()
        out.append(uuid.UUID(hex=row[0]))
    return out


def bench_open_case(db: Database, con: sqlite3.Connection, today: dt.date, runs: int) -> Line:
    """get_case + case_timeline + explain_due for a different random open case each run."""

    def open_case(cid: uuid.UUID) -> None:
        with db.session() as s:
            get_case(s, ADMIN, cid)
            case_timeline(s, ADMIN, cid)
            explain_due(s, SYSTEM, cid, today=today)

    ids = _open_cases(con, runs + 1)
    open_case(ids[0])  # warm
    times = [_timed(lambda c=c: open_case(c)) for c in ids[1:]]
    med, worst = statistics.median(times), max(times)
    return Line(
        "Open a case: get_case + case_timeline + explain_due",
        med,
        None,
        "≤ 200 ms",
        med <= 200.0,
        f"{len(times)} random open cases, max {worst:.1f} ms",
    )


def _step_for(db: Database, cid: uuid.UUID, today: dt.date) -> tuple[Actor, Step] | None:
    with db.session() as s:
        case = s.get(Case, cid)
        if case is None or case.assignee_id is None:
            return None
        user = s.get(User, case.assignee_id)
        if user is None:
            return None
        actor = Actor(
            user.id,
            user.username,
            user.full_name,
            frozenset({Role.ADMINISTRATOR.value}),
            case.unit_id,
            "BENCH",
        )
        for option in available_steps(s, actor, cid, on=today):
            if option.allowed and Step(option.step) in SIMPLE_STEPS:
                return actor, Step(option.step)
    return None


def bench_step(db: Database, con: sqlite3.Connection, today: dt.date, runs: int) -> Line:
    """One workflow step through services.cases.record_step, rolled back afterwards."""
    with db.session() as s:
        events_before = s.scalar(select(func.count()).select_from(CaseEvent))
    times: list[float] = []
    steps: set[str] = set()
    for cid in _open_cases(con, runs * 6 + 10, seed=5):
        found = _step_for(db, cid, today)
        if found is None:
            continue
        actor, step = found
        with Session(db.engine) as s:
            try:
                start = time.perf_counter()
                record_step(s, actor, cid, step, on=today, data={"verifier": "Tổ xác minh"})
                s.flush()
                elapsed = (time.perf_counter() - start) * 1000
            except ServiceError:
                continue
            finally:
                s.rollback()
        times.append(elapsed)
        steps.add(step.value)
        if len(times) > runs:
            break
    with db.session() as s:
        events_after = s.scalar(select(func.count()).select_from(CaseEvent))
    if len(times) < 2 or events_after != events_before:
        note = "no case with an allowed step" if len(times) < 2 else "DATABASE CHANGED"
        return Line("Save one workflow step (record_step)", None, None, "≤ 20 ms", False, note)
    times = times[1:]  # the first is the warm-up
    med = statistics.median(times)
    return Line(
        "Save one workflow step (services.cases.record_step)",
        med,
        None,
        "≤ 20 ms",
        med <= 20.0,
        f"{len(times)} cases, steps {', '.join(sorted(steps))}; flushed then rolled back "
        f"(commit not included), max {max(times):.1f} ms",
    )


def run_all(db: Database, path: Path, today: dt.date, runs: int) -> list[Line]:
    """Every line of issues 3 and 4, in the order of the issues."""
    con = sqlite3.connect(path)
    try:
        lines = bench_lookup(db, runs)
        lines += bench_register(db, con, runs)
        lines += bench_receipt(runs)
        lines.append(bench_board_paint(db, runs))
        lines.append(bench_open_case(db, con, today, runs))
        lines.append(bench_step(db, con, today, runs))
    finally:
        con.close()
    return lines
