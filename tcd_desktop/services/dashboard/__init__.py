"""The supervisor's dashboard: per-unit table, overdue radar, rating, charts, drill-down.

Each function is one use case with its own short session (they run on background threads),
checks the actor's role (supervisor, leader or administrator) and returns plain
dataclasses. Every number of the table is a *metric* of
:mod:`tcd_desktop.store.queries.dashboard`; :func:`drill_page` lists exactly the cases
it counts (keyset paged) and :func:`drill_count` is that list's length.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from tcd_desktop.domain.dashboard_period import Period, current_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board
from tcd_desktop.services.board import BoardWindow, CardPage, Cursor
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.dashboard import details, table
from tcd_desktop.services.dashboard.model import (
    METRIC_LABELS_VI,
    DashboardDetails,
    DashboardTable,
    DrillSpec,
    UnitRow,
)
from tcd_desktop.services.dashboard.rating import load_pack, rate_units
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.queries import board_cards
from tcd_desktop.store.queries import dashboard as q

VIEW_ROLES = (Role.SUPERVISOR, Role.LEADER)
_ACTION = "xem bảng tổng hợp"
METRICS = q.METRICS


def load_table(
    db: Database,
    actor: Actor,
    period: Period | None = None,
    *,
    unit_id: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> DashboardTable:
    """The per-unit table of ``period`` (default: the current statutory period), with the
    hierarchy rolled up, the reception days and the rating. ``unit_id`` narrows the table
    to that unit and the units below it."""
    require(actor, *VIEW_ROLES, action=_ACTION)
    today = today or board.today_vn()
    period = period or current_period(today)
    with db.session() as session:
        cal = board._calendar(session)
        w = table._dash_window(session, period, today, cal)
        rows = table._build_rows(session, w, period, unit_id)
    totals, reception = table.sum_roots(rows)
    pack = load_pack()
    return DashboardTable(
        period=period,
        today=today,
        due_soon_until=w.due_soon_until,
        as_of=dt.datetime.now(board.VN_TZ).replace(microsecond=0),
        rows=rows,
        totals=totals,
        reception=reception,
        grades=rate_units(rows, pack),
        rating_version=pack.id,
        scope_unit=unit_id,
    )


def load_details(
    db: Database,
    actor: Actor,
    period: Period | None = None,
    *,
    unit_id: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> DashboardDetails:
    """Medians of the time to resolve and the chart series (the slower half)."""
    require(actor, *VIEW_ROLES, action=_ACTION)
    today = today or board.today_vn()
    period = period or current_period(today)
    with db.session() as session:
        cal = board._calendar(session)
        w = table._dash_window(session, period, today, cal)
        by_kind, by_cx = details._medians(session, w, cal, unit_id, True)
        series = details._months(session, period, unit_id, True)
        loads = details._officers(session, w, unit_id, True)
    return DashboardDetails(period, by_kind, by_cx, series, loads)


def _drill_terms(session: object, spec: DrillSpec) -> tuple[BoardWindow, list[object]]:
    if spec.metric not in q.METRICS:
        raise ValidationFailed({"metric": f"Chỉ số không có trên bảng điều hành: {spec.metric}."})
    today = spec.today or board.today_vn()
    cal = board._calendar(session)  # type: ignore[arg-type]
    w = table._dash_window(session, spec.period, today, cal)  # type: ignore[arg-type]
    terms = q.drill_terms(
        spec.metric,
        w,
        spec.unit_id,
        include_children=spec.include_children,
        kind=spec.kind,
        session=session,  # type: ignore[arg-type]
    )
    return BoardWindow(w.today, w.due_soon_until), terms


def drill_count(db: Database, actor: Actor, spec: DrillSpec) -> int:
    """How many records the number ``spec`` stands for holds (the list's length)."""
    require(actor, *VIEW_ROLES, action=_ACTION)
    with db.session() as session:
        _window, terms = _drill_terms(session, spec)
        return q.scope_count(session, terms)  # type: ignore[arg-type]


def drill_page(
    db: Database,
    actor: Actor,
    spec: DrillSpec,
    *,
    sort_key: str | None = None,
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = 100,
) -> tuple[BoardWindow, CardPage, int | None]:
    """One keyset page of the cases behind a number (names masked as on the board);
    the first page also returns the total. Without ``sort_key``: the order that reads the
    number's own index (open cases by due date, closed by closing date, received by
    receipt date, latest first)."""
    require(actor, *VIEW_ROLES, action="xem danh sách vụ việc")
    if sort_key is None:
        sort_key, descending = default_sort(spec.metric)
    with db.session() as session:
        window, terms = _drill_terms(session, spec)
        page = board_cards.where_page(
            session,
            window,
            terms,
            sort_key=sort_key,
            descending=descending,  # type: ignore[arg-type]
            after=after,
            limit=limit,
        )
        total = q.scope_count(session, terms) if after is None else None  # type: ignore[arg-type]
        cal = board._calendar(session)
        cards = board._to_page(page, window, cal, board._field_names(session))
    return window, cards, total


def default_sort(metric: str) -> tuple[str, bool]:
    """(sort key, descending) a drill-down list of ``metric`` opens with."""
    if metric in q.CLOSED_METRICS:
        return "closed_on", True
    if metric in q.RECEIVED_METRICS:
        return "received_on", True
    return "due_on", False


def export_drill_xlsx(db: Database, actor: Actor, spec: DrillSpec, path: Path) -> int:
    """Write every case behind a number to an XLSX file (audited); returns the count."""
    require(actor, *VIEW_ROLES, action="xuất danh sách vụ việc")
    cards: list[board.BoardCard] = []
    after: Cursor | None = None
    while True:
        window, page, _total = drill_page(db, actor, spec, after=after, limit=2000)
        cards += page.cards
        after = page.next_cursor
        if after is None:
            break
    board.write_backlog_xlsx(
        Path(path), cards, window.today, board.STATE_LABELS_VI, board.FLAG_LABELS_VI
    )
    with db.session() as session:
        append_audit(
            session,
            "dashboard.export_drill",
            entity="case",
            detail={
                "rows": len(cards),
                "file": Path(path).name,
                "metric": spec.metric,
                "period": spec.period.key,
                "unit_id": str(spec.unit_id) if spec.unit_id else None,
            },
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return len(cards)


__all__ = [
    "METRICS",
    "METRIC_LABELS_VI",
    "DashboardDetails",
    "DashboardTable",
    "DrillSpec",
    "UnitRow",
    "default_sort",
    "drill_count",
    "drill_page",
    "export_drill_xlsx",
    "load_details",
    "load_table",
]
