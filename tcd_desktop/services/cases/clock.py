"""Due dates of a case: the main legal clock stored on the row, and every follow-up clock.

``_recompute_due`` keeps ``Case.due_on``/``due_rule`` in step after acceptance, a complexity
finding, an extension or a resumption (paused spans excluded).  ``explain_due`` lists every
clock of a case with its rule, citation, start event, days counted, holidays and suspended
days skipped, so that any due date on screen can justify itself.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.complaint_rules import DELIVERY_WORKING_DAYS
from tcd_desktop.domain.deadlines import Deadline, compute_deadline
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services.cases.core import EventRow, _rulebook_for
from tcd_desktop.services.cases.messages import MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.rulebook import Rulebook
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Case, CasePause

LEADER_RULE = "LD"
"""``due_rule`` of a due date set by a leader (kiến nghị, phản ánh: no statutory limit)."""

Span = tuple[dt.date, dt.date]
Adder = Callable[..., None]


@dataclass(frozen=True)
class DueExplanation:
    """How one due date of a case was computed (all text Vietnamese).

    ``state`` is a ``DeadlineState`` value (``on_track``, ``due_soon``, ``overdue``,
    ``paused``, ``closed_on_time``, ``closed_late``) or ``info`` for a date that is not a task
    (the day a decision takes legal effect, the last day to lodge a second complaint).
    """

    rule_id: str
    step: str
    citation: str
    start_event: str
    start_on: dt.date
    due_on: dt.date
    unit: str
    days_counted: int
    text: str
    is_main: bool = False
    variant: str | None = None
    extensions: tuple[int, ...] = ()
    holidays_skipped: tuple[tuple[dt.date, str], ...] = ()
    suspended_days: int = 0
    suspended_spans: tuple[Span, ...] = ()
    done_on: dt.date | None = None
    state: str = "info"
    unconfirmed: bool = False
    unconfirmed_days: tuple[tuple[dt.date, str], ...] = ()
    """Days the count crossed whose status is not officially announced (24/11, Tết ...)."""


def main_rule_id(case: Case) -> str | None:
    """The rule of a case's main clock: K3/K7 for complaints (KD4 against a disciplinary
    decision), D4 for denunciations."""
    if case.kind == CaseKind.COMPLAINT:
        if case.is_disciplinary:
            return "KD4"
        return "K3" if case.level == 1 else "K7"
    if case.kind == CaseKind.DENUNCIATION:
        return "D4"
    return None


def _pause_spans(session: Session, case_id: uuid.UUID) -> list[Span]:
    """Finished suspensions as inclusive spans: the suspension day up to the day before
    the continuation decision (the clock runs again on the day it is resumed)."""
    rows = session.execute(
        select(CasePause.paused_on, CasePause.resumed_on)
        .where(
            CasePause.case_id == case_id,
            CasePause.deleted_at.is_(None),
            CasePause.resumed_on.is_not(None),
        )
        .order_by(CasePause.paused_on)
    ).all()
    return [(a, b - dt.timedelta(days=1)) for a, b in rows if b is not None and b > a]


def _all_pause_spans(session: Session) -> dict[uuid.UUID, list[Span]]:
    """Every finished suspension, by case (one query for a whole recomputation)."""
    rows = session.execute(
        select(CasePause.case_id, CasePause.paused_on, CasePause.resumed_on)
        .where(CasePause.deleted_at.is_(None), CasePause.resumed_on.is_not(None))
        .order_by(CasePause.case_id, CasePause.paused_on)
    ).all()
    out: dict[uuid.UUID, list[Span]] = {}
    for case_id, a, b in rows:
        if b is not None and b > a:
            out.setdefault(case_id, []).append((a, b - dt.timedelta(days=1)))
    return out


def rule_deadline(
    book: Rulebook,
    rule_id: str,
    start: dt.date,
    version_on: dt.date,
    case: Case | None = None,
    spans: list[Span] | None = None,
    **options: object,
) -> Deadline:
    rule = book.pack.get(rule_id, version_on)
    flags: dict[str, object] = {}
    if case is not None:
        flags = {
            "complex": case.is_complex,
            "very_complex": case.is_very_complex,
            "remote": case.is_remote,
        }
    flags.update(options)
    return compute_deadline(rule, start, book.calendar, paused=spans or (), **flags)  # type: ignore[arg-type]


def main_deadline(book: Rulebook, case: Case, spans: list[Span]) -> Deadline | None:
    """The main legal deadline of ``case`` with its extensions and suspended spans."""
    rule_id = main_rule_id(case)
    if rule_id is None or case.accepted_on is None:
        return None
    ext = [int(d) for d in case.extension_days or []]
    return rule_deadline(
        book,
        rule_id,
        case.accepted_on,
        case.rule_set_on or case.accepted_on,
        case,
        spans,
        extension_days=ext or None,
    )


def _recompute_due(
    session: Session, case: Case, book: Rulebook | None = None, spans: list[Span] | None = None
) -> Deadline | None:
    """Store the main due date on the row (never called once the case is resolved).

    ``spans``: the case's finished suspensions when the caller has read them already."""
    if main_rule_id(case) is None:
        return None
    book = book or _rulebook_for(session)
    if spans is None:
        spans = _pause_spans(session, case.id)
    deadline = main_deadline(book, case, spans)
    if deadline is not None:
        case.due_on, case.due_rule = deadline.due, deadline.rule_id
    return deadline


@dataclass(frozen=True)
class DueChange:
    """A stored due date moved by a rule or calendar change."""

    case_id: uuid.UUID
    code: str
    before: dt.date | None
    after: dt.date | None


def recompute_open_cases(
    session: Session, actor: Actor, *, unit_id: uuid.UUID | None = None
) -> list[DueChange]:
    """After a rule override or a calendar change: recompute every undecided case's due date.

    Decided cases never move (DESIGN.md §3).  Each moved date gets an audit entry.
    """
    require(actor, Role.ADMINISTRATOR, Role.LEADER, action="tính lại thời hạn")
    book = _rulebook_for(session)
    stmt = select(Case).where(
        Case.deleted_at.is_(None),
        Case.closed_on.is_(None),
        Case.decision_on.is_(None),
        Case.kind.in_([CaseKind.COMPLAINT.value, CaseKind.DENUNCIATION.value]),
    )
    if unit_id is not None:
        stmt = stmt.where(Case.unit_id == unit_id)
    changes = []
    cases = list(session.scalars(stmt))
    spans = _all_pause_spans(session)
    for case in cases:
        before = case.due_on
        deadline = _recompute_due(session, case, book, spans.get(case.id, []))
        if case.due_on != before:
            changes.append(DueChange(case.id, case.code, before, case.due_on))
            append_audit(
                session,
                "case.due_recomputed",
                entity="case",
                entity_id=case.id,
                user_id=actor.user_id,
                origin_desk=actor.desk_code,
                detail={
                    "before": str(before),
                    "after": str(case.due_on),
                    "explanation": deadline.explanation if deadline else "",
                },
            )
    return changes


def follow_up_due(
    book: Rulebook, case: Case, rule_id: str, start: dt.date, **options: object
) -> Deadline:
    """A follow-up deadline (dispatch, notice, publication ...) of the case's rule set."""
    return rule_deadline(book, rule_id, start, case.rule_set_on or start, None, None, **options)


def decision_receipt(
    book: Rulebook, case: Case, events: list[EventRow]
) -> tuple[dt.date, str] | None:
    """When the complainant received the decision: the recorded day, else the posting day
    plus the assumed delivery time; ``None`` before the decision is sent."""
    if case.decision_received_on is not None:
        return case.decision_received_on, MESSAGES(
            "since.decision_received", date=format_vn_date(case.decision_received_on)
        )
    posted = next((e.occurred_on for e in reversed(events) if e.kind == Step.DISPATCH), None)
    if posted is None:
        return None
    day = book.calendar.add_working_days(posted, DELIVERY_WORKING_DAYS)
    return day, MESSAGES(
        "since.decision_estimated",
        date=format_vn_date(day),
        posted=format_vn_date(posted),
        days=DELIVERY_WORKING_DAYS,
    )


def second_complaint_window(
    book: Rulebook, first: Case, events: list[EventRow]
) -> tuple[Deadline, str]:
    """K5 (KD2 for a disciplinary decision): the last day to lodge a second complaint,
    counted from the day the first decision was received (Luật KN Điều 33, 48)."""
    rule_id = "KD2" if first.is_disciplinary else "K5"
    options: dict[str, object] = {"remote": first.is_remote}
    if first.is_disciplinary:
        options = {"variant": "dismissal"} if first.is_dismissal else {}
    received = decision_receipt(book, first, events) if first.decision_on else None
    if received is not None:
        start, what = received
    elif first.decision_on is not None:
        start = first.decision_on
        what = MESSAGES("since.decision_unsent", date=format_vn_date(start))
    else:
        assert first.due_on is not None
        start = first.due_on
        what = MESSAGES("since.first_due", date=format_vn_date(first.due_on))
    return follow_up_due(book, first, rule_id, start, **options), what
