"""``unit-successor``: list units abolished in 2025 and the units that took over, or set one.

Listing reads only; setting (administrator, ``--reason``, audited) signs in like the screens.
"""

from __future__ import annotations

import argparse
from typing import Any

from tcd_desktop.cli.common import CliError, emit, open_db, parse_date

COMMANDS = ("unit-successor",)


def add_unit_commands(sub: Any) -> None:
    """Register ``unit-successor``."""
    from tcd_desktop.cli.auth import add_auth_args

    p = sub.add_parser(
        "unit-successor", help="đơn vị kế thừa của đơn vị đã thôi hoạt động (sắp xếp 01/7/2025)"
    )
    p.add_argument("unit", nargs="?", metavar="MÃ", help="mã đơn vị đã thôi hoạt động")
    p.add_argument("successor", nargs="?", metavar="MÃ_KẾ_THỪA", help="mã đơn vị kế thừa")
    p.add_argument("--clear", action="store_true", help="bỏ đơn vị kế thừa")
    p.add_argument("--until", metavar="NGÀY", help="ngày cuối hoạt động (mặc định 30/06/2025)")
    p.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do, văn bản sắp xếp")
    p.add_argument("--database", metavar="URL", help="SQLAlchemy URL")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_unit_successor)


def _entry(e: Any) -> dict[str, Any]:
    return {
        "unit": e.code,
        "name": e.name,
        "level": e.level,
        "until": e.effective_to,
        "successor": e.successor_code,
    }


def cmd_unit_successor(ns: argparse.Namespace) -> int:
    """Without a unit: list the units with a successor or a last day; else set or clear."""
    from tcd_desktop.cli.auth import signed_in
    from tcd_desktop.domain.enums import Role
    from tcd_desktop.services.context import Actor
    from tcd_desktop.services.dashboard.successors import list_units, set_successor
    from tcd_desktop.services.errors import ServiceError

    if ns.unit is None:
        if ns.successor or ns.clear or ns.until:
            raise CliError("Cần mã đơn vị đã thôi hoạt động.")
    elif not ns.clear and not ns.successor:
        raise CliError("Cần mã đơn vị kế thừa, hoặc --clear để bỏ.")
    elif ns.clear and ns.successor:
        raise CliError("Dùng mã đơn vị kế thừa hoặc --clear, không dùng cả hai.")
    elif not ns.reason.strip():
        raise CliError("Cần --reason (lý do, văn bản sắp xếp đơn vị).")
    until = parse_date(ns.until, "--until") if ns.until else None
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        if ns.unit is None:
            reader = Actor(None, "cli", "Dòng lệnh", frozenset({Role.ADMINISTRATOR.value}))
            rows = [e for e in list_units(db, reader) if e.successor_code or e.effective_to]
            lines = [
                f"{e.code}\t{e.name}\t{e.effective_to or ''}\t→ {e.successor_code or '—'}"
                for e in rows
            ]
            emit(
                ns.json,
                [_entry(e) for e in rows],
                "\n".join(lines) or "Không có đơn vị nào đã thôi hoạt động.",
            )
            return 0
        actor = signed_in(ns, db, Role.ADMINISTRATOR, action="sửa đơn vị kế thừa")
        try:
            entry = set_successor(
                db, actor, ns.unit, None if ns.clear else ns.successor, ns.reason, until
            ).value
        except ServiceError as exc:
            raise CliError(str(exc)) from exc
        text = (
            f"{entry.code} ({entry.name}) → {entry.successor_code}, hoạt động đến "
            f"{entry.effective_to:%d/%m/%Y}."
            if entry.successor_code
            else f"{entry.code} ({entry.name}): đã bỏ đơn vị kế thừa."
        )
        emit(ns.json, _entry(entry), text)
        return 0
    finally:
        db.close()
