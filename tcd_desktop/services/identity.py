"""Sealed denouncer identity (Luật Tố cáo 2018 Điều 8 k3, Điều 47, Điều 56).

Only the officer who received the denunciation, the assigned resolver and the resolver's
leader may read the denouncer's name, address, ID, phone and handwriting scans, and only by
revealing them with a reason — every reveal is an audit entry.  Everyone else, and every
list, sees ``"Người tố cáo (được giữ bí mật)"``.  Verifiers get a redacted copy; published
conclusions never contain the denouncer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.domain.workflow import CaseKind
from tcd_desktop.services.context import Actor, require_signed_in
from tcd_desktop.services.errors import NotFound
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.sealed_text import redact
from tcd_desktop.store.models import (
    Attachment,
    Case,
    Citizen,
    Petition,
    Reception,
    ReceptionParticipant,
    User,
    UserRole,
)
from tcd_desktop.store.queries.search import SEALED_NAME
from tcd_desktop.store.sealed_content import attachment_name

ANONYMOUS_NAME = "Nặc danh (không rõ người gửi)"
SEALED_FILE = "Tài liệu được giữ bí mật"
READERS = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
_REFUSED = SERVICE_MESSAGES("identity.refused")


def list_display_name(
    kind: str, is_anonymous: bool, name: str | None, *, confidential: bool = False
) -> str:
    """Name shown in lists, boards, reports and exports: denouncers (and citizens marked
    confidential) are always masked; anonymous information has no name."""
    if is_anonymous or kind == CaseKind.ANONYMOUS:
        return ANONYMOUS_NAME
    if kind == PetitionKind.DENUNCIATION or confidential:
        return SEALED_NAME
    return name or ""


def masked_summary(kind: str, summary: str, citizen: Citizen | None) -> str:
    """A summary fit for lists: a denouncer's (or confidential citizen's) identifiers removed."""
    if citizen is not None and (kind == PetitionKind.DENUNCIATION or citizen.is_confidential):
        return redact(summary, [citizen])
    return summary


@dataclass(frozen=True)
class SealedScan:
    """A handwriting or identity scan kept under seal."""

    attachment_id: uuid.UUID
    filename: str
    sha256: str


def _people(
    session: Session, petition: Petition | None, citizen_id: uuid.UUID | None
) -> list[tuple[str, Citizen]]:
    out: list[tuple[str, Citizen]] = []
    main = session.get(Citizen, citizen_id) if citizen_id else None
    if main is not None:
        out.append(("denouncer", main))
    if petition is not None and petition.reception_id is not None:
        rows = session.execute(
            select(ReceptionParticipant.role, Citizen)
            .join(Citizen, Citizen.id == ReceptionParticipant.citizen_id)
            .where(
                ReceptionParticipant.reception_id == petition.reception_id,
                ReceptionParticipant.deleted_at.is_(None),
            )
        ).tuples()
        out.extend((role, c) for role, c in rows if main is None or c.id != main.id)
    return out


def _scans(session: Session, case: Case | None, petition: Petition | None) -> list[SealedScan]:
    conds = []
    if case is not None:
        conds.append(Attachment.case_id == case.id)
    if petition is not None:
        conds.append(Attachment.petition_id == petition.id)
        if petition.reception_id is not None:
            conds.append(Attachment.reception_id == petition.reception_id)
    if not conds:
        return []
    rows = session.execute(
        select(Attachment.id, func.coalesce(attachment_name(session), ""), Attachment.sha256)
        .where(or_(*conds), Attachment.is_sealed.is_(True), Attachment.deleted_at.is_(None))
        .order_by(Attachment.id)
    ).all()
    return [SealedScan(*r) for r in rows]


def _is_sealed(kind: str, people: Iterable[tuple[str, Citizen]]) -> bool:
    return kind in (PetitionKind.DENUNCIATION, CaseKind.ANONYMOUS) or any(
        c.is_confidential for _, c in people
    )


def may_read_identity(
    session: Session, actor: Actor, *, case: Case | None = None, petition: Petition | None = None
) -> bool:
    """True for the receiving officer, the assigned resolver and the resolver's leader."""
    require_signed_in(actor, "xem danh tính")
    if actor.user_id is None:
        return False
    if petition is None and case is not None and case.petition_id is not None:
        petition = session.get(Petition, case.petition_id)
    allowed: set[uuid.UUID | None] = set()
    if petition is not None:
        allowed.add(petition.created_by)
        if petition.reception_id is not None:
            reception = session.get(Reception, petition.reception_id)
            if reception is not None:
                allowed |= {reception.created_by, reception.officer_id}
    assignee = case.assignee_id if case is not None else None
    if actor.user_id in allowed - {None} or (assignee and actor.user_id == assignee):
        return True
    unit = case.unit_id if case is not None else petition.unit_id if petition else None
    if assignee is not None:
        unit = session.scalar(select(User.unit_id).where(User.id == assignee)) or unit
    return _leads(session, actor, unit)


def _leads(session: Session, actor: Actor, unit: uuid.UUID | None) -> bool:
    """The actor holds the leader role for ``unit``."""
    if unit is None or actor.user_id is None:
        return False
    own_unit = session.scalar(select(User.unit_id).where(User.id == actor.user_id))
    scope = [UserRole.unit_id == unit]
    if own_unit == unit:
        scope.append(UserRole.unit_id.is_(None))  # a leader role not limited to one unit
    leader = session.scalar(
        select(UserRole.id).where(
            UserRole.user_id == actor.user_id,
            UserRole.role == Role.LEADER.value,
            UserRole.deleted_at.is_(None),
            or_(*scope),
        )
    )
    return leader is not None


def _case_text_filter(session: Session, case: Case) -> Callable[[str], str]:
    """How the free text of ``case`` (timeline notes) is shown in lists and screens: a
    sealed case's without the identity of its people, another's as it is."""
    petition = session.get(Petition, case.petition_id) if case.petition_id else None
    people = _people(session, petition, case.citizen_id)
    if not _is_sealed(case.kind, people):
        return lambda text: text
    citizens = [c for _, c in people]
    return lambda text: redact(text, citizens)


def may_read_visit(session: Session, actor: Actor, reception: Reception) -> bool:
    """True for the officer who received the visit (or recorded it) and its unit's leaders."""
    require_signed_in(actor, "xem phiếu tiếp công dân")
    if actor.user_id is not None and actor.user_id in {reception.officer_id, reception.created_by}:
        return True
    return _leads(session, actor, reception.unit_id)


def _record_is_sealed(
    session: Session,
    *,
    case: Case | None = None,
    petition: Petition | None = None,
    reception: Reception | None = None,
) -> bool:
    """A denunciation, anonymous information, or a record with a confidential person."""
    if case is not None:
        petition = petition or (
            session.get(Petition, case.petition_id) if case.petition_id else None
        )
        return _is_sealed(case.kind, _people(session, petition, case.citizen_id))
    if petition is not None:
        kind = CaseKind.ANONYMOUS.value if petition.is_anonymous else petition.kind
        return _is_sealed(kind, _people(session, petition, petition.citizen_id))
    if reception is None:
        return False
    kinds = session.scalars(
        select(Petition.kind).where(
            Petition.reception_id == reception.id, Petition.deleted_at.is_(None)
        )
    ).all()
    if PetitionKind.DENUNCIATION.value in kinds:
        return True
    confidential = session.scalar(
        select(Citizen.id)
        .outerjoin(ReceptionParticipant, ReceptionParticipant.citizen_id == Citizen.id)
        .where(
            Citizen.is_confidential.is_(True),
            or_(
                Citizen.id == reception.citizen_id,
                (ReceptionParticipant.reception_id == reception.id)
                & ReceptionParticipant.deleted_at.is_(None),
            ),
        )
        .limit(1)
    )
    return confidential is not None


def _record(
    session: Session, case_id: uuid.UUID | None, petition_id: uuid.UUID | None
) -> tuple[Case | None, Petition | None]:
    case = session.get(Case, case_id) if case_id else None
    petition = session.get(Petition, petition_id) if petition_id else None
    if case is None and petition is None:
        raise NotFound(SERVICE_MESSAGES("not_found.case_or_petition"))
    if petition is None and case is not None and case.petition_id:
        petition = session.get(Petition, case.petition_id)
    return case, petition


# the reveal and the views built on it live in identity_reveal; imported here for callers
from tcd_desktop.services.identity_reveal import (  # noqa: E402
    CaseParties,
    DenouncerIdentity,
    PartyView,
    PublishedConclusion,
    RevealedIdentity,
    VerifierCopy,
    case_parties,
    published_conclusion,
    redacted_for_verifier,
    reveal_identity,
)

__all__ = [
    "ANONYMOUS_NAME",
    "READERS",
    "SEALED_FILE",
    "CaseParties",
    "DenouncerIdentity",
    "PartyView",
    "PublishedConclusion",
    "RevealedIdentity",
    "SealedScan",
    "VerifierCopy",
    "case_parties",
    "list_display_name",
    "masked_summary",
    "may_read_identity",
    "may_read_visit",
    "published_conclusion",
    "redacted_for_verifier",
    "reveal_identity",
]
