"""Units abolished in the 01/7/2025 reorganisation and the units that took over.

A unit with a successor counts under it: the dashboard shows it below its successor (its
figures in the successor's totals), a report for a period that begins after the unit was
abolished prints its figures in the successor's row. Setting or clearing a successor is an
administrator's change, audited with its reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Unit

__all__ = ["REORGANISED_UNTIL", "UnitEntry", "list_units", "set_successor"]

#: The last day of the units abolished by the 2025 reorganisation (in force 01/7/2025).
REORGANISED_UNTIL = dt.date(2025, 6, 30)
READ_ROLES = (Role.SUPERVISOR, Role.LEADER, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class UnitEntry:
    """One unit as the successor editor lists it."""

    id: uuid.UUID
    code: str
    name: str
    level: str
    effective_to: dt.date | None
    successor_code: str | None
    successor_name: str | None


def list_units(db: Database, actor: Actor) -> list[UnitEntry]:
    """Every live unit by code, with its successor."""
    require(actor, *READ_ROLES, action="xem danh sách cơ quan, đơn vị")
    with db.session() as s:
        units = list(s.scalars(select(Unit).where(Unit.deleted_at.is_(None)).order_by(Unit.code)))
        by_id = {u.id: u for u in units}
        out = []
        for u in units:
            succ = by_id.get(u.successor_id) if u.successor_id else None
            out.append(
                UnitEntry(
                    u.id,
                    u.code,
                    u.name,
                    u.level,
                    u.effective_to,
                    succ.code if succ else None,
                    succ.name if succ else None,
                )
            )
        return out


def _unit(s: Session, code: str, field: str) -> Unit:
    unit = s.scalar(select(Unit).where(Unit.code == code.strip(), Unit.deleted_at.is_(None)))
    if unit is None:
        if field == "unit":
            raise NotFound(SERVICE_MESSAGES("not_found.unit_code", code=repr(code)))
        raise ValidationFailed({field: f"Không có cơ quan, đơn vị mã {code!r}."})
    return unit


def _leads_back(s: Session, start: Unit, target: uuid.UUID) -> bool:
    """True when ``target`` is ``start`` or a unit ``start`` already counts under."""
    seen: set[uuid.UUID] = set()
    unit: Unit | None = start
    while unit is not None and unit.id not in seen:
        if unit.id == target:
            return True
        seen.add(unit.id)
        nxt = unit.successor_id or unit.parent_id
        unit = s.get(Unit, nxt) if nxt else None
    return False


def set_successor(
    db: Database,
    actor: Actor,
    unit_code: str,
    successor_code: str | None,
    reason: str,
    abolished_on: dt.date | None = None,
) -> OpResult[UnitEntry]:
    """Point the abolished unit ``unit_code`` to ``successor_code`` (``None``: clear it).

    The unit's last day (``effective_to``) becomes ``abolished_on``, or stays as recorded,
    or is 30/6/2025 (the day before the reorganisation) when none was recorded.
    """
    require(actor, Role.ADMINISTRATOR, action="sửa đơn vị kế thừa")
    if not reason.strip():
        raise ValidationFailed({"reason": "Cần ghi lý do (văn bản sắp xếp đơn vị)."})
    with db.session() as s:
        unit = _unit(s, unit_code, "unit")
        old = unit.successor_id
        succ: Unit | None = None
        if successor_code:
            succ = _unit(s, successor_code, "successor")
            if _leads_back(s, succ, unit.id):
                raise ValidationFailed(
                    {"successor": f"{succ.code} là chính đơn vị này hoặc đơn vị thuộc nó."}
                )
            unit.effective_to = abolished_on or unit.effective_to or REORGANISED_UNTIL
            if succ.effective_to is not None and succ.effective_to <= unit.effective_to:
                raise ValidationFailed(
                    {
                        "successor": f"{succ.code} cũng đã thôi hoạt động từ {succ.effective_to:%d/%m/%Y}."
                    }
                )
        elif abolished_on is not None:
            unit.effective_to = abolished_on
        unit.successor_id = succ.id if succ else None
        unit.updated_by = actor.user_id
        append_audit(
            s,
            "unit.successor",
            entity="units",
            entity_id=unit.id,
            detail={
                "unit": unit.code,
                "from": str(old) if old else None,
                "to": succ.code if succ else None,
                "until": unit.effective_to,
                "reason": reason.strip(),
            },
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
        entry = UnitEntry(
            unit.id,
            unit.code,
            unit.name,
            unit.level,
            unit.effective_to,
            succ.code if succ else None,
            succ.name if succ else None,
        )
    return OpResult(entry, Changes.of(Entity.UNIT, [entry.id]))
