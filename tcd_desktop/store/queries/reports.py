"""Counting for the statutory report forms: one grouped query per source table and form.

A column's counting rule (``services.reports.forms.CountRule``) is a source (r = visits,
p = petitions, c = cases), an aggregate and a list of named facts. Each fact is a SQL
predicate over the rows of the window; each column becomes one ``SUM(CASE WHEN … END)``
(or a distinct count) of a single ``GROUP BY unit_id`` query, so a form costs at most three
indexed scans of the rows that touch the period, never a pass over the whole history:

- visits: ``received_on`` in the window (``ix_receptions_unit_received``);
- petitions and cases: received in the window, plus the ones received earlier and still
  open at its start, read as three disjoint index ranges (received in the window; received
  before and processed/closed on or after the start; received before and still open —
  ``ix_petitions_processed``, ``ix_petitions_open``, ``ix_cases_state``).

``drill_*`` return the ids of the records a column counts, with the same predicates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from tcd_desktop.store.models import Case, Petition, Reception

__all__ = ["FactError", "Measure", "count_measures", "drill_ids"]

_HEAD_KINDS = ("periodic", "sudden")
_REGULAR_KINDS = ("regular", "online")
_KN, _TC, _KP = ("khieu_nai",), ("to_cao",), ("kien_nghi", "phan_anh")


class FactError(ValueError):
    """A counting rule names a fact this module does not know."""


@dataclass(frozen=True)
class Measure:
    """One column to count: ``source`` r/p/c, ``aggregate`` n/hc/days and its facts."""

    key: int
    source: str
    aggregate: str
    facts: tuple[str, ...]


def _any_of(text: str) -> list[str]:
    return [t for t in text.split("|") if t]


def _field_group(col: ColumnElement[str | None], groups: Sequence[tuple[str, Sequence[str]]]):
    whens = []
    default = "hck"
    for name, prefixes in groups:
        conds: list[ColumnElement[bool]] = []
        for prefix in prefixes:
            if prefix == "*":
                default = name
            elif prefix == "":
                conds.append(or_(col.is_(None), col == ""))
            else:
                conds += [col == prefix, col.like(f"{prefix}.%"), col.like(f"{prefix}-%")]
        if conds:
            whens.append((or_(*conds), name))
    return case(*whens, else_=literal(default))


def _json_len(col: ColumnElement[object]) -> ColumnElement[int]:
    return func.coalesce(func.json_array_length(col), 0)


class _Window:
    """The period, the field groups and the subquery of one source."""

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        groups: Sequence[tuple[str, Sequence[str]]],
        dialect: str = "",
    ) -> None:
        self.start, self.end, self.groups = start, end, groups
        self.dialect = dialect

    def _received_before(self, table: str, col: ColumnElement[dt.date]) -> ColumnElement[bool]:
        """``received_on < start`` as a filter only: on SQLite the unary ``+`` keeps the
        planner on the closing-date index (the receipt-date one would walk all history)."""
        if self.dialect == "sqlite":
            return literal_column(f"+{table}.received_on", type_=Date) < self.start
        return col < self.start

    # --- visits ------------------------------------------------------------------------
    def receptions(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        r = Reception
        q = select(
            r.id, r.unit_id, r.received_on, r.kind, r.leader_id, r.headcount, r.is_mass,
            r.repeat_of_id,
        ).where(r.deleted_at.is_(None), r.received_on.between(self.start, self.end))  # fmt: skip
        if unit_ids is not None:
            q = q.where(r.unit_id.in_(list(unit_ids)))
        return q.subquery("w")

    def reception_fact(self, w: Subquery, fact: str) -> ColumnElement[bool]:
        c = w.c
        name, _, arg = fact.partition(":")
        if name == "mode" and arg == "regular":
            return c.kind.in_(_REGULAR_KINDS)
        if name == "mode" and arg == "head":
            return and_(c.kind.in_(_HEAD_KINDS), c.leader_id.is_not(None))
        if name == "mode" and arg == "deputy":
            return and_(c.kind.in_(_HEAD_KINDS), c.leader_id.is_(None))
        if fact == "first":
            return c.repeat_of_id.is_(None)
        if fact == "repeat":
            return c.repeat_of_id.is_not(None)
        if fact == "mass":
            return c.is_mass.is_(True)
        raise FactError(fact)

    # --- petitions ---------------------------------------------------------------------
    def petitions(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        p = Petition
        cols = (
            p.id, p.unit_id, p.received_on, p.processed_on, p.kind, p.processing_outcome,
            p.duplicate_of_id, p.field_code, p.prior_handling, p.reception_id,
        )  # fmt: skip
        live = [p.deleted_at.is_(None)]
        if unit_ids is not None:
            live.append(p.unit_id.in_(list(unit_ids)))
        parts = [
            select(*cols).where(*live, p.received_on.between(self.start, self.end)),
            select(*cols).where(*live, p.received_on < self.start, p.processed_on >= self.start),
            select(*cols).where(*live, p.received_on < self.start, p.processed_on.is_(None)),
        ]
        return union_all(*parts).subquery("w")

    def petition_fact(self, w: Subquery, fact: str) -> ColumnElement[bool]:
        c = w.c
        name, _, arg = fact.partition(":")
        s, e = self.start, self.end
        simple: dict[str, Callable[[], ColumnElement[bool]]] = {
            "kn": lambda: c.kind.in_(_KN),
            "tc": lambda: c.kind.in_(_TC),
            "kp": lambda: c.kind.in_(_KP),
            "carried": lambda: c.received_on < s,
            "received": lambda: c.received_on >= s,
            "processed": lambda: c.processed_on.between(s, e),
            "pending": lambda: or_(c.processed_on.is_(None), c.processed_on > e),
            "root": lambda: c.duplicate_of_id.is_(None),
            "at_desk": lambda: c.reception_id.is_not(None),
            "prior0": lambda: _json_len(c.prior_handling) == 0,
            "prior1": lambda: _json_len(c.prior_handling) == 1,
            "prior2": lambda: _json_len(c.prior_handling) >= 2,
            "priorany": lambda: _json_len(c.prior_handling) >= 1,
            "notcompetent": lambda: or_(
                c.processing_outcome.is_(None), c.processing_outcome != "thu_ly"
            ),
            # the cheap test first: SQLite stops there for petitions not accepted
            "resolved": lambda: and_(c.processing_outcome == "thu_ly", self._resolved(c.id)),
            "unresolved": lambda: ~and_(c.processing_outcome == "thu_ly", self._resolved(c.id)),
        }
        if fact in simple:
            return simple[fact]()
        if name == "out":
            return c.processing_outcome.in_(_any_of(arg))
        if name == "field":
            return _field_group(c.field_code, self.groups).in_(_any_of(arg))
        raise FactError(fact)

    def _resolved(self, petition_id: ColumnElement[uuid.UUID]) -> ColumnElement[bool]:
        k = Case
        return exists().where(
            k.petition_id == petition_id,
            k.deleted_at.is_(None),
            k.closed_on.is_not(None),
            k.closed_on <= self.end,
        )

    # --- cases -------------------------------------------------------------------------
    def cases(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        k = Case
        cols = (
            k.id, k.unit_id, k.kind, k.level, k.status, k.received_on, k.closed_on, k.due_on,
            k.decision_on, k.decision_result, k.is_repeat, k.legal_effect_on,
            k.enforcement_done_on,
        )  # fmt: skip
        live = [k.deleted_at.is_(None)]
        if unit_ids is not None:
            live.append(k.unit_id.in_(list(unit_ids)))
        parts = [
            select(*cols).where(*live, k.received_on.between(self.start, self.end)),
            select(*cols).where(
                *live, k.closed_on >= self.start, self._received_before("cases", k.received_on)
            ),
            select(*cols).where(*live, k.closed_on.is_(None), k.received_on < self.start),
        ]
        return union_all(*parts).subquery("w")

    def case_fact(self, w: Subquery, fact: str) -> ColumnElement[bool]:
        c = w.c
        name, _, arg = fact.partition(":")
        s, e = self.start, self.end
        simple: dict[str, Callable[[], ColumnElement[bool]]] = {
            "kn": lambda: c.kind.in_(_KN),
            "tc": lambda: c.kind.in_(_TC),
            "carried": lambda: c.received_on < s,
            "received": lambda: c.received_on >= s,
            "stock": lambda: true(),
            "decided": lambda: and_(
                c.decision_on.between(s, e), c.status.not_in(("withdrawn", "terminated"))
            ),
            "withdrawn": lambda: and_(c.status == "withdrawn", c.closed_on.between(s, e)),
            "terminated": lambda: and_(c.status == "terminated", c.closed_on.between(s, e)),
            "repeat": lambda: c.is_repeat.is_(True),
            "first": lambda: c.is_repeat.is_(False),
            "ontime": lambda: or_(c.due_on.is_(None), c.decision_on <= c.due_on),
            "late": lambda: and_(c.due_on.is_not(None), c.decision_on > c.due_on),
            "to_enforce": lambda: and_(
                c.legal_effect_on <= e,
                or_(c.enforcement_done_on.is_(None), c.enforcement_done_on >= s),
            ),
            "to_implement": lambda: and_(
                c.decision_on <= e,
                or_(c.enforcement_done_on.is_(None), c.enforcement_done_on >= s),
            ),
            "enforced": lambda: c.enforcement_done_on.between(s, e),
        }
        if fact in simple:
            return simple[fact]()
        if name == "res":
            return c.decision_result.in_(_any_of(arg))
        if name.startswith("level"):
            return c.level.in_([int(x) for x in _any_of(name[5:] + "|" + arg) if x])
        raise FactError(fact)


def _source(window: _Window, source: str, unit_ids: Iterable[uuid.UUID] | None):
    if source == "r":
        return window.receptions(unit_ids), window.reception_fact
    if source == "p":
        return window.petitions(unit_ids), window.petition_fact
    if source == "c":
        return window.cases(unit_ids), window.case_fact
    raise FactError(source)


def _condition(w: Subquery, fact_fn, facts: Sequence[str]) -> ColumnElement[bool]:
    conds = [fact_fn(w, f) for f in facts]
    return and_(true(), *conds) if conds else true()


#: Fact families read from one raw column of the window (grouped on, then tested outside).
_RAW_DIMS = {
    "r": {},
    "p": {"kn": "kind", "tc": "kind", "kp": "kind", "out": "processing_outcome"},
    "c": {"kn": "kind", "tc": "kind", "res": "decision_result", "level": "level"},
}


_PRIOR = {"prior0": (0,), "prior1": (1,), "prior2": (2,), "priorany": (1, 2)}


def _shared_dimension(window: _Window, source: str, w: Subquery, fact: str, fact_fn):
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
        length = _json_len(c.prior_handling)
        values = _PRIOR[fact]
        return "prior", case((length >= 2, 2), else_=length), lambda g: g.c.prior.in_(values)
    if source == "p" and fact == "notcompetent":
        return "processing_outcome", c.processing_outcome, lambda g: fact_fn(g, fact)
    if source == "c" and fact in ("ontime", "late"):
        dim = case((fact_fn(w, "ontime"), 1), else_=0)
        want = 1 if fact == "ontime" else 0
        return "timing", dim, lambda g: g.c.timing == want
    if source == "c" and fact in ("repeat", "first"):
        return "is_repeat", c.is_repeat, lambda g: fact_fn(g, fact)
    return None


def _dimension(window: _Window, source: str, w: Subquery, fact: str, fact_fn):
    """``(name, inner expression, outer predicate builder)`` for one fact."""
    name, _, _arg = fact.partition(":")
    family = "level" if name.startswith("level") else name
    raw = _RAW_DIMS[source].get(family)
    if raw is not None:
        return raw, w.c[raw], lambda g: fact_fn(g, fact)
    shared = _shared_dimension(window, source, w, fact, fact_fn)
    if shared is not None:
        return shared
    if name == "field":
        dim = _field_group(w.c.field_code, window.groups)
        arg = fact.partition(":")[2]
        return "fg", dim, lambda g: g.c.fg.in_(_any_of(arg))
    if fact == "unresolved":  # the complement of one EXISTS flag, not a second EXISTS
        flag = case((fact_fn(w, "resolved"), 1), else_=0)
        return "f_resolved", flag, lambda g: g.c.f_resolved == 0
    key = "f_" + "".join(ch if ch.isalnum() else "_" for ch in fact)
    return key, case((fact_fn(w, fact), 1), else_=0), lambda g: g.c[key] == 1


def _grouped(window, source, w, fact_fn, measures, dialect: str):
    """Each fact evaluated once per row (an unflattened subquery), then one row per unit."""
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
    g = inner.subquery("g")
    cols = []
    for m in measures:
        cond = and_(true(), *(pred(g) for pred in outer[m.key]))
        value = literal(1) if m.aggregate == "n" else g.c.hc
        cols.append(func.sum(case((cond, value), else_=0)))
    return select(g.c.unit_id, *cols).group_by(g.c.unit_id)


def count_measures(
    session: Session,
    measures: Sequence[Measure],
    start: dt.date,
    end: dt.date,
    groups: Sequence[tuple[str, Sequence[str]]],
    unit_ids: Iterable[uuid.UUID] | None = None,
) -> dict[uuid.UUID, dict[int, int]]:
    """Count every measure per unit: ``{unit_id: {measure key: value}}`` (missing = 0).

    Counts and headcount sums read the window once, grouped on the dimensions the facts
    test (flags, kind, outcome, field group …), and add the groups up per unit; distinct
    reception days are one more small grouped query.
    """
    dialect = session.get_bind().dialect.name
    window = _Window(start, end, groups, dialect)
    units = list(unit_ids) if unit_ids is not None else None
    out: dict[uuid.UUID, dict[int, int]] = {}
    for source in ("r", "p", "c"):
        mine = [m for m in measures if m.source == source and m.aggregate in ("n", "hc")]
        days = [m for m in measures if m.source == source and m.aggregate == "days"]
        for m in (*mine, *days):
            if m.aggregate not in ("n", "hc", "days"):
                raise FactError(m.aggregate)
        queries: list[tuple[list[Measure], Select[tuple[object, ...]]]] = []
        if mine:
            w, fact_fn = _source(window, source, units)
            queries.append((mine, _grouped(window, source, w, fact_fn, mine, dialect)))
        if days:
            w, fact_fn = _source(window, source, units)
            aggs = [
                func.count(func.distinct(case((_condition(w, fact_fn, m.facts), w.c.received_on))))
                for m in days
            ]
            queries.append((days, select(w.c.unit_id, *aggs).group_by(w.c.unit_id)))
        for group, q in queries:
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
    window = _Window(start, end, groups, session.get_bind().dialect.name)
    w, fact_fn = _source(window, measure.source, list(unit_ids) if unit_ids else None)
    cond = _condition(w, fact_fn, measure.facts) if measure.facts else true()
    q = select(w.c.id).where(cond if cond is not None else false())
    q = q.order_by(w.c.received_on, w.c.id)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))
