"""Issue 8, Deadlines: refusals, D1 --complex, D12 --days, unconfirmed calendar days, K13's
citation and the recomputation of open cases when an administrator changes the calendar.

November 2026: Tue 24/11 is "Ngày Văn hóa Việt Nam" in the holidays package, but its
enactment is UNCONFIRMED (LAW.md §3), so it is an unconfirmed day off.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tcd_desktop.domain.deadlines import DeadlineError
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput, decide_complaint, explain_due, suspend
from tcd_desktop.services.cases.calendar_change import change_calendar_day
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed, ValidationFailed
from tcd_desktop.services.rulebook import shipped_rulebook
from tcd_desktop.store.models import AuditEntry, CalendarDay, Case, Petition
from tests.services.conftest import Org, add_petition

D = dt.date
KN = "khieu_nai"


def _case(org: Org, received: D, accepted: D, kind: str = "khieu_nai") -> uuid.UUID:
    pid = add_petition(org.db, org, kind=kind, received_on=received)
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=accepted, assignee_id=org.handler.user_id)
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def test_pause_on_a_complaint_rule_before_july_2026_is_refused() -> None:
    book = shipped_rulebook()
    with pytest.raises(DeadlineError, match=r"01/07/2026.*136/2025/QH15"):
        book.deadline("K3", D(2026, 3, 2), paused=[(D(2026, 3, 10), D(2026, 3, 19))])
    # From 01/7/2026 the suspended days are excluded.
    d = book.deadline("K3", D(2026, 7, 10), paused=[(D(2026, 7, 15), D(2026, 7, 20))])
    assert d.paused_days == 6 and d.due == D(2026, 8, 17)
    # K1's obstacle periods (Luật KN Điều 9) are not suspensions and stay allowed.
    assert book.deadline("K1", D(2026, 3, 2), paused=[(D(2026, 3, 10), D(2026, 3, 19))])


def test_suspending_a_complaint_case_before_july_2026_is_refused(org: Org) -> None:
    case_id = _case(org, D(2026, 5, 4), D(2026, 5, 8))
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="01/07/2026"):
        suspend(s, org.handler, case_id, on=D(2026, 6, 1), ground="tro_ngai")
    with org.db.session() as s:
        assert s.get(Case, case_id).is_paused is False  # type: ignore[union-attr]


def test_d1_complex_gives_ten_working_days() -> None:
    book = shipped_rulebook()
    # Mon 3/8/2026: 7 NLV → Wed 12/8; complex (several places, delegated) 10 NLV → Mon 17/8.
    assert book.deadline("D1", D(2026, 8, 3)).due == D(2026, 8, 12)
    extended = book.deadline("D1", D(2026, 8, 3), complex=True)
    assert (extended.due, extended.variant, extended.days) == (D(2026, 8, 17), "extended", 10)


def test_d12_needs_the_sector_laws_days() -> None:
    book = shipped_rulebook()
    with pytest.raises(DeadlineError, match=r"--days N"):
        book.deadline("D12", D(2026, 8, 3))
    assert book.deadline("D12", D(2026, 8, 3), days=15).due == D(2026, 8, 18)
    with pytest.raises(DeadlineError, match="chỉ nhập số ngày"):
        book.deadline("D4", D(2026, 8, 3), days=15)


def test_k13_before_july_2026_does_not_cite_nd_155() -> None:
    book = shipped_rulebook()
    before = book.deadline("K13", D(2026, 6, 20))
    after = book.deadline("K13", D(2026, 7, 20))
    assert "155/2026" not in before.citation and "155/2026" not in before.explanation
    assert "124/2020" in before.citation
    assert "155/2026" in after.citation


def test_calendar_confirmed_and_unconfirmed_days() -> None:
    cal = shipped_rulebook().calendar
    assert cal.is_confirmed(D(2026, 2, 17))  # Tết 2026 announced
    assert not cal.is_confirmed(D(2026, 11, 24))  # Ngày Văn hóa Việt Nam
    assert not cal.is_confirmed(D(2027, 2, 8))  # Tết 2027 not yet announced
    assert cal.is_confirmed(D(2027, 4, 30))  # fixed by law
    # A working-day count crossing 24/11 is unconfirmed and names the day.
    d = shipped_rulebook().deadline("T1", D(2026, 11, 20))
    assert d.unconfirmed and d.unconfirmed_days == ((D(2026, 11, 24), "Ngày Văn hóa Việt Nam"),)
    assert "24/11/2026 (Ngày Văn hóa Việt Nam)" in d.explanation
    assert "CHƯA CHẮC CHẮN" in d.explanation
    # A calendar-day count whose end is not rolled over it is not affected.
    assert not shipped_rulebook().deadline("K3", D(2026, 11, 1)).unconfirmed_days


def test_calendar_change_recomputes_open_cases_only(org: Org) -> None:
    # K3: accepted Sun 25/10 → 24/11 (unconfirmed day off) → rolls to Wed 25/11.
    open_id = _case(org, D(2026, 10, 20), D(2026, 10, 25))
    decided_id = _case(org, D(2026, 10, 20), D(2026, 10, 25))
    with org.db.session() as s:
        decide_complaint(
            s, org.handler, decided_id, result="dung", on=D(2026, 11, 2), number="1/QĐ"
        )
        assert s.get(Case, open_id).due_on == D(2026, 11, 25)  # type: ignore[union-attr]
        texts = [e.text for e in explain_due(s, SYSTEM, open_id, today=D(2026, 11, 2)) if e.is_main]
        assert "24/11/2026 (Ngày Văn hóa Việt Nam)" in texts[0]
    with org.db.session() as s, pytest.raises(PermissionDenied):
        change_calendar_day(s, org.handler, D(2026, 11, 24), "work", name="Làm việc")
    with org.db.session() as s, pytest.raises(ValidationFailed, match="không có gì"):
        change_calendar_day(s, org.admin, D(2026, 11, 24), "remove")
    # A petition received Fri 20/11 awaits processing: T2 (10 NLV) skips 24/11 → Mon 7/12.
    waiting = add_petition(org.db, org, kind=KN, received_on=D(2026, 11, 20))
    with org.db.session() as s:
        p = s.get(Petition, waiting)
        assert p is not None
        p.processing_due_on = D(2026, 12, 7)
        p.status = "received"
    # The Government says 24/11 is a working day: the open case moves back to Tue 24/11.
    with org.db.session() as s:
        change = change_calendar_day(
            s, org.admin, D(2026, 11, 24), "work", name="Ngày Văn hóa Việt Nam không nghỉ"
        )
    assert [(c.case_id, c.before, c.after) for c in change.moved] == [
        (open_id, D(2026, 11, 25), D(2026, 11, 24))
    ]
    assert [(b, a) for _n, b, a in change.moved_petitions] == [(D(2026, 12, 7), D(2026, 12, 4))]
    with org.db.session() as s:
        assert s.get(Case, decided_id).due_on == D(2026, 11, 25)  # type: ignore[union-attr]
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        assert actions[-3:] == ["calendar.set_day", "case.due_recomputed", "calendar.recomputed"]
        d = explain_due(s, SYSTEM, open_id, today=D(2026, 11, 2))[0]
        assert not d.unconfirmed
    # Removing the office's entry brings back the package's (unconfirmed) day off ...
    with org.db.session() as s:
        removed = change_calendar_day(s, org.admin, D(2026, 11, 24), "remove")
    assert [c.after for c in removed.moved] == [D(2026, 11, 25)]
    # ... and confirming it keeps the date but drops the doubt.
    with org.db.session() as s:
        confirmed = change_calendar_day(s, org.admin, D(2026, 11, 24), "confirm")
        assert confirmed.moved == [] and confirmed.confirmed
        row = s.scalar(select(CalendarDay).where(CalendarDay.day == D(2026, 11, 24)))
        assert row is not None and (row.kind, row.confirmed) == ("off", True)
        assert not explain_due(s, SYSTEM, open_id, today=D(2026, 11, 2))[0].unconfirmed
    with org.db.session() as s, pytest.raises(ValidationFailed, match="chính thức"):
        change_calendar_day(s, org.admin, D(2026, 11, 24), "confirm")
