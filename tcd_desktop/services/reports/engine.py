"""The counting engine: a form declaration and a period in, the unit rows of the form out.

Rows follow REPORTS.md §1.1: one row per unit, a subtotal per level (cấp tỉnh with its
departments, cấp huyện before 01/7/2025, cấp xã, trung ương) before its units, and the total
row; every subtotal and the total are column-wise sums of the unit rows. Columns with a
printed formula are computed from their parts, so the MS row holds in every row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import UnitLevel
from tcd_desktop.domain.report_periods import Period
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.reports.forms import ColumnDecl, FormDecl, field_groups
from tcd_desktop.store.models import Unit
from tcd_desktop.store.queries.reports import Measure, count_measures, drill_ids

__all__ = [
    "LEVEL_GROUPS",
    "Report",
    "ReportRow",
    "compute_formulas",
    "row_members",
]

Value = int | None
#: What the counting queries of each source count, for the progress dialog.
_COUNTING = {"r": "Đếm lượt tiếp", "p": "Đếm đơn", "c": "Đếm vụ việc"}
#: Units between two progress reports while the rows are made.
UNIT_CHUNK = 50

#: Row groups in print order: (level key, label, unit levels in the group).
LEVEL_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("central", "Trung ương", (UnitLevel.CENTRAL.value,)),
    ("province", "Cấp tỉnh", (UnitLevel.PROVINCE.value, UnitLevel.DEPARTMENT.value)),
    ("district", "Cấp huyện (trước 01/7/2025)", (UnitLevel.DISTRICT_FORMER.value,)),
    ("commune", "Cấp xã", (UnitLevel.COMMUNE.value,)),
)


@dataclass(frozen=True)
class UnitInfo:
    """The few facts of a unit a report row needs."""

    id: uuid.UUID
    code: str
    name: str
    level: str
    parent_id: uuid.UUID | None
    effective_to: dt.date | None
    successor_id: uuid.UUID | None = None

    @property
    def tree_parent(self) -> uuid.UUID | None:
        """The unit this one counts under: its successor once abolished, else its parent."""
        return self.successor_id or self.parent_id

    def merged_into(self, period: Period) -> uuid.UUID | None:
        """The successor whose row shows this unit's figures: abolished before ``period``."""
        if self.successor_id is None or self.effective_to is None:
            return None
        return self.successor_id if self.effective_to < period.start else None


@dataclass
class ReportRow:
    """One printed row: a unit, a level subtotal (``level="subtotal:province"`` …), or, when
    the scope holds several top units (provinces), the subtotal of one (``"subtotal:root"``)."""

    unit: str
    name: str
    level: str
    values: list[Value]
    unit_id: uuid.UUID | None = None

    def to_dict(self) -> dict[str, Any]:
        """The row as the ``--json`` output prints it."""
        return {"unit": self.unit, "name": self.name, "level": self.level, "values": self.values}


@dataclass
class Report:
    """A filled form: declaration, period, unit rows and the total row."""

    form: FormDecl
    period: Period
    rows: list[ReportRow]
    total: list[Value]
    scope: str = ""
    locked: dict[str, Any] | None = None
    differences: list[dict[str, Any]] = field(default_factory=list)
    anchor: str = ""  # the audit chain head when counted, printed on the report (#12)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tcd-desktop report --json``."""
        data: dict[str, Any] = {
            "form": self.form.code,
            "title": self.form.title,
            "period": {
                "from": self.period.start.isoformat(),
                "to": self.period.end.isoformat(),
                "label": self.period.label,
            },
            "columns": [
                {"no": c.no, "heading": c.heading, "formula": c.formula, "unit": c.unit}
                for c in self.form.columns
            ],
            "rows": [r.to_dict() for r in self.rows],
            "total": self.total,
            "anchor": self.anchor,
        }
        if self.locked is not None:
            data["locked"] = self.locked
            data["differences"] = self.differences
        return data


def _scope_units(session: Session, unit_code: str | None) -> list[UnitInfo]:
    """The unit named by ``unit_code`` with all its descendants, or every unit."""
    rows = session.execute(
        select(
            Unit.id,
            Unit.code,
            Unit.name,
            Unit.level,
            Unit.parent_id,
            Unit.effective_to,
            Unit.successor_id,
        ).where(Unit.deleted_at.is_(None))
    ).all()
    units = [UnitInfo(*row) for row in rows]
    if not unit_code:
        return sorted(units, key=lambda u: u.code)
    by_code = {u.code: u for u in units}
    if unit_code not in by_code:
        raise KeyError(unit_code)
    children: dict[uuid.UUID | None, list[UnitInfo]] = {}
    for u in units:
        children.setdefault(u.tree_parent, []).append(u)
    out, todo, seen = [], [by_code[unit_code]], set()
    while todo:
        unit = todo.pop()
        if unit.id in seen:  # a cycle in bad data must not loop forever
            continue
        seen.add(unit.id)
        out.append(unit)
        todo.extend(children.get(unit.id, []))
    return sorted(out, key=lambda u: u.code)


def _measures(form: FormDecl) -> list[Measure]:
    return [
        Measure(c.no, c.rule.source, c.rule.aggregate, c.rule.facts)
        for c in form.columns
        if c.rule.counted
    ]


def compute_formulas(form: FormDecl, values: list[Value]) -> list[Value]:
    """Fill every formula column from its parts (in dependency order); returns ``values``."""
    pending = [c for c in form.columns if c.formula]
    done = {c.no for c in form.columns if not c.formula}
    while pending:
        progressed = False
        for col in list(pending):
            parts = col.computed_from
            if all(p in done for p in parts):
                values[col.no - 1] = sum(values[p - 1] or 0 for p in parts)
                done.add(col.no)
                pending.remove(col)
                progressed = True
        if not progressed:
            raise ValueError(f"{form.code}: circular formulas {[c.no for c in pending]}")
    return values


def _blank(form: FormDecl) -> list[Value]:
    return [None if c.is_note else 0 for c in form.columns]


def _add(a: list[Value], b: Sequence[Value]) -> list[Value]:
    return [None if x is None else x + (y or 0) for x, y in zip(a, b, strict=True)]


def _count_form(
    session: Session,
    form: FormDecl,
    period: Period,
    unit_code: str | None = None,
    opening: dict[uuid.UUID, dict[int, int]] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Count ``form`` over ``period`` for the units in scope and build its rows.

    ``opening`` adds entered opening balances (kỳ trước chuyển sang) per unit and column
    before the formulas are computed. ``progress`` hears each counting query and every
    chunk of units (and stops the count there).
    """
    step(progress, "Đọc danh sách đơn vị")
    units = _scope_units(session, unit_code)
    ids = [u.id for u in units] if unit_code else None

    def before_query(source: str, done: int, total: int) -> None:
        step(progress, _COUNTING.get(source, "Đếm số liệu"), done, total)

    counts = count_measures(
        session, _measures(form), period.start, period.end, field_groups(), ids, before_query
    )
    per_unit: dict[uuid.UUID, list[Value]] = {}
    for unit in in_chunks(units, progress, "Tổng hợp theo đơn vị", len(units), UNIT_CHUNK):
        values = _blank(form)
        for no, value in counts.get(unit.id, {}).items():
            values[no - 1] = value
        for no, value in (opening or {}).get(unit.id, {}).items():
            values[no - 1] = (values[no - 1] or 0) + value
        per_unit[unit.id] = compute_formulas(form, values)
    members = row_members(units, period)
    for row_id, ids in members.items():  # abolished units counted in their successor's row
        for uid in ids[1:]:
            per_unit[row_id] = _add(per_unit[row_id], per_unit[uid])
    merged = {uid for ids in members.values() for uid in ids[1:]}
    units = [u for u in units if u.id not in merged]
    roots = _roots(units)
    rows: list[ReportRow] = []
    total = _blank(form)
    for root, members in roots:
        group_rows, group_total = _level_rows(form, period, members, per_unit, len(units) > 1)
        if len(roots) > 1:
            rows.append(ReportRow(root.code, root.name, "subtotal:root", group_total))
        rows += group_rows
        total = _add(total, group_total)
    return Report(form, period, rows, total, scope=unit_code or "")


def row_members(units: list[UnitInfo], period: Period) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Per unit in ``units``: its own id first, then the abolished units whose figures its
    row shows in ``period`` (followed down a chain of successors)."""
    by_id = {u.id: u for u in units}
    out: dict[uuid.UUID, list[uuid.UUID]] = {u.id: [u.id] for u in units}
    for unit in units:
        target, seen = unit, {unit.id}
        while (nxt := target.merged_into(period)) in by_id and nxt not in seen:
            target = by_id[nxt]  # type: ignore[index]
            seen.add(target.id)
        if target.id != unit.id:
            out[target.id].append(unit.id)
            out[unit.id] = []
    return {k: v for k, v in out.items() if v}


def _roots(units: list[UnitInfo]) -> list[tuple[UnitInfo, list[UnitInfo]]]:
    """Units grouped under their top unit in scope (a province and its bodies), by code."""
    by_id = {u.id: u for u in units}
    groups: dict[uuid.UUID, list[UnitInfo]] = {}
    for unit in units:
        top = unit
        seen = {top.id}
        while top.tree_parent in by_id and top.tree_parent not in seen:
            top = by_id[top.tree_parent]  # type: ignore[index]
            seen.add(top.id)
        groups.setdefault(top.id, []).append(unit)
    return sorted(((by_id[k], v) for k, v in groups.items()), key=lambda kv: kv[0].code)


def _level_rows(
    form: FormDecl,
    period: Period,
    units: list[UnitInfo],
    per_unit: dict[uuid.UUID, list[Value]],
    several: bool,
) -> tuple[list[ReportRow], list[Value]]:
    """Rows of one top unit: a subtotal per level (when there are several units), its units."""
    rows: list[ReportRow] = []
    total = _blank(form)
    for key, label, levels in LEVEL_GROUPS:
        members = [u for u in units if u.level in levels]
        shown = [
            u
            for u in members
            if u.effective_to is None or u.effective_to >= period.start or any(per_unit[u.id])
        ]
        if not shown:
            continue
        subtotal = _blank(form)
        unit_rows = []
        for u in shown:
            subtotal = _add(subtotal, per_unit[u.id])
            unit_rows.append(ReportRow(u.code, u.name, u.level, per_unit[u.id], u.id))
        total = _add(total, subtotal)
        if several:
            rows.append(ReportRow("", label, f"subtotal:{key}", subtotal))
        rows.extend(unit_rows)
    for u in units:
        if not any(u.level in levels for _, _, levels in LEVEL_GROUPS):
            rows.append(ReportRow(u.code, u.name, u.level, per_unit[u.id], u.id))
            total = _add(total, per_unit[u.id])
    return rows, total


def _drill_column(
    session: Session,
    form: FormDecl,
    column: ColumnDecl,
    period: Period,
    unit_code: str | None = None,
    limit: int | None = None,
    row_unit: str | None = None,
) -> tuple[str, list[uuid.UUID]]:
    """The source (r/p/c) and ids of the records behind a column (formula: its parts):
    of the whole scope ``unit_code``, or of one unit row ``row_unit`` (that unit and the
    abolished units its row shows)."""
    units = _scope_units(session, unit_code)
    ids = [u.id for u in units] if unit_code else None
    if row_unit:
        row = next((u for u in units if u.code == row_unit), None)
        if row is None:
            raise KeyError(row_unit)
        ids = row_members(units, period).get(row.id, [])
        if not ids:
            return column.rule.source, []
    parts = [column] if column.rule.counted else [form.column(n) for n in column.computed_from]
    out: list[uuid.UUID] = []
    source = ""
    for part in parts:
        if not part.rule.counted and part.formula:
            sub_source, sub_ids = _drill_column(
                session, form, part, period, unit_code, limit, row_unit
            )
            source = source or sub_source
            out += sub_ids
            continue
        if not part.rule.counted:
            continue
        source = source or part.rule.source
        measure = Measure(part.no, part.rule.source, part.rule.aggregate, part.rule.facts)
        out += drill_ids(session, measure, period.start, period.end, field_groups(), ids, limit)
    return source, out[:limit] if limit else out
