"""Performance benchmarks on a generated million-case SQLite database.

Usage::

    .venv/bin/python benchmarks/run.py [--cases 1000000] [--db PATH] [--rebuild]
                                       [--runs 15] [--json FILE]

The database is generated once with the sample-data generator and cached in
``benchmarks/data/`` (git-ignored); ``--rebuild`` makes it again. Each line measures one
thing the application does, next to a raw ``sqlite3`` baseline that returns the same numbers
(checked), as the median of warm runs, and says whether it meets its target. See
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from tcd_desktop.domain.enums import Role  # noqa: E402
from tcd_desktop.domain.folding import fold  # noqa: E402
from tcd_desktop.services.cases import AcceptanceInput  # noqa: E402
from tcd_desktop.services.context import SYSTEM, Actor  # noqa: E402
from tcd_desktop.services.demo_data import generate_demo_data  # noqa: E402
from tcd_desktop.services.petitions import accept_petition  # noqa: E402
from tcd_desktop.services.rulebook import load_rulebook  # noqa: E402
from tcd_desktop.store.database import Database, open_database  # noqa: E402
from tcd_desktop.store.models import Case, Petition, Unit, User  # noqa: E402
from tcd_desktop.store.queries.board import board_counts_by_unit  # noqa: E402
from tcd_desktop.store.queries.cases import cases_by_due  # noqa: E402
from tcd_desktop.store.queries.search import search  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEED = 1
PAGE = 100
DEEP_PAGE = 9_000
SEARCHES = ("nguyen van", "dang duc dat")


@dataclass
class Line:
    """One measurement: the application's figure, the raw baseline and the verdict."""

    name: str
    ours_ms: float | None
    raw_ms: float | None
    target: str
    passed: bool | None
    note: str = ""


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    """Median wall time of ``fn`` in milliseconds over ``runs`` warm runs."""
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# ---------------------------------------------------------------------- database


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
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536",
                   "temp_store=MEMORY", "foreign_keys=ON"):  # fmt: skip
        con.execute(f"PRAGMA {pragma}")
    return con


# ---------------------------------------------------------------------- 1. board


RAW_BOARD = """
SELECT u.code,
       CASE
         WHEN c.closed_on IS NOT NULL THEN
           CASE WHEN c.due_on IS NOT NULL AND c.closed_on > c.due_on
                THEN 'closed_late' ELSE 'closed_on_time' END
         WHEN c.is_paused = 1 THEN 'paused'
         WHEN c.due_on IS NULL THEN 'not_started'
         WHEN c.due_on < :today THEN 'overdue'
         WHEN c.due_on <= :soon THEN 'due_soon'
         ELSE 'on_track'
       END AS state,
       count(*)
FROM cases c JOIN units u ON u.id = c.unit_id
WHERE c.deleted_at IS NULL
GROUP BY c.unit_id, state
"""


def bench_board(db: Database, con: sqlite3.Connection, today: dt.date, runs: int) -> Line:
    with db.session() as s:
        soon = load_rulebook(s).calendar.add_working_days(today, 5)
    args = {"today": today.isoformat(), "soon": soon.isoformat()}

    def ours() -> dict[tuple[str, str], int]:
        with db.session() as s:
            by_unit = board_counts_by_unit(s, today, soon)
        out = {}
        for code, counts in by_unit.items():
            for state, n in counts.as_dict().items():
                if n:
                    out[(code, state)] = n
            if counts.not_started:
                out[(code, "not_started")] = counts.not_started
        return out

    def raw() -> dict[tuple[str, str], int]:
        return {(code, state): n for code, state, n in con.execute(RAW_BOARD, args)}

    same = ours() == raw()
    t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
    return Line(
        "Board: cases by deadline state × unit", t_ours, t_raw, "≤ 2 × raw",
        same and t_ours <= 2 * t_raw, "" if same else "NUMBERS DIFFER",
    )  # fmt: skip


# ---------------------------------------------------------------------- 2. paging


RAW_PAGE = """
SELECT id, code, kind, status, due_on, unit_id, assignee_id FROM cases
WHERE due_on IS NOT NULL AND deleted_at IS NULL {open} {after}
ORDER BY due_on, id LIMIT {limit}
"""


def _raw_page(
    con: sqlite3.Connection, after: tuple[str, str] | None, open_only: bool
) -> list[tuple[Any, ...]]:
    sql = RAW_PAGE.format(
        open="AND closed_on IS NULL" if open_only else "",
        after="AND (due_on, id) > (?, ?)" if after else "",
        limit=PAGE,
    )
    return con.execute(sql, after or ()).fetchall()


def bench_pages(db: Database, con: sqlite3.Connection, runs: int) -> list[Line]:
    open_rows = con.execute(
        "SELECT count(*) FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL "
        "AND closed_on IS NULL"
    ).fetchone()[0]
    all_rows = con.execute(
        "SELECT count(*) FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL"
    ).fetchone()[0]
    deep_open = open_rows >= DEEP_PAGE * PAGE
    cond = "AND closed_on IS NULL" if deep_open else ""
    page_no = min(DEEP_PAGE, ((open_rows if deep_open else all_rows) - 1) // PAGE)
    cursor_row = con.execute(
        f"SELECT due_on, id FROM cases WHERE due_on IS NOT NULL AND deleted_at IS NULL {cond} "
        "ORDER BY due_on, id LIMIT 1 OFFSET ?",
        ((page_no - 1) * PAGE - 1,),
    ).fetchone()
    lines = []
    for label, after, open_only in (
        ("first page", None, True),
        (f"page {page_no:,}", cursor_row, deep_open),
    ):
        cursor = None
        if after is not None:
            cursor = (dt.date.fromisoformat(after[0]), uuid.UUID(hex=after[1]))

        def ours(cursor: Any = cursor, open_only: bool = open_only) -> list[str]:
            with db.session() as s:
                return [r.code for r in cases_by_due(s, after=cursor, limit=PAGE,
                                                     open_only=open_only)]  # fmt: skip

        def raw(after: Any = after, open_only: bool = open_only) -> list[str]:
            return [r[1] for r in _raw_page(con, after, open_only)]

        same = ours() == raw() and len(raw()) == PAGE
        t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
        note = "" if same else "ROWS DIFFER"
        if after is not None and not open_only:
            note = (f"only {open_rows:,} open cases ({open_rows // PAGE:,} pages): deep page "
                    "measured over all cases with a due date")  # fmt: skip
        what = "open cases" if open_only else "all cases"
        lines.append(Line(
            f"Cases by due date, keyset, {label} ({what})", t_ours, t_raw, "≤ 5 ms",
            same and t_ours <= 5.0, note,
        ))  # fmt: skip
    return lines


# ---------------------------------------------------------------------- 3. search


def _raw_search(con: sqlite3.Connection, text: str, limit: int = 100) -> list[str]:
    words = fold(text).split()
    expr = " ".join(f'"{w}"*' for w in words)
    ids = [
        r[0]
        for r in con.execute(
            "SELECT c.id FROM citizens_fts f JOIN citizens c ON c.rowid = f.rowid "
            "WHERE citizens_fts MATCH ? AND c.deleted_at IS NULL LIMIT ?",
            (expr, limit),
        )
    ]
    marks = ",".join("?" * len(ids))
    hits = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM citizens WHERE id IN ({marks}) AND deleted_at IS NULL LIMIT ?",
            (*ids, limit),
        )
    ]
    remaining = limit - len(hits)
    if remaining > 0:
        pids = [
            r[0]
            for r in con.execute(
                "SELECT p.id FROM petitions_fts f JOIN petitions p ON p.rowid = f.rowid "
                "WHERE petitions_fts MATCH ? AND p.deleted_at IS NULL LIMIT ?",
                (expr, remaining),
            )
        ]
        marks = ",".join("?" * len(pids))
        hits += [
            r[0]
            for r in con.execute(
                f"SELECT p.id FROM petitions p LEFT JOIN citizens c ON c.id = p.citizen_id "
                f"WHERE p.id IN ({marks}) AND p.deleted_at IS NULL LIMIT ?",
                (*pids, remaining),
            )
        ]
    return sorted(hits)


def bench_search(db: Database, con: sqlite3.Connection, runs: int) -> list[Line]:
    lines = []
    for text in SEARCHES:

        def ours(text: str = text) -> list[str]:
            with db.session() as s:
                return sorted(h.id.hex for h in search(s, text))

        def raw(text: str = text) -> list[str]:
            return _raw_search(con, text)

        same = ours() == raw()
        n = len(raw())
        t_ours, t_raw = median_ms(ours, runs), median_ms(raw, runs)
        lines.append(Line(
            f"Search «{text}», first 100 hits ({n})", t_ours, t_raw, "≤ 25 ms",
            same and t_ours <= 25.0, "" if same else "HITS DIFFER",
        ))  # fmt: skip
    return lines


# ---------------------------------------------------------------------- 4. saving a case


def bench_save(db: Database, path: Path, today: dt.date, runs: int) -> Line:
    """Accept a petition (thụ lý: the case is created) through the services layer."""
    with db.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code.like("%.X01")).limit(1)).one()
        officer = s.scalars(select(User).where(User.unit_id == unit.id).limit(1)).one()
        template = s.scalars(
            select(Petition).where(Petition.unit_id == unit.id, Petition.kind == "kien_nghi")
            .limit(1)
        ).one()  # fmt: skip
        desk = s.scalar(select(Case.origin_desk).where(Case.unit_id == unit.id).limit(1)) or ""
        actor = Actor(
            user_id=officer.id, username=officer.username, full_name=officer.full_name,
            roles=frozenset({Role.HANDLING_OFFICER.value, Role.LEADER.value}),
            unit_id=unit.id, desk_code=desk,
        )  # fmt: skip
        fields = {
            c.key: getattr(template, c.key)
            for c in Petition.__table__.columns
            if c.key not in ("id", "number", "version", "created_at", "updated_at")
        }
    made: list[uuid.UUID] = []

    def new_petition() -> uuid.UUID:
        with db.session() as s:
            p = Petition(**{**fields, "number": f"BENCH-{uuid.uuid4().hex[:12]}",
                            "status": "received", "processing_outcome": None,
                            "processed_on": None, "received_on": today})  # fmt: skip
            s.add(p)
            s.flush()
            return p.id

    def once() -> float:
        pid = new_petition()
        start = time.perf_counter()
        with db.session() as s:
            result = accept_petition(
                s, actor, pid, AcceptanceInput(accepted_on=today, assignee_id=officer.id)
            )
        elapsed = (time.perf_counter() - start) * 1000
        made.append(result.case_id)
        return elapsed

    once()
    t_ours = statistics.median(once() for _ in range(runs))
    with db.session() as s:  # what the benchmark created is sample data too
        for case in s.scalars(select(Case).where(Case.id.in_(made))):
            case.is_sample = True
            petition = s.get(Petition, case.petition_id)
            if petition is not None:
                petition.is_sample = True

    con = raw_connection(path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cases)")]
    row = list(con.execute("SELECT * FROM cases LIMIT 1").fetchone())
    sql = f"INSERT INTO cases ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    raw_ids: list[str] = []

    def raw() -> None:
        values = list(row)
        values[cols.index("id")] = uuid.uuid4().hex
        values[cols.index("code")] = f"BENCH-RAW-{values[cols.index('id')][:12]}"
        con.execute(sql, values)
        con.commit()
        raw_ids.append(values[cols.index("id")])

    t_raw = median_ms(raw, runs)
    con.executemany("DELETE FROM cases WHERE id = ?", [(i,) for i in raw_ids])
    con.commit()
    con.close()
    return Line(
        "Save one case (accept a petition: services.petitions.accept_petition)", t_ours, t_raw,
        "≤ 20 ms", t_ours <= 20.0, "includes the timeline event, audit entry and commit",
    )  # fmt: skip


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
        return Line("Cold start of the main window", None, None, "≤ 2.5 × bare", None,
                    f"skipped: MainWindow not importable ({exc})")  # fmt: skip
    app = CHILD_APP.format(root=str(ROOT), url=f"sqlite:///{path}")
    n = max(3, min(runs, 7))
    try:
        t_ours = statistics.median(_start_ms(app) for _ in range(n))
    except RuntimeError as exc:
        return Line("Cold start of the main window", None, None, "≤ 2.5 × bare", None,
                    f"skipped: the window did not start ({str(exc).splitlines()[-1:]})")  # fmt: skip
    t_raw = statistics.median(_start_ms(CHILD_BARE) for _ in range(n))
    return Line(
        "Cold start: process start → MainWindow shown (offscreen)", t_ours, t_raw,
        "≤ 2.5 × bare", t_ours <= 2.5 * t_raw,
        "bare: QApplication + empty QMainWindow; ours: tcd-desktop --smoke-test (fonts, translations, main window; the database opens right after)",
    )  # fmt: skip


# ---------------------------------------------------------------------- report


def print_table(lines: list[Line]) -> None:
    width = max(len(line.name) for line in lines)
    print()
    print(f"{'measurement':<{width}}  {'ours ms':>9}  {'raw ms':>9}  {'target':<13}  result")
    print("-" * (width + 48))
    for line in lines:
        ours = f"{line.ours_ms:9.2f}" if line.ours_ms is not None else f"{'—':>9}"
        raw = f"{line.raw_ms:9.2f}" if line.raw_ms is not None else f"{'—':>9}"
        verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[line.passed]
        if line.passed is None and line.target == "report":
            verdict = "REPORT"
        print(f"{line.name:<{width}}  {ours}  {raw}  {line.target:<13}  {verdict}")
        if line.note:
            print(f"{'':<{width}}    ↳ {line.note}")


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark; exit code 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="database file (cached)")
    parser.add_argument("--rebuild", action="store_true", help="generate the database again")
    parser.add_argument("--runs", type=int, default=15, help="warm runs per measurement")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    path = args.db or DATA / f"bench-{args.cases}.sqlite3"
    db, note = ensure_database(path, args.cases, args.rebuild)
    try:
        today = dt.date.fromisoformat(db.meta("sample_data_today") or dt.date.today().isoformat())
        con = raw_connection(path)
        lines = [bench_board(db, con, today, args.runs)]
        lines += bench_pages(db, con, args.runs)
        lines += bench_search(db, con, args.runs)
        con.close()
        lines.append(bench_save(db, path, today, args.runs))
        from desk import run_all  # issues 3 and 4: reception desk, board, case (imports run)

        lines += run_all(db, path, today, args.runs)
        from dashboard import run_all as run_dashboard  # issue 7: board counts, dashboard

        lines += run_dashboard(db, today, args.runs)
        from reports import run_all as report_lines  # issue 7 §2: statutory report forms

        lines += report_lines(db, path, today, args.runs)
    finally:
        db.close()
    lines.append(bench_cold_start(path, args.runs))
    print(f"\nDatabase: {path} — {note}; reference date {today.isoformat()}; "
          f"median of {args.runs} warm runs; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print_table(lines)
    if args.json:
        payload = {
            "database": str(path), "cases": args.cases, "note": note, "today": today.isoformat(),
            "runs": args.runs, "load_average": os.getloadavg()[0],
            "lines": [asdict(line) for line in lines],
        }  # fmt: skip
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(line.passed is not False for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
