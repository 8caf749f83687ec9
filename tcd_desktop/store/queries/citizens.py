"""Finding a citizen at the desk while the officer types, and their earlier contacts.

Three ways in, each served by an index so a keystroke costs a few milliseconds on a million
cases: an identity or phone number prefix (b-tree range), a name prefix on the folded name
(b-tree range), and words of the name in any order (SQLite FTS5 prefix query, PostgreSQL
``pg_trgm``). A confidential denouncer is returned masked ("Người tố cáo (được giữ bí
mật)", no address, phone or ID).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.validators import validate_phone
from tcd_desktop.store.models import Case, Citizen, Petition, Reception, ReceptionParticipant
from tcd_desktop.store.queries.search import SEALED_NAME, query_words

MIN_DIGITS = 3


@dataclass(frozen=True)
class CitizenMatch:
    """A suggestion in the citizen lookup (masked when confidential)."""

    id: uuid.UUID
    full_name: str
    birth_year: int | None
    id_number: str
    phone: str
    address: str
    is_confidential: bool
    visits: int
    petitions: int
    last_visit_on: dt.date | None
    matched_by: str  # "id_number", "phone", "name"
    gender: str | None = None
    commune: str = ""
    province_code: str = ""
    id_kind: str = ""


@dataclass(frozen=True)
class VisitSummary:
    """An earlier visit of the citizen."""

    id: uuid.UUID
    number: str
    received_on: dt.date
    kind: str
    summary: str
    outcome: str
    is_mass: bool


@dataclass(frozen=True)
class PetitionSummary:
    """An earlier petition of the citizen, with its case when one was opened."""

    id: uuid.UUID
    number: str
    received_on: dt.date
    kind: str
    summary: str
    respondent: str
    status: str
    case_id: uuid.UUID | None
    case_code: str | None
    case_status: str | None
    due_on: dt.date | None


@dataclass(frozen=True)
class CitizenHistory:
    """Everything the desk shows about a citizen's earlier contacts (newest first)."""

    citizen_id: uuid.UUID
    visits: tuple[VisitSummary, ...]
    petitions: tuple[PetitionSummary, ...]


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: object, prefix: str) -> object:
    col = column  # a b-tree range: uses the index whatever the LIKE settings
    return and_(col >= prefix, col < _next_prefix(prefix))  # type: ignore[operator]


def _name_ids(session: Session, raw: str, limit: int) -> list[uuid.UUID]:
    folded = fold(raw)
    words = query_words(raw)
    if not words:
        return []
    found: list[uuid.UUID] = list(
        session.scalars(
            select(Citizen.id)
            .where(_prefix(Citizen.name_folded, folded), Citizen.deleted_at.is_(None))
            .order_by(Citizen.name_folded, Citizen.id)
            .limit(limit)
        )
    )
    if len(found) >= limit:
        return found
    if session.get_bind().dialect.name == "sqlite":
        expr = "name_folded : (" + " ".join(f'"{w}"*' for w in words) + ")"
        more = session.execute(
            text(
                "SELECT c.id FROM citizens_fts f JOIN citizens c ON c.rowid = f.rowid "
                "WHERE citizens_fts MATCH :q AND c.deleted_at IS NULL LIMIT :n"
            ),
            {"q": expr, "n": limit * 2},
        )
        extra = [uuid.UUID(hex=r[0]) for r in more]
    elif any(len(w) >= 3 for w in words):  # the trigram index serves the longer words
        extra = list(
            session.scalars(
                select(Citizen.id)
                .where(
                    *[Citizen.name_folded.like(f"%{w}%") for w in words],
                    Citizen.deleted_at.is_(None),
                )
                .limit(limit * 2)
            )
        )
    else:  # only one- and two-letter words: no trigram to search with; the prefix answered
        extra = []
    for cid in extra:
        if cid not in found:
            found.append(cid)
    return found[:limit]


def _number_ids(session: Session, digits: str, limit: int) -> list[tuple[uuid.UUID, str]]:
    out: list[tuple[uuid.UUID, str]] = []
    for cid in session.scalars(
        select(Citizen.id)
        .where(_prefix(Citizen.id_number, digits), Citizen.deleted_at.is_(None))
        .order_by(Citizen.id_number)
        .limit(limit)
    ):
        out.append((cid, "id_number"))
    phone = validate_phone(digits).value if digits.startswith(("0", "84")) else digits
    for cid in session.scalars(
        select(Citizen.id)
        .where(_prefix(Citizen.phone, phone or digits), Citizen.deleted_at.is_(None))
        .order_by(Citizen.phone)
        .limit(limit)
    ):
        if all(cid != c for c, _ in out):
            out.append((cid, "phone"))
    return out[:limit]


def lookup_citizens(session: Session, query: str, *, limit: int = 10) -> list[CitizenMatch]:
    """Suggestions for what the officer has typed so far (name, ID number or phone)."""
    query = query.strip()
    digits = re.sub(r"[\s.\-+]", "", query)
    if digits.isdigit():
        if len(digits) < MIN_DIGITS:
            return []
        hits = _number_ids(session, digits, limit)
    else:
        hits = [(cid, "name") for cid in _name_ids(session, query, limit)]
    if not hits:
        return []
    ids = [cid for cid, _ in hits]
    visits = (
        select(Reception.citizen_id, func.count(), func.max(Reception.received_on))
        .where(Reception.citizen_id.in_(ids), Reception.deleted_at.is_(None))
        .group_by(Reception.citizen_id)
    )
    visit_counts = {cid: (n, last) for cid, n, last in session.execute(visits)}
    petitions = (
        select(Petition.citizen_id, func.count())
        .where(Petition.citizen_id.in_(ids), Petition.deleted_at.is_(None))
        .group_by(Petition.citizen_id)
    )
    petition_counts = dict(session.execute(petitions).tuples().all())
    people = {c.id: c for c in session.scalars(select(Citizen).where(Citizen.id.in_(ids)))}
    out = []
    for cid, how in hits:
        c = people[cid]
        n_visits, last = visit_counts.get(cid, (0, None))
        sealed = c.is_confidential
        out.append(
            CitizenMatch(
                id=cid,
                full_name=SEALED_NAME if sealed else c.full_name,
                birth_year=None if sealed else c.birth_year,
                id_number="" if sealed else (c.id_number or ""),
                phone="" if sealed else (c.phone or ""),
                address="" if sealed else c.address,
                is_confidential=sealed,
                visits=int(n_visits),
                petitions=int(petition_counts.get(cid, 0)),
                last_visit_on=last,
                matched_by=how,
                gender=None if sealed else c.gender,
                commune="" if sealed else c.commune,
                province_code="" if sealed else c.province_code,
                id_kind="" if sealed else c.id_kind,
            )
        )
    return out


def citizen_history(session: Session, citizen_id: uuid.UUID, *, limit: int = 200) -> CitizenHistory:
    """Earlier visits (as petitioner or participant) and petitions of a citizen, newest first."""
    visits = session.execute(
        select(
            Reception.id,
            Reception.number,
            Reception.received_on,
            Reception.kind,
            Reception.summary,
            Reception.outcome,
            Reception.is_mass,
        )
        .where(
            or_(
                Reception.citizen_id == citizen_id,
                Reception.id.in_(
                    select(ReceptionParticipant.reception_id).where(
                        ReceptionParticipant.citizen_id == citizen_id,
                        ReceptionParticipant.deleted_at.is_(None),
                    )
                ),
            ),
            Reception.deleted_at.is_(None),
        )
        .order_by(Reception.received_on.desc(), Reception.id.desc())
        .limit(limit)
    ).all()
    petitions = session.execute(
        select(
            Petition.id,
            Petition.number,
            Petition.received_on,
            Petition.kind,
            Petition.summary,
            Petition.respondent,
            Petition.status,
            Case.id,
            Case.code,
            Case.status,
            Case.due_on,
        )
        .outerjoin(Case, and_(Case.petition_id == Petition.id, Case.deleted_at.is_(None)))
        .where(Petition.citizen_id == citizen_id, Petition.deleted_at.is_(None))
        .order_by(Petition.received_on.desc(), Petition.id.desc())
        .limit(limit)
    ).all()
    return CitizenHistory(
        citizen_id=citizen_id,
        visits=tuple(VisitSummary(*row) for row in visits),
        petitions=tuple(PetitionSummary(*row) for row in petitions),
    )
