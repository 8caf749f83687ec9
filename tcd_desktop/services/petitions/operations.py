"""The operations of the petitions screen: each opens its own transaction and checks the actor.

Reads return their value; the outcomes return an :class:`OpResult` naming the petition (and
the case an acceptance opened, the document a notice issued), which the background runner
publishes on the change bus.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import ProcessingOutcome
from tcd_desktop.services import board, case_documents
from tcd_desktop.services.cases import find_case_by_code
from tcd_desktop.services.cases.acceptance import AcceptanceInput
from tcd_desktop.services.cases.core import StepResult
from tcd_desktop.services.cases.views import READERS as CASE_READERS
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.petitions import processing, queue
from tcd_desktop.services.petitions.messages import MESSAGES
from tcd_desktop.services.petitions.processing import OFFICERS, PetitionOutcome
from tcd_desktop.services.petitions.queue import QUEUE_ROLES, QueueRow
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users.signin import UserInfo, users_with_role

__all__ = [
    "OFFICERS",
    "QUEUE_ROLES",
    "IssuedNotice",
    "PetitionOutcome",
    "QueueOptions",
    "QueueRow",
    "QueueView",
    "StepResult",
    "accept",
    "find_case",
    "issue_notice",
    "load_options",
    "load_queue",
    "load_queue_view",
    "notice_choice",
    "process",
]

#: Service step of each one-field outcome.
_STEPS = {
    ProcessingOutcome.TRANSFER: processing.transfer_petition,
    ProcessingOutcome.GUIDE: processing.guide_petition,
    ProcessingOutcome.RETURN: processing.return_petition,
    ProcessingOutcome.FILE: processing.file_petition,
    ProcessingOutcome.REPORT_LOWER: processing.report_to_lower,
}


@dataclass(frozen=True)
class QueueOptions:
    """The unit filter's choices and the handling officers an acceptance may assign."""

    units: list[board.Choice]
    officers: list[UserInfo]


@dataclass(frozen=True)
class QueueView:
    """The queue's rows and how many of the filtered petitions are over 45 days unprocessed.

    ``t2b_overdue`` counts every waiting petition of the unit/kind/channel overdue under T2B
    (NĐ 154/2026 Điều 41 k3b), not only the rows listed.
    """

    rows: list[QueueRow]
    t2b_overdue: int


@dataclass(frozen=True)
class IssuedNotice:
    """A notice just issued and its stored PDF."""

    document: IssuedDocument
    pdf: bytes


def load_queue(
    db: Database,
    actor: Actor,
    *,
    unit_id: uuid.UUID | None = None,
    kind: str | None = None,
    channel: str | None = None,
    t2b_overdue: bool = False,
    today: dt.date | None = None,
) -> list[QueueRow]:
    """Petitions awaiting processing, soonest due first (``t2b_overdue``: over 45 days only)."""
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    with db.session() as session:
        return queue.processing_queue(
            session,
            actor,
            unit_id=unit_id,
            kind=kind,
            channel=channel,
            t2b_overdue=t2b_overdue,
            today=today,
        )


def load_queue_view(
    db: Database,
    actor: Actor,
    *,
    unit_id: uuid.UUID | None = None,
    kind: str | None = None,
    channel: str | None = None,
    t2b_overdue: bool = False,
    today: dt.date | None = None,
) -> QueueView:
    """The queue (as :func:`load_queue`) and the count of those over 45 days unprocessed."""
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    filters: dict[str, Any] = {"unit_id": unit_id, "kind": kind, "channel": channel}
    with db.session() as session:
        rows = queue.processing_queue(
            session, actor, t2b_overdue=t2b_overdue, today=today, **filters
        )
        return QueueView(rows, queue.count_t2b_overdue(session, actor, today=today, **filters))


def load_options(db: Database, actor: Actor) -> QueueOptions:
    """Units for the filter and the handling officers to assign."""
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    options = board.load_filter_options(db, actor)
    with db.session() as session:
        return QueueOptions(options.units, users_with_role(session, actor, Role.HANDLING_OFFICER))


def accept(
    db: Database,
    actor: Actor,
    petition_id: uuid.UUID,
    data: AcceptanceInput,
    expected_version: int | None = None,
) -> OpResult[StepResult]:
    """Thụ lý: open the case."""
    require(actor, *OFFICERS, action="xử lý đơn")
    with db.session() as session:
        result = processing.accept_petition(
            session, actor, petition_id, data, expected_version=expected_version
        )
    return OpResult(
        result, Changes.of(Entity.PETITION, [petition_id]).plus(Entity.CASE, [result.case_id])
    )


def process(
    db: Database,
    actor: Actor,
    outcome: ProcessingOutcome,
    petition_id: uuid.UUID,
    values: dict[str, Any],
    expected_version: int | None = None,
) -> OpResult[PetitionOutcome]:
    """Transfer, guide, return, file or ask the lower level (``values`` as the step takes)."""
    require(actor, *OFFICERS, action="xử lý đơn")
    step = _STEPS.get(outcome)
    if step is None:
        raise ValidationFailed({"outcome": MESSAGES("outcome.invalid")})
    with db.session() as session:
        result = step(session, actor, petition_id, expected_version=expected_version, **values)
    return OpResult(result, Changes.of(Entity.PETITION, [petition_id]))


def find_case(db: Database, actor: Actor, code: str) -> uuid.UUID | None:
    """The case printed as ``code`` (a second complaint names its first case)."""
    require(actor, *CASE_READERS, action="tìm vụ việc")
    with db.session() as session:
        return find_case_by_code(session, actor, code)


def notice_choice(
    db: Database, actor: Actor, petition_id: uuid.UUID
) -> case_documents.DocumentChoice | None:
    """The form :func:`issue_notice` would issue now (the first the outcome allows), with its
    UNCONFIRMED note (``DocumentChoice.unconfirmed``); None when no form fits."""
    require(actor, *OFFICERS, action="lập thông báo xử lý đơn")
    with db.session() as session:
        choices = case_documents.petition_document_choices(session, actor, petition_id)
    return next((c for c in choices if c.enabled), None)


def issue_notice(db: Database, actor: Actor, petition_id: uuid.UUID) -> OpResult[IssuedNotice]:
    """Issue the first form the petition's outcome allows and return it with its PDF."""
    require(actor, *OFFICERS, action="lập thông báo xử lý đơn")
    with db.session() as session:
        choices = case_documents.petition_document_choices(session, actor, petition_id)
        usable = [c for c in choices if c.enabled]
        if not usable:
            reasons = {c.reason for c in choices if c.reason}
            raise StepNotAllowed(MESSAGES("notice.none", reasons="; ".join(sorted(reasons))))
        issued = case_documents.generate_petition_document(
            session, actor, petition_id, usable[0].form_code
        )
    with db.session() as session:
        pdf = case_documents.document_pdf(session, actor, issued.id)
    return OpResult(
        IssuedNotice(issued, pdf),
        Changes.of(Entity.DOCUMENT, [issued.id]).plus(Entity.PETITION, [petition_id]),
    )
