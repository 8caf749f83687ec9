"""Revealing a sealed denouncer's identity and the views of a case built on it (Luật Tố cáo
2018 Điều 8 k3, Điều 40, Điều 47, Điều 56): every reveal is audited — on PostgreSQL by the
database itself (``tcd_reveal_identity``), in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import nfc
from tcd_desktop.domain.workflow import DecisionResult
from tcd_desktop.services.context import Actor, require, require_signed_in
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.identity import (
    _REFUSED,
    READERS,
    SealedScan,
    _is_sealed,
    _people,
    _record,
    _scans,
    may_read_identity,
)
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.sealed_text import redact
from tcd_desktop.store.audit import append_audit, server_keeps_chain
from tcd_desktop.store.models import Attachment
from tcd_desktop.store.pg_roles import RevealRefused, reveal_on_server
from tcd_desktop.store.queries.search import SEALED_NAME
from tcd_desktop.store.sealed_content import attachment_name


@dataclass(frozen=True)
class DenouncerIdentity:
    """The clear identity of one denouncer (or co-signatory)."""

    citizen_id: uuid.UUID
    role: str
    full_name: str
    address: str
    id_kind: str
    id_number: str | None
    phone: str | None
    email: str | None
    birth_year: int | None


@dataclass(frozen=True)
class RevealedIdentity:
    """Result of ``reveal_identity``: every person of the record plus the sealed scans."""

    people: list[DenouncerIdentity]
    scans: list[SealedScan]


@dataclass(frozen=True)
class PartyView:
    """A party as one user may see it."""

    role: str
    name: str
    address: str
    id_number: str | None
    phone: str | None
    is_masked: bool


@dataclass(frozen=True)
class CaseParties:
    """Parties of a case: masked unless the actor is entitled and gave a reason."""

    case_id: uuid.UUID
    code: str
    is_sealed: bool
    can_reveal: bool
    revealed: bool
    parties: list[PartyView]
    respondent: str
    sealed_scans: int = 0
    scans: list[SealedScan] = field(default_factory=list)


@dataclass(frozen=True)
class VerifierCopy:
    """What a verifier receives (Luật Tố cáo Điều 56): identifiers stripped."""

    case_id: uuid.UUID
    code: str
    denouncer: str
    respondent: str
    content: str
    received_on: dt.date
    accepted_on: dt.date | None
    documents: list[SealedScan]
    is_redacted: bool = True


@dataclass(frozen=True)
class PublishedConclusion:
    """Data for publishing a conclusion (Điều 40): there is no field for the denouncer."""

    code: str
    number: str
    concluded_on: dt.date
    result_label: str
    respondent: str
    content: str


def reveal_identity(
    session: Session,
    actor: Actor,
    *,
    case_id: uuid.UUID | None = None,
    petition_id: uuid.UUID | None = None,
    reason: str,
) -> RevealedIdentity:
    """Reveal the denouncer's identity to an entitled user; the reason is audited.

    A refused attempt is audited too, and that entry is committed before
    ``PermissionDenied`` is raised (like a failed sign-in).
    """
    require_signed_in(actor, "xem danh tính người tố cáo")
    why = nfc(reason or "").strip()
    if not why:
        raise ValidationFailed({"reason": SERVICE_MESSAGES("identity.reason_missing")})
    case, petition = _record(session, case_id, petition_id)
    entity, entity_id = ("case", case.id) if case else ("petition", petition.id)  # type: ignore[union-attr]
    if not may_read_identity(session, actor, case=case, petition=petition):
        # The refused attempt is kept: commit its audit entry before raising (the caller's
        # transaction would otherwise roll it back with the error).
        append_audit(
            session,
            "identity.reveal_refused",
            entity=entity,
            entity_id=entity_id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"reason": why},
        )
        session.commit()
        raise PermissionDenied(_REFUSED)
    people = _people(
        session, petition, case.citizen_id if case else petition.citizen_id if petition else None
    )
    scans = _scans(session, case, petition)
    if server_keeps_chain(session):  # the database checks the role and audits the reveal
        try:
            reveal_on_server(
                session,
                entity,
                str(entity_id),
                [c.id for _, c in people],
                why,
                actor.user_id,
                actor.desk_code,
                len(scans),
            )
        except RevealRefused as exc:
            raise PermissionDenied(_REFUSED) from exc
    else:
        append_audit(
            session,
            "identity.reveal",
            entity=entity,
            entity_id=entity_id,
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
            detail={"reason": why, "citizens": [str(c.id) for _, c in people], "scans": len(scans)},
        )
    return RevealedIdentity(
        people=[
            DenouncerIdentity(
                c.id,
                role,
                c.full_name,
                c.address,
                c.id_kind,
                c.id_number,
                c.phone,
                c.email,
                c.birth_year,
            )
            for role, c in people
        ],
        scans=scans,
    )


def case_parties(
    session: Session, actor: Actor, case_id: uuid.UUID, *, reveal_reason: str | None = None
) -> CaseParties:
    """The parties of a case: clear for a complaint; for a denunciation masked unless the
    actor is entitled and gives ``reveal_reason`` (then audited as a reveal)."""
    require(actor, *READERS, action="xem vụ việc")
    case, petition = _record(session, case_id, None)
    assert case is not None
    people = _people(session, petition, case.citizen_id)
    sealed = _is_sealed(case.kind, people)
    entitled = sealed and may_read_identity(session, actor, case=case, petition=petition)
    revealed = False
    scans: list[SealedScan] = []
    if sealed and reveal_reason is not None:
        scans = reveal_identity(session, actor, case_id=case.id, reason=reveal_reason).scans
        revealed = True
    masked = sealed and not revealed
    parties = [
        PartyView(role, SEALED_NAME, "", None, None, True)
        if masked
        else PartyView(role, c.full_name, c.address, c.id_number, c.phone, False)
        for role, c in people
    ]
    return CaseParties(
        case_id=case.id,
        code=case.code,
        is_sealed=sealed,
        can_reveal=entitled,
        revealed=revealed,
        parties=parties,
        respondent=petition.respondent if petition else "",
        sealed_scans=len(_scans(session, case, petition)) if sealed else 0,
        scans=scans,
    )


def redacted_for_verifier(session: Session, actor: Actor, case_id: uuid.UUID) -> VerifierCopy:
    """The copy given to verifiers: identifiers stripped, sealed scans left out (Điều 56)."""
    require(actor, *READERS, action="lập bản sao cho người xác minh")
    case, petition = _record(session, case_id, None)
    assert case is not None
    people = [c for _, c in _people(session, petition, case.citizen_id)]
    documents = session.execute(
        select(Attachment.id, attachment_name(session), Attachment.sha256).where(
            Attachment.case_id == case.id,
            Attachment.is_sealed.is_(False),
            Attachment.deleted_at.is_(None),
        )
    ).all()
    append_audit(
        session,
        "case.verifier_copy",
        entity="case",
        entity_id=case.id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"code": case.code},
    )
    return VerifierCopy(
        case_id=case.id,
        code=case.code,
        denouncer=SEALED_NAME,
        respondent=redact(petition.respondent if petition else "", people),
        content=redact(case.summary, people),
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        documents=[SealedScan(*d) for d in documents],
    )


def published_conclusion(session: Session, actor: Actor, case_id: uuid.UUID) -> PublishedConclusion:
    """What may be published about a concluded denunciation (never the denouncer)."""
    require(actor, *READERS, action="công khai kết luận")
    case, petition = _record(session, case_id, None)
    assert case is not None
    if case.decision_on is None or case.decision_number is None:
        raise ValidationFailed({"case": SERVICE_MESSAGES("identity.no_conclusion")})
    people = [c for _, c in _people(session, petition, case.citizen_id)]
    result = DecisionResult(case.decision_result).label_vi if case.decision_result else ""
    return PublishedConclusion(
        code=case.code,
        number=case.decision_number,
        concluded_on=case.decision_on,
        result_label=result,
        respondent=petition.respondent if petition else "",
        content=redact(case.summary, people),
    )
