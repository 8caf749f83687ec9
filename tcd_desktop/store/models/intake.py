"""Visits (lượt tiếp) and petitions (đơn)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked


class Reception(Tracked, Base):
    """One visit to a reception desk (lượt tiếp công dân), one row of the register."""

    __tablename__ = "receptions"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    received_at: Mapped[dt.datetime]
    received_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("citizens.id"), default=None)
    headcount: Mapped[int] = mapped_column(default=1)
    is_mass: Mapped[bool] = mapped_column(Boolean, default=False)
    representatives_appointed: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_folded: Mapped[str] = mapped_column(Text, default="")
    field_code: Mapped[str | None] = mapped_column(String(32), default=None)
    outcome: Mapped[str] = mapped_column(String(24), default="")
    #: Free-text note of the desk on the visit (register column "Ghi chú").
    outcome_detail: Mapped[str] = mapped_column(Text, default="")
    #: What the desk did, structured (see ``store/queries/register_rows.HandlingRecord``):
    #: ``{"v": 1, "petitions": [...], "refusal": {...}, "register": {...}}``.
    handling: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    receipt_number: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    answer_due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    repeat_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receptions.id"), default=None
    )
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class ReceptionParticipant(Tracked, Base):
    """A person at a visit besides the main citizen: representative, member, proxy, lawyer."""

    __tablename__ = "reception_participants"

    reception_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receptions.id"), index=True)
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    proof_document: Mapped[str] = mapped_column(Text, default="")


class Petition(Tracked, Base):
    """A petition (đơn): complaint, denunciation, recommendation or reflection."""

    __tablename__ = "petitions"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    reception_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receptions.id"), default=None
    )
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("citizens.id"), default=None)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(16), default="in_person")
    kind: Mapped[str] = mapped_column(String(16))
    field_code: Mapped[str | None] = mapped_column(String(32), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_folded: Mapped[str] = mapped_column(Text, default="")
    respondent: Mapped[str] = mapped_column(Text, default="")
    #: ``domain.folding.fold(respondent)``, for accent-insensitive repeat detection.
    respondent_folded: Mapped[str] = mapped_column(Text, default="", server_default="")
    prior_handling: Mapped[list[Any]] = mapped_column(default=list)
    documents_received: Mapped[list[Any]] = mapped_column(default=list)
    signatory_count: Mapped[int] = mapped_column(default=1)
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    is_over_level: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("petitions.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(24), default="received")
    processing_outcome: Mapped[str | None] = mapped_column(String(24), default=None)
    processing_due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    processed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    #: The denunciation's initial check (D1) was extended to 10 working days.
    initial_check_extended: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


Index("ix_receptions_received", Reception.received_on, Reception.id)
Index("ix_receptions_unit_received", Reception.unit_id, Reception.received_on)
Index("ix_receptions_citizen", Reception.citizen_id)
Index("ix_petitions_received_kind", Petition.received_on, Petition.kind, Petition.unit_id)
Index("ix_petitions_status_due", Petition.unit_id, Petition.status, Petition.processing_due_on)
Index("ix_petitions_citizen", Petition.citizen_id)
Index("ix_petitions_reception", Petition.reception_id)
# Repeat detection: equality on the folded respondent (PostgreSQL adds a pg_trgm index, 0004).
Index("ix_petitions_respondent_folded", Petition.respondent_folded)

# Register (see migration 0003): live visits, mass delegations, repeats; petitions of a visit.
_LIVE_R = Reception.deleted_at.is_(None)
Index(
    "ix_receptions_live",
    Reception.received_on,
    Reception.id,
    sqlite_where=_LIVE_R,
    postgresql_where=_LIVE_R,
)
_MASS = _LIVE_R & Reception.is_mass.is_(True)
Index(
    "ix_receptions_mass",
    Reception.received_on,
    Reception.id,
    sqlite_where=_MASS,
    postgresql_where=_MASS,
)
_REPEAT = _LIVE_R & Reception.repeat_of_id.is_not(None)
Index(
    "ix_receptions_repeat",
    Reception.received_on,
    Reception.id,
    sqlite_where=_REPEAT,
    postgresql_where=_REPEAT,
)
_LIVE_P = Petition.deleted_at.is_(None)
Index(
    "ix_petitions_reception_kind",
    Petition.reception_id,
    Petition.kind,
    sqlite_where=_LIVE_P,
    postgresql_where=_LIVE_P,
)
_DUP = Petition.duplicate_of_id.is_not(None) & _LIVE_P
Index("ix_petitions_duplicate", Petition.reception_id, sqlite_where=_DUP, postgresql_where=_DUP)
# The petition queue: waiting petitions by receipt date (migration 0016).
_WAITING = (Petition.status == "received") & _LIVE_P
Index(
    "ix_petitions_waiting",
    Petition.received_on,
    Petition.id,
    sqlite_where=_WAITING,
    postgresql_where=_WAITING,
)
_PERIODIC = _LIVE_R & (Reception.kind == "periodic")
Index(
    "ix_receptions_periodic",
    Reception.leader_id,
    Reception.received_on,
    sqlite_where=_PERIODIC,
    postgresql_where=_PERIODIC,
)
