"""What a case or petition document needs from the database, gathered once per use case.

The issuing body and its signer come from the unit that handles the record (its name as
printed — "UBND" spelled out —, its document symbol, the place of ô 4 and the head who
signs); the people named come from the citizen rows; the timeline from the case events.
Whether the record is sealed (a denouncer, a confidential citizen) and whether the actor
may read the sealed identity are decided here, once, for every form built from the facts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import vn_short_date
from tcd_desktop.documents.fields import Issuer, Person, Signer, split_honorific
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import READING_ROLES
from tcd_desktop.services.errors import NotFound
from tcd_desktop.services.identity import may_read_identity
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.models import (
    Case,
    CaseEvent,
    Citizen,
    Document,
    Petition,
    ReceptionParticipant,
    Unit,
    User,
    UserRole,
)

_ABBREVIATIONS = (("Ủy ban nhân dân", "UBND"), ("Thanh tra", "TTr"), ("Văn phòng", "VP"))
#: (start of the body's name, head's title, how the head's title joins the name)
_HEADS = (
    ("Ủy ban nhân dân", "Chủ tịch", "Chủ tịch "),
    ("Ban ", "Trưởng ban", "Trưởng "),
    ("Thanh tra", "Chánh Thanh tra", "Chánh "),
    ("Văn phòng", "Chánh Văn phòng", "Chánh "),
    ("Sở ", "Giám đốc", "Giám đốc "),
)
_DEFAULT_HEAD = ("Thủ trưởng cơ quan", "Thủ trưởng ")
_PLACE = re.compile(
    r"\b(?:tỉnh|thành phố|thị xã|thị trấn|đặc khu|xã|phường|huyện|quận)\s+(.+)$", re.IGNORECASE
)
_PROVINCE_PREFIXES = ("Thành phố ", "Tỉnh ", "thành phố ", "tỉnh ")
_SKIP_WORDS = {"và", "của"}
_ID_KINDS = {
    "cccd": "Căn cước",
    "cmnd": "Chứng minh nhân dân",
    "passport": "Hộ chiếu",
    "other": "Giấy tờ tùy thân",
}
_HONORIFIC = {"nam": "Ông", "nu": "Bà"}
SEALED_KINDS = (PetitionKind.DENUNCIATION.value, CaseKind.ANONYMOUS.value)


def printed_name(name: str) -> str:
    """A body's name as printed: "UBND xã Hữu Lũng" → "Ủy ban nhân dân xã Hữu Lũng"."""
    text = unicodedata.normalize("NFC", name or "").strip()
    return "Ủy ban nhân dân" + text[4:] if text.upper().startswith("UBND") else text


def head_of(name: str) -> tuple[str, str]:
    """(head's title, authority title) of a body: ("Chủ tịch", "Chủ tịch Ủy ban nhân dân …")."""
    for start, title, joined in _HEADS:
        if name.startswith(start):
            return title, f"{joined}{name}"
    return _DEFAULT_HEAD[0], f"{_DEFAULT_HEAD[1]}{name}"


def _without_place(name: str) -> str:
    found = _PLACE.search(name)
    return name[: found.start()].strip() if found else name


def abbreviation(name: str) -> str:
    """The body's symbol in document numbers: "UBND", "TTr", "BTCD" (initials otherwise)."""
    core = _without_place(name)
    for start, short in _ABBREVIATIONS:
        if core.startswith(start):
            return short
    letters = []
    for word in core.split():
        if word.lower() in _SKIP_WORDS or not word[0].isalpha():
            continue
        first = word[0].translate(str.maketrans("đĐ", "DD"))
        base = unicodedata.normalize("NFD", first)[0]
        letters.append(base.upper())
    return "".join(letters)[:12]


def place_of(name: str, province: str = "") -> str:
    """Place of ô 4: the administrative unit in the body's name, else the office's province."""
    found = _PLACE.search(name)
    if found:
        return found.group(1).strip()
    for prefix in _PROVINCE_PREFIXES:
        if province.startswith(prefix):
            return province[len(prefix) :].strip()
    return province.strip()


def person_of(citizen: Citizen | None) -> Person:
    """The citizen as printed (an empty name when there is none: the form prints dots)."""
    if citizen is None:
        return Person(full_name="")
    address = ", ".join(p.strip() for p in (citizen.address, citizen.commune) if p and p.strip())
    typed, name = split_honorific(citizen.full_name)  # "Ông X" typed as a name: no "Ông/Bà Ông X"
    return Person(
        full_name=name,
        honorific=_HONORIFIC.get(citizen.gender or "", "") or (typed if typed != "Ông/Bà" else ""),
        id_kind=_ID_KINDS.get(citizen.id_kind, "Căn cước"),
        id_number=citizen.id_number or "",
        address=address,
        phone=citizen.phone or "",
    )


@dataclass(frozen=True)
class Body:
    """The body that issues the document and who signs for it."""

    issuer: Issuer
    head_title: str
    authority_title: str
    signer: Signer
    parent_authority: str = ""
    """Who resolves at the next level (the head of the parent body), for second complaints."""


def _leader(session: Session, unit: Unit) -> User | None:
    rows = session.scalars(
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            UserRole.role == Role.LEADER.value,
            UserRole.deleted_at.is_(None),
            User.deleted_at.is_(None),
            User.is_active.is_(True),
            (UserRole.unit_id == unit.id)
            | (UserRole.unit_id.is_(None) & (User.unit_id == unit.id)),
        )
        .order_by(User.created_at, User.id)
    ).all()
    heads = [u for u in rows if not (u.title or "").lower().startswith("phó")]
    return (heads or list(rows) or [None])[0]


def _load_body(session: Session, unit_id: uuid.UUID) -> Body:
    """Issuer, head and signer of the unit ``unit_id``."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(SERVICE_MESSAGES("not_found.resolving_unit"))
    name = printed_name(unit.name)
    parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
    parent_name = printed_name(parent.name) if parent else ""
    profile = _office_profile(session)
    issuer = Issuer(
        name=name,
        parent="" if name.startswith("Ủy ban nhân dân") or not parent_name else parent_name,
        abbreviation=abbreviation(name),
        place=place_of(name, profile.province if profile else "")
        or (place_of(parent_name) if parent_name else ""),
    )
    head, authority = head_of(name)
    leader = _leader(session, unit)
    position = (leader.title if leader and leader.title else "") or head
    prefix = f"KT. {head}" if position.lower().startswith("phó") else ""
    signer = Signer(
        full_name=leader.full_name if leader else "", position=position, authority=prefix
    )
    return Body(issuer, head, authority, signer, head_of(parent_name)[1] if parent_name else "")


@dataclass(frozen=True)
class EventFacts:
    """One timeline event (with its note and document, unlike the state machine's view)."""

    kind: str
    occurred_on: dt.date
    note: str
    data: dict[str, Any]
    document_id: uuid.UUID | None


@dataclass
class RecordFacts:
    """A case (or a petition alone) with everything its documents print."""

    petition: Petition | None
    citizen: Citizen | None
    people: list[Citizen]
    body: Body
    sealed: bool
    may_read: bool
    case: Case | None = None
    events: list[EventFacts] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """Case kind (or petition kind)."""
        if self.case is not None:
            return self.case.kind
        assert self.petition is not None
        return CaseKind.ANONYMOUS.value if self.petition.is_anonymous else self.petition.kind

    @property
    def respondent(self) -> str:
        """The person or body complained against or denounced."""
        return (self.petition.respondent if self.petition else "").strip()

    def last(self, *steps: Step) -> EventFacts | None:
        """The latest event of one of ``steps``."""
        wanted = {s.value for s in steps}
        return next((e for e in reversed(self.events) if e.kind in wanted), None)


def _record_people(
    session: Session, petition: Petition | None, citizen_id: uuid.UUID | None
) -> list[Citizen]:
    """The main citizen and everyone who came with them (whose identifiers a published text
    must not contain)."""
    people: list[Citizen] = []
    main = session.get(Citizen, citizen_id) if citizen_id else None
    if main is not None:
        people.append(main)
    if petition is not None and petition.reception_id is not None:
        others = session.scalars(
            select(Citizen)
            .join(ReceptionParticipant, ReceptionParticipant.citizen_id == Citizen.id)
            .where(
                ReceptionParticipant.reception_id == petition.reception_id,
                ReceptionParticipant.deleted_at.is_(None),
            )
        ).all()
        people.extend(c for c in others if main is None or c.id != main.id)
    return people


def _events(session: Session, case_id: uuid.UUID) -> list[EventFacts]:
    rows = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.deleted_at.is_(None))
        .order_by(CaseEvent.id)
    ).all()
    return [
        EventFacts(e.kind, e.occurred_on, e.note, dict(e.data or {}), e.document_id) for e in rows
    ]


def _sealed(kind: str, people: list[Citizen]) -> bool:
    return kind in SEALED_KINDS or any(c.is_confidential for c in people)


def case_facts(session: Session, actor: Actor, case_id: uuid.UUID) -> RecordFacts:
    """Facts of the case ``case_id`` (``NotFound`` when it does not exist)."""
    require(actor, *READING_ROLES, action="xem văn bản")
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.case"))
    petition = session.get(Petition, case.petition_id) if case.petition_id else None
    people = _record_people(session, petition, case.citizen_id)
    sealed = _sealed(case.kind, people)
    return RecordFacts(
        petition=petition,
        citizen=session.get(Citizen, case.citizen_id) if case.citizen_id else None,
        people=people,
        body=_load_body(session, case.unit_id),
        sealed=sealed,
        may_read=not sealed or may_read_identity(session, actor, case=case, petition=petition),
        case=case,
        events=_events(session, case.id),
    )


def petition_facts(session: Session, actor: Actor, petition_id: uuid.UUID) -> RecordFacts:
    """Facts of the petition ``petition_id`` (``NotFound`` when it does not exist)."""
    require(actor, *READING_ROLES, action="xem văn bản")
    petition = session.get(Petition, petition_id)
    if petition is None or petition.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.petition"))
    people = [] if petition.is_anonymous else _record_people(session, petition, petition.citizen_id)
    kind = CaseKind.ANONYMOUS.value if petition.is_anonymous else petition.kind
    sealed = _sealed(kind, people)
    return RecordFacts(
        petition=petition,
        citizen=people[0] if people and people[0].id == petition.citizen_id else None,
        people=people,
        body=_load_body(session, petition.unit_id),
        sealed=sealed,
        may_read=not sealed or may_read_identity(session, actor, petition=petition),
    )


def _acceptance_reference(session: Session, facts: RecordFacts) -> str:
    """ "Quyết định số 12/QĐ-UBND ngày 17/8/2026" — the document that accepted the case (its
    number left to fill in by hand when the acceptance was recorded without a document)."""
    case = facts.case
    assert case is not None
    event = facts.last(Step.ACCEPTANCE)
    doc = session.get(Document, event.document_id) if event and event.document_id else None
    if doc is not None and doc.number:
        return f"Quyết định số {doc.number} ngày {vn_short_date(doc.issued_on)}"
    on = case.accepted_on or case.received_on
    return f"Quyết định số {PLACEHOLDER} ngày {vn_short_date(on)}"
