"""The window of a report period: the rows of each source that touch it and the SQL of
each fact a counting rule names (split from :mod:`.reports`, which groups and counts them)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    literal_column,
    or_,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.sql.selectable import Subquery

from tcd_desktop.store.models import Case, Petition, Reception

__all__ = ["FactError", "Measure", "Window", "condition", "source"]

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


#: Per table: the date a row is finished on, and the days after receipt within which nearly
#: every row is (a petition is processed within about ten working days; a case is closed
#: within the 30–90 days the law allows). Only the speed depends on these, never a count.
CARRIED_LAG = {"petitions": ("processed_on", 30), "cases": ("closed_on", 90)}


def slow_finish_sql(table: str, dialect: str, qualified: bool = True) -> str:
    """The predicate of the partial index of rows finished more than ``LAG`` days after
    receipt (0017); the query repeats it verbatim so that the planner can use the index."""
    done, days = CARRIED_LAG[table]
    q = f"{table}." if qualified else ""
    if dialect == "postgresql":
        return f"{q}{done} > {q}received_on + {days}"
    return f"{q}{done} > date({q}received_on, '+{days} days')"


class Window:
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
        """``received_on < start - LAG`` as a filter only: on SQLite the unary ``+`` keeps the
        planner on the slow-finish index (the receipt-date one would walk all history)."""
        before = self.start - dt.timedelta(days=CARRIED_LAG[table][1])
        if self.dialect == "sqlite":
            return literal_column(f"+{table}.received_on", type_=Date) < before
        return col < before

    def _carried(self, table: str, received: ColumnElement[dt.date], done: ColumnElement[Any]):
        """The rows received before the period and finished in or after it, as two index
        ranges: received in the last ``LAG`` days before it (the receipt-date window index),
        and received earlier, finished ``LAG`` days or more after receipt (the partial index
        of 0017, whose predicate :func:`slow_finish_sql` gives)."""
        s = self.start
        recent = s - dt.timedelta(days=CARRIED_LAG[table][1])
        finished = literal_column(f"+{table}.{CARRIED_LAG[table][0]}", type_=Date)
        if self.dialect != "sqlite":
            finished = done  # type: ignore[assignment]
        return (
            [received >= recent, received < s, finished >= s],
            [
                done >= s,
                self._received_before(table, received),
                text(slow_finish_sql(table, self.dialect)),
            ],
        )

    # --- visits ------------------------------------------------------------------------
    def receptions(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        r = Reception
        q = select(
            r.id,
            r.unit_id,
            r.received_on,
            r.kind,
            r.leader_id,
            r.headcount,
            r.is_mass,
            r.repeat_of_id,
        ).where(r.deleted_at.is_(None), r.received_on.between(self.start, self.end))
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
    @staticmethod
    def _stored(column: str, type_: type[Integer] | type[Date] | type[String], name: str = ""):
        """A fact stored on the petition (0017; ``prior_count`` on PostgreSQL since 0015),
        kept by triggers, not mapped on the model: no application code writes it."""
        return literal_column(f"petitions.{column}", type_=type_).label(name or column)

    def petitions(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        """The petitions that touch the period, as four disjoint index ranges."""
        p = Petition
        cols = (
            p.id,
            p.unit_id,
            p.received_on,
            p.processed_on,
            p.kind,
            p.processing_outcome,
            p.duplicate_of_id,
            self._stored("field_group", String),
            self._stored("prior_count", Integer, "prior"),
            self._stored("resolved_on", Date),
            p.reception_id,
        )
        live = [p.deleted_at.is_(None)]
        if unit_ids is not None:
            live.append(p.unit_id.in_(list(unit_ids)))
        recent, slow = self._carried("petitions", p.received_on, p.processed_on)
        parts = [
            select(*cols).where(*live, p.received_on.between(self.start, self.end)),
            select(*cols).where(*live, *recent),
            select(*cols).where(*live, *slow),
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
            "prior0": lambda: c.prior == 0,
            "prior1": lambda: c.prior == 1,
            "prior2": lambda: c.prior >= 2,
            "priorany": lambda: c.prior >= 1,
            "notcompetent": lambda: or_(
                c.processing_outcome.is_(None), c.processing_outcome != "thu_ly"
            ),
            # a case made from it closed by the end (the stored earliest closing date)
            "resolved": lambda: and_(c.processing_outcome == "thu_ly", c.resolved_on <= e),
            "unresolved": lambda: or_(
                c.processing_outcome.is_(None),
                c.processing_outcome != "thu_ly",
                c.resolved_on.is_(None),
                c.resolved_on > e,
            ),
        }
        if fact in simple:
            return simple[fact]()
        if name == "out":
            return c.processing_outcome.in_(_any_of(arg))
        if name == "field":
            return c.field_group.in_(_any_of(arg))
        raise FactError(fact)

    # --- cases -------------------------------------------------------------------------
    def cases(self, unit_ids: Iterable[uuid.UUID] | None) -> Subquery:
        """The cases that touch the period, as four disjoint index ranges."""
        k = Case
        cols = (
            k.id,
            k.unit_id,
            k.kind,
            k.level,
            k.status,
            k.received_on,
            k.closed_on,
            k.due_on,
            k.decision_on,
            k.decision_result,
            k.is_repeat,
            k.legal_effect_on,
            k.enforcement_done_on,
        )
        live = [k.deleted_at.is_(None)]
        if unit_ids is not None:
            live.append(k.unit_id.in_(list(unit_ids)))
        recent, slow = self._carried("cases", k.received_on, k.closed_on)
        parts = [
            select(*cols).where(*live, k.received_on.between(self.start, self.end)),
            select(*cols).where(*live, *recent),
            select(*cols).where(*live, *slow),
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


def source(window: Window, source: str, unit_ids: Iterable[uuid.UUID] | None):
    if source == "r":
        return window.receptions(unit_ids), window.reception_fact
    if source == "p":
        return window.petitions(unit_ids), window.petition_fact
    if source == "c":
        return window.cases(unit_ids), window.case_fact
    raise FactError(source)


def condition(w: Subquery, fact_fn, facts: Sequence[str]) -> ColumnElement[bool]:
    conds = [fact_fn(w, f) for f in facts]
    return and_(true(), *conds) if conds else true()
