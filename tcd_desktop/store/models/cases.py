"""Cases (vụ việc): accepted petitions with their legal clock, timeline and dialogues."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked


class Case(Tracked, Base):
    """An accepted petition being resolved under its legal procedure.

    ``due_on`` is computed by the domain deadline engine and stored so that the board and
    the due-date list are single indexed queries; ``due_rule`` and ``rule_set_on`` say which
    rule version produced it.
    """

    __tablename__ = "cases"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    petition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("petitions.id"), default=None)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("citizens.id"), default=None)
    parent_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(default=1)
    field_code: Mapped[str | None] = mapped_column(String(32), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default="accepted")
    is_complex: Mapped[bool] = mapped_column(Boolean, default=False)
    is_very_complex: Mapped[bool] = mapped_column(Boolean, default=False)
    complexity_grounds: Mapped[list[Any]] = mapped_column(default=list)
    is_remote: Mapped[bool] = mapped_column(Boolean, default=False)
    is_mass: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    is_long_running: Mapped[bool] = mapped_column(Boolean, default=False)
    #: complaint against a disciplinary decision (KD1–KD4), and whether it is a dismissal
    is_disciplinary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    is_dismissal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    received_on: Mapped[dt.date] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    rule_set_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    due_rule: Mapped[str | None] = mapped_column(String(16), default=None)
    due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    extensions: Mapped[int] = mapped_column(default=0)
    extension_days: Mapped[list[Any]] = mapped_column(default=list)
    is_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_since: Mapped[dt.date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    decision_number: Mapped[str | None] = mapped_column(String(64), default=None)
    decision_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    decision_result: Mapped[str | None] = mapped_column(String(24), default=None)
    #: Day the complainant received the decision (K5 counts from it, Luật KN Điều 33).
    decision_received_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    legal_effect_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    enforcement_done_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseEvent(Tracked, Base):
    """One step on a case's timeline: who did what, when, with which document."""

    __tablename__ = "case_events"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"), default=None)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CasePause(Tracked, Base):
    """A suspension span (tạm đình chỉ): excluded from the legal clock."""

    __tablename__ = "case_pauses"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    paused_on: Mapped[dt.date] = mapped_column(Date)
    resumed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")


class Dialogue(Tracked, Base):
    """A dialogue (đối thoại) held for a complaint, with its minutes."""

    __tablename__ = "dialogues"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    scheduled_at: Mapped[dt.datetime]
    place: Mapped[str] = mapped_column(Text, default="")
    notice_sent_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    presiding: Mapped[str] = mapped_column(String(255), default="")
    participants: Mapped[list[Any]] = mapped_column(default=list)
    opinions: Mapped[list[Any]] = mapped_column(default=list)
    agreed_points: Mapped[str] = mapped_column(Text, default="")
    disputed_points: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    minutes_document_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("documents.id"), default=None
    )
    content: Mapped[str] = mapped_column(Text, default="", server_default="")
    started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    verification_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    other_opinions: Mapped[str] = mapped_column(Text, default="", server_default="")
    copies: Mapped[int] = mapped_column(default=3, server_default="3")
    refusals: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    signed_scan_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("attachments.id"), default=None
    )


# Board: open cases by unit and deadline; list by due date with keyset paging on (due_on, id).
Index("ix_cases_board", Case.unit_id, Case.closed_on, Case.due_on, Case.is_paused, Case.deleted_at)
Index("ix_cases_due", Case.due_on, Case.id)
Index("ix_cases_state", Case.closed_on, Case.due_on, Case.id, Case.is_paused, Case.deleted_at)
Index("ix_cases_report", Case.received_on, Case.kind, Case.status, Case.unit_id)
Index("ix_cases_assignee", Case.assignee_id, Case.closed_on)
Index("ix_cases_petition", Case.petition_id)
Index("ix_case_events_case", CaseEvent.case_id, CaseEvent.occurred_on)
# Dashboard and board counts (migration 0007): open cases, closed by date, received by date.
_LIVE_C = Case.deleted_at.is_(None)
_OPEN_C = Case.closed_on.is_(None) & _LIVE_C
_CLOSED_C = Case.closed_on.is_not(None) & _LIVE_C
Index(
    "ix_cases_open",
    Case.is_paused,
    Case.due_on,
    Case.unit_id,
    Case.closed_on,
    Case.deleted_at,
    sqlite_where=_OPEN_C,
    postgresql_where=_OPEN_C,
)
Index(
    "ix_cases_open_unit",
    Case.unit_id,
    Case.due_on,
    Case.is_paused,
    Case.assignee_id,
    Case.closed_on,
    Case.deleted_at,
    Case.id,
    sqlite_where=_OPEN_C,
    postgresql_where=_OPEN_C,
)
Index(
    "ix_cases_closed",
    Case.closed_on,
    Case.due_on,
    Case.unit_id,
    Case.kind,
    Case.is_complex,
    Case.is_very_complex,
    Case.accepted_on,
    Case.received_on,
    Case.deleted_at,
    Case.id,
    sqlite_where=_CLOSED_C,
    postgresql_where=_CLOSED_C,
)
Index(
    "ix_cases_received",
    Case.unit_id,
    Case.received_on,
    Case.kind,
    Case.is_mass,
    Case.is_repeat,
    Case.deleted_at,
    Case.id,
    sqlite_where=_LIVE_C,
    postgresql_where=_LIVE_C,
)
