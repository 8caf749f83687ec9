"""The sealed people of petitions and visits, and their free text redacted for lists.

A petition is sealed when it is a denunciation or its citizen is confidential (a denouncer);
its free text (summary, content) is shown to people not entitled to the identity only after
the person-aware redaction of :mod:`tcd_desktop.domain.redaction`, by what the record knows
of the denouncer and of everyone who came with them.  One query per batch of rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.redaction import SealedPerson, redact_person
from tcd_desktop.store.models import Citizen, Petition, Reception, ReceptionParticipant

HIDDEN = "[đã che]"
"""What replaces a stretch of a sealed identity in lists (as :func:`services.identity.redact`)."""
DENUNCIATION = "to_cao"


def person_of(citizen: Citizen) -> SealedPerson:
    """What the record knows of ``citizen``."""
    return SealedPerson(
        full_name=citizen.full_name or "",
        address=citizen.address or "",
        commune=citizen.commune or "",
        id_numbers=tuple(v for v in (citizen.id_number,) if v),
        phones=tuple(v for v in (citizen.phone,) if v),
        emails=tuple(v for v in (citizen.email,) if v),
    )


def is_sealed(kind: str, confidential: bool | None) -> bool:
    """A denunciation, or a petition whose citizen is confidential."""
    return kind == DENUNCIATION or bool(confidential)


def _people(
    session: Session, keys: Iterable[uuid.UUID], statements: Callable[[list[uuid.UUID]], Any]
) -> dict[uuid.UUID, list[SealedPerson]]:
    """Run each ``(key, Citizen)`` statement built for the distinct ``keys``; group by key."""
    ids = list(dict.fromkeys(keys))
    out: dict[uuid.UUID, list[SealedPerson]] = defaultdict(list)
    if not ids:
        return out
    for statement in statements(ids):
        for key, citizen in session.execute(statement).tuples():
            out[key].append(person_of(citizen))
    return out


def people_of_petitions(
    session: Session, petition_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[SealedPerson]]:
    """For each petition: its citizen and everyone at its visit (companions, relatives)."""
    return _people(
        session,
        petition_ids,
        lambda ids: (
            select(Petition.id, Citizen)
            .join(Citizen, Citizen.id == Petition.citizen_id)
            .where(Petition.id.in_(ids)),
            select(Petition.id, Citizen)
            .join(ReceptionParticipant, ReceptionParticipant.reception_id == Petition.reception_id)
            .join(Citizen, Citizen.id == ReceptionParticipant.citizen_id)
            .where(Petition.id.in_(ids), ReceptionParticipant.deleted_at.is_(None)),
        ),
    )


def people_of_receptions(
    session: Session, reception_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[SealedPerson]]:
    """For each visit: its citizen and everyone who came with them."""
    return _people(
        session,
        reception_ids,
        lambda ids: (
            select(Reception.id, Citizen)
            .join(Citizen, Citizen.id == Reception.citizen_id)
            .where(Reception.id.in_(ids)),
            select(ReceptionParticipant.reception_id, Citizen)
            .join(Citizen, Citizen.id == ReceptionParticipant.citizen_id)
            .where(
                ReceptionParticipant.reception_id.in_(ids),
                ReceptionParticipant.deleted_at.is_(None),
            ),
        ),
    )


def people_of_citizens(
    session: Session, citizen_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, SealedPerson]:
    """What the record knows of each citizen."""
    ids = [c for c in dict.fromkeys(citizen_ids) if c is not None]
    if not ids:
        return {}
    rows = session.scalars(select(Citizen).where(Citizen.id.in_(ids)))
    return {c.id: person_of(c) for c in rows}


def redact_for_list(text: str, people: Iterable[SealedPerson]) -> str:
    """``text`` without the identity of ``people`` (and without any long number)."""
    return redact_person(text or "", list(people), HIDDEN)


def still_matches(words: Iterable[str], redacted: str) -> bool:
    """True when every query word is still in the redacted text (a hit found only through
    the sealed identity must not be shown: it would tell whose petition it is)."""
    folded = fold(redacted.replace(HIDDEN, " "))
    return all(w in folded for w in words)
