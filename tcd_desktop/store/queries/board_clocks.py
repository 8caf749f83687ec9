"""The officer-started clocks of the cards on a board page (issue 8 rule 10: D10, D10B, D11).

One query per page: the ``clock_started`` / ``clock_met`` events of the page's cases, in the
order they happened, for :func:`tcd_desktop.services.board.cards.open_clocks_by_case`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.store.models import CaseEvent

CLOCK_KINDS = ("clock_started", "clock_met")


def clock_events(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, str, dt.date, dict[str, Any]]]:
    """(case, kind, day, data) of every tracked-clock event of ``case_ids``, oldest first."""
    if not case_ids:
        return []
    stmt = (
        select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.occurred_on, CaseEvent.data)
        .where(
            CaseEvent.case_id.in_(list(case_ids)),
            CaseEvent.kind.in_(CLOCK_KINDS),
            CaseEvent.deleted_at.is_(None),
        )
        .order_by(CaseEvent.case_id, CaseEvent.occurred_on, CaseEvent.created_at, CaseEvent.id)
    )
    return [(r[0], r[1], r[2], dict(r[3] or {})) for r in session.execute(stmt)]
