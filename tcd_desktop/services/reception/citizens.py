"""Citizen lookup at the desk and a citizen's earlier visits and petitions.

Thin, role-checked wrappers over :mod:`tcd_desktop.store.queries.citizens`; run them off
the GUI thread (one short session per keystroke batch). Confidential denouncers never come
back, and numbers match only in full, at a limited rate; revealing an identity belongs to
the case-handling services.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable

from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, PermissionDenied
from tcd_desktop.services.lookup_limit import AuditedLookupLimiter
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.reception.messages import MESSAGES as RECEPTION
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Citizen
from tcd_desktop.store.queries.citizens import (
    CitizenHistory,
    CitizenMatch,
    PetitionSummary,
    VisitSummary,
    citizen_history,
    full_number,
    lookup_citizens,
)

__all__ = [
    "NUMBER_LOOKUPS",
    "CitizenHistory",
    "CitizenMatch",
    "LookupLimiter",
    "PetitionSummary",
    "VisitSummary",
    "history",
    "lookup",
]

READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)


class LookupLimiter:
    """At most ``limit`` number lookups per actor in ``window`` seconds (in this process).

    A number lookup matches only a complete ID or phone, so guessing one takes many
    tries; the limit makes the guessing slow and visible (each refusal is audited)."""

    def __init__(
        self, limit: int = 30, window: float = 600.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[object, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: object, session: Session | None = None) -> bool:
        """Count one lookup for ``key``; False when the limit is already reached."""
        now = self.clock()
        with self._lock:
            seen = self._seen[key]
            while seen and now - seen[0] >= self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return False
            seen.append(now)
            return True


NUMBER_LOOKUPS: LookupLimiter | AuditedLookupLimiter = AuditedLookupLimiter()
"""Counted in the audit, across processes (services/lookup_limit.py); replace it to change it."""


def lookup(session: Session, actor: Actor, query: str, *, limit: int = 10) -> list[CitizenMatch]:
    """Suggestions for a name typed without diacritics (prefixes), or a complete ID number
    or phone (never a prefix; at most ``NUMBER_LOOKUPS.limit`` per actor in its window).
    A confidential citizen is never suggested."""
    require(actor, *READERS, action="tra cứu công dân")
    digits = re.sub(r"[\s.\-+()]", "", query.strip())
    complete = digits.isdigit() and full_number(digits) is not None
    if complete and not NUMBER_LOOKUPS.allow(actor.user_id or actor.username, session):
        append_audit(
            session,
            "citizen.lookup_throttled",
            entity="user",
            entity_id=actor.user_id or "",
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"limit": NUMBER_LOOKUPS.limit},
        )
        session.commit()
        minutes = max(1, round(NUMBER_LOOKUPS.window / 60))
        raise PermissionDenied(RECEPTION("lookup.throttled", n=NUMBER_LOOKUPS.limit, m=minutes))
    return lookup_citizens(session, query, limit=limit)


def history(session: Session, actor: Actor, citizen_id: uuid.UUID) -> CitizenHistory:
    """Earlier visits and petitions of one citizen, newest first."""
    require(actor, *READERS, action="xem lịch sử tiếp công dân")
    row = session.get(Citizen, citizen_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.citizen"))
    return citizen_history(session, citizen_id)
