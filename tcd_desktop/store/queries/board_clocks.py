"""The officer-started clocks of the cards on a board page (issue 8 rule 10: D10, D10B, D11).

One query per page: the ``clock_started`` / ``clock_met`` events of the page's cases, in the
order they happened, for :func:`tcd_desktop.services.board.cards._open_clocks_by_case`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Case, CaseEvent

CLOCK_KINDS = ("clock_started", "clock_met")


ClockEvent = tuple[uuid.UUID, str, dt.date, dict[str, Any], dt.date | None]


def clock_events(session: Session, case_ids: Sequence[uuid.UUID]) -> list[ClockEvent]:
    """(case, kind, day, data, the case's rule-set day) of every tracked-clock event of
    ``case_ids``, oldest first."""
    if not case_ids:
        return []
    stmt = (
        select(
            CaseEvent.case_id,
            CaseEvent.kind,
            CaseEvent.occurred_on,
            CaseEvent.data,
            Case.rule_set_on,
        )
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            CaseEvent.case_id.in_(list(case_ids)),
            CaseEvent.kind.in_(CLOCK_KINDS),
            CaseEvent.deleted_at.is_(None),
        )
        .order_by(CaseEvent.case_id, CaseEvent.occurred_on, CaseEvent.created_at, CaseEvent.id)
    )
    return [(r[0], r[1], r[2], dict(r[3] or {}), r[4]) for r in session.execute(stmt)]
