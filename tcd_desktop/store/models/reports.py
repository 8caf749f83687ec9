"""Report periods as sent (locks) and opening balances carried over from before the software."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked


class ReportLock(Tracked, Base):
    """A report locked by a supervisor: the figures exactly as sent.

    ``figures`` is the report's JSON (rows and total). Unlocking sets ``unlocked_at``,
    ``unlocked_by`` and the mandatory ``unlock_reason``; the row is kept for history.
    """

    __tablename__ = "report_locks"

    form_code: Mapped[str] = mapped_column(String(16))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(32), default="")
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    locked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    locked_at: Mapped[dt.datetime]
    #: When the report was due (period end + the office's submission days) as reckoned at
    #: locking: locked on or before it counts as sent on time in the unit rating.
    due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    unlocked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    unlocked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    unlock_reason: Mapped[str] = mapped_column(Text, default="")


class OpeningBalance(Tracked, Base):
    """Carried-over figures (kỳ trước chuyển sang) of a unit from before the software.

    Added to ``column_no`` of ``form_code`` in the report period that contains ``as_of``
    (the day the software started counting).
    """

    __tablename__ = "report_opening_balances"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    form_code: Mapped[str] = mapped_column(String(16))
    column_no: Mapped[int]
    as_of: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")


Index("ix_report_locks_form", ReportLock.form_code, ReportLock.period_from, ReportLock.period_to)
Index("ix_report_opening_form", OpeningBalance.form_code, OpeningBalance.as_of)
