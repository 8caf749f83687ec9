"""T2B, a tracked due date of the petition queue (issue 8, rule 10): a petition received from
01/7/2026 still unprocessed 45 days after receipt (NĐ 154/2026/NĐ-CP Điều 41 k3b).

The law says "45 ngày": calendar days (LAW.md §3; rule pack ``"unit": "calendar"``); the
receipt day is not counted and a last day that is a day off rolls to the next working day
(BLDS 2015 Điều 147–148). Hand counts (July has 31 days; 2026 calendar in LAW.md §3):

    received Wed 1/7 → day 45 is Sat 15/8 → due Mon 17/8
    received Thu 2/7 → day 45 is Sun 16/8 → due Mon 17/8
    received Fri 3/7 → day 45 is Mon 17/8 → due Mon 17/8
    received Sat 4/7 → day 45 is Tue 18/8 → due Tue 18/8
    received Tue 30/6 → before 01/7/2026: no T2B clock

        August 2026
    Mo Tu We Th Fr Sa Su
                    1  2
     3  4  5  6  7  8  9
    10 11 12 13 14 15 16
    17 18 19 20 21 22 23
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from tcd_desktop.services import petitions
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.petitions import operations
from tcd_desktop.services.rulebook import override_rule
from tests.services.conftest import Org, add_petition

D = dt.date
KN, TC = "khieu_nai", "to_cao"


def queue(org: Org, today: dt.date, **filters: object) -> dict[uuid.UUID, petitions.QueueRow]:
    with org.db.session() as s:
        rows = petitions.processing_queue(s, org.handler, today=today, **filters)  # type: ignore[arg-type]
    return {r.petition_id: r for r in rows}


def overdue_count(org: Org, today: dt.date, **filters: object) -> int:
    with org.db.session() as s:
        return petitions.count_t2b_overdue(s, org.leader, today=today, **filters)  # type: ignore[arg-type]


def test_t2b_is_45_calendar_days_from_receipt_only_from_1_july_2026(org: Org) -> None:
    received = {
        "30/6": D(2026, 6, 30),
        "1/7": D(2026, 7, 1),
        "2/7": D(2026, 7, 2),
        "3/7": D(2026, 7, 3),
        "4/7": D(2026, 7, 4),
    }
    ids = {k: add_petition(org.db, org, kind=KN, received_on=d) for k, d in received.items()}
    rows = queue(org, D(2026, 8, 10))
    due = {k: rows[pid].t2b_due_on for k, pid in ids.items()}
    assert due == {
        "30/6": None,
        "1/7": D(2026, 8, 17),
        "2/7": D(2026, 8, 17),
        "3/7": D(2026, 8, 17),
        "4/7": D(2026, 8, 18),
    }
    old = rows[ids["30/6"]]
    assert (old.t2b_state, old.t2b_citation) == (None, "")
    first = rows[ids["1/7"]]
    assert first.t2b_citation == "Nghị định 154/2026/NĐ-CP, Điều 41 khoản 3 điểm b"
    # Mon 10/8: 5 working days to Mon 17/8 (11, 12, 13, 14, 17) → due soon.
    assert first.t2b_state == "due_soon"
    assert queue(org, D(2026, 8, 7))[ids["1/7"]].t2b_state == "on_track"  # 6 working days
    on_17 = queue(org, D(2026, 8, 17))
    assert {k: on_17[pid].t2b_state for k, pid in ids.items()} == {
        "30/6": None,
        "1/7": "due_soon",  # the last day itself is not overdue
        "2/7": "due_soon",
        "3/7": "due_soon",
        "4/7": "due_soon",
    }
    on_18 = queue(org, D(2026, 8, 18))
    assert {k: on_18[pid].t2b_state for k, pid in ids.items()} == {
        "30/6": None,
        "1/7": "overdue",
        "2/7": "overdue",
        "3/7": "overdue",
        "4/7": "due_soon",
    }


def test_the_filter_and_count_select_exactly_the_overdue_rows(org: Org) -> None:
    ids = {
        add_petition(org.db, org, kind=KN, received_on=D(2026, 6, 25) + dt.timedelta(days=i))
        for i in range(14)  # 25/6 … 8/7
    }
    add_petition(org.db, org, kind=TC, received_on=D(2026, 7, 2), citizen_id=org.denouncer)
    add_petition(
        org.db, org, kind=KN, received_on=D(2026, 7, 1), unit_id=org.commune, channel="online"
    )
    for today in (D(2026, 8, 14), D(2026, 8, 17), D(2026, 8, 18), D(2026, 8, 21)):
        everything = queue(org, today)
        overdue = {pid for pid, r in everything.items() if r.t2b_state == "overdue"}
        picked = queue(org, today, t2b_overdue=True)
        assert set(picked) == overdue, today
        assert overdue_count(org, today) == len(overdue), today
        assert all(r.received_on >= D(2026, 7, 1) for r in picked.values())
    # On Tue 18/8: received 1/7, 2/7 (two) and 3/7, from both units and every kind.
    assert overdue_count(org, D(2026, 8, 18)) == 5
    assert overdue_count(org, D(2026, 8, 18), unit_id=org.commune) == 1
    assert overdue_count(org, D(2026, 8, 18), kind=TC) == 1
    assert overdue_count(org, D(2026, 8, 18), channel="online") == 1
    assert overdue_count(org, D(2026, 8, 14)) == 0  # nothing is 45 days old yet
    # The longest overdue first.
    rows = list(queue(org, D(2026, 8, 21), t2b_overdue=True).values())
    assert [r.received_on for r in rows] == sorted(r.received_on for r in rows)
    assert ids  # the older petitions are still in the queue, without a T2B date
    assert sum(r.t2b_due_on is None for r in queue(org, D(2026, 8, 21)).values()) == 6


def test_processing_meets_the_45_day_clock(org: Org) -> None:
    on_time = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 1))
    late = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 1))
    waiting = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 1))
    with org.db.session() as s:
        petitions.transfer_petition(
            s, org.handler, on_time, on=D(2026, 8, 17), to_body="UBND xã Hữu Lũng"
        )
        petitions.transfer_petition(s, org.handler, late, on=D(2026, 8, 19), to_body="Sở Xây dựng")
    today = D(2026, 8, 24)
    with org.db.session() as s:
        states = {
            pid: next(
                e
                for e in petitions.explain_petition_due(s, org.handler, pid, today=today)
                if e.rule_id == "T2B"
            )
            for pid in (on_time, late, waiting)
        }
    assert {pid: (e.due_on, e.state) for pid, e in states.items()} == {
        on_time: (D(2026, 8, 17), "closed_on_time"),
        late: (D(2026, 8, 17), "closed_late"),
        waiting: (D(2026, 8, 17), "overdue"),
    }
    assert "Điều 41" in states[waiting].citation
    # Processed petitions leave the queue and the count.
    assert set(queue(org, today, t2b_overdue=True)) == {waiting}
    assert overdue_count(org, today) == 1


def test_no_t2b_clock_before_1_july_2026(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 6, 30))
    with org.db.session() as s:
        rules = [e.rule_id for e in petitions.explain_petition_due(s, org.handler, pid)]
    assert rules == ["T2"]
    assert queue(org, D(2027, 1, 4), t2b_overdue=True) == {}
    assert overdue_count(org, D(2027, 1, 4)) == 0


def test_an_override_splits_the_rule_and_each_version_keeps_its_own_span(org: Org) -> None:
    """An administrator shortens T2B to 30 days from 1/9/2026: a petition received 1/9 is
    due Thu 1/10 while one received 31/8 keeps 45 days (Thu 15/10)."""
    with org.db.session() as s:
        override_rule(
            s,
            org.admin,
            "T2B",
            days=30,
            unit="calendar",
            effective_from=D(2026, 9, 1),
            reason="Thử tách phiên bản",
        )
    before = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 31))
    after = add_petition(org.db, org, kind=KN, received_on=D(2026, 9, 1))
    rows = queue(org, D(2026, 10, 2))
    assert (rows[before].t2b_due_on, rows[after].t2b_due_on) == (D(2026, 10, 15), D(2026, 10, 1))
    assert set(queue(org, D(2026, 10, 2), t2b_overdue=True)) == {after}
    assert overdue_count(org, D(2026, 10, 2)) == 1
    assert overdue_count(org, D(2026, 10, 16)) == 2


def test_the_queue_view_counts_for_the_officer_and_the_leader(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 1))
    add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    for actor in (org.reception, org.handler, org.leader, org.supervisor):
        view = operations.load_queue_view(org.db, actor, today=D(2026, 8, 18))
        assert (len(view.rows), view.t2b_overdue) == (2, 1)
        only = operations.load_queue_view(org.db, actor, t2b_overdue=True, today=D(2026, 8, 18))
        assert ([r.petition_id for r in only.rows], only.t2b_overdue) == ([pid], 1)
    with pytest.raises(PermissionDenied):
        operations.load_queue_view(org.db, dataclasses.replace(org.handler, roles=frozenset()))
