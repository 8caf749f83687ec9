"""The number-lookup limit counted in the audit, so it holds across processes and desks.

A complete ID or phone number typed at the desk is a lookup a guesser would repeat; each one
is written to the audit (``citizen.lookup_number``: who, never which number) and the limit
counts those entries in the window. The audit's chain head is locked by every append, so two
processes of the same user are counted one after the other: restarting the application or
opening a second window does not reset the count (the old per-process counter did).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import AuditEntry

LOOKUP_ACTION = "citizen.lookup_number"
LOOKUP_ENTITY = "citizen_lookup"  # (entity, entity_id) is indexed: ix_audit_entity


class AuditedLookupLimiter:
    """At most ``limit`` complete-number lookups per user in ``window`` seconds, counted in
    the audit of the database (every process, every computer of the office)."""

    def __init__(self, limit: int = 30, window: float = 600.0) -> None:
        self.limit, self.window = limit, window

    def allow(self, key: object, session: Session | None = None) -> bool:
        """Record one lookup by ``key`` (the user's id) and say whether it is within the limit.

        Without a session there is nothing to count in: refused (never silently unlimited)."""
        if session is None:
            return False
        user_id = key if isinstance(key, uuid.UUID) else None
        append_audit(  # locks the chain head: concurrent lookups are counted in turn
            session,
            LOOKUP_ACTION,
            entity=LOOKUP_ENTITY,
            entity_id=str(key),
            user_id=user_id,
        )
        since = utcnow() - dt.timedelta(seconds=self.window)
        count = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.entity == LOOKUP_ENTITY,
                AuditEntry.entity_id == str(key),
                AuditEntry.action == LOOKUP_ACTION,
                AuditEntry.at >= since,
            )
        )
        return int(count or 0) <= self.limit
