"""Board cards: one case as the board, its table and the backlog show it (identity masked),
built from the rows of :mod:`tcd_desktop.store.queries.board_cards`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.workflow import CaseKind
from tcd_desktop.services.identity import ANONYMOUS_NAME
from tcd_desktop.store.models import FieldCategory
from tcd_desktop.store.queries import board_cards as q
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


@dataclass(frozen=True)
class CardPage:
    """A page of cards; ``next_cursor`` continues it (``None`` = that was the last page)."""

    cards: list[BoardCard]
    next_cursor: q.Cursor | None


def _field_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(FieldCategory.code, FieldCategory.name)).tuples().all())


def to_page(
    page: q.RowPage, window: q.BoardWindow, calendar: WorkingCalendar, names: dict[str, str]
) -> CardPage:
    return CardPage([to_card(r, window, calendar, names) for r in page.rows], page.next_cursor)


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
