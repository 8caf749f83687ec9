"""Which cases a filter covers: a unit with its child units, and a closing period.

Shared by the board (``board_cards``) and the dashboard (``dashboard``), so a number and the
list behind it always select with the same SQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import CTE, ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from tcd_desktop.store.models import Case, Unit


def _tree_parent(unit: type[Unit]) -> ColumnElement[uuid.UUID | None]:
    """The unit a unit counts under: its successor once abolished (01/7/2025), else its
    parent; an abolished unit's figures roll into the unit that took over."""
    return func.coalesce(unit.successor_id, unit.parent_id)


def _tree_cte(unit_id: uuid.UUID) -> CTE:
    """``unit_id`` and every unit below it (UNION, not UNION ALL: a cycle ends)."""
    tree = select(Unit.id).where(Unit.id == unit_id).cte("unit_tree", recursive=True)
    child = aliased(Unit, name="child_unit")
    return tree.union(select(child.id).where(_tree_parent(child) == tree.c.id))


def unit_subtree_ids(unit_id: uuid.UUID) -> ColumnElement[bool]:
    """``Case.unit_id`` is ``unit_id`` or any unit below it (recursive on the parent, or the
    successor of an abolished unit)."""
    return Case.unit_id.in_(select(_tree_cte(unit_id).c.id))


def unit_condition(
    unit_id: uuid.UUID | None, include_children: bool, session: Session | None = None
) -> ColumnElement[bool]:
    """Cases of one unit (with its children unless told), or every case when ``None``.

    With a ``session`` the unit tree is read first and the cases are selected by a plain
    ``IN (id, ...)`` list, which lets the planner walk the per-unit indexes unit by unit
    instead of filtering a long range through a recursive subquery.
    """
    if unit_id is None:
        return true()
    if not include_children:
        return Case.unit_id == unit_id
    if session is None:
        return unit_subtree_ids(unit_id)
    ids = list(session.scalars(select(_tree_cte(unit_id).c.id)))
    return Case.unit_id.in_(ids or [unit_id])


def open_base() -> list[ColumnElement[bool]]:
    """Live open cases: the WHERE of the partial index ``ix_cases_open``."""
    return [Case.closed_on.is_(None), Case.deleted_at.is_(None)]


def closed_between(start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """Live cases closed from ``start`` to ``end`` (open ends allowed): ``ix_cases_closed``."""
    terms: list[ColumnElement[bool]] = [Case.closed_on.is_not(None), Case.deleted_at.is_(None)]
    if start is not None:
        terms.append(Case.closed_on >= start)
    if end is not None:
        terms.append(Case.closed_on <= end)
    return terms


def received_between(start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    """Live cases received from ``start`` to ``end``: ``ix_cases_received``."""
    return [Case.deleted_at.is_(None), Case.received_on >= start, Case.received_on <= end]


def children_map(session: Session) -> tuple[dict[uuid.UUID, list[uuid.UUID]], list[uuid.UUID]]:
    """Child ids of every live unit and the roots (units without a live parent), by name;
    an abolished unit with a successor is a child of its successor."""
    rows = session.execute(
        select(Unit.id, _tree_parent(Unit)).where(Unit.deleted_at.is_(None)).order_by(Unit.name)
    ).all()
    ids = {uid for uid, _ in rows}
    children: dict[uuid.UUID, list[uuid.UUID]] = {uid: [] for uid in ids}
    roots: list[uuid.UUID] = []
    for uid, parent in rows:
        if parent is not None and parent in ids:
            children[parent].append(uid)
        else:
            roots.append(uid)
    return children, roots


def subtree(children: dict[uuid.UUID, list[uuid.UUID]], root: uuid.UUID) -> Iterable[uuid.UUID]:
    """``root`` and every unit below it (depth first)."""
    stack = [root]
    seen: set[uuid.UUID] = set()
    while stack:
        uid = stack.pop()
        if uid in seen:  # a cycle in bad data must not loop forever
            continue
        seen.add(uid)
        yield uid
        stack.extend(reversed(children.get(uid, [])))


def flag_condition(name: str) -> ColumnElement[bool]:
    if name == "complex":
        return or_(Case.is_complex.is_(True), Case.is_very_complex.is_(True))
    if name == "mass":
        return Case.is_mass.is_(True)
    if name == "repeat":
        return Case.is_repeat.is_(True)
    if name == "long_running":
        return Case.is_long_running.is_(True)
    raise ValueError(f"unknown flag {name!r}")


def backlog_condition() -> ColumnElement[bool]:
    """Open cases that are complex, long-running or mass: the periodic-review backlog."""
    return and_(
        Case.closed_on.is_(None),
        or_(
            Case.is_complex.is_(True),
            Case.is_very_complex.is_(True),
            Case.is_long_running.is_(True),
            Case.is_mass.is_(True),
        ),
    )


__all__ = [
    "backlog_condition",
    "children_map",
    "closed_between",
    "flag_condition",
    "open_base",
    "received_between",
    "subtree",
    "unit_condition",
    "unit_subtree_ids",
]
