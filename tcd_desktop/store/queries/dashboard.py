"""The supervisor's dashboard in SQL: per-unit counts, monthly series and the drill-down.

Each figure is a *metric* whose WHERE terms (:func:`metric_terms`) are used both to count
(grouped by unit, read from the partial indexes of migration 0007) and to list the records
behind the number (:func:`drill_terms`, keyset paged by ``board_cards``), so a list's
length always equals the number clicked.

Three families, each read from one index:

* open cases (``ix_cases_open``): by deadline state, the long-running backlog (overdue
  more than 30 working days) and the overdue radar by age in working days;
* cases closed in the period (``ix_cases_closed``): on time / late;
* cases received in the period (``ix_cases_received``): all, mass delegations, repeats.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from tcd_desktop.store.models import Case, User
from tcd_desktop.store.queries.scope import (
    closed_between,
    open_base,
    received_between,
    unit_condition,
)

OPEN_METRICS = ("overdue", "due_soon", "on_track", "paused", "not_started")
RADAR_METRICS = ("radar_1_5", "radar_6_10", "radar_11_30", "radar_over_30")
CLOSED_METRICS = ("closed_on_time", "closed_late")
RECEIVED_METRICS = ("received", "mass", "repeat")
#: every countable metric, in table order (``backlog_30`` equals ``radar_over_30``)
METRICS = (*OPEN_METRICS, *CLOSED_METRICS, "backlog_30", *RECEIVED_METRICS, *RADAR_METRICS)
#: overdue age buckets in working days: (first, last); ``None`` = no upper bound
RADAR_BUCKETS: dict[str, tuple[int, int | None]] = {
    "radar_1_5": (1, 5),
    "radar_6_10": (6, 10),
    "radar_11_30": (11, 30),
    "radar_over_30": (31, None),
}
KINDS = ("khieu_nai", "to_cao", "kien_nghi_phan_anh")


@dataclass(frozen=True)
class DashWindow:
    """The day read, the "due soon" limit, the period and the overdue-age date limits.

    ``age_limits[k]`` is the earliest due date whose age (working days in ``(due, today]``)
    is at most ``k``; a radar bucket is then a plain due-date range.
    """

    today: dt.date
    due_soon_until: dt.date
    start: dt.date
    end: dt.date
    age_limits: dict[int, dt.date] = field(default_factory=dict)


def age_limits(
    today: dt.date, working_days_between: Callable[[dt.date, dt.date], int], ages: Sequence[int]
) -> dict[int, dt.date]:
    """Earliest due date with at most ``k`` working days of delay, for each ``k``.

    The delay of a due date ``d`` is the working days in ``(d, today]``; it grows as ``d``
    goes back, so every bucket of the radar is one due-date range.
    """
    out: dict[int, dt.date] = {}
    for k in ages:
        day = today - dt.timedelta(days=1)
        while working_days_between(day, today) <= k and (today - day).days < 3660:
            day -= dt.timedelta(days=1)
        out[k] = day + dt.timedelta(days=1)
    return out


def kind_group(kind: ColumnElement[str]) -> ColumnElement[str]:
    """khiếu nại, tố cáo, kiến nghị/phản ánh (anything else counts with the last)."""
    return case(
        (kind == "khieu_nai", literal("khieu_nai")),
        (kind == "to_cao", literal("to_cao")),
        else_=literal("kien_nghi_phan_anh"),
    )


def metric_terms(metric: str, w: DashWindow) -> list[ColumnElement[bool]]:
    """Complete WHERE terms of one metric (the base of its index included)."""
    run = Case.is_paused.is_(False)  # a comparison on due_on already excludes NULL
    if metric == "overdue":
        return [*open_base(), run, Case.due_on < w.today]
    if metric == "due_soon":
        return [*open_base(), run, Case.due_on >= w.today, Case.due_on <= w.due_soon_until]
    if metric == "on_track":
        return [*open_base(), run, Case.due_on > w.due_soon_until]
    if metric == "paused":
        return [*open_base(), Case.is_paused.is_(True)]
    if metric == "not_started":
        return [*open_base(), Case.is_paused.is_(False), Case.due_on.is_(None)]
    if metric in RADAR_BUCKETS or metric == "backlog_30":
        # one due-date range per bucket (a comparison already excludes a missing due date)
        first, last = RADAR_BUCKETS.get(metric, (31, None))
        upper = w.today if first == 1 else w.age_limits[first - 1]
        terms = [*open_base(), Case.is_paused.is_(False), Case.due_on < upper]
        if last is not None:
            terms.append(Case.due_on >= w.age_limits[last])
        return terms
    closed = closed_between(w.start, w.end)
    if metric == "closed_on_time":
        return [*closed, or_(Case.due_on.is_(None), Case.closed_on <= Case.due_on)]
    if metric == "closed_late":
        return [*closed, Case.due_on.is_not(None), Case.closed_on > Case.due_on]
    received = received_between(w.start, w.end)
    if metric == "received":
        return received
    if metric == "mass":
        return [*received, Case.is_mass.is_(True)]
    if metric == "repeat":
        return [*received, Case.is_repeat.is_(True)]
    raise ValueError(f"unknown metric {metric!r}")


def drill_terms(
    metric: str,
    w: DashWindow,
    unit_id: uuid.UUID | None,
    *,
    include_children: bool = True,
    kind: str | None = None,
    session: Session | None = None,
) -> list[ColumnElement[bool]]:
    """The records behind one number: a metric, for a unit (with its children), a kind."""
    terms = [*metric_terms(metric, w), unit_condition(unit_id, include_children, session)]
    if kind:
        terms.append(kind_group(Case.kind) == kind)
    return terms


def _n(terms: list[ColumnElement[bool]]) -> ColumnElement[int]:
    if not terms:
        return func.count()
    return func.coalesce(func.sum(case((and_(*terms), 1), else_=0)), 0)


def unit_counts(session: Session, w: DashWindow) -> dict[uuid.UUID, dict[str, int]]:
    """Every metric per unit (the unit's own cases, children not added).

    Three queries grouped by unit only, so SQLite streams them in index order without a
    sort; the open states are sums of due-date thresholds (each radar bucket is the
    difference of two), the closed ones a count and a late count.
    """
    out: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: dict.fromkeys(METRICS, 0))
    run = Case.is_paused.is_(False)
    due = Case.due_on
    limits = w.age_limits
    open_stmt = (
        select(
            Case.unit_id,
            _n([Case.is_paused.is_(True)]),
            _n([run, due.is_(None)]),
            _n([run, due > w.due_soon_until]),
            _n([run, due < w.today]),
            _n([run, due < limits[5]]),
            _n([run, due < limits[10]]),
            _n([run, due < limits[30]]),
            _n([run, due >= w.today, due <= w.due_soon_until]),
        )
        .where(*open_base())
        .group_by(Case.unit_id)
    )
    for unit_id, *v in session.execute(open_stmt):
        paused, not_started, on_track, over, over5, over10, over30, soon = (int(x) for x in v)
        row = out[unit_id]
        row.update(
            paused=paused,
            not_started=not_started,
            on_track=on_track,
            overdue=over,
            radar_1_5=over - over5,
            radar_6_10=over5 - over10,
            radar_11_30=over10 - over30,
            radar_over_30=over30,
            backlog_30=over30,
            due_soon=soon,
        )
    late = _n([Case.due_on.is_not(None), Case.closed_on > Case.due_on])
    for unit_id, n, x in session.execute(
        select(Case.unit_id, func.count(), late)
        .where(*closed_between(w.start, w.end))
        .group_by(Case.unit_id)
    ):
        out[unit_id].update(closed_on_time=int(n) - int(x), closed_late=int(x))
    for unit_id, n, mass, repeat in session.execute(
        select(
            Case.unit_id, func.count(), _n([Case.is_mass.is_(True)]), _n([Case.is_repeat.is_(True)])
        )
        .where(*received_between(w.start, w.end))
        .group_by(Case.unit_id)
    ):
        out[unit_id].update(received=int(n), mass=int(mass), repeat=int(repeat))
    return dict(out)


def scope_count(session: Session, terms: list[ColumnElement[bool]]) -> int:
    """``count(*)`` of the records ``terms`` select (what a drill-down list holds)."""
    return int(session.scalar(select(func.count()).select_from(Case).where(*terms)) or 0)


# ---------------------------------------------------------------------- durations, series


def closed_durations(
    session: Session,
    w: DashWindow,
    unit_id: uuid.UUID | None,
    include_children: bool = True,
) -> list[tuple[str, bool, bool, dt.date, dt.date, int]]:
    """(kind group, complex, very complex, start, closed, how many) of the cases closed in
    the period, grouped; start = accepted (thụ lý) date, else the received date."""
    start = func.coalesce(Case.accepted_on, Case.received_on)
    kind = kind_group(Case.kind)
    keys = (kind, Case.is_complex, Case.is_very_complex, start, Case.closed_on)
    stmt = (
        select(*keys, func.count())
        .where(*closed_between(w.start, w.end), unit_condition(unit_id, include_children, session))
        .group_by(*keys)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def monthly_received(
    session: Session, start: dt.date, end: dt.date, unit_id: uuid.UUID | None, children: bool
) -> list[tuple[dt.date, str, int]]:
    """(day, kind group, cases received that day), for the monthly chart."""
    kind = kind_group(Case.kind)
    stmt = (
        select(Case.received_on, kind, func.count())
        .where(*received_between(start, end), unit_condition(unit_id, children, session))
        .group_by(Case.received_on, kind)
    )
    return [(d, k, int(n)) for d, k, n in session.execute(stmt)]


def monthly_closed(
    session: Session, start: dt.date, end: dt.date, unit_id: uuid.UUID | None, children: bool
) -> list[tuple[dt.date, str, int, int]]:
    """(day, kind group, closed, of which late), for the resolved and on-time charts."""
    kind = kind_group(Case.kind)
    late = _n([Case.due_on.is_not(None), Case.closed_on > Case.due_on])
    stmt = (
        select(Case.closed_on, kind, func.count(), late)
        .where(*closed_between(start, end), unit_condition(unit_id, children, session))
        .group_by(Case.closed_on, kind)
    )
    return [(d, k, int(n), int(x)) for d, k, n, x in session.execute(stmt)]


def open_by_officer(
    session: Session, w: DashWindow, unit_id: uuid.UUID | None, children: bool, limit: int = 15
) -> list[tuple[uuid.UUID | None, str, int, int, int]]:
    """(officer id, name, open cases, due soon, overdue), most loaded first."""
    due_soon = metric_terms("due_soon", w)[2:]
    overdue = metric_terms("overdue", w)[2:]
    stmt = (
        select(Case.assignee_id, func.count(), _n(due_soon), _n(overdue))
        .where(*open_base(), unit_condition(unit_id, children, session))
        .group_by(Case.assignee_id)
        .order_by(func.count().desc(), Case.assignee_id)
        .limit(limit)
    )
    rows = session.execute(stmt).all()
    ids = [r[0] for r in rows if r[0] is not None]
    names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
    return [(a, names.get(a, "") if a else "", int(n), int(s), int(o)) for a, n, s, o in rows]
