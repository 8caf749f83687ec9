"""Producing the rows, in this process or in a worker process that runs ahead of the writer.

Generating a case in Python costs about as much as SQLite spends storing it, so on a
machine with two cores a large load runs the generator in a second Python process while
this one writes: chunk *k+1* is being generated while chunk *k* is being inserted.

The worker is a plain ``python -m tcd_desktop.services.demo_data.worker`` child (not
``multiprocessing``, which would re-import the caller's main script). It reads its
:class:`Params` pickled on stdin and writes length-prefixed pickled messages on stdout. It
rebuilds the rule pack from its JSON form and the calendar from its overrides, so both
modes produce exactly the same rows. A frozen application has no ``-m``: it generates in
one process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import pickle
import struct
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from tcd_desktop.domain.calendar import CalendarOverride, WorkingCalendar
from tcd_desktop.domain.rules import RulePack, load_rule_pack_from_json
from tcd_desktop.services.demo_data.codec import Codec
from tcd_desktop.services.demo_data.fts import FtsBuilder, FtsSpec
from tcd_desktop.services.demo_data.generator import Generator

#: A message from the producer: ("rows", {table: rows}), ("fts", scratch index path) or,
#: last, ("states", {state: count}).
Message = tuple[str, Any]

_HEADER = struct.Struct("<Q")


@dataclass(frozen=True)
class Params:
    """Everything the producer needs; picklable, so it can cross to a worker process."""

    cases: int
    seed: int
    today: dt.date
    sqlite: bool
    chunk: int
    pack_json: dict[str, Any]
    overrides: tuple[CalendarOverride, ...]
    #: FTS5 tables to build in the scratch file ``fts_path`` (worker only).
    fts: tuple[FtsSpec, ...] = ()
    fts_path: str = ""


def produce(
    params: Params, pack: RulePack | None = None, calendar: WorkingCalendar | None = None
) -> Iterator[Message]:
    """Yield every generated row, chunk by chunk, then the deadline-state tally."""
    started = time.process_time()
    if pack is None:
        pack = load_rule_pack_from_json(params.pack_json)
    if calendar is None:
        calendar = WorkingCalendar(params.overrides)
    gen = Generator(
        Codec(sqlite=params.sqlite), pack, calendar, seed=params.seed, today=params.today
    )
    builder = FtsBuilder(params.fts_path, params.fts) if params.fts and params.fts_path else None
    yield "rows", gen.world()
    for rows in gen.chains(params.cases, params.chunk):
        yield "rows", rows
        if builder is not None:  # index while the writer inserts this chunk
            builder.add(rows)
    yield "rows", {"number_series": gen.number_series()}
    if builder is not None:
        builder.close()
        yield "fts", params.fts_path
    yield "states", {**gen.state_counts, "_cpu": round(time.process_time() - started, 2)}


class WorkerError(RuntimeError):
    """The worker process failed; the message holds its traceback."""


def worker_available() -> bool:
    """True when a worker process can be started (not in a frozen application)."""
    return not getattr(sys, "frozen", False) and bool(sys.executable)


def _send(out: IO[bytes], message: Message) -> None:
    # marshal: faster than pickle for plain tuples of str/int/None, and the reader is the
    # same interpreter
    blob = marshal.dumps(message, 4)
    out.write(_HEADER.pack(len(blob)))
    out.write(blob)
    out.flush()


def _receive(stream: IO[bytes]) -> Message:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise WorkerError("tiến trình tạo dữ liệu mẫu dừng bất thường")
    (size,) = _HEADER.unpack(header)
    blob = stream.read(size)
    if len(blob) < size:
        raise WorkerError("tiến trình tạo dữ liệu mẫu dừng bất thường")
    message: Message = marshal.loads(blob)
    return message


def produce_in_worker(params: Params) -> Iterator[Message]:
    """Like :func:`produce`, but generated in a child process running one chunk ahead."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    process = subprocess.Popen(
        [sys.executable, "-m", "tcd_desktop.services.demo_data.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(pickle.dumps(params, protocol=pickle.HIGHEST_PROTOCOL))
        process.stdin.close()
        while True:
            message = _receive(process.stdout)
            if message[0] == "error":
                raise WorkerError(message[1])
            yield message
            if message[0] == "states":
                return
    finally:
        process.stdout.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - only after a writer error
            process.kill()
            process.wait()


def worker_main() -> None:
    """Entry point of the worker: params on stdin, messages on stdout."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # nothing else may write on the message channel
    try:
        params: Params = pickle.loads(sys.stdin.buffer.read())
        for message in produce(params):
            _send(out, message)
    except BrokenPipeError:  # the writer stopped reading: nothing to report to
        pass
    except BaseException:
        with contextlib.suppress(BrokenPipeError):
            _send(out, ("error", traceback.format_exc()))
    finally:
        with contextlib.suppress(BrokenPipeError):
            out.close()
