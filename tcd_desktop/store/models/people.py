"""Citizens (công dân) who come to the desk or send petitions."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tcd_desktop.store.base import Base, Tracked


class Citizen(Tracked, Base):
    """A person (or organisation) who brings a petition.

    ``name_folded`` and ``address_folded`` are the accent-free copies used for search
    (lower case, marks stripped, đ → d). ``is_confidential`` marks a denouncer whose
    identity must be shown as "Người tố cáo (được giữ bí mật)" to everyone not entitled.
    """

    __tablename__ = "citizens"

    full_name: Mapped[str] = mapped_column(String(255))
    name_folded: Mapped[str] = mapped_column(String(255), default="")
    id_number: Mapped[str | None] = mapped_column(String(20), default=None)
    id_kind: Mapped[str] = mapped_column(String(16), default="cccd")
    birth_year: Mapped[int | None] = mapped_column(default=None)
    gender: Mapped[str | None] = mapped_column(String(8), default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    address_folded: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String(8), default="")
    commune: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    email: Mapped[str | None] = mapped_column(String(255), default=None)
    is_organisation: Mapped[bool] = mapped_column(Boolean, default=False)
    is_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), default=None)


Index("ix_citizens_id_number", Citizen.id_number)
Index("ix_citizens_phone", Citizen.phone)
Index("ix_citizens_name_folded", Citizen.name_folded)
