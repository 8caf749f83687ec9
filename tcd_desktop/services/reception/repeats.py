"""Repeat and duplicate warning while the officer types (đơn trùng, tái khiếu, tái tố).

``find_repeats`` looks for earlier petitions of the same person (same identity number, or
same folded name and address) and for similar content against the same respondent
(folded word overlap, candidates found through ``petitions.respondent_folded``), and says
why each one matched. The officer then links the visit as a repeat
(``Reception.repeat_of_id``, ``Petition.duplicate_of_id``, ``Case.is_repeat``) or dismisses
the warning; both are audited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, literal_column, or_, select, text
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.validators import validate_citizen_id
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.reception._records import mark_cases_repeated
from tcd_desktop.services.reception.repeat_words import content_words, overlap, party_words
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Case, Citizen, Petition, Reception
from tcd_desktop.store.queries.sealed import people_of_petitions, redact_for_list
from tcd_desktop.store.queries.search import SEALED_NAME

#: Who may look for earlier petitions (denouncers come back masked).
READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
CANDIDATES = 200
CONTENT_THRESHOLD = 0.5
RESPONDENT_THRESHOLD = 0.6
MAX_MATCHES = 30
#: Why a petition matched, by stable code (the UI names each in its language);
#: ``similar_content`` takes the share of words in common as ``{share}`` ("62%").
REASONS: dict[str, str] = {
    "same_citizen": "Cùng công dân đã có trong cơ sở dữ liệu",
    "same_id_number": "Trùng số giấy tờ tùy thân",
    "same_name_address": "Trùng họ tên và địa chỉ",
    "similar_content": "Nội dung tương tự ({share} từ trùng) với cùng người bị khiếu nại, tố cáo",
}


@dataclass
class RepeatQuery:
    """What the form holds so far; every field is optional."""

    id_number: str = ""
    full_name: str = ""
    address: str = ""
    citizen_id: uuid.UUID | None = None
    respondent: str = ""
    summary: str = ""
    exclude_reception_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RepeatMatch:
    """An earlier petition (and its visit and case) with the reasons it matched."""

    petition_id: uuid.UUID
    petition_number: str
    received_on: dt.date
    kind: str
    summary: str
    respondent: str
    status: str
    citizen_name: str
    reception_id: uuid.UUID | None
    reception_number: str | None
    case_id: uuid.UUID | None
    case_code: str | None
    case_status: str | None
    reasons: tuple[str, ...]
    similarity: float


@dataclass
class _Hit:
    reasons: list[str] = field(default_factory=list)
    similarity: float = 0.0


def _people(session: Session, q: RepeatQuery) -> dict[uuid.UUID, str]:
    """Citizens who are the same person, with the reason."""
    found: dict[uuid.UUID, str] = {}
    if q.citizen_id is not None:
        found[q.citizen_id] = REASONS["same_citizen"]
    digits = validate_citizen_id(q.id_number).value if q.id_number.strip() else ""
    if len(digits) in (9, 12) and digits.isdigit():
        for cid in session.scalars(
            select(Citizen.id).where(
                Citizen.id_number == digits,
                Citizen.deleted_at.is_(None),
                Citizen.is_confidential.is_(False),  # never tell that a number denounced
            )
        ):
            found.setdefault(cid, REASONS["same_id_number"])
    name, address = fold(q.full_name), fold(q.address)
    if name and address:
        for cid in session.scalars(
            select(Citizen.id).where(
                Citizen.name_folded == name,
                Citizen.address_folded == address,
                Citizen.deleted_at.is_(None),
                Citizen.is_confidential.is_(False),
            )
        ):
            found.setdefault(cid, REASONS["same_name_address"])
    return found


def _content_candidates(
    session: Session, words: set[str], respondent: str, party: set[str], limit: int
) -> list[uuid.UUID]:
    """Petitions against the same respondent that contain the content's key words.

    Content: the three most distinctive words (longest first), through FTS5 on SQLite and
    the trigram index of ``summary_folded`` on PostgreSQL. Respondent: the same folded
    ``respondent_folded``, or one of its naming words in it (``ix_petitions_respondent_folded``
    and, on PostgreSQL, its trigram index); the overlap is then scored in Python.
    """
    key = sorted(words, key=lambda w: (-len(w), w))[:3]
    if len(key) < 2:
        return []
    if session.get_bind().dialect.name == "sqlite":
        matched = (
            select(literal_column("rowid"))
            .select_from(text("petitions_fts"))
            .where(text("petitions_fts MATCH :q"))
        )
        content: ColumnElement[bool] = literal_column("petitions.rowid").in_(matched)
    else:
        content = and_(*[Petition.summary_folded.like(f"%{w}%") for w in key])
    same_party = or_(
        Petition.respondent_folded == fold(respondent),
        *[Petition.respondent_folded.like(f"%{w}%") for w in sorted(party)],
    )
    stmt = (
        select(Petition.id).where(content, same_party, Petition.deleted_at.is_(None)).limit(limit)
    )
    return list(session.scalars(stmt, {"q": " ".join(f'"{w}"' for w in key)}))


def find_repeats(
    session: Session, actor: Actor, query: RepeatQuery, *, limit: int = MAX_MATCHES
) -> list[RepeatMatch]:
    """Earlier petitions that look like the same matter, most likely first."""
    require(actor, *READERS, action="tra cứu đơn trùng, tái diễn")
    people = _people(session, query)
    words = content_words(query.summary)
    respondent = party_words(query.respondent)
    by_person = (
        list(
            session.scalars(
                select(Petition.id)
                .where(Petition.citizen_id.in_(list(people)), Petition.deleted_at.is_(None))
                .order_by(Petition.received_on.desc())
                .limit(limit)
            )
        )
        if people
        else []
    )
    by_content = (
        _content_candidates(session, words, query.respondent, respondent, CANDIDATES)
        if respondent and words
        else []
    )
    ids = list(dict.fromkeys(by_person + by_content))
    if not ids:
        return []
    rows = session.execute(
        select(
            Petition.id,
            Petition.number,
            Petition.received_on,
            Petition.kind,
            Petition.summary,
            Petition.respondent,
            Petition.respondent_folded,
            Petition.status,
            Petition.citizen_id,
            Petition.reception_id,
            Reception.number,
            Case.id,
            Case.code,
            Case.status,
            Citizen.full_name,
            Citizen.is_confidential,
        )
        .outerjoin(Reception, Reception.id == Petition.reception_id)
        .outerjoin(Case, and_(Case.petition_id == Petition.id, Case.deleted_at.is_(None)))
        .outerjoin(Citizen, Citizen.id == Petition.citizen_id)
        .where(Petition.id.in_(ids))
    ).all()
    sealed_people = people_of_petitions(
        session, [r[0] for r in rows if r[-1] or r[3] == PetitionKind.DENUNCIATION.value]
    )
    matches = []
    for (
        pid,
        number,
        received_on,
        kind,
        summary,
        respondent_text,
        respondent_folded,
        status,
        citizen_id,
        reception_id,
        r_number,
        case_id,
        case_code,
        case_status,
        name,
        sealed,
    ) in rows:
        if query.exclude_reception_id and reception_id == query.exclude_reception_id:
            continue
        hit = _Hit()
        if citizen_id in people:
            hit.reasons.append(people[citizen_id])
        same_party = overlap(respondent, party_words(respondent_folded)) >= RESPONDENT_THRESHOLD
        hit.similarity = overlap(words, content_words(summary))
        if same_party and hit.similarity >= CONTENT_THRESHOLD:
            hit.reasons.append(REASONS["similar_content"].format(share=f"{hit.similarity:.0%}"))
        if not hit.reasons:
            continue
        masked = bool(sealed) or kind == PetitionKind.DENUNCIATION.value
        if masked:
            summary = redact_for_list(summary, sealed_people.get(pid, ()))
        matches.append(
            RepeatMatch(
                petition_id=pid,
                petition_number=number,
                received_on=received_on,
                kind=kind,
                summary=summary,
                respondent=respondent_text,
                status=status,
                citizen_name=SEALED_NAME if masked else (name or ""),
                reception_id=reception_id,
                reception_number=r_number,
                case_id=case_id,
                case_code=case_code,
                case_status=case_status,
                reasons=tuple(hit.reasons),
                similarity=round(hit.similarity, 3),
            )
        )
    matches.sort(key=lambda m: (-len(m.reasons), -m.similarity, -m.received_on.toordinal()))
    return matches[:limit]


def link_repeat(
    session: Session, actor: Actor, reception_id: uuid.UUID, earlier_petition_id: uuid.UUID
) -> list[uuid.UUID]:
    """Record a saved visit as a repeat of an earlier petition; returns cases flagged."""
    require(
        actor,
        Role.RECEPTION_OFFICER,
        Role.HANDLING_OFFICER,
        Role.LEADER,
        action="đánh dấu đơn trùng, tái diễn",
    )
    reception = session.get(Reception, reception_id)
    earlier = session.get(Petition, earlier_petition_id)
    if reception is None or reception.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.visit"))
    if earlier is None or earlier.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.earlier_petition"))
    if earlier.reception_id is not None and earlier.reception_id != reception.id:
        reception.repeat_of_id = earlier.reception_id
        reception.updated_by = actor.user_id
    mine = list(
        session.scalars(
            select(Petition).where(
                Petition.reception_id == reception.id,
                Petition.deleted_at.is_(None),
                Petition.id != earlier.id,
            )
        )
    )
    same_kind = [p for p in mine if p.kind == earlier.kind] or mine
    for pet in same_kind:
        if pet.duplicate_of_id is None:
            pet.duplicate_of_id, pet.updated_by = earlier.id, actor.user_id
    session.flush()
    append_audit(
        session,
        "reception.repeat_link",
        entity="reception",
        entity_id=reception.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"earlier_petition": str(earlier.id)},
    )
    return mark_cases_repeated(session, actor, [earlier.id], actor.desk_code)


def dismiss_repeat(
    session: Session,
    actor: Actor,
    earlier_petition_id: uuid.UUID,
    *,
    reception_id: uuid.UUID | None = None,
    reason: str = "",
) -> None:
    """Record that the officer judged a warning not to be a repeat (audited)."""
    require(
        actor,
        Role.RECEPTION_OFFICER,
        Role.HANDLING_OFFICER,
        Role.LEADER,
        action="bỏ qua cảnh báo đơn trùng",
    )
    append_audit(
        session,
        "reception.repeat_dismissed",
        entity="reception",
        entity_id=reception_id or "",
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"earlier_petition": str(earlier_petition_id), "reason": reason},
    )
