"""Every clock of a case explained: the main due date and the follow-up time limits of
its procedure, each with its rule, its start, the days counted and what was skipped."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.deadlines import Deadline, deadline_state
from tcd_desktop.domain.enums import DayUnit
from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services.cases.clock import (
    LEADER_RULE,
    Adder,
    DueExplanation,
    _pause_spans,
    follow_up_due,
    main_deadline,
    rule_deadline,
    second_complaint_window,
)
from tcd_desktop.services.cases.core import EventRow, _events_of, _load_case, _rulebook_for
from tcd_desktop.services.cases.views import READERS
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.rulebook import Rulebook
from tcd_desktop.store.models import Case, Petition, User


def explain_due(
    session: Session, actor: Actor, case_id: uuid.UUID, *, today: dt.date | None = None
) -> list[DueExplanation]:
    """Every clock of a case, main one first, each explaining how it was computed."""
    require(actor, *READERS, action="xem thời hạn của vụ việc")
    case = _load_case(session, case_id)
    book = _rulebook_for(session)
    today = today or dt.date.today()
    events = _events_of(session, case.id)
    done = _first_dates(events)
    spans = _pause_spans(session, case.id)
    out: list[DueExplanation] = []

    def add(
        d: Deadline, done_on: dt.date | None, *, main: bool = False, info: bool = False
    ) -> None:
        rule = next(
            r for r in book.pack.versions(d.rule_id) if r.effective_from == d.rule_version_from
        )
        paused = main and case.is_paused and done_on is None
        state = (
            "info"
            if info
            else str(deadline_state(d.due, today, book.calendar, done_on=done_on, paused=paused))
        )
        out.append(
            DueExplanation(
                rule_id=d.rule_id,
                step=rule.step_vi,
                citation=d.citation,
                start_event=rule.start_event_vi,
                start_on=d.start,
                due_on=d.due,
                unit=DayUnit(d.unit).label_vi,
                days_counted=d.days,
                text=d.explanation,
                is_main=main,
                variant=d.variant,
                extensions=d.extension_days,
                holidays_skipped=tuple(d.skipped),
                suspended_days=d.paused_days,
                suspended_spans=tuple(spans) if main else (),
                done_on=done_on,
                state=state,
                unconfirmed=d.unconfirmed,
                unconfirmed_days=d.unconfirmed_days,
            )
        )

    if case.kind == CaseKind.COMPLAINT:
        _complaint(book, case, events, done, add)
    elif case.kind == CaseKind.DENUNCIATION:
        _denunciation(session, book, case, events, done, add)
    elif case.kind in (CaseKind.RECOMMENDATION, CaseKind.REFLECTION) and case.due_on:
        out.append(_leader_due(session, case, events, today, book))
    main = main_deadline(book, case, spans)
    if main is not None:
        add(main, case.decision_on, main=True)
    out.sort(key=lambda e: (not e.is_main, e.start_on, e.due_on))
    return out


def _first_dates(events: list[EventRow]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for e in events:
        out.setdefault(e.kind, e.occurred_on)
    return out


def _complaint(
    book: Rulebook, case: Case, events: list[EventRow], done: dict[str, dt.date], add: Adder
) -> None:
    first = case.level == 1
    accept_rule = "KD3" if case.is_disciplinary else ("K2" if first else "K6")
    add(
        rule_deadline(book, accept_rule, case.received_on, case.received_on),
        done.get(Step.ACCEPTANCE_NOTICE),
    )
    if case.decision_on is None:
        return
    decided = case.decision_on
    add(follow_up_due(book, case, "K4" if first else "K8", decided), done.get(Step.DISPATCH))
    add(
        follow_up_due(book, case, "K10" if first else "K11", decided, remote=case.is_remote),
        None,
        info=True,
    )
    if first:
        add(second_complaint_window(book, case, events)[0], None, info=True)
    else:
        add(follow_up_due(book, case, "K9", decided), done.get(Step.PUBLICATION))


def _denunciation(
    session: Session,
    book: Rulebook,
    case: Case,
    events: list[EventRow],
    done: dict[str, dt.date],
    add: Adder,
) -> None:
    if case.level == 1 and case.petition_id is not None:
        due = session.scalar(
            select(Petition.processing_due_on).where(Petition.id == case.petition_id)
        )
        d1 = rule_deadline(book, "D1", case.received_on, case.received_on)
        if due is not None and due != d1.due:
            d1 = rule_deadline(book, "D1", case.received_on, case.received_on, variant="extended")
        add(d1, case.accepted_on)
    if case.accepted_on is not None:
        add(follow_up_due(book, case, "D3", case.accepted_on), done.get(Step.ACCEPTANCE_NOTICE))
    if case.decision_on is not None:
        for rule_id, step in (
            ("D6", Step.DISPATCH),
            ("D7", Step.HANDLING),
            ("D8", Step.PUBLICATION),
        ):
            add(follow_up_due(book, case, rule_id, case.decision_on), done.get(step))
    for e in events:
        if e.kind == Step.TO_POLICE:  # Luật TC Điều 36 k2: from the day the signs were found
            found = dt.date.fromisoformat(str(e.data.get("found_on", e.occurred_on.isoformat())))
            add(follow_up_due(book, case, "D7C", found), e.occurred_on)
    _tracked(book, case, events, add)
    reviews = [e.occurred_on for e in events if e.kind == Step.RE_RESOLUTION]
    further = [e for e in events if e.kind == Step.FURTHER_DENUNCIATION]
    for i, e in enumerate(further):
        received = dt.date.fromisoformat(str(e.data.get("received_on", e.occurred_on.isoformat())))
        add(follow_up_due(book, case, "D9", received), reviews[i] if i < len(reviews) else None)


def _tracked(book: Rulebook, case: Case, events: list[EventRow], add: Adder) -> None:
    """D10, D10B, D11 started by the officer; each met by the next ``clock_met`` of its rule."""
    met: dict[str, list[dt.date]] = {}
    for e in events:
        if e.kind == Step.CLOCK_MET:
            met.setdefault(str(e.data.get("rule")), []).append(e.occurred_on)
    for e in events:
        if e.kind == Step.CLOCK_STARTED:
            rule = str(e.data.get("rule"))
            done = met.get(rule, [])
            start = dt.date.fromisoformat(str(e.data.get("start_on", e.occurred_on.isoformat())))
            add(follow_up_due(book, case, rule, start), done.pop(0) if done else None)


def _leader_due(
    session: Session, case: Case, events: list[EventRow], today: dt.date, book: Rulebook
) -> DueExplanation:
    assignment = next((e for e in reversed(events) if e.kind == Step.ASSIGNMENT), None)
    start = assignment.occurred_on if assignment else case.accepted_on or case.received_on
    leader = ""
    if assignment is not None and assignment.data.get("leader_id"):
        leader = (
            session.scalar(
                select(User.full_name).where(
                    User.id == uuid.UUID(str(assignment.data["leader_id"]))
                )
            )
            or ""
        )
    assert case.due_on is not None
    who = f"lãnh đạo {leader}" if leader else "lãnh đạo"
    text = (
        f"Hạn do {who} ấn định khi giao xử lý ngày {format_vn_date(start)}: "
        f"trả lời chậm nhất ngày {format_vn_date(case.due_on)}; pháp luật không quy định "
        "thời hạn trả lời nội dung kiến nghị, phản ánh (Luật Tiếp công dân 2013, Điều 26–28)"
    )
    state = deadline_state(case.due_on, today, book.calendar, done_on=case.closed_on)
    return DueExplanation(
        rule_id=LEADER_RULE,
        step="Trả lời kiến nghị, phản ánh",
        citation="Luật Tiếp công dân 2013, Điều 26–28 (thời hạn do lãnh đạo ấn định)",
        start_event="giao xử lý",
        start_on=start,
        due_on=case.due_on,
        unit=DayUnit.CALENDAR.label_vi,
        days_counted=(case.due_on - start).days,
        text=text,
        is_main=True,
        done_on=case.closed_on,
        state=str(state),
    )
