"""Live across desks (issue #11 §5): what one desk commits reaches the others within two
seconds through LISTEN/NOTIFY, and the listener survives losing its connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from tcd_desktop.services.changes import Changes, Entity
from tcd_desktop.store.database import Database
from tcd_desktop.store.notify import (
    CHANNEL,
    MAX_PAYLOAD,
    ChangeListener,
    announce,
    channel_for,
    decode,
    encode,
)
from tests.dbfixtures import make_database
from tests.network.fixtures import backends_of, terminate

ROOT = Path(__file__).resolve().parents[2]


def test_the_channel_is_per_schema_so_offices_and_tests_never_cross() -> None:
    base = "postgresql+psycopg://u@h/office"
    assert channel_for(base) == CHANNEL
    assert channel_for(f"{base}?options=-csearch_path%3Dt_ab12,public") == "tcd_changes_t_ab12"
    assert channel_for(f"{base}?options=-csearch_path%3Dpublic") == CHANNEL


def test_a_payload_round_trips_and_a_huge_one_keeps_the_kinds() -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    changes = Changes.of(Entity.CASE, ids).plus(Entity.DOCUMENT, ["x"])
    assert decode(encode(changes, "desk1")) == ("desk1", changes)
    huge = Changes.of(Entity.RECEPTION, [uuid.uuid4() for _ in range(400)])
    payload = encode(huge, "desk1")
    assert len(payload.encode()) <= MAX_PAYLOAD
    assert decode(payload) == ("desk1", Changes.of(Entity.RECEPTION, []))
    assert decode("desk1:not json") == ("desk1", Changes())


def test_sqlite_has_no_other_desks(tmp_path: Path) -> None:
    with make_database("sqlite", tmp_path) as database:
        assert announce(database, Changes.of(Entity.CASE, [uuid.uuid4()])) is False
        listener = ChangeListener(database, lambda _c: None)
        listener.start()
        assert not listener.enabled and listener._thread is None


def _wait(predicate, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


@pytest.mark.postgres
def test_a_change_reaches_a_second_process_within_two_seconds(db: Database) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.network.workers", db.url, "2"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
            latencies = []
            for entity in (Entity.CASE, Entity.RECEPTION):
                case_id = uuid.uuid4()
                sent = time.monotonic()
                assert announce(db, Changes.of(entity, [case_id]), sender="desk-a")
                line = proc.stdout.readline()
                latencies.append(time.monotonic() - sent)
                assert json.loads(line) == {entity.value: [str(case_id)]}
            assert max(latencies) < 2.0
            assert proc.wait(10) == 0
        finally:
            proc.kill()


@pytest.mark.postgres
def test_a_desk_ignores_its_own_notifications(db: Database) -> None:
    heard: list[Changes] = []
    up = threading.Event()
    listener = ChangeListener(db, heard.append, lambda s: s and up.set(), sender="desk-a")
    listener.start()
    try:
        assert up.wait(5)
        announce(db, Changes.of(Entity.CASE, ["own"]), sender="desk-a")
        announce(db, Changes.of(Entity.CASE, ["other"]), sender="desk-b")
        assert _wait(lambda: bool(heard))
        time.sleep(0.3)
        assert heard == [Changes.of(Entity.CASE, ["other"])]
    finally:
        listener.stop()


@pytest.mark.postgres
def test_the_listener_says_when_the_server_goes_and_comes_back(db: Database) -> None:
    heard: list[Changes] = []
    states: list[bool] = []
    listener = ChangeListener(db, heard.append, states.append, backoff=(0.2, 0.4))
    listener.start()
    try:
        assert _wait(lambda: states == [True])
        pid = listener.backend_pid()
        assert pid is not None and pid in backends_of(db)
        lost = time.monotonic()
        terminate([pid])
        assert _wait(lambda: states[-1:] == [False], 2.0)
        assert time.monotonic() - lost < 2.0  # the banner can say so at once
        assert _wait(lambda: states == [True, False, True])
        # notifications sent while away are lost: every kind is reloaded once back
        assert _wait(lambda: bool(heard)) and heard[0].touches(Entity.CASE, Entity.RECEPTION)
        assert listener.backend_pid() not in (None, pid)
        announce(db, Changes.of(Entity.CASE, ["after"]), sender="desk-b")
        assert _wait(lambda: Changes.of(Entity.CASE, ["after"]) in heard)
    finally:
        listener.stop()
