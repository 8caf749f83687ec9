"""Sample data (dữ liệu mẫu): a realistic, deterministic database for demos, tests and benchmarks.

``generate_demo_data(db, actor, cases=...)`` fills an empty database with about two hundred units
of six real provinces, their staff (every sample account's password is
:data:`SAMPLE_PASSWORD`), citizens with Vietnamese names, CCCD numbers, phones and
addresses, visits, petitions and cases of every kind and every deadline state spread over
five years up to ``today``, with their timelines, suspensions and dialogues. Every due date
comes from the domain deadline engine with the rule version in force on the acceptance
date. Every row is marked as sample (``is_sample``, ``app_meta.sample_data = "1"`` and
``sample_data_note``) and the generation is audited.

The same seed and ``today`` give the same rows. On SQLite a million cases load in about
100 seconds on a two-core machine (see ``benchmarks/``); on PostgreSQL the portable path
(SQLAlchemy Core) is meant for test sizes.

Modules: :mod:`.vocab` (names, places, texts), :mod:`.generator` (the rows),
:mod:`.codec` (stored forms), :mod:`.tables` (column order), :mod:`.pipeline` and
:mod:`.worker` (the optional generator process), :mod:`.loader` (writing), :mod:`.fts`
(the search index during a bulk load).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.demo_data.fts import FtsSpec
from tcd_desktop.services.demo_data.generator import SAMPLE_PASSWORD
from tcd_desktop.services.demo_data.loader import CoreLoader, Loader, SqliteBulkLoader
from tcd_desktop.services.demo_data.pipeline import (
    Message,
    Params,
    produce,
    produce_in_worker,
    worker_available,
)
from tcd_desktop.services.demo_data.tables import COLUMNS, check_columns
from tcd_desktop.services.demo_data.vocab import PROVINCES, SAMPLE_NOTE
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.rulebook import _load_rulebook
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.encrypted import is_encrypted_url
from tcd_desktop.store.models import (
    Case,
    Citizen,
    Desk,
    NumberSeries,
    Petition,
    Reception,
    Unit,
)

__all__ = [
    "SAMPLE_NOTE",
    "SAMPLE_PASSWORD",
    "DemoDataError",
    "DemoSummary",
    "generate_demo_data",
    "vietnam_today",
]

#: Cases generated (and written) per chunk.
CHUNK = 50_000

#: From this many cases on (SQLite only), rows are generated in a worker process.
PARALLEL_FROM = 100_000

#: With a worker process: let it build the FTS5 search index too (copied in at the end)
#: instead of this process feeding it chunk by chunk. This balances the two processes: on a
#: million cases each then needs 85–95 CPU-seconds (without it: writer ~100, worker ~70).
FTS_IN_WORKER = True

ProgressCallback = Callable[[str, int, int], None]


class DemoDataError(Exception):
    """Sample data cannot be generated here; ``str()`` is a Vietnamese message."""


@dataclass(frozen=True)
class DemoSummary:
    """What was generated: rows per table, deadline states, time taken."""

    counts: dict[str, int]
    elapsed: float
    seed: int
    today: dt.date
    states: dict[str, int] = field(default_factory=dict)
    #: Seconds spent waiting for rows ("produce"), inserting ("write") and rebuilding
    #: indexes ("finish"); CPU seconds of the generator ("producer_cpu", a separate process
    #: when ``parallel``) and of this process ("writer_cpu", including the generator when not
    #: ``parallel``).
    timings: dict[str, float] = field(default_factory=dict)
    #: Whether the rows were generated in a worker process.
    parallel: bool = False

    @property
    def cases(self) -> int:
        """Number of cases generated."""
        return self.counts.get("cases", 0)

    @property
    def total_rows(self) -> int:
        """Rows written over all tables."""
        return sum(self.counts.values())


def vietnam_today() -> dt.date:
    """Today's date in Vietnam (UTC+7, no daylight saving)."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=7)).date()


def _check_empty(db: Database) -> None:
    """Refuse a database with records, or with units or desks the sample would clash with.

    Units, users and desks an administrator set up before (first run) may stay, as long as
    their codes are not those of the sample's provinces.
    """
    with db.session() as session:
        for model, label in (
            (Citizen, "công dân"),
            (Reception, "lượt tiếp"),
            (Petition, "đơn"),
            (Case, "vụ việc"),
        ):
            if session.scalar(select(func.count()).select_from(model)):
                raise DemoDataError(
                    f"Cơ sở dữ liệu đã có {label}; chỉ tạo dữ liệu mẫu vào cơ sở dữ liệu mới, trống."
                )
        for province in PROVINCES:
            clash = (
                session.scalar(
                    select(Unit.code).where(Unit.code.startswith(f"{province.abbr}.")).limit(1)
                )
                or session.scalar(
                    select(Desk.code).where(Desk.code.startswith(f"{province.abbr}-")).limit(1)
                )
                or session.scalar(
                    select(NumberSeries.desk_code)
                    .where(NumberSeries.desk_code.startswith(f"{province.abbr}-"))
                    .limit(1)
                )
            )
            if clash:
                raise DemoDataError(
                    f"Mã «{clash}» trùng với mã của dữ liệu mẫu ({province.title}); "
                    "hãy tạo dữ liệu mẫu vào một cơ sở dữ liệu mới."
                )


def _marker(seed: int, today: dt.date) -> dict[str, str]:
    """The ``app_meta`` rows that mark the database as sample data (written with the rows)."""
    return {
        "sample_data": "1",
        "sample_data_note": SAMPLE_NOTE,
        "sample_data_seed": str(seed),
        "sample_data_today": today.isoformat(),
    }


def generate_demo_data(
    db: Database,
    actor: Actor,
    *,
    cases: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill the empty database ``db`` with ``cases`` sample cases and everything around them.

    ``today`` is the reference date (default: today in Vietnam); no date lies after it
    except due dates and scheduled dialogues. ``progress(stage, done, total)`` is called
    with a Vietnamese stage label as work advances. ``parallel`` runs the generator in a
    worker process while this one writes (SQLite only; default from ``PARALLEL_FROM`` cases
    on); the rows are the same either way. Raises :class:`DemoDataError` if the database
    already holds citizens, visits, petitions or cases, or units or desks with the codes the
    sample uses (an administrator's own units may stay). Only an administrator (or
    ``SYSTEM`` for the first-run sample office and the command line) may fill a database.
    """
    require(actor, Role.ADMINISTRATOR, action="tạo dữ liệu mẫu")
    if cases < 1:
        raise ValidationFailed({"cases": "Số vụ việc mẫu phải từ 1 trở lên."})
    started = time.perf_counter()
    check_columns()
    _check_empty(db)
    today = today or vietnam_today()
    with db.session() as session:
        rulebook = _load_rulebook(session)
    sqlite = db.dialect == "sqlite"
    if parallel is None:
        parallel = cases >= PARALLEL_FROM
    # the worker sends plain values (marshal): the SQLite encoding only
    # (and not into an encrypted file: the worker's scratch search index is a plain file)
    parallel = bool(parallel) and sqlite and not is_encrypted_url(db.url) and worker_available()
    counts = dict.fromkeys(COLUMNS, 0)
    states: dict[str, int] = {}
    timings = dict.fromkeys(("produce", "write", "finish", "producer_cpu", "writer_cpu"), 0.0)
    cpu_started = time.process_time()
    clock = time.perf_counter
    loader: Loader = SqliteBulkLoader(db) if sqlite else CoreLoader(db)
    use_scratch = parallel and sqlite and FTS_IN_WORKER
    scratch = tempfile.TemporaryDirectory(prefix="tcd-demo-") if use_scratch else None
    messages: Iterator[Message] | None = None
    try:
        fts_specs: tuple[FtsSpec, ...] = ()
        if scratch is not None and loader.fts_specs:
            fts_specs = tuple(loader.fts_specs)
            loader.external_fts = True
        params = Params(
            cases=cases,
            seed=seed,
            today=today,
            sqlite=sqlite,
            chunk=CHUNK,
            pack_json=rulebook.pack.to_json(),
            overrides=rulebook.calendar.overrides,
            fts=fts_specs,
            fts_path=str(Path(scratch.name) / "fts.sqlite3") if scratch is not None else "",
        )
        messages = (
            produce_in_worker(params)
            if parallel
            else produce(params, rulebook.pack, rulebook.calendar)
        )
        if progress:
            progress("Đơn vị, người dùng, danh mục", 0, cases)
        fts_file: str | None = None
        mark = clock()
        for kind, payload in messages:
            timings["produce"] += clock() - mark
            mark = clock()
            if kind == "states":
                states = dict(payload)
                timings["producer_cpu"] = states.pop("_cpu", 0.0)
                continue
            if kind == "fts":
                fts_file = payload
                continue
            for table in COLUMNS:
                batch = payload.get(table)
                if batch:
                    loader.write(table, batch)
                    counts[table] += len(batch)
            if progress and "cases" in payload:
                progress("Công dân, lượt tiếp, đơn và vụ việc", counts["cases"], cases)
            timings["write"] += clock() - mark
            mark = clock()
        loader.finish(progress, fts_file, meta=_marker(seed, today))
        timings["finish"] = clock() - mark
        timings["writer_cpu"] = time.process_time() - cpu_started
    finally:
        close = getattr(messages, "close", None)
        if close is not None:
            close()  # stops the worker process if the writer failed
        loader.close()
        if scratch is not None:
            scratch.cleanup()

    elapsed = time.perf_counter() - started
    with db.session() as session:
        append_audit(
            session,
            "demo_data.generate",
            entity="database",
            detail={
                "note": SAMPLE_NOTE,
                "seed": seed,
                "today": today.isoformat(),
                "counts": counts,
                "seconds": round(elapsed, 1),
            },
        )
    return DemoSummary(
        counts=counts,
        elapsed=time.perf_counter() - started,
        seed=seed,
        today=today,
        states=states,
        timings={k: round(v, 2) for k, v in timings.items()},
        parallel=parallel,
    )
