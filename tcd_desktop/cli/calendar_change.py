"""``calendar-day``'s remove/confirm options and the list of cases whose due date moved."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from tcd_desktop.cli.auth import signed_in
from tcd_desktop.cli.common import CliError, open_db
from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.cases.calendar_change import (
    ACTION_LABELS,
    CalendarChange,
    change_calendar_day,
)
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.rulebook import ensure_rule_pack


def add_calendar_day_options(p: argparse.ArgumentParser, kind: Any) -> None:
    """``--remove``, ``--confirm`` (in the --off/--work group) and ``--estimate``."""
    kind.add_argument(
        "--remove",
        dest="kind",
        action="store_const",
        const="remove",
        help="xoá ngày do cơ quan đã nhập (trở về lịch theo luật)",
    )
    kind.add_argument(
        "--confirm",
        dest="kind",
        action="store_const",
        const="confirm",
        help="xác nhận ngày nghỉ/làm bù đã được công bố chính thức",
    )
    p.add_argument(
        "--estimate",
        action="store_true",
        help="ngày dự kiến, chưa được công bố chính thức (thời hạn qua ngày này ghi chưa chắc chắn)",
    )


def run_calendar_change(ns: argparse.Namespace, day: dt.date) -> CalendarChange:
    """Apply the change in one transaction (nothing written on a refusal)."""
    db = open_db(ns.database, must_exist=True)
    try:
        actor = signed_in(ns, db, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
        ensure_rule_pack(db, actor)
        with db.session() as session:
            try:
                return change_calendar_day(
                    session,
                    actor,
                    day,
                    ns.kind,
                    name=ns.name,
                    reason=ns.reason,
                    confirmed=not getattr(ns, "estimate", False),
                )
            except ServiceError as exc:
                raise CliError(str(exc)) from exc
    finally:
        db.close()


def change_data(change: CalendarChange) -> dict[str, Any]:
    """JSON form: the day and the moved cases with their old and new due dates."""
    return {
        "date": change.day.isoformat(),
        "kind": change.action,
        "name": change.name,
        "confirmed": change.confirmed,
        "moved": [
            {"code": c.code, "before": _iso(c.before), "after": _iso(c.after)} for c in change.moved
        ],
        "moved_petitions": [
            {"number": n, "before": _iso(b), "after": _iso(a)} for n, b, a in change.moved_petitions
        ],
    }


def change_text(change: CalendarChange) -> str:
    """What changed, then one line per case whose due date moved."""
    head = f"Đã ghi {format_vn_date(change.day)}: {ACTION_LABELS[change.action]}"
    if change.name:
        head += f" ({change.name})"
    if not change.confirmed:
        head += " — chưa được công bố chính thức"
    lines = [head + "."]
    if change.moved:
        lines.append(f"Đã tính lại thời hạn; {len(change.moved)} vụ việc đổi hạn giải quyết:")
        lines += [f"  {c.code}: {_vn(c.before)} → {_vn(c.after)}" for c in change.moved]
    else:
        lines.append("Đã tính lại thời hạn; không vụ việc nào đang giải quyết bị đổi hạn.")
    if change.moved_petitions:
        lines.append(f"{len(change.moved_petitions)} đơn chờ xử lý đổi hạn xử lý:")
        lines += [f"  Đơn {n}: {_vn(b)} → {_vn(a)}" for n, b, a in change.moved_petitions]
    return "\n".join(lines)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _vn(d: dt.date | None) -> str:
    return format_vn_date(d) if d else "—"
