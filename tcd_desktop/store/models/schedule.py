"""Leaders' periodic reception days (lịch tiếp công dân định kỳ của người đứng đầu)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked


class ReceptionScheduleDay(Tracked, Base):
    """One day of a leader's schedule: planned, held (with or without a visit), or both.

    A day held with citizens is also visible as periodic visits presided by the leader
    (``receptions.leader_id``); a row marks a day planned, or held with nobody coming.
    ``place`` repeats the month's reception place on each day of the plan.
    """

    __tablename__ = "reception_schedule_days"
    __table_args__ = (UniqueConstraint("leader_id", "day"),)

    leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    reception_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receptions.id"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
