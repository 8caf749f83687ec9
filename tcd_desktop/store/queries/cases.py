"""Case lists by due date with keyset paging on the ``(due_on, id)`` row value."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Case

DueCursor = tuple[dt.date, uuid.UUID]


@dataclass(frozen=True)
class CaseListRow:
    """One line of a case list."""

    id: uuid.UUID
    code: str
    kind: str
    status: str
    due_on: dt.date | None
    unit_id: uuid.UUID
    assignee_id: uuid.UUID | None


def cases_by_due(
    session: Session,
    *,
    after: DueCursor | None = None,
    limit: int = 100,
    unit_id: uuid.UUID | None = None,
    open_only: bool = True,
) -> list[CaseListRow]:
    """One page of cases ordered by ``(due_on, id)``, starting after ``after``.

    Uses the ``ix_cases_due`` index, so every page costs the same however deep it is.
    """
    stmt = (
        select(
            Case.id, Case.code, Case.kind, Case.status, Case.due_on, Case.unit_id, Case.assignee_id
        )
        .where(Case.due_on.is_not(None), Case.deleted_at.is_(None))
        .order_by(Case.due_on, Case.id)
        .limit(limit)
    )
    if after is not None:
        stmt = stmt.where(
            tuple_(Case.due_on, Case.id) > tuple_(*after, types=(Case.due_on.type, Case.id.type))
        )
    if unit_id is not None:
        stmt = stmt.where(Case.unit_id == unit_id)
    if open_only:
        stmt = stmt.where(Case.closed_on.is_(None))
    return [CaseListRow(*row) for row in session.execute(stmt)]


def cursor_of(row: CaseListRow) -> DueCursor:
    """The keyset cursor that continues after ``row``."""
    assert row.due_on is not None
    return (row.due_on, row.id)
