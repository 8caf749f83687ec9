"""The records behind a cell of a report form: visits, petitions or cases, for a screen's
list or ``report --drill``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from tcd_desktop.domain.report_periods import Period
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.reports.engine import _drill_column, _scope_units
from tcd_desktop.services.reports.service import READ_ROLES, find_form
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case, Petition, Reception

__all__ = ["DrillRow", "drill"]


@dataclass(frozen=True)
class DrillRow:
    """One record behind a cell: its kind, number, date, unit and a short description."""

    kind: str
    number: str
    date: dt.date
    unit: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """As printed by ``--drill --json``."""
        return {
            "kind": self.kind,
            "number": self.number,
            "date": self.date.isoformat(),
            "unit": self.unit,
            "text": self.text,
        }


_SOURCES = {
    "r": ("lượt tiếp", Reception, Reception.number, Reception.received_on, Reception.summary),
    "p": ("đơn", Petition, Petition.number, Petition.received_on, Petition.summary),
    "c": ("vụ việc", Case, Case.code, Case.received_on, Case.summary),
}


def drill(
    db: Database,
    actor: Actor,
    form_code: str,
    column_no: int,
    period: Period,
    unit_code: str | None = None,
    limit: int | None = None,
    row_unit: str | None = None,
) -> list[DrillRow]:
    """The visits, petitions or cases behind one cell (a formula cell: all its parts): the
    total of the scope ``unit_code``, or the row of the unit ``row_unit``."""
    require(actor, *READ_ROLES, action="xem danh sách hồ sơ của số liệu báo cáo")
    form = find_form(form_code)
    try:
        column = form.column(column_no)
    except KeyError:
        raise ServiceError(f"Biểu {form.code} không có cột {column_no}.") from None
    with db.session() as s:
        try:
            source, ids = _drill_column(s, form, column, period, unit_code, limit, row_unit)
        except KeyError as exc:
            raise ServiceError(f"Không có cơ quan, đơn vị mã {exc.args[0]!r}.") from None
        if not ids:
            return []
        label, model, number, day, text = _SOURCES[source]
        codes = {u.id: u.code for u in _scope_units(s, None)}
        found = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            q = select(model.id, number, day, model.unit_id, text).where(model.id.in_(part))
            for rid, num, d, unit_id, summary in s.execute(q):
                found[rid] = DrillRow(label, num, d, codes.get(unit_id, ""), summary[:120])
        return [found[i] for i in ids if i in found]
