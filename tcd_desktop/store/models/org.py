"""Organisation: units (cơ quan, đơn vị), users and roles, desks and their numbering series."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tcd_desktop.store.base import Base, Tracked


class Unit(Tracked, Base):
    """A body that receives citizens or resolves petitions (province, commune, department)."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    name_folded: Mapped[str] = mapped_column(String(255), default="")
    level: Mapped[str] = mapped_column(String(24))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)
    province_code: Mapped[str] = mapped_column(String(8), default="")
    is_remote: Mapped[bool] = mapped_column(Boolean, default=False)
    effective_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    #: The unit that took over when this one was abolished (01/7/2025 reorganisation):
    #: reports and the dashboard count this unit's figures under the successor.
    successor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", foreign_keys="Unit.parent_id")


class User(Tracked, Base):
    """A person who signs in: reception officer, handling officer, leader, supervisor, admin."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)
    #: Deferred: on a networked office only administrators and desks may read it (0018).
    password_hash: Mapped[str] = mapped_column(String(255), default="", deferred=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: Which periodic-reception duty applies (``services.schedule.LeaderCategory``); None:
    #: inferred from the title and the unit's level.
    leader_category: Mapped[str | None] = mapped_column(String(32), default=None)

    roles: Mapped[list[UserRole]] = relationship(back_populates="user", lazy="selectin")


class UserRole(Tracked, Base):
    """One role of a user, optionally limited to a unit."""

    __tablename__ = "user_roles"
    __table_args__ = (UniqueConstraint("user_id", "role", "unit_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)

    user: Mapped[User] = relationship(back_populates="roles")


class Desk(Tracked, Base):
    """A reception desk (one installation); its code prefixes every human number it issues."""

    __tablename__ = "desks"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)
    #: The installation registered under this code (``desk.ini`` beside the local settings).
    installation_id: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    #: The desk's own PostgreSQL login, when the office uses database roles.
    db_login: Mapped[str | None] = mapped_column(String(63), default=None)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class NumberSeries(Tracked, Base):
    """Per-desk, per-kind, per-year counter for human numbers like ``LS-01-2026-000123``."""

    __tablename__ = "number_series"
    __table_args__ = (UniqueConstraint("desk_code", "kind", "year"),)

    desk_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(24))
    year: Mapped[int]
    last_value: Mapped[int] = mapped_column(default=0)


class FieldCategory(Tracked, Base):
    """Catalogue of fields (lĩnh vực): đất đai, chính sách xã hội, ..."""

    __tablename__ = "field_categories"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    parent_code: Mapped[str | None] = mapped_column(String(32), default=None)


class AppMeta(Base):
    """Key/value facts about this database: office profile, sample-data marker, audit head."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


Index("ix_units_parent", Unit.parent_id)
