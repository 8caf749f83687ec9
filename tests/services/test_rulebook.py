"""Rule overrides and calendar days change due dates, with a reason and an audit entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.rulebook import (
    ensure_rule_pack,
    load_rulebook,
    override_rule,
    set_calendar_day,
)
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, RuleRow


def test_rule_pack_loaded_once(db: Database) -> None:
    assert ensure_rule_pack(db, SYSTEM) > 30
    assert ensure_rule_pack(db, SYSTEM) == 0
    with db.session() as s:
        k2 = s.scalars(select(RuleRow).where(RuleRow.rule_id == "K2")).all()
    assert sorted(str(r.effective_from) for r in k2) == ["2026-07-01", "None"]


def test_override_needs_reason_and_is_audited(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationFailed, match="lý do"):
        override_rule(
            s, SYSTEM, "T2", days=7, unit="working", effective_from=dt.date(2026, 1, 1), reason="  "
        )
    with db.session() as s:
        override_rule(
            s,
            SYSTEM,
            "T2",
            days=7,
            unit="working",
            effective_from=dt.date(2026, 1, 1),
            reason="Quyết định của Chủ tịch UBND tỉnh",
        )
    with db.session() as s:
        book = load_rulebook(s, SYSTEM)
        # 7 working days from Mon 03/8/2026: 4,5,6,7,10,11,12 → Wed 12/8.
        assert book.deadline("T2", dt.date(2026, 8, 3)).due == dt.date(2026, 8, 12)
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "rules.override" in actions


def test_extra_day_off_moves_working_day_deadline(db: Database) -> None:
    with db.session() as s:
        before = load_rulebook(s, SYSTEM).deadline("T1", dt.date(2026, 10, 1)).due
        set_calendar_day(
            s, SYSTEM, dt.date(2026, 10, 5), kind="off", name="Nghỉ bão", reason="Bão số 9"
        )
    with db.session() as s:
        after = load_rulebook(s, SYSTEM).deadline("T1", dt.date(2026, 10, 1)).due
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "calendar.set_day"))
    # T1 = 10 working days from Thu 01/10: 2,5..9,12..15 → 15/10; with 5/10 off → 16/10.
    assert (before, after) == (dt.date(2026, 10, 15), dt.date(2026, 10, 16))
