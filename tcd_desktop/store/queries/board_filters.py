"""Board filters and per-column counts: what the user narrowed the board to, as SQL.

Every board column is one deadline state; its predicate (:func:`state_condition`) is the
sargable twin of :func:`tcd_desktop.store.queries.board.deadline_state_expr`, so a column's
rows (:mod:`tcd_desktop.store.queries.board_cards`) and the grouped counts always agree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Case
from tcd_desktop.store.queries import scope
from tcd_desktop.store.queries.board import BoardCounts

FLAGS = ("complex", "mass", "repeat", "long_running")


@dataclass(frozen=True)
class CaseFilter:
    """What the user narrowed the board to; ``None``/empty means "all"."""

    unit_id: uuid.UUID | None = None
    kind: str | None = None
    field_code: str | None = None
    assignee_id: uuid.UUID | None = None
    #: cases having ANY of these flags (``complex``, ``mass``, ``repeat``, ``long_running``)
    flags: frozenset[str] = field(default_factory=frozenset)
    #: received between these dates (inclusive)
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    #: the unit's child units too (``False``: "chỉ đơn vị này")
    include_children: bool = True
    #: closed cases count only when closed in this period (inclusive; ``None``: no bound)
    closed_from: dt.date | None = None
    closed_to: dt.date | None = None


@dataclass(frozen=True)
class BoardWindow:
    """The day the board is drawn for and the last day counted as "due soon"."""

    today: dt.date
    due_soon_until: dt.date


def filter_conditions(flt: CaseFilter, session: Session | None = None) -> list[ColumnElement[bool]]:
    """WHERE terms for ``flt`` (soft-deleted cases are always excluded)."""
    terms: list[ColumnElement[bool]] = [Case.deleted_at.is_(None)]
    if flt.unit_id is not None:
        terms.append(scope.unit_condition(flt.unit_id, flt.include_children, session))
    if flt.kind:
        terms.append(Case.kind == flt.kind)
    if flt.field_code:
        terms.append(Case.field_code == flt.field_code)
    if flt.assignee_id is not None:
        terms.append(Case.assignee_id == flt.assignee_id)
    if flt.received_from is not None:
        terms.append(Case.received_on >= flt.received_from)
    if flt.received_to is not None:
        terms.append(Case.received_on <= flt.received_to)
    flag_terms = [scope.flag_condition(name) for name in sorted(flt.flags)]
    if flag_terms:
        terms.append(or_(*flag_terms))
    return terms


def state_condition(state: str, window: BoardWindow) -> ColumnElement[bool]:
    """Index-friendly predicate selecting exactly the cases in board column ``state``."""
    open_running = and_(
        Case.closed_on.is_(None), Case.is_paused.is_(False), Case.due_on.is_not(None)
    )
    if state == "overdue":
        return and_(open_running, Case.due_on < window.today)
    if state == "due_soon":
        return and_(open_running, Case.due_on >= window.today, Case.due_on <= window.due_soon_until)
    if state == "on_track":
        return and_(open_running, Case.due_on > window.due_soon_until)
    if state == "paused":
        return and_(Case.closed_on.is_(None), Case.is_paused.is_(True))
    if state == "closed_on_time":
        return and_(
            Case.closed_on.is_not(None), or_(Case.due_on.is_(None), Case.closed_on <= Case.due_on)
        )
    if state == "closed_late":
        return and_(
            Case.closed_on.is_not(None), Case.due_on.is_not(None), Case.closed_on > Case.due_on
        )
    raise ValueError(f"unknown board state {state!r}")


def on_board_condition(flt: CaseFilter | None = None) -> ColumnElement[bool]:
    """Cases shown in one of the six columns (everything but "no clock yet"); closed ones
    only when closed in the filter's period."""
    closed = and_(
        Case.closed_on.is_not(None),
        *(scope.closed_between(flt.closed_from, flt.closed_to)[2:] if flt else []),
    )
    running = or_(Case.is_paused.is_(True), Case.due_on.is_not(None))
    return or_(closed, and_(Case.closed_on.is_(None), running))


def filtered_counts(session: Session, window: BoardWindow, flt: CaseFilter) -> BoardCounts:
    """Cases per deadline state under ``flt``: the same numbers as ``board_counts``.

    One statement of range counts: each open state is a range of the partial index
    ``ix_cases_open`` (pause flag, due date) and the closed columns count only the cases
    closed in the filter's period, by closing date (never all history unless asked).
    """
    if flt == CaseFilter(closed_from=flt.closed_from, closed_to=flt.closed_to):
        return _from_summary(session, window, flt)  # the whole office: per-day summary rows
    terms = filter_conditions(flt, session)

    def n(*where: ColumnElement[bool]) -> Any:
        return select(func.count()).select_from(Case).where(*terms, *where).scalar_subquery()

    opened, running = scope.open_base(), Case.is_paused.is_(False)
    closed = scope.closed_between(flt.closed_from, flt.closed_to)
    row = session.execute(
        select(
            n(*opened, Case.is_paused.is_(True)),
            n(*opened, running, Case.due_on < window.today),
            n(*opened, running, Case.due_on >= window.today, Case.due_on <= window.due_soon_until),
            n(*opened, running, Case.due_on > window.due_soon_until),
            n(*opened, running, Case.due_on.is_(None)),
            n(*closed),
            n(*closed, Case.due_on.is_not(None), Case.closed_on > Case.due_on),
        )
    ).one()
    open_row, closed_row = row[:5], row[5:]
    paused, overdue, due_soon, on_track, not_started = (int(v) for v in open_row)
    closed, late = (int(v) for v in closed_row)
    result = BoardCounts(not_started=not_started)
    result.counts.update(
        overdue=overdue,
        due_soon=due_soon,
        on_track=on_track,
        paused=paused,
        closed_on_time=closed - late,
        closed_late=late,
    )
    return result


def _from_summary(session: Session, window: BoardWindow, flt: CaseFilter) -> BoardCounts:
    from tcd_desktop.store.queries.board_counts import summary_counts

    counts = summary_counts(
        session, window.today, window.due_soon_until, flt.closed_from, flt.closed_to
    )
    result = BoardCounts(not_started=counts.pop("not_started"))
    result.counts.update(counts)
    return result
