"""The petition queue (xử lý đơn): petitions awaiting processing, soonest due first.

Each row carries the processing due date (T2; D1 for a named denunciation), for a citizen
who came in person the answer date (T1), and for a petition received from 01/7/2026 the
45-day date (T2B, :mod:`.t2b`). Denouncers are masked in the list. The waiting petitions
are read through the partial index ``ix_petitions_waiting`` (received_on, id; migration
0016), so the list, the "over 45 days unprocessed" filter and its count stay small reads
however many petitions were processed before.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from tcd_desktop.domain.deadlines import (
    Deadline,
    compute_deadline,
    deadline_state,
    working_days_left,
)
from tcd_desktop.domain.enums import CaseStatus, PetitionKind, Role
from tcd_desktop.domain.redaction import SealedPerson
from tcd_desktop.services.cases.core import (
    _rulebook_for,
)
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.identity import list_display_name
from tcd_desktop.services.petitions.t2b import overdue_ranges, t2b_deadline, t2b_state
from tcd_desktop.services.rulebook import Rulebook
from tcd_desktop.store.models import Citizen, Petition, Reception
from tcd_desktop.store.queries.sealed import is_sealed, people_of_petitions, redact_for_list

IN_PERSON = "in_person"
QUEUE_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)


@dataclass(frozen=True)
class QueueRow:
    """One petition awaiting processing (denouncers always masked in lists)."""

    petition_id: uuid.UUID
    number: str
    version: int
    unit_id: uuid.UUID
    received_on: dt.date
    channel: str
    kind: str
    kind_label: str
    citizen_display: str
    summary: str
    is_anonymous: bool
    is_over_level: bool
    processing_rule: str
    processing_due_on: dt.date
    answer_due_on: dt.date | None
    working_days_left: int
    state: str
    #: 45 days unprocessed (T2B, NĐ 154/2026 Điều 41 k3b); None if received before 01/7/2026
    t2b_due_on: dt.date | None = None
    #: ``overdue``, ``due_soon`` or ``on_track`` (None without a T2B clock)
    t2b_state: str | None = None
    #: the rule pack's citation of T2B ("" without a T2B clock)
    t2b_citation: str = ""


def processing_deadline(
    book: Rulebook, petition: Petition, *, extended: bool | None = None
) -> Deadline:
    """T2 for any petition; D1 (extendable to 10 working days) for a named denunciation.

    ``extended`` defaults to the petition's own ``initial_check_extended``.
    """
    if petition.kind == PetitionKind.DENUNCIATION and not petition.is_anonymous:
        if extended is None:
            extended = bool(petition.initial_check_extended)
        variant = "extended" if extended else None
        rule = book.pack.get("D1", petition.received_on)
        return compute_deadline(rule, petition.received_on, book.calendar, variant=variant)
    return book.deadline("T2", petition.received_on)


def answer_start(petition: Petition, reception: Reception | None) -> dt.date | None:
    """Where the answer clock (T1) of a petition brought in person starts (None: by post)."""
    if reception is not None:
        return reception.received_on
    return petition.received_on if petition.channel == IN_PERSON else None


def _waiting(
    stmt: Select[Any],
    *,
    unit_id: uuid.UUID | None,
    kind: str | None,
    channel: str | None,
    t2b_overdue: bool,
    book: Rulebook,
    today: dt.date,
) -> Select[Any]:
    """``stmt`` narrowed to the waiting petitions the filters select (index-friendly terms)."""
    stmt = stmt.where(Petition.status == CaseStatus.RECEIVED.value, Petition.deleted_at.is_(None))
    if unit_id is not None:
        stmt = stmt.where(Petition.unit_id == unit_id)
    if kind is not None:
        stmt = stmt.where(Petition.kind == kind)
    if channel is not None:
        stmt = stmt.where(Petition.channel == channel)
    if t2b_overdue:
        spans = [
            Petition.received_on <= last
            if first is None
            else Petition.received_on.between(first, last)
            for first, last in overdue_ranges(book, today)
        ]
        stmt = stmt.where(or_(*spans) if spans else false())
    return stmt


def processing_queue(
    session: Session,
    actor: Actor,
    *,
    unit_id: uuid.UUID | None = None,
    kind: str | None = None,
    channel: str | None = None,
    t2b_overdue: bool = False,
    today: dt.date | None = None,
    limit: int = 500,
) -> list[QueueRow]:
    """Petitions awaiting processing, soonest due first, optionally for one unit/kind/channel.

    ``t2b_overdue`` keeps those still unprocessed 45 days after receipt (T2B), the longest
    overdue first.
    """
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    book, today = _rulebook_for(session), today or dt.date.today()
    stmt = (
        select(Petition, Citizen, Reception)
        .outerjoin(Citizen, Citizen.id == Petition.citizen_id)
        .outerjoin(Reception, Reception.id == Petition.reception_id)
        .order_by(Petition.received_on, Petition.id)
        .limit(limit)
    )
    stmt = _waiting(
        stmt,
        unit_id=unit_id,
        kind=kind,
        channel=channel,
        t2b_overdue=t2b_overdue,
        book=book,
        today=today,
    )
    found = session.execute(stmt).tuples().all()
    sealed = {p.id for p, c, _r in found if is_sealed(p.kind, c is not None and c.is_confidential)}
    people = people_of_petitions(session, sealed)  # the denouncer and who came with them
    rows = [
        _row(book, today, petition, citizen, reception, people.get(petition.id, ()), sealed)
        for petition, citizen, reception in found
    ]
    if t2b_overdue:
        rows.sort(key=lambda r: (r.t2b_due_on or dt.date.max, r.received_on, r.number))
    else:
        rows.sort(key=lambda r: (r.processing_due_on, r.received_on, r.number))
    return rows


def count_t2b_overdue(
    session: Session,
    actor: Actor,
    *,
    unit_id: uuid.UUID | None = None,
    kind: str | None = None,
    channel: str | None = None,
    today: dt.date | None = None,
) -> int:
    """How many waiting petitions (of the unit/kind/channel) are over 45 days unprocessed."""
    require(actor, *QUEUE_ROLES, action="xem danh sách đơn chờ xử lý")
    book, today = _rulebook_for(session), today or dt.date.today()
    stmt = _waiting(
        select(func.count()).select_from(Petition),
        unit_id=unit_id,
        kind=kind,
        channel=channel,
        t2b_overdue=True,
        book=book,
        today=today,
    )
    return int(session.scalar(stmt) or 0)


def _row(
    book: Rulebook,
    today: dt.date,
    petition: Petition,
    citizen: Citizen | None,
    reception: Reception | None,
    people: Iterable[SealedPerson],
    sealed: set[uuid.UUID],
) -> QueueRow:
    rule = processing_deadline(book, petition)
    due = petition.processing_due_on or rule.due
    start = answer_start(petition, reception)
    answer = reception.answer_due_on if reception and reception.answer_due_on else None
    if answer is None and start is not None:
        answer = book.deadline("T1", start).due
    t2b = t2b_deadline(book, petition.received_on)
    return QueueRow(
        petition_id=petition.id,
        number=petition.number,
        version=petition.version,
        unit_id=petition.unit_id,
        received_on=petition.received_on,
        channel=petition.channel,
        kind=petition.kind,
        kind_label=PetitionKind(petition.kind).label_vi,
        citizen_display=list_display_name(
            petition.kind,
            petition.is_anonymous,
            citizen.full_name if citizen else None,
            confidential=bool(citizen and citizen.is_confidential),
        ),
        summary=redact_for_list(petition.summary, people)
        if petition.id in sealed
        else petition.summary,
        is_anonymous=petition.is_anonymous,
        is_over_level=petition.is_over_level,
        processing_rule=rule.rule_id,
        processing_due_on=due,
        answer_due_on=answer,
        working_days_left=working_days_left(due, today, book.calendar),
        state=str(deadline_state(due, today, book.calendar)),
        t2b_due_on=t2b.due if t2b else None,
        t2b_state=t2b_state(book, t2b, today, petition.processed_on),
        t2b_citation=t2b.citation if t2b else "",
    )
