"""Who may resolve at the second level: the direct superior of the first resolver.

A second complaint is accepted and decided by the head of the body directly above the one
that made the first decision (Luật Khiếu nại 2011 Điều 7 k1, Điều 18–21), and a
denunciation is re-resolved only by the superior of the body that concluded it (Luật Tố cáo
2018 Điều 37).  Units carry their parent (``Unit.parent_id``); these checks walk one step up.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from tcd_desktop.services.cases.messages import HIERARCHY
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.store.models import Unit


def _superior_of(session: Session, unit_id: uuid.UUID) -> Unit | None:
    """The body directly above ``unit_id`` (``None`` at the top of the hierarchy)."""
    unit = session.get(Unit, unit_id)
    if unit is None or unit.parent_id is None:
        return None
    return session.get(Unit, unit.parent_id)


def _name(session: Session, unit_id: uuid.UUID | None) -> str:
    unit = session.get(Unit, unit_id) if unit_id else None
    return unit.name if unit is not None else HIERARCHY("superior.unknown_unit")


def _require_superior(
    session: Session,
    acting_unit_id: uuid.UUID | None,
    first_unit_id: uuid.UUID,
    what: str,
    citation: str,
) -> Unit:
    """The direct superior of ``first_unit_id``; refused unless ``acting_unit_id`` is it."""
    superior = _superior_of(session, first_unit_id)
    first = _name(session, first_unit_id)
    if superior is None:
        raise StepNotAllowed(HIERARCHY("superior.none", what=what, first=first, citation=citation))
    if acting_unit_id != superior.id:
        acting = _name(session, acting_unit_id)
        code = "superior.same" if acting_unit_id == first_unit_id else "superior.other"
        raise StepNotAllowed(
            HIERARCHY(
                code,
                what=what,
                superior=superior.name,
                first=first,
                acting=acting,
                citation=citation,
            )
        )
    return superior
