"""Opening balances (kỳ trước chuyển sang) imported once from a spreadsheet.

The sheet has one figure per row: ``Mã đơn vị | Biểu | Cột | Số liệu | Ngày | Ghi chú``
(a header row first). Every row is checked before anything is written; one bad row and
nothing is imported. Every figure is entered (and audited) in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.reports.service import enter_opening
from tcd_desktop.store.database import Database

__all__ = ["OpeningRow", "import_opening_balances", "read_opening_sheet"]

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
        ws = load_workbook(path, read_only=True, data_only=True).active
    except (OSError, ValueError, KeyError) as exc:
        raise ServiceError(f"Không đọc được tệp {path}: {exc}") from exc
    rows: list[OpeningRow] = []
    errors: list[str] = []
    for line, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        cells = tuple(cells) + (None,) * (6 - len(cells))
        if not any(c not in (None, "") for c in cells[:6]):
            continue
        unit, form, column, value, day, note = cells[:6]
        try:
            number = int(str(value).strip())
            col = int(str(column).strip())
            if number < 0:
                raise ValueError("số liệu âm")
            rows.append(OpeningRow(line, str(unit or "").strip(), str(form or "").strip(), col,
                                   number, _date(day), str(note or "").strip()))  # fmt: skip
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
