"""Counting for the statutory report forms: one grouped query per source table and form.

A column's counting rule (``services.reports.forms.CountRule``) is a source (r = visits,
p = petitions, c = cases), an aggregate and a list of named facts. Each fact is a SQL
predicate over the rows of the window; each column becomes one ``SUM(CASE WHEN … END)``
(or a distinct count) of a single ``GROUP BY unit_id`` query, so a form costs at most three
queries over index ranges of the rows that touch the period, never a pass over the whole
history:

- visits: ``received_on`` in the window (``ix_receptions_unit_received``);
- petitions and cases: received in the window, plus the ones received earlier and still
  open at its start, read as four disjoint index ranges (received in the window; received
  in the last days before it and finished on or after its start; received earlier and
  finished that late — a partial index; received before and still open), see
  ``report_window.Window``. The petition facts the forms test (field group, earlier
  decisions, resolved) are stored on the petition (``report_facts``, migration 0017).

``drill_*`` return the ids of the records a column counts, with the same predicates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from tcd_desktop.store.queries.report_window import (
    _HEAD_KINDS,
    _REGULAR_KINDS,
    FactError,
    Measure,
    Window,
)
from tcd_desktop.store.queries.report_window import condition as _condition
from tcd_desktop.store.queries.report_window import source as _source

__all__ = ["FactError", "Measure", "count_measures", "drill_ids"]


#: Fact families read from one raw column of the window (grouped on, then tested outside).
_RAW_DIMS = {
    "r": {},
    "p": {"kn": "kind", "tc": "kind", "kp": "kind", "out": "processing_outcome"},
    "c": {"kn": "kind", "tc": "kind", "res": "decision_result", "level": "level"},
}


_PRIOR = {"prior0": (0,), "prior1": (1,), "prior2": (2,), "priorany": (1, 2)}


def _shared_dimension(window: Window, source: str, w: Subquery, fact: str, fact_fn):
    """Facts that are values of one expression (evaluated once per row for all of them)."""
    c, s, e = w.c, window.start, window.end
    if source == "r" and fact.startswith("mode:"):
        dim = case(
            (c.kind.in_(_REGULAR_KINDS), 0),
            (and_(c.kind.in_(_HEAD_KINDS), c.leader_id.is_not(None)), 1),
            (c.kind.in_(_HEAD_KINDS), 2),
            else_=3,
        )
        want = {"mode:regular": 0, "mode:head": 1, "mode:deputy": 2}[fact]
        return "mode", dim, lambda g: g.c.mode == want
    if source == "r" and fact in ("first", "repeat"):
        dim = case((c.repeat_of_id.is_(None), 0), else_=1)
        want = 0 if fact == "first" else 1
        return "rep", dim, lambda g: g.c.rep == want
    if source == "r" and fact == "mass":
        return "is_mass", c.is_mass, lambda g: g.c.is_mass.is_(True)
    if source in ("p", "c") and fact in ("carried", "received"):
        dim = case((c.received_on < s, 0), else_=1)
        want = 0 if fact == "carried" else 1
        return "rstate", dim, lambda g: g.c.rstate == want
    if source == "p" and fact in ("processed", "pending"):
        dim = case(
            (c.processed_on.between(s, e), 1),
            (or_(c.processed_on.is_(None), c.processed_on > e), 2),
            else_=0,
        )
        want = 1 if fact == "processed" else 2
        return "pstate", dim, lambda g: g.c.pstate == want
    if source == "p" and fact in _PRIOR:
        values = _PRIOR[fact]
        return "prior", case((c.prior >= 2, 2), else_=c.prior), lambda g: g.c.prior.in_(values)
    if source == "p" and fact == "notcompetent":
        return "processing_outcome", c.processing_outcome, lambda g: fact_fn(g, fact)
    if source == "c" and fact in ("ontime", "late"):
        dim = case((fact_fn(w, "ontime"), 1), else_=0)
        want = 1 if fact == "ontime" else 0
        return "timing", dim, lambda g: g.c.timing == want
    if source == "c" and fact in ("repeat", "first"):
        return "is_repeat", c.is_repeat, lambda g: fact_fn(g, fact)
    return None


def _dimension(window: Window, source: str, w: Subquery, fact: str, fact_fn):
    """``(name, inner expression, outer predicate builder)`` for one fact."""
    name, _, _arg = fact.partition(":")
    family = "level" if name.startswith("level") else name
    raw = _RAW_DIMS[source].get(family)
    if raw is not None:
        return raw, w.c[raw], lambda g: fact_fn(g, fact)
    shared = _shared_dimension(window, source, w, fact, fact_fn)
    if shared is not None:
        return shared
    if name == "field":  # the stored field group (0017)
        return "field_group", w.c.field_group, lambda g: fact_fn(g, fact)
    if fact in ("resolved", "unresolved"):  # one EXISTS flag per row serves both
        flag = case((fact_fn(w, "resolved"), 1), else_=0)
        want = 1 if fact == "resolved" else 0
        return "f_resolved", flag, lambda g: g.c.f_resolved == want
    key = "f_" + "".join(ch if ch.isalnum() else "_" for ch in fact)
    return key, case((fact_fn(w, fact), 1), else_=0), lambda g: g.c[key] == 1


def _grouped(window, source, w, fact_fn, measures, dialect: str):
    """Each fact evaluated once per row (an unflattened subquery), the rows counted per
    combination of fact values, then one row per unit."""
    dims: dict[str, ColumnElement[object]] = {}
    outer: dict[int, list[Callable[[Subquery], ColumnElement[bool]]]] = {}
    common = set(measures[0].facts).intersection(*(m.facts for m in measures))
    for m in measures:
        preds = []
        for fact in m.facts:
            if fact in common:
                continue
            name, expr, pred = _dimension(window, source, w, fact, fact_fn)
            dims.setdefault(name, expr)
            preds.append(pred)
        outer[m.key] = preds
    inner = select(w.c.unit_id, *(expr.label(name) for name, expr in dims.items()))
    inner = inner.where(*(fact_fn(w, fact) for fact in sorted(common)))  # facts every column tests
    if any(m.aggregate == "hc" for m in measures):
        inner = inner.add_columns(w.c.headcount.label("hc"))
    if dialect == "sqlite" and source != "r":
        # LIMIT keeps SQLite from flattening the subquery, which would copy every fact's
        # expression into each column that tests it (measured 1.5–2× faster for petitions
        # and cases; visits, with three cheap dimensions, are faster flattened)
        inner = inner.limit(-1)
    elif dialect == "postgresql":
        # OFFSET 0 keeps PostgreSQL from pulling the subquery up likewise: pulled up, the
        # "resolved" EXISTS ran once per column testing it, and the field group's CASE too
        inner = inner.offset(0)
    g = inner.subquery("g")
    if source == "c":  # measured slower counted per combination: cases have many dimensions
        return _sums(g, outer, measures, lambda m: literal(1) if m.aggregate == "n" else g.c.hc)
    # visits and petitions are first counted per unit and combination of dimension values
    # (a year of 1,000,000 cases: 300,000 petitions make 7,000 combinations), then each
    # column adds up the combinations it counts: its conditional sum runs over those, not
    # over every row (01/XLD year on SQLite: 670 → 570 ms CPU, 01/TCD 460 → 340)
    keys = [g.c.unit_id, *(g.c[name] for name in dims)]
    totals = [func.count().label("n")]
    if any(m.aggregate == "hc" for m in measures):
        totals.append(func.coalesce(func.sum(g.c.hc), 0).label("hc"))
    k = select(*keys, *totals).group_by(*keys).subquery("k")
    return _sums(k, outer, measures, lambda m: k.c.n if m.aggregate == "n" else k.c.hc)


def _sums(rel: Subquery, outer, measures: Sequence[Measure], value):
    """One row per unit of ``rel``: per measure, the sum of ``value(measure)`` over the
    rows its predicates accept."""
    cols = [
        func.sum(case((and_(true(), *(pred(rel) for pred in outer[m.key])), value(m)), else_=0))
        for m in measures
    ]
    return select(rel.c.unit_id, *cols).group_by(rel.c.unit_id)


def count_measures(
    session: Session,
    measures: Sequence[Measure],
    start: dt.date,
    end: dt.date,
    groups: Sequence[tuple[str, Sequence[str]]],
    unit_ids: Iterable[uuid.UUID] | None = None,
    before_query: Callable[[str, int, int], None] | None = None,
) -> dict[uuid.UUID, dict[int, int]]:
    """Count every measure per unit: ``{unit_id: {measure key: value}}`` (missing = 0).

    Counts and headcount sums read the window once, grouped on the dimensions the facts
    test (flags, kind, outcome, field group …), and add the groups up per unit; distinct
    reception days are one more small grouped query. ``before_query(source, done, total)``
    is called before each query runs (the caller's progress; it may raise to stop).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # every window part is an index range; PostgreSQL over-estimates the carried-over
        # rows (received before, processed in the period: the two dates are correlated) and
        # would scan the whole table in parallel — this transaction only
        session.execute(text("SET LOCAL enable_seqscan = off"))
    window = Window(start, end, groups, dialect)
    units = list(unit_ids) if unit_ids is not None else None
    out: dict[uuid.UUID, dict[int, int]] = {}
    queries: list[tuple[str, list[Measure], Select[tuple[object, ...]]]] = []
    for source in ("r", "p", "c"):
        mine = [m for m in measures if m.source == source and m.aggregate in ("n", "hc")]
        days = [m for m in measures if m.source == source and m.aggregate == "days"]
        for m in (*mine, *days):
            if m.aggregate not in ("n", "hc", "days"):
                raise FactError(m.aggregate)
        if mine:
            w, fact_fn = _source(window, source, units)
            queries.append((source, mine, _grouped(window, source, w, fact_fn, mine, dialect)))
        if days:
            w, fact_fn = _source(window, source, units)
            aggs = [
                func.count(func.distinct(case((_condition(w, fact_fn, m.facts), w.c.received_on))))
                for m in days
            ]
            queries.append((source, days, select(w.c.unit_id, *aggs).group_by(w.c.unit_id)))
    for done, (source, group, q) in enumerate(queries):
        if before_query is not None:
            before_query(source, done, len(queries))
        for row in session.execute(q):
            values = out.setdefault(row[0], {})
            for m, value in zip(group, row[1:], strict=True):
                values[m.key] = int(value or 0)
    return out


def drill_ids(
    session: Session,
    measure: Measure,
    start: dt.date,
    end: dt.date,
    groups: Sequence[tuple[str, Sequence[str]]],
    unit_ids: Iterable[uuid.UUID] | None = None,
    limit: int | None = None,
) -> list[uuid.UUID]:
    """The ids of the visits, petitions or cases one column counts, oldest first."""
    window = Window(start, end, groups, session.get_bind().dialect.name)
    w, fact_fn = _source(window, measure.source, list(unit_ids) if unit_ids else None)
    cond = _condition(w, fact_fn, measure.facts) if measure.facts else true()
    q = select(w.c.id).where(cond if cond is not None else false())
    q = q.order_by(w.c.received_on, w.c.id)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))
