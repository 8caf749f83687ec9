"""What an operation changed: the contract between services and the screens that refresh.

Every write operation returns an :class:`OpResult` — its value and the :class:`Changes` it
committed (entity kinds and ids), the shape of Anki's ``OpChanges``. The GUI's background
runner publishes those changes on the change bus, so no screen names a change by hand; on
PostgreSQL the same changes travel to the other desks (LISTEN/NOTIFY).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity(StrEnum):
    """Kinds of records a screen may show and refresh."""

    CITIZEN = "citizen"
    RECEPTION = "reception"
    PETITION = "petition"
    CASE = "case"
    DOCUMENT = "document"
    ATTACHMENT = "attachment"
    USER = "user"
    UNIT = "unit"
    SCHEDULE = "schedule"
    CALENDAR = "calendar"
    RULE = "rule"
    REPORT = "report"
    SETTING = "setting"
    BACKUP = "backup"


Key = uuid.UUID | str


@dataclass(frozen=True)
class Changes:
    """Entity kind → ids that changed; an empty id set means "some rows of this kind"."""

    kinds: Mapping[Entity, frozenset[Key]] = field(default_factory=dict)

    @classmethod
    def of(cls, entity: Entity, ids: Iterable[Key | None] = ()) -> Changes:
        """Changes of one kind (``None`` ids are dropped)."""
        return cls({Entity(entity): frozenset(i for i in ids if i is not None)})

    def plus(self, entity: Entity, ids: Iterable[Key | None] = ()) -> Changes:
        """These changes and ``ids`` of ``entity``."""
        return self | Changes.of(entity, ids)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Entity, frozenset[Key]] = dict(self.kinds)
        for entity, ids in other.kinds.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def ids(self, entity: Entity) -> frozenset[Key]:
        """Changed ids of ``entity`` (empty when none or unknown)."""
        return self.kinds.get(Entity(entity), frozenset())

    def touches(self, *entities: Entity) -> bool:
        """True when any of ``entities`` changed."""
        return any(Entity(e) in self.kinds for e in entities)

    def to_json(self) -> str:
        """Compact JSON for a NOTIFY payload (ids as strings)."""
        return json.dumps(
            {str(k): sorted(str(i) for i in v) for k, v in self.kinds.items()},
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, payload: str) -> Changes:
        """Inverse of :meth:`to_json`; unknown kinds are ignored, ids become UUIDs when
        they parse as one."""
        data = json.loads(payload)
        kinds: dict[Entity, frozenset[Key]] = {}
        for name, ids in data.items():
            try:
                entity = Entity(name)
            except ValueError:
                continue
            kinds[entity] = frozenset(_key(i) for i in ids)
        return cls(kinds)


def _key(text: str) -> Key:
    try:
        return uuid.UUID(text)
    except ValueError:
        return text


NO_CHANGES = Changes()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """The value of a write operation and what it changed."""

    value: T
    changes: Changes = NO_CHANGES
