"""An administrator's change of the office calendar, and the due dates it moves.

Adding, removing or confirming a day off (or a make-up working day) changes how working days
and roll-forwards are counted, so every open case's stored due date is recomputed in the
same transaction (DESIGN.md §3).  Decided cases never move.  The change and every moved
date are audited; the caller gets the list of moved cases to show or print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import CaseStatus, Role
from tcd_desktop.services.cases.clock import DueChange, recompute_open_cases
from tcd_desktop.services.cases.core import _rulebook_for
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.messages import error_text
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.rulebook import (
    confirm_calendar_day,
    remove_calendar_day,
    set_calendar_day,
)
from tcd_desktop.services.runtime import Database
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Petition

CalendarAction = Literal["off", "work", "remove", "confirm"]

ACTION_LABELS = {
    "off": "ngày nghỉ",
    "work": "ngày làm việc (làm bù)",
    "remove": "xoá ngày do cơ quan nhập",
    "confirm": "xác nhận ngày đã được công bố chính thức",
}


@dataclass(frozen=True)
class CalendarChange:
    """What one calendar change did: the day, its new status and the cases whose date moved."""

    day: dt.date
    action: str
    name: str
    confirmed: bool
    moved: list[DueChange] = field(default_factory=list)
    moved_petitions: list[tuple[str, dt.date | None, dt.date]] = field(default_factory=list)
    """Petitions awaiting processing whose T2/D1 date moved: (number, before, after)."""


def change_calendar_day(
    session: Session,
    actor: Actor,
    day: dt.date,
    action: CalendarAction,
    *,
    name: str = "",
    reason: str = "",
    confirmed: bool = True,
) -> CalendarChange:
    """Add a day off or make-up day, remove the office's entry, or confirm a day; then
    recompute every open case's due date and return those that moved (all audited).

    Only an administrator may change the calendar.  Bad input raises ``ValidationFailed``
    with a Vietnamese message and nothing is written.
    """
    require(actor, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
    name = name.strip()
    try:
        if action in ("off", "work"):
            if not name:
                raise ValidationFailed({"name": OFFICE("calendar.name_missing")})
            row = set_calendar_day(
                session, actor, day, kind=action, name=name, reason=reason, confirmed=confirmed
            )
        elif action == "remove":
            row = remove_calendar_day(session, actor, day, reason=reason)
        elif action == "confirm":
            row = confirm_calendar_day(session, actor, day, reason=reason)
        else:
            raise ValidationFailed({"action": OFFICE("calendar.action", action=action)})
    except ValueError as exc:
        raise ValidationFailed({"day": error_text(exc)}) from exc
    moved = recompute_open_cases(session, actor)
    petitions_moved = _recompute_waiting_petitions(session)
    append_audit(
        session,
        "calendar.recomputed",
        entity="calendar_day",
        entity_id=day.isoformat(),
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={
            "action": action,
            "moved": [c.code for c in moved],
            "petitions_moved": [p[0] for p in petitions_moved],
        },
    )
    return CalendarChange(
        day=day,
        action=action,
        name=row.name,
        confirmed=bool(row.confirmed),
        moved=moved,
        moved_petitions=petitions_moved,
    )


def _recompute_waiting_petitions(session: Session) -> list[tuple[str, dt.date | None, dt.date]]:
    """The processing date (T2, D1) of every petition still awaiting processing."""
    from tcd_desktop.services.petitions import processing_deadline  # imports the cases package

    book = _rulebook_for(session)
    out = []
    stmt = select(Petition).where(
        Petition.status == CaseStatus.RECEIVED.value, Petition.deleted_at.is_(None)
    )
    for petition in session.scalars(stmt):
        due = processing_deadline(book, petition).due
        if petition.processing_due_on != due:
            out.append((petition.number, petition.processing_due_on, due))
            petition.processing_due_on = due
    return out


def apply_calendar_change(
    db: Database,
    actor: Actor,
    day: dt.date,
    action: CalendarAction,
    *,
    name: str = "",
    reason: str = "",
    confirmed: bool = True,
) -> OpResult[CalendarChange]:
    """The screen's operation (Cài đặt → Lịch ngày nghỉ): :func:`change_calendar_day` in one
    transaction; the moved cases are announced as changed so open screens refresh."""
    require(actor, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
    with db.session() as session:
        change = change_calendar_day(
            session, actor, day, action, name=name, reason=reason, confirmed=confirmed
        )
    changes = Changes.of(Entity.CALENDAR, [day.isoformat()]).plus(
        Entity.CASE, [c.case_id for c in change.moved]
    )
    if change.moved_petitions:
        changes = changes.plus(Entity.PETITION, [n for n, _b, _a in change.moved_petitions])
    return OpResult(change, changes)
