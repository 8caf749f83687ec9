"""Case board counts by deadline state, in one grouped SQL query over ``ix_cases_board``."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Case, Unit

BOARD_STATES = ("overdue", "due_soon", "on_track", "paused", "closed_on_time", "closed_late")


def deadline_state_expr(today: dt.date, due_soon_until: dt.date) -> ColumnElement[str]:
    """SQL expression giving each case's deadline state (same words as the domain enum).

    ``due_soon_until`` is the last date counted as "due soon" (today + N working days,
    computed by the domain calendar).
    """
    return case(
        (
            Case.closed_on.is_not(None),
            case(
                (
                    and_(Case.due_on.is_not(None), Case.closed_on > Case.due_on),
                    literal("closed_late"),
                ),
                else_=literal("closed_on_time"),
            ),
        ),
        (Case.is_paused.is_(True), literal("paused")),
        (Case.due_on.is_(None), literal("not_started")),
        (Case.due_on < today, literal("overdue")),
        (Case.due_on <= due_soon_until, literal("due_soon")),
        else_=literal("on_track"),
    )


@dataclass
class BoardCounts:
    """Number of cases in each deadline state (``not_started`` = no clock yet)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BOARD_STATES, 0))
    not_started: int = 0

    def as_dict(self) -> dict[str, int]:
        """The six board columns, in board order."""
        return {state: self.counts.get(state, 0) for state in BOARD_STATES}

    @property
    def total(self) -> int:
        """Every counted case."""
        return sum(self.counts.values()) + self.not_started


def board_counts(
    session: Session,
    today: dt.date,
    due_soon_until: dt.date,
    *,
    unit_id: uuid.UUID | None = None,
) -> BoardCounts:
    """Counts for the whole database, or for one unit."""
    state = deadline_state_expr(today, due_soon_until).label("state")
    stmt = select(state, func.count()).where(Case.deleted_at.is_(None)).group_by(state)
    if unit_id is not None:
        stmt = stmt.where(Case.unit_id == unit_id)
    result = BoardCounts()
    for name, n in session.execute(stmt):
        if name == "not_started":
            result.not_started = int(n)
        else:
            result.counts[name] = int(n)
    return result


def board_counts_by_unit(
    session: Session, today: dt.date, due_soon_until: dt.date
) -> dict[str, BoardCounts]:
    """Counts per unit code (the supervisor's view)."""
    state = deadline_state_expr(today, due_soon_until).label("state")
    stmt = (
        select(Case.unit_id, state, func.count())
        .where(Case.deleted_at.is_(None))
        .group_by(Case.unit_id, state)
    )
    codes = dict(session.execute(select(Unit.id, Unit.code)).tuples().all())
    out: dict[str, BoardCounts] = {}
    for unit, name, n in session.execute(stmt):
        counts = out.setdefault(codes.get(unit, str(unit)), BoardCounts())
        if name == "not_started":
            counts.not_started = int(n)
        else:
            counts.counts[name] = int(n)
    return out


def unit_id_by_code(session: Session, code: str) -> uuid.UUID | None:
    """Look up a unit's id from its code."""
    return session.scalar(select(Unit.id).where(Unit.code == code, Unit.deleted_at.is_(None)))
