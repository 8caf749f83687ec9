"""Optimistic locking surfaced (issue #11 §4) on the real server: a stale save is refused
with both sides, never a raw ``StaleDataError``, and nothing is lost — from threads and
from separate processes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput, record_step
from tcd_desktop.services.conflicts import Resolution, record_resolution
from tcd_desktop.services.errors import ConcurrentChange
from tcd_desktop.store.models import AuditEntry, Citizen, Reception, Unit
from tests.network.fixtures import Office, first_visit, form_for, record, visit_of
from tests.network.workers import save_phone_in_process

pytestmark = pytest.mark.postgres

D = dt.date


def _phone(office: Office, citizen_id: object) -> str:
    with office.db.session() as s:
        row = s.get(Citizen, citizen_id)
        assert row is not None
        return str(row.phone)


def test_a_stale_form_cannot_undo_another_desks_phone_change(office: Office) -> None:
    """The issue's lost update: desk B's form, opened before desk A changed the phone."""
    cid = first_visit(office).citizen_id
    form_a = form_for(office, cid, phone="0988111222")
    form_b = form_for(office, cid)  # opened at the same time, still shows the old phone
    kept = dataclasses.replace(form_b)
    record(office.db, office.officer, visit_of(form_a, 1))
    with pytest.raises(ConcurrentChange) as refused:
        record(office.db, office.officer, visit_of(form_b, 2))
    conflict = refused.value
    assert conflict.has_sides and conflict.entity == "citizen" and conflict.entity_id == cid
    assert conflict.version == form_a.version + 1  # type: ignore[operator]
    (phone,) = [f for f in conflict.fields if f.name == "phone"]
    assert (phone.label, phone.mine, phone.theirs) == ("Số điện thoại", "0912345678", "0988111222")
    assert conflict.theirs["phone"] == "0988111222"
    assert form_b == kept  # the input is untouched: the form still holds it
    assert _phone(office, cid) == "0988111222"
    with office.db.session() as s:  # nothing of desk B's visit was half-saved
        assert s.scalar(select(func.count()).select_from(Reception)) == 2
    # take theirs: the settled form says it edited the new version and goes through
    settled = dataclasses.replace(form_b, phone=phone.theirs, version=conflict.version)
    record_resolution(
        office.db,
        office.officer,
        Resolution("citizen", str(cid), conflict.version or 0, {"phone": "theirs"}),
    )
    record(office.db, office.officer, visit_of(settled, 3))
    assert _phone(office, cid) == "0988111222"
    with office.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "conflict.resolved")).one()
        assert entry.detail["outcome"] == "theirs" and entry.user_id == office.officer.user_id


def test_take_mine_after_the_dialog_overwrites_knowingly(office: Office) -> None:
    cid = first_visit(office).citizen_id
    form_a = form_for(office, cid, phone="0988111222")
    form_b = form_for(office, cid, phone="0977333444")
    record(office.db, office.officer, visit_of(form_a, 1))
    with pytest.raises(ConcurrentChange) as refused:
        record(office.db, office.officer, visit_of(form_b, 2))
    mine = dataclasses.replace(form_b, version=refused.value.version)
    record(office.db, office.officer, visit_of(mine, 3))
    assert _phone(office, cid) == "0977333444"


def test_desks_saving_visits_for_one_citizen_at_once_all_get_through(
    office: Office,
) -> None:
    """The issue's raw StaleDataError (10 of 10): visits that change nothing of the
    citizen take turns on the citizen row and are all saved."""
    cid = first_visit(office).citizen_id
    form = form_for(office, cid)
    start = threading.Barrier(10)

    def desk(i: int) -> str:
        start.wait()
        return record(office.db, office.officer, visit_of(form, i)).number

    with ThreadPoolExecutor(10) as pool:
        numbers = list(pool.map(desk, range(10)))
    assert len(set(numbers)) == 10
    with office.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Reception)) == 11


def test_concurrent_phone_changes_from_threads_one_wins_the_rest_see_the_conflict(
    office: Office,
) -> None:
    cid = first_visit(office).citizen_id
    forms = [form_for(office, cid, phone=f"09880000{i:02d}") for i in range(8)]
    start = threading.Barrier(8)

    def desk(i: int) -> str | ConcurrentChange:
        start.wait()
        try:
            record(office.db, office.officer, visit_of(forms[i], i))
        except ConcurrentChange as exc:
            return exc
        return forms[i].phone

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(desk, range(8)))
    won = [o for o in outcomes if isinstance(o, str)]
    refused = [o for o in outcomes if isinstance(o, ConcurrentChange)]
    assert len(won) == 1 and len(refused) == 7
    assert all(c.has_sides and c.theirs["phone"] == won[0] for c in refused)
    assert _phone(office, cid) == won[0]  # no lost update: the winner's phone is stored


def test_concurrent_phone_changes_from_processes(office: Office) -> None:
    cid = first_visit(office).citizen_id
    loaded = form_for(office, cid).version
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        outcomes = pool.starmap(
            save_phone_in_process,
            [(office.db.url, office.officer, cid, loaded, f"09770000{i:02d}", i) for i in range(4)],
        )
    won = [phone for kind, phone in outcomes if kind == "saved"]
    assert sorted(kind for kind, _ in outcomes) == ["conflict"] * 3 + ["saved"]
    assert all(theirs == won[0] for kind, theirs in outcomes if kind == "conflict")
    assert _phone(office, cid) == won[0]


def _open_case(office: Office) -> tuple[object, int]:
    saved = first_visit(office)
    with office.db.session() as s:
        step = petitions.accept_petition(
            s,
            office.handler,
            saved.petitions[0].id,
            AcceptanceInput(accepted_on=D(2026, 8, 4), assignee_id=office.handler.user_id),
        )
    return step.case_id, step.version


def test_a_workflow_step_on_a_case_another_desk_moved_is_refused_with_both_sides(
    office: Office,
) -> None:
    case_id, version = _open_case(office)
    with office.db.session() as s:  # desk A sends the acceptance notice
        record_step(
            s,
            office.handler,
            case_id,
            Step.ACCEPTANCE_NOTICE,
            on=D(2026, 8, 5),
            expected_version=version,
        )
    with pytest.raises(ConcurrentChange) as refused, office.db.session() as s:
        record_step(
            s,
            office.handler,
            case_id,
            Step.ACCEPTANCE_NOTICE,
            on=D(2026, 8, 6),
            expected_version=version,
        )
    conflict = refused.value
    assert conflict.has_sides and conflict.entity == "case" and conflict.version == version + 1
    assert [f.name for f in conflict.fields] == ["step", "status"]
    assert "06/08/2026" in conflict.fields[0].mine
    assert str(conflict).endswith(f"Trạng thái hiện nay: {conflict.theirs['status']}.")


def test_a_stale_flush_anywhere_reaches_the_caller_as_concurrent_change(db) -> None:
    """The central mapping: no operation can let ``StaleDataError`` reach a person."""
    with db.session() as s:
        unit = Unit(name="Xã A", code="X-A", level="commune")
        s.add(unit)
    with pytest.raises(ConcurrentChange), db.session() as mine:
        row = mine.get(Unit, unit.id)
        assert row is not None
        with db.session() as theirs:
            other = theirs.get(Unit, unit.id)
            assert other is not None
            other.name = "theirs"
        row.name = "mine"
