"""Board cards and case-table rows: filtered, masked at the source, keyset paged.

Every board column is one deadline state; its predicate (:func:`state_condition`) is the
sargable twin of :func:`tcd_desktop.store.queries.board.deadline_state_expr`, so a column's
rows and the grouped counts always agree. Pages are keyset paged on ``(sort key, id)``, so
page 500 costs what page 1 costs. A denouncer's name never leaves the database here: for a
denunciation, anonymous information or a confidential citizen the query returns ``NULL``
instead of the name and ``masked``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    func,
    literal,
    null,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from tcd_desktop.store.models import Case, Citizen, Unit, User
from tcd_desktop.store.queries import scope
from tcd_desktop.store.queries.board import BOARD_STATES, deadline_state_expr
from tcd_desktop.store.queries.board_filters import FLAGS as FLAGS  # re-exported for callers
from tcd_desktop.store.queries.board_filters import (
    BoardWindow,
    CaseFilter,
    filter_conditions,
    on_board_condition,
    state_condition,
)
from tcd_desktop.store.queries.board_filters import filtered_counts as filtered_counts

#: Kinds whose sender is never named in a list: denunciations and anonymous information.
MASKED_KINDS = ("to_cao", "tin_an_danh")
#: Sort keys the case table offers (see :func:`_sort_expr`).
SORT_KEYS = (
    "code",
    "citizen",
    "kind",
    "field",
    "assignee",
    "unit",
    "received_on",
    "due_on",
    "state",
)

Cursor = tuple[Any, uuid.UUID]


@dataclass(frozen=True)
class CardRow:
    """One case as the board and the case table show it (name already masked)."""

    id: uuid.UUID
    code: str
    kind: str
    status: str
    state: str
    field_code: str | None
    unit_name: str
    citizen_name: str | None
    masked: bool
    assignee_name: str | None
    received_on: dt.date
    due_on: dt.date | None
    closed_on: dt.date | None
    paused_since: dt.date | None
    is_complex: bool
    is_very_complex: bool
    is_mass: bool
    is_repeat: bool
    is_long_running: bool
    summary: str
    sort_key: Any


@dataclass(frozen=True)
class RowPage:
    """One page of rows and the cursor that continues after it (``None`` = no more)."""

    rows: list[CardRow]
    next_cursor: Cursor | None


# ------------------------------------------------------------------------- rows


_Assignee = aliased(User, name="assignee")


def _masked_expr() -> ColumnElement[bool]:
    return or_(Case.kind.in_(MASKED_KINDS), func.coalesce(Citizen.is_confidential, False).is_(True))


def _sort_expr(key: str, window: BoardWindow) -> tuple[ColumnElement[Any], bool]:
    """SQL expression for sort key ``key`` and whether it can be NULL.

    Plain columns keep their index usable; a nullable one is paged in two phases (values,
    then NULLs) by :func:`_page` instead of being wrapped in ``coalesce``.
    """
    if key == "code":
        return Case.code, False
    if key == "citizen":
        # masked rows sort as "" so that the hidden name does not leak through the order
        expr = case((_masked_expr(), literal("")), else_=func.coalesce(Citizen.full_name, ""))
        return expr, False
    if key == "kind":
        return Case.kind, False
    if key == "field":
        return func.coalesce(Case.field_code, ""), False
    if key == "assignee":
        return func.coalesce(_Assignee.full_name, ""), False
    if key == "unit":
        return func.coalesce(Unit.name, ""), False
    if key == "received_on":
        return Case.received_on, False
    if key == "due_on":
        return Case.due_on, True
    if key == "closed_on":
        return Case.closed_on, True
    if key == "state":
        state = deadline_state_expr(window.today, window.due_soon_until)
        return case(*((state == s, literal(i)) for i, s in enumerate(BOARD_STATES)), else_=9), False
    raise ValueError(f"unknown sort key {key!r}")


#: Sort of each board column: (sort key, descending). Open columns go by due date (most
#: urgent first), closed ones by closing date (latest first).
COLUMN_ORDER: dict[str, tuple[str, bool]] = {
    "overdue": ("due_on", False),
    "due_soon": ("due_on", False),
    "on_track": ("due_on", False),
    "paused": ("due_on", False),
    "closed_on_time": ("closed_on", True),
    "closed_late": ("closed_on", True),
}


def _row_select(window: BoardWindow, sort: ColumnElement[Any]) -> Select[Any]:
    masked = _masked_expr()
    state = deadline_state_expr(window.today, window.due_soon_until)
    return (
        select(
            Case.id,
            Case.code,
            Case.kind,
            Case.status,
            state.label("state"),
            Case.field_code,
            func.coalesce(Unit.name, "").label("unit_name"),
            case((masked, null()), else_=Citizen.full_name).label("citizen_name"),
            masked.label("masked"),
            _Assignee.full_name.label("assignee_name"),
            Case.received_on,
            Case.due_on,
            Case.closed_on,
            Case.paused_since,
            Case.is_complex,
            Case.is_very_complex,
            Case.is_mass,
            Case.is_repeat,
            Case.is_long_running,
            Case.summary,
            sort.label("sort_key"),
        )
        .select_from(Case)
        .outerjoin(Citizen, Citizen.id == Case.citizen_id)
        .outerjoin(_Assignee, _Assignee.id == Case.assignee_id)
        .outerjoin(Unit, Unit.id == Case.unit_id)
    )


def _page(
    session: Session,
    window: BoardWindow,
    where: Sequence[ColumnElement[bool]],
    sort_key: str,
    descending: bool,
    after: Cursor | None,
    limit: int,
) -> RowPage:
    """Keyset page on ``(sort, id)``; for a nullable sort, the NULL rows come last."""
    sort, nullable = _sort_expr(sort_key, window)
    base = _row_select(window, sort).where(*where)
    by_id = Case.id.desc() if descending else Case.id
    raw: list[Any] = []
    if after is None or after[0] is not None:
        stmt = base.where(sort.is_not(None)) if nullable else base
        if after is not None:
            mine = tuple_(sort, Case.id)
            theirs = tuple_(literal(after[0], sort.type), literal(after[1], Case.id.type))
            stmt = stmt.where(mine < theirs if descending else mine > theirs)
        stmt = stmt.order_by(sort.desc() if descending else sort, by_id)
        raw = list(session.execute(stmt.limit(limit + 1)).all())
    if nullable and len(raw) <= limit:
        stmt = base.where(sort.is_(None))
        if after is not None and after[0] is None:
            theirs_id = literal(after[1], Case.id.type)
            stmt = stmt.where(Case.id < theirs_id if descending else Case.id > theirs_id)
        raw += session.execute(stmt.order_by(by_id).limit(limit + 1 - len(raw))).all()
    rows = [_card(r) for r in raw[:limit]]
    more = len(raw) > limit
    cursor = (rows[-1].sort_key, rows[-1].id) if more and rows else None
    return RowPage(rows, cursor)


def _card(r: Any) -> CardRow:
    values = dict(r._mapping)
    values.update(masked=bool(r.masked), summary=r.summary or "")
    return CardRow(**values)


def column_page(
    session: Session,
    state: str,
    window: BoardWindow,
    flt: CaseFilter,
    *,
    after: Cursor | None = None,
    limit: int = 50,
) -> RowPage:
    """One page of board column ``state`` in its natural order (see :data:`COLUMN_ORDER`)."""
    key, descending = COLUMN_ORDER[state]
    where = [*filter_conditions(flt, session), state_condition(state, window)]
    if state.startswith("closed_"):
        where += scope.closed_between(flt.closed_from, flt.closed_to)[2:]
    return _page(session, window, where, key, descending, after, limit)


def table_page(
    session: Session,
    window: BoardWindow,
    flt: CaseFilter,
    *,
    sort_key: str = "due_on",
    descending: bool = False,
    backlog: bool = False,
    after: Cursor | None = None,
    limit: int = 100,
) -> RowPage:
    """One page of the case table (every case on the board, or the backlog), sorted in SQL."""
    if sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}")
    return _page(
        session, window, _table_where(flt, backlog, session), sort_key, descending, after, limit
    )


def _table_where(
    flt: CaseFilter, backlog: bool, session: Session | None = None
) -> list[ColumnElement[bool]]:
    return [
        *filter_conditions(flt, session),
        scope.backlog_condition() if backlog else on_board_condition(flt),
    ]


def table_count(session: Session, flt: CaseFilter, *, backlog: bool = False) -> int:
    """Rows :func:`table_page` would page through."""
    stmt = select(func.count()).select_from(Case).where(*_table_where(flt, backlog, session))
    return int(session.scalar(stmt) or 0)


def all_cards(
    session: Session, window: BoardWindow, flt: CaseFilter, *, backlog: bool = False
) -> list[CardRow]:
    """Every row of the table (for exports), in due-date order."""
    sort, _ = _sort_expr("due_on", window)
    stmt = _row_select(window, sort).where(*_table_where(flt, backlog, session))
    return [_card(r) for r in session.execute(stmt.order_by(sort.is_(None), sort, Case.id))]


def where_page(
    session: Session,
    window: BoardWindow,
    where: list[ColumnElement[bool]],
    *,
    sort_key: str = "due_on",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = 100,
) -> RowPage:
    """A keyset page of any selection of cases (the dashboard's drill-down lists)."""
    return _page(session, window, where, sort_key, descending, after, limit)
