"""Two desks saved one record: refuse the stale save with both sides, audit how it was settled.

A form remembers the ``version`` of the record it loaded and sends it with the save. When the
stored version moved on meanwhile and the save would change a field, the service refuses it
with :class:`~tcd_desktop.services.errors.ConcurrentChange` naming each field as this desk
typed it and as the other desk saved it. The conflict dialog lets the person take theirs,
take the other desk's or merge field by field; :func:`record_resolution` writes what they
chose (field names and choices only, never the values) into the audit trail.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import (
    ConcurrentChange,
    FieldConflict,
    PermissionDenied,
    ValidationFailed,
)
from tcd_desktop.services.messages import MESSAGES
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, CaseEvent, Citizen

CITIZEN_FIELDS = (
    "full_name",
    "id_number",
    "id_kind",
    "birth_year",
    "gender",
    "address",
    "province_code",
    "commune",
    "phone",
    "email",
)
"""The citizen fields a reception form edits (and saves: ``reception._records``)."""

CITIZEN_LABELS = {name: MESSAGES(f"field.{name}") for name in CITIZEN_FIELDS}
"""The citizen fields a reception form edits, with the label the dialog shows."""

CHOICES = ("mine", "theirs")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def refuse_stale_citizen(row: Citizen, loaded: int | None, mine: Mapping[str, Any]) -> None:
    """Raise ``ConcurrentChange`` when ``row`` moved past the version the form ``loaded``
    and the save would change fields of it (``mine``: field → value typed)."""
    if loaded is None or loaded == row.version or not mine:
        return
    if row.is_confidential:  # a sealed identity is never shown back, not even to settle this
        raise ConcurrentChange(
            MESSAGES("record.citizen"), entity=Entity.CITIZEN.value, entity_id=row.id
        )
    raise ConcurrentChange(
        MESSAGES("record.citizen"),
        entity=Entity.CITIZEN.value,
        entity_id=row.id,
        version=row.version,
        fields=tuple(
            FieldConflict(
                name, CITIZEN_LABELS.get(name, name), _text(value), _text(getattr(row, name))
            )
            for name, value in mine.items()
        ),
        theirs={name: _text(getattr(row, name)) for name in CITIZEN_LABELS},
    )


@dataclass(frozen=True)
class Resolution:
    """How a person settled one conflict: per field, "mine" or "theirs"."""

    entity: str
    entity_id: uuid.UUID | str
    version: int
    """The stored version the settled form now says it edited."""
    choices: Mapping[str, str] = field(default_factory=dict)

    @property
    def outcome(self) -> str:
        """``mine``, ``theirs`` or ``merge``."""
        values = set(self.choices.values())
        return values.pop() if len(values) == 1 else ("merge" if values else "theirs")


def record_resolution(db: Database, actor: Actor, resolution: Resolution) -> OpResult[None]:
    """Audit how a conflict was settled (the settled form is saved by its own operation)."""
    if not actor.roles:
        raise PermissionDenied(MESSAGES("conflict.sign_in"))
    bad = {c for c in resolution.choices.values() if c not in CHOICES}
    if bad:
        raise ValidationFailed(
            {"choices": MESSAGES("conflict.bad_choices", choices=tuple(sorted(bad)))}
        )
    with db.session() as session:
        append_audit(
            session,
            "conflict.resolved",
            entity=resolution.entity,
            entity_id=resolution.entity_id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={
                "outcome": resolution.outcome,
                "version": resolution.version,
                "fields": dict(sorted(resolution.choices.items())),
            },
        )
    return OpResult(None, Changes())


def refuse_stale_case(case: Case, loaded: int | None, step: Step, on: dt.date) -> None:
    """Raise ``ConcurrentChange`` when a workflow step was chosen on an older ``case``: the
    step this desk meant to record against the last step and status the other desk left."""
    if loaded is None or loaded == case.version:
        return
    known = CaseStatus(case.status) if case.status in _STATUSES else case.status
    status = MESSAGES("conflict.status_now", status=known)
    raise ConcurrentChange(
        MESSAGES("record.case"),
        entity=Entity.CASE.value,
        entity_id=case.id,
        version=case.version,
        fields=(
            FieldConflict(
                "step",
                MESSAGES("field.step"),
                MESSAGES("conflict.step_on", step=step, date=format_vn_date(on)),
                _last(case),
            ),
            FieldConflict(
                "status",
                MESSAGES("field.status"),
                MESSAGES("conflict.loaded_version", version=loaded),
                status,
            ),
        ),
        theirs={"status": status, "code": case.code},
        status=known,
    )


def _last(case: Case) -> str:
    """The latest step on the case's timeline, as the dialog shows it."""
    session = object_session(case)
    if session is None:
        return ""
    row = session.execute(
        select(CaseEvent.kind, CaseEvent.occurred_on)
        .where(CaseEvent.case_id == case.id, CaseEvent.deleted_at.is_(None))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return ""
    kind, on = row
    return MESSAGES(
        "conflict.step_on", step=Step(kind) if kind in _STEPS else kind, date=format_vn_date(on)
    )


_STATUSES = {s.value for s in CaseStatus}
_STEPS = {s.value for s in Step}
