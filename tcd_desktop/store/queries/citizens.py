"""Finding a citizen at the desk while the officer types, and their earlier contacts.

Three ways in, each served by an index so a keystroke costs a few milliseconds on a million
cases: a complete identity or phone number (equality: a prefix finds nothing, so an ID
cannot be guessed digit by digit), a name prefix on the folded name (b-tree range), and
words of the name in any order (SQLite FTS5 prefix query, PostgreSQL ``pg_trgm``).  A
confidential denouncer is never returned, not even masked: a masked hit would tell that the
name or number belongs to someone who denounced.  The earlier contacts of a confidential
citizen come with their free text redacted.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import fold
from tcd_desktop.store.models import Case, Citizen, Petition, Reception, ReceptionParticipant
from tcd_desktop.store.queries.sealed import (
    is_sealed,
    people_of_petitions,
    people_of_receptions,
    redact_for_list,
)
from tcd_desktop.store.queries.search import query_words


@dataclass(frozen=True)
class CitizenMatch:
    """A suggestion in the citizen lookup (never a confidential citizen)."""

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
    version: int | None = None  # the version a form loads, for its save's conflict check


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
            .where(
                _prefix(Citizen.name_folded, folded),
                Citizen.deleted_at.is_(None),
                Citizen.is_confidential.is_(False),
            )
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
                    Citizen.is_confidential.is_(False),
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


def full_number(digits: str) -> str | None:
    """``digits`` as a complete ID (9 or 12 digits) or phone (0 + 9 digits, or 84 + 9
    digits), else ``None``: a prefix is never looked up."""
    if digits.startswith("84") and len(digits) == 11:
        return "0" + digits[2:]
    if len(digits) in (9, 10, 12):
        return digits
    return None


def _number_ids(session: Session, number: str, limit: int) -> list[tuple[uuid.UUID, str]]:
    out: list[tuple[uuid.UUID, str]] = []
    for cid, id_number in session.execute(
        select(Citizen.id, Citizen.id_number)
        .where(
            or_(Citizen.id_number == number, Citizen.phone == number),
            Citizen.deleted_at.is_(None),
            Citizen.is_confidential.is_(False),
        )
        .order_by(Citizen.id)
        .limit(limit)
    ):
        out.append((cid, "id_number" if id_number == number else "phone"))
    return out


def lookup_citizens(session: Session, query: str, *, limit: int = 10) -> list[CitizenMatch]:
    """Suggestions for what the officer has typed so far (name, ID number or phone)."""
    query = query.strip()
    digits = re.sub(r"[\s.\-+()]", "", query)
    if digits.isdigit():
        number = full_number(digits)
        if number is None:
            return []
        hits = _number_ids(session, number, limit)
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
        if c.is_confidential:  # never a hit, not even masked: it would tell who denounced
            continue
        n_visits, last = visit_counts.get(cid, (0, None))
        out.append(
            CitizenMatch(
                id=cid,
                full_name=c.full_name,
                birth_year=c.birth_year,
                id_number=c.id_number or "",
                phone=c.phone or "",
                address=c.address,
                is_confidential=False,
                visits=int(n_visits),
                petitions=int(petition_counts.get(cid, 0)),
                last_visit_on=last,
                matched_by=how,
                gender=c.gender,
                commune=c.commune,
                province_code=c.province_code,
                id_kind=c.id_kind,
                version=c.version,
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
            Citizen.is_confidential,
        )
        .outerjoin(Citizen, Citizen.id == Reception.citizen_id)
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
            Citizen.is_confidential,
        )
        .outerjoin(Case, and_(Case.petition_id == Petition.id, Case.deleted_at.is_(None)))
        .outerjoin(Citizen, Citizen.id == Petition.citizen_id)
        .where(Petition.citizen_id == citizen_id, Petition.deleted_at.is_(None))
        .order_by(Petition.received_on.desc(), Petition.id.desc())
        .limit(limit)
    ).all()
    sealed_visits = [row[0] for row in visits if row[-1]]
    visit_people = people_of_receptions(session, sealed_visits)
    sealed_petitions = [row[0] for row in petitions if is_sealed(row[3], row[-1])]
    petition_people = people_of_petitions(session, sealed_petitions)
    return CitizenHistory(
        citizen_id=citizen_id,
        visits=tuple(
            VisitSummary(
                *row[:4], redact_for_list(row[4], visit_people.get(row[0], ())), *row[5:-1]
            )
            if row[-1]
            else VisitSummary(*row[:-1])
            for row in visits
        ),
        petitions=tuple(
            PetitionSummary(
                *row[:4], redact_for_list(row[4], petition_people.get(row[0], ())), *row[5:-1]
            )
            if is_sealed(row[3], row[-1])
            else PetitionSummary(*row[:-1])
            for row in petitions
        ),
    )
