"""The operations of the reception screen: each opens its own transaction and checks the actor.

The screen hands these to the background runner. Reads return their value; writes return an
:class:`~tcd_desktop.services.changes.OpResult` naming what they changed, which the runner
publishes on the change bus (the register, the board and the petition queue refresh from it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board, documents
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.reception import citizens, desk_documents, intake, receipt, repeats
from tcd_desktop.services.reception.desk_documents import DeskDocumentChoice
from tcd_desktop.services.reception.inputs import SavedVisit, VisitInput
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users.signin import users_with_role

__all__ = [
    "DeskDocumentChoice",
    "DeskOptions",
    "IssuedPdf",
    "citizen_history",
    "desk_document_choices",
    "find_repeats",
    "issue_desk_document",
    "issue_receipt",
    "load_options",
    "lookup_citizens",
    "save_visit",
]

#: Who may open the reception form (its pickers list officers and leaders).
DESK_ROLES = (Role.RECEPTION_OFFICER, Role.LEADER)


@dataclass(frozen=True)
class DeskOptions:
    """What the form's pickers offer: fields, receiving officers, presiding leaders."""

    fields: list[tuple[str, str]] = field(default_factory=list)
    officers: list[tuple[str, str]] = field(default_factory=list)
    leaders: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class IssuedPdf:
    """A document just issued and its stored PDF."""

    document: documents.IssuedDocument
    pdf: bytes


def load_options(db: Database, actor: Actor) -> DeskOptions:
    """Field catalogue, reception officers (and the signed-in user) and leaders."""
    require(actor, *DESK_ROLES, action="ghi phiếu tiếp công dân")
    options = board.load_filter_options(db, actor)
    with db.session() as session:
        officers = users_with_role(session, actor, Role.RECEPTION_OFFICER)
        leaders = users_with_role(session, actor, Role.LEADER)
    people = [(str(u.id), u.full_name) for u in officers]
    if actor.user_id is not None and all(pid != str(actor.user_id) for pid, _ in people):
        people.insert(0, (str(actor.user_id), actor.full_name))
    return DeskOptions(
        fields=[(c.key, c.label) for c in options.fields],
        officers=people,
        leaders=[
            (str(u.id), f"{u.full_name} — {u.title}" if u.title else u.full_name) for u in leaders
        ],
    )


def lookup_citizens(db: Database, actor: Actor, query: str) -> list[citizens.CitizenMatch]:
    """Citizen suggestions for what the officer has typed."""
    require(actor, *citizens.READERS, action="tra cứu công dân")
    with db.session() as session:
        return citizens.lookup(session, actor, query)


def citizen_history(db: Database, actor: Actor, citizen_id: uuid.UUID) -> citizens.CitizenHistory:
    """Earlier visits and petitions of a citizen."""
    require(actor, *citizens.READERS, action="xem lịch sử tiếp công dân")
    with db.session() as session:
        return citizens.history(session, actor, citizen_id)


def find_repeats(
    db: Database, actor: Actor, query: repeats.RepeatQuery
) -> list[repeats.RepeatMatch]:
    """Earlier petitions that look like the same matter."""
    require(actor, *repeats.READERS, action="tra cứu đơn trùng, tái diễn")
    with db.session() as session:
        return repeats.find_repeats(session, actor, query)


def save_visit(db: Database, actor: Actor, visit: VisitInput) -> OpResult[SavedVisit]:
    """Save the visit in one transaction (numbers final, audit written)."""
    require(actor, *DESK_ROLES, action="ghi phiếu tiếp công dân")
    with db.session() as session:
        saved = intake.save_visit(session, actor, visit)
    changes = (
        Changes.of(Entity.RECEPTION, [saved.reception_id])
        .plus(Entity.PETITION, [p.id for p in saved.petitions])
        .plus(Entity.CITIZEN, [saved.citizen_id])
    )
    return OpResult(saved, changes)


def desk_document_choices(
    db: Database, actor: Actor, reception_id: uuid.UUID
) -> list[DeskDocumentChoice]:
    """The other documents the saved visit calls for (each refused one with its reason)."""
    require(actor, *documents.ISSUING_ROLES, action="lập văn bản")
    with db.session() as session:
        return desk_documents.desk_document_choices(session, actor, reception_id)


def issue_desk_document(
    db: Database,
    actor: Actor,
    reception_id: uuid.UUID,
    form_code: str,
    petition_id: uuid.UUID | None = None,
) -> OpResult[IssuedPdf]:
    """Issue one of the visit's other documents and return it with its PDF."""
    require(actor, *documents.ISSUING_ROLES, action="lập văn bản")
    with db.session() as session:
        issued = desk_documents.issue_desk_document(
            session, actor, reception_id, form_code, petition_id
        )
        pdf = documents.document_bytes(session, actor, issued.id)
    return OpResult(IssuedPdf(issued, pdf), Changes.of(Entity.DOCUMENT, [issued.id]))


def issue_receipt(db: Database, actor: Actor, reception_id: uuid.UUID) -> OpResult[IssuedPdf]:
    """Issue the receipt of a saved visit from its record and return it with its PDF."""
    require(actor, *documents.ISSUING_ROLES, action="lập giấy biên nhận")
    with db.session() as session:
        issued = receipt.issue_receipt(session, actor, reception_id)
        pdf = documents.document_bytes(session, actor, issued.id)
    return OpResult(IssuedPdf(issued, pdf), Changes.of(Entity.DOCUMENT, [issued.id]))
