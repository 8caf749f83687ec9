"""Issue 8 rule 10 on the board: the officer-started D10/D10B/D11 clocks ride on the case's
card with their due date and state; a met clock leaves it."""

from __future__ import annotations

import datetime as dt
import uuid

from tcd_desktop.services import board, petitions
from tcd_desktop.services.cases import AcceptanceInput, explain_due, meet_clock, start_clock
from tcd_desktop.services.cases.calendar_change import change_calendar_day
from tcd_desktop.services.context import SYSTEM
from tests.services.conftest import Org, add_petition

D = dt.date


def _denunciation(org: Org) -> uuid.UUID:
    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=D(2026, 8, 10), assignee_id=org.handler.user_id)
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def _card(org: Org, case_id: uuid.UUID, today: D) -> board.BoardCard:
    snap = board.load_board(org.db, org.handler, today=today)
    cards = [c for page in snap.columns.values() for c in page.cards if c.id == case_id]
    assert len(cards) == 1
    return cards[0]


def test_tracked_clocks_are_on_the_card(org: Org) -> None:
    case_id = _denunciation(org)
    assert _card(org, case_id, D(2026, 8, 12)).clocks == ()
    with org.db.session() as s:
        start_clock(s, org.handler, case_id, rule_id="D11", on=D(2026, 8, 3))
        start_clock(s, org.handler, case_id, rule_id="D10", on=D(2026, 9, 14))
    # 16/9: D11 (20 ngày from 3/8 → Mon 24/8) is overdue; D10 (05 NLV → Mon 21/9) due soon.
    card = _card(org, case_id, D(2026, 9, 16))
    assert [(c.rule, c.due_on, c.state) for c in card.clocks] == [
        ("D11", D(2026, 8, 24), "overdue"),
        ("D10", D(2026, 9, 21), "due_soon"),
    ]
    assert card.clocks[1].days_left == 3 and card.clocks[0].days_left < 0
    # the case table's rows carry them too
    window = board.load_board(org.db, org.handler, today=D(2026, 9, 16), part="counts").window
    _window, page, _total = board.load_table_page(org.db, org.handler, window, board.CaseFilter())
    assert [r.clocks for r in page.cards if r.id == case_id] == [card.clocks]
    # a calendar change moves the tracked clock as it moves the case window's due list:
    # Fri 18/9 made a day off → D10 (05 NLV from 14/9) ends Tue 22/9
    with org.db.session() as s:
        change_calendar_day(s, org.admin, D(2026, 9, 18), "off", name="Nghỉ đột xuất")
    moved = _card(org, case_id, D(2026, 9, 16))
    assert [(c.rule, c.due_on) for c in moved.clocks] == [
        ("D11", D(2026, 8, 24)),
        ("D10", D(2026, 9, 22)),
    ]
    with org.db.session() as s:
        due = {e.rule_id: e.due_on for e in explain_due(s, SYSTEM, case_id, today=D(2026, 9, 16))}
    assert due["D10"] == D(2026, 9, 22)
    # the request is sent: D10 is met and leaves the card; D11 stays until answered
    with org.db.session() as s:
        meet_clock(s, org.handler, case_id, rule_id="D10", on=D(2026, 9, 16))
    assert [c.rule for c in _card(org, case_id, D(2026, 9, 16)).clocks] == ["D11"]
    with org.db.session() as s:
        meet_clock(s, org.handler, case_id, rule_id="D11", on=D(2026, 9, 17))
    assert _card(org, case_id, D(2026, 9, 17)).clocks == ()
