"""When the server goes away (issue #11 §6): a save cut off mid-way leaves nothing
half-saved, the input is kept and the error is clear; the pool reconnects by itself."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from tcd_desktop.services.runtime import is_environment_error
from tcd_desktop.store.database import DESK_POOL
from tcd_desktop.store.models import Citizen, Reception
from tcd_desktop.ui.widgets.page import expected_message
from tests.network.fixtures import (
    Office,
    backends_of,
    first_visit,
    form_for,
    record,
    terminate,
    visit_of,
)

pytestmark = pytest.mark.postgres


def _receptions(office: Office) -> int:
    with office.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Reception)) or 0)


def test_the_pool_is_sized_for_a_desk(office: Office) -> None:
    pool = office.db.engine.pool
    assert pool.size() == DESK_POOL["pool_size"] == 5  # type: ignore[attr-defined]
    assert office.db.engine.pool._pre_ping  # type: ignore[attr-defined]


def test_a_connection_killed_mid_save_keeps_the_input_and_saves_nothing(
    office: Office,
) -> None:
    cid = first_visit(office).citizen_id
    form = form_for(office, cid, phone="0988111222")
    visit = visit_of(form, 1)
    kept = dataclasses.replace(visit)
    before = _receptions(office)
    outcome: list[BaseException | None] = []
    # another connection holds the citizen's row, so the save stops half-way, inside its
    # transaction, where the server then kills it
    holder = office.db.engine.connect()
    holder.execute(select(Citizen).where(Citizen.id == cid).with_for_update())

    def desk() -> None:
        try:
            record(office.db, office.officer, visit)
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=desk)
    thread.start()
    deadline = time.monotonic() + 10
    while not (waiting := backends_of(office.db, waiting=True)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(waiting) == 1
    terminate(waiting)
    thread.join(10)
    holder.rollback()
    holder.close()
    (error,) = outcome
    assert isinstance(error, OperationalError) and is_environment_error(error)
    message = expected_message(error)
    assert message and "máy chủ" in message and "vẫn được giữ" in message
    assert visit == kept  # what was typed is still there to save again
    assert _receptions(office) == before  # nothing half-saved
    with office.db.session() as s:
        assert s.get(Citizen, cid).phone == "0912345678"  # type: ignore[union-attr]
    # the first save after reconnecting goes through the normal version check
    record(office.db, office.officer, visit)
    assert _receptions(office) == before + 1


def test_the_pool_reconnects_after_the_server_dropped_every_connection(
    office: Office,
) -> None:
    with office.db.session() as s, office.db.session() as t:  # two pooled connections
        s.execute(text("SELECT 1"))
        t.execute(text("SELECT 1"))
    pids = backends_of(office.db)
    assert len(pids) >= 2
    terminate(pids)
    time.sleep(0.2)
    for _ in range(3):  # pre-ping replaces each dead connection: no error reaches a desk
        with office.db.session() as s:
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    assert not set(pids) & set(backends_of(office.db))
