"""Board cards: one case as the board, its table and the backlog show it (identity masked),
built from the rows of :mod:`tcd_desktop.store.queries.board_cards`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import DeadlineError
from tcd_desktop.domain.workflow import CaseKind
from tcd_desktop.services.identity import ANONYMOUS_NAME
from tcd_desktop.store.models import FieldCategory
from tcd_desktop.store.queries import board_cards as q
from tcd_desktop.store.queries.board_clocks import clock_events
from tcd_desktop.store.queries.search import SEALED_NAME

MASKED_DENOUNCER = SEALED_NAME


@dataclass(frozen=True)
class BoardCard:
    """One case on the board or in the case table, ready to show (identity masked)."""

    id: uuid.UUID
    code: str
    kind: str
    kind_label: str
    citizen: str
    masked: bool
    assignee: str
    unit: str
    field_code: str | None
    field_name: str
    state: str
    received_on: dt.date
    due_on: dt.date | None
    closed_on: dt.date | None
    paused_since: dt.date | None
    #: working days in (today, due]; negative = working days overdue; None = no clock
    days_left: int | None
    #: the day the clock was read (the board's "today")
    as_of: dt.date
    flags: tuple[str, ...]
    summary: str
    #: officer-started clocks not yet met (D10, D10B, D11), soonest first
    clocks: tuple[TrackedClock, ...] = ()


@dataclass(frozen=True)
class TrackedClock:
    """A tracked due date of the case besides its main one (issue 8 rule 10)."""

    rule: str
    due_on: dt.date
    #: working days in (today, due]; negative = working days overdue
    days_left: int
    #: ``overdue``, ``due_soon`` or ``on_track`` against the board's window
    state: str


@dataclass(frozen=True)
class CardPage:
    """A page of cards; ``next_cursor`` continues it (``None`` = that was the last page)."""

    cards: list[BoardCard]
    next_cursor: q.Cursor | None


def _field_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(FieldCategory.code, FieldCategory.name)).tuples().all())


def to_page(
    page: q.RowPage,
    window: q.BoardWindow,
    calendar: WorkingCalendar,
    names: dict[str, str],
    session: Session | None = None,
) -> CardPage:
    """The page's cards; with ``session``, each carries its open tracked clocks."""
    cards = [to_card(r, window, calendar, names) for r in page.rows]
    if session is not None:
        clocks = _open_clocks_by_case(session, [c.id for c in cards], window, calendar)
        cards = [replace(c, clocks=clocks[c.id]) if c.id in clocks else c for c in cards]
    return CardPage(cards, page.next_cursor)


def _open_clocks_by_case(
    session: Session,
    case_ids: list[uuid.UUID],
    window: q.BoardWindow,
    calendar: WorkingCalendar,
) -> dict[uuid.UUID, tuple[TrackedClock, ...]]:
    """Started and not yet met D10/D10B/D11 clocks of ``case_ids`` (each ``clock_met`` meets
    the oldest open clock of its rule, as the case window's due list counts them)."""
    started: dict[uuid.UUID, dict[str, list[dt.date]]] = {}
    events = clock_events(session, case_ids)
    book = _rulebook(session) if events else None
    for case_id, kind, on, data, rule_set_on in events:
        rule = str(data.get("rule", ""))
        opened = started.setdefault(case_id, {}).setdefault(rule, [])
        if kind == "clock_started":
            start = dt.date.fromisoformat(str(data.get("start_on", on.isoformat())))
            due = _recomputed(book, rule, start, rule_set_on, data.get("due_on"))
            if due is not None:
                opened.append(due)
        elif kind == "clock_met" and opened:
            opened.pop(0)
    out: dict[uuid.UUID, tuple[TrackedClock, ...]] = {}
    for case_id, rules in started.items():
        clocks = [
            _clock(rule, due, window, calendar) for rule, dues in rules.items() for due in dues
        ]
        if clocks:
            out[case_id] = tuple(sorted(clocks, key=lambda c: (c.due_on, c.rule)))
    return out


def _rulebook(session: Session) -> Any:
    from tcd_desktop.services.cases.core import _rulebook_for  # the cases package needs us

    return _rulebook_for(session)


def _recomputed(
    book: Any, rule: str, start: dt.date, rule_set_on: dt.date | None, stored: object
) -> dt.date | None:
    """The clock's due date under today's calendar (as the case window counts it), so a
    calendar change moves it too; the date stored at its start if the rule cannot count."""
    from tcd_desktop.services.cases.clock import rule_deadline

    try:
        return rule_deadline(book, rule, start, rule_set_on or start, None, None).due
    except (DeadlineError, LookupError, ValueError):  # a rule the book cannot count now
        return dt.date.fromisoformat(str(stored)) if stored else None


def _clock(
    rule: str, due: dt.date, window: q.BoardWindow, calendar: WorkingCalendar
) -> TrackedClock:
    if due < window.today:
        state = "overdue"
    elif due <= window.due_soon_until:
        state = "due_soon"
    else:
        state = "on_track"
    return TrackedClock(rule, due, calendar.working_days_between(window.today, due), state)


def kind_label(kind: str) -> str:
    try:
        return CaseKind(kind).label_vi
    except ValueError:
        return kind


def masked_name(kind: str) -> str:
    return ANONYMOUS_NAME if kind == CaseKind.ANONYMOUS else MASKED_DENOUNCER


def to_card(
    row: q.CardRow, window: q.BoardWindow, calendar: WorkingCalendar, names: dict[str, str]
) -> BoardCard:
    flags = tuple(
        name
        for name, on in (
            ("complex", row.is_complex or row.is_very_complex),
            ("mass", row.is_mass),
            ("repeat", row.is_repeat),
            ("long_running", row.is_long_running),
        )
        if on
    )
    running = row.state in ("overdue", "due_soon", "on_track") and row.due_on is not None
    days_left = calendar.working_days_between(window.today, row.due_on) if running else None
    return BoardCard(
        id=row.id,
        code=row.code,
        kind=row.kind,
        kind_label=kind_label(row.kind),
        citizen=masked_name(row.kind) if row.masked else (row.citizen_name or ""),
        masked=row.masked,
        assignee=row.assignee_name or "",
        unit=row.unit_name,
        field_code=row.field_code,
        field_name=names.get(row.field_code or "", row.field_code or ""),
        state=row.state,
        received_on=row.received_on,
        due_on=row.due_on,
        closed_on=row.closed_on,
        paused_since=row.paused_since,
        days_left=days_left,
        as_of=window.today,
        flags=flags,
        summary="" if row.masked else row.summary,
    )
