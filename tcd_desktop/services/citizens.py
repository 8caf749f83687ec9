"""Citizen lookup at the desk and a citizen's earlier visits and petitions.

Thin, role-checked wrappers over :mod:`tcd_desktop.store.queries.citizens`; run them off
the GUI thread (one short session per keystroke batch). Confidential denouncers come back
masked; revealing their identity belongs to the case-handling services.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound
from tcd_desktop.store.models import Citizen
from tcd_desktop.store.queries.citizens import (
    CitizenHistory,
    CitizenMatch,
    PetitionSummary,
    VisitSummary,
    citizen_history,
    lookup_citizens,
)

__all__ = [
    "CitizenHistory",
    "CitizenMatch",
    "PetitionSummary",
    "VisitSummary",
    "history",
    "lookup",
]

_READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)


def lookup(session: Session, actor: Actor, query: str, *, limit: int = 10) -> list[CitizenMatch]:
    """Suggestions for a name typed without diacritics, an ID number or a phone (prefixes)."""
    require(actor, *_READERS, action="tra cứu công dân")
    return lookup_citizens(session, query, limit=limit)


def history(session: Session, actor: Actor, citizen_id: uuid.UUID) -> CitizenHistory:
    """Earlier visits and petitions of one citizen, newest first."""
    require(actor, *_READERS, action="xem lịch sử tiếp công dân")
    row = session.get(Citizen, citizen_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Không tìm thấy công dân.")
    return citizen_history(session, citizen_id)
