"""Opening balances (kỳ trước chuyển sang) imported once from a spreadsheet.

The sheet has one figure per row: ``Mã đơn vị | Biểu | Cột | Số liệu | Ngày | Ghi chú``
(a header row first). Every row is checked before anything is written; one bad row and
nothing is imported. Every figure is entered (and audited) in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from tcd_desktop.services.reports.forms import form_codes, get_form
from tcd_desktop.services.reports.service import READ_ROLES, enter_opening
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import OpeningBalance, Unit

__all__ = [
    "OpeningEntry",
    "OpeningRow",
    "enterable_columns",
    "import_opening_balances",
    "list_opening_balances",
    "read_opening_sheet",
    "remove_opening_balance",
]

HEADERS = ("Mã đơn vị", "Biểu", "Cột", "Số liệu", "Ngày", "Ghi chú")


@dataclass(frozen=True)
class OpeningRow:
    """One figure of the sheet, with its spreadsheet row number."""

    line: int
    unit: str
    form: str
    column: int
    value: int
    as_of: dt.date
    note: str


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"ngày không hợp lệ {text!r}")


def read_opening_sheet(path: Path) -> list[OpeningRow]:
    """Read and check the sheet; raises :class:`ServiceError` listing every bad row."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ServiceError(f"Không đọc được tệp {path}: {exc}") from exc
    try:  # a read-only workbook keeps its file open until closed (locked on Windows)
        sheet = list(book.active.iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    rows: list[OpeningRow] = []
    errors: list[str] = []
    for line, cells in enumerate(sheet, start=2):
        cells = tuple(cells) + (None,) * (6 - len(cells))
        if not any(c not in (None, "") for c in cells[:6]):
            continue
        unit, form, column, value, day, note = cells[:6]
        try:
            number = int(str(value).strip())
            col = int(str(column).strip())
            if number < 0:
                raise ValueError("số liệu âm")
            rows.append(
                OpeningRow(
                    line,
                    str(unit or "").strip(),
                    str(form or "").strip(),
                    col,
                    number,
                    _date(day),
                    str(note or "").strip(),
                )
            )
        except ValueError as exc:
            errors.append(f"dòng {line}: {exc}")
    if errors:
        raise ServiceError("Tệp số dư đầu kỳ có lỗi, chưa nhập gì: " + "; ".join(errors))
    if not rows:
        raise ServiceError(f"Tệp {path} không có dòng số liệu nào (cột: {', '.join(HEADERS)}).")
    return rows


def import_opening_balances(db: Database, actor: Actor, path: Path) -> OpResult[int]:
    """Import every figure of the sheet, or none; returns how many were entered."""
    require(actor, Role.SUPERVISOR, action="nhập số liệu kỳ trước chuyển sang")
    rows = read_opening_sheet(path)
    ids = []
    with db.session() as s:
        for row in rows:
            try:
                ids.append(
                    enter_opening(
                        s, actor, row.unit, row.form, row.column, row.as_of, row.value, row.note
                    )
                )
            except ServiceError as exc:
                raise ServiceError(f"Dòng {row.line}: {exc} Chưa nhập dòng nào.") from exc
    return OpResult(len(rows), Changes.of(Entity.REPORT, ids))


@dataclass(frozen=True)
class OpeningEntry:
    """One entered carried-over figure, as the opening-balance screen lists it."""

    id: uuid.UUID
    unit: str
    unit_name: str
    form: str
    column: int
    heading: str
    as_of: dt.date
    value: int
    note: str


def enterable_columns(form_code: str) -> list[tuple[int, str]]:
    """``(no, heading)`` of the columns of a form that take an opening balance (counted,
    not computed by a formula)."""
    form = get_form(form_code)
    return [(c.no, c.heading) for c in form.columns if c.rule.counted and not c.formula]


def list_opening_balances(db: Database, actor: Actor) -> list[OpeningEntry]:
    """Every live opening balance, by form, unit and column."""
    require(actor, *READ_ROLES, action="xem số liệu kỳ trước chuyển sang")
    known = set(form_codes())
    with db.session() as s:
        rows = s.execute(
            select(OpeningBalance, Unit.code, Unit.name)
            .join(Unit, Unit.id == OpeningBalance.unit_id)
            .where(OpeningBalance.deleted_at.is_(None))
        ).all()
        out = []
        for ob, code, name in rows:
            heading = ""
            if ob.form_code in known:
                heading = next(
                    (c.heading for c in get_form(ob.form_code).columns if c.no == ob.column_no), ""
                )
            out.append(
                OpeningEntry(
                    ob.id,
                    code,
                    name,
                    ob.form_code,
                    ob.column_no,
                    heading,
                    ob.as_of,
                    ob.value,
                    ob.note,
                )
            )
    return sorted(out, key=lambda e: (e.form, e.unit, e.column))


def remove_opening_balance(
    db: Database, actor: Actor, entry_id: uuid.UUID, reason: str
) -> OpResult[None]:
    """Remove a figure entered by mistake (supervisors, reason mandatory, audited); it can
    then be entered again."""
    require(actor, Role.SUPERVISOR, action="xóa số liệu kỳ trước chuyển sang")
    if not reason.strip():
        raise ValidationFailed({"reason": "Cần ghi lý do xóa số liệu kỳ trước chuyển sang."})
    with db.session() as s:
        row = s.get(OpeningBalance, entry_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("Số liệu kỳ trước chuyển sang này không còn.")
        row.deleted_at, row.updated_by = utcnow(), actor.user_id
        append_audit(
            s,
            "report.opening_balance.remove",
            entity="report_opening_balances",
            entity_id=row.id,
            detail={
                "form": row.form_code,
                "column": row.column_no,
                "value": row.value,
                "reason": reason.strip(),
            },
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return OpResult(None, Changes.of(Entity.REPORT, [entry_id]))
