"""``rules override`` and ``calendar-day``: an administrator's changes, each audited."""

from __future__ import annotations

import argparse
import datetime as dt

from tcd_desktop.cli.auth import add_auth_args, signed_in
from tcd_desktop.cli.calendar_change import (
    add_calendar_day_options,
    change_data,
    change_text,
    run_calendar_change,
)
from tcd_desktop.cli.common import CliError, check_int, check_text, emit, open_db, parse_date
from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.rules import UnknownRuleError
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import ServiceError, ValidationFailed
from tcd_desktop.services.rulebook import (
    MAX_RULE_DAYS,
    ensure_rule_pack,
    load_rulebook,
    override_rule,
)


def add_admin_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the administrator's commands on the main parser."""
    p = sub.add_parser("rules", help="quy tắc thời hạn: thay đổi có lý do, được ghi nhật ký")
    rsub = p.add_subparsers(title="thao tác", metavar="THAO_TÁC", required=True)
    q = rsub.add_parser("override", help="thay đổi thời hạn của một quy tắc từ một ngày")
    q.add_argument("rule", metavar="RULE")
    q.add_argument("--days", type=int, required=True, metavar="N")
    q.add_argument("--unit", choices=("calendar", "working"), required=True)
    q.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    q.add_argument("--reason", required=True, help="căn cứ, lý do thay đổi (bắt buộc)")
    q.add_argument("--database", metavar="URL")
    q.add_argument("--json", action="store_true")
    add_auth_args(q)
    q.set_defaults(handler=cmd_rules_override)

    p = sub.add_parser("calendar-day", help="thêm ngày nghỉ hoặc ngày làm bù do Chính phủ công bố")
    p.add_argument("day", metavar="YYYY-MM-DD")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument(
        "--off", dest="kind", action="store_const", const="off", help="ngày nghỉ thêm"
    )
    kind.add_argument(
        "--work", dest="kind", action="store_const", const="work", help="ngày làm việc bù (thứ Bảy)"
    )
    add_calendar_day_options(p, kind)
    p.add_argument("--name", default="", help="tên ngày, ví dụ 'Nghỉ bù Quốc khánh'")
    p.add_argument("--reason", default="", help="văn bản công bố")
    p.add_argument("--database", metavar="URL")
    p.add_argument("--json", action="store_true")
    add_auth_args(p)
    p.set_defaults(handler=cmd_calendar_day)


def cmd_rules_override(ns: argparse.Namespace) -> int:
    """Record an override; the new due date applies to events from ``--from`` on."""
    start = parse_date(ns.start, "--from")
    check_text(ns.rule, "Mã quy tắc", max_len=16, required=True)
    check_text(ns.reason, "--reason", max_len=1000)
    rule_id = ns.rule.strip().upper()
    if not ns.reason.strip():
        raise CliError("Phải nêu lý do khi thay đổi quy tắc thời hạn (--reason).")
    label = "ngày" if ns.unit == "calendar" else "ngày làm việc"
    check_int(ns.days, 1, MAX_RULE_DAYS[ns.unit], f"--days ({label})")
    db = open_db(ns.database, must_exist=True)
    try:
        actor = signed_in(ns, db, Role.ADMINISTRATOR, action="thay đổi quy tắc thời hạn")
        ensure_rule_pack(db, actor)
        with db.session() as session:
            try:
                override_rule(
                    session,
                    actor,
                    rule_id,
                    days=ns.days,
                    unit=ns.unit,
                    effective_from=start,
                    reason=ns.reason,
                )
            except ValidationFailed as exc:
                raise CliError(" ".join(exc.field_errors.values())) from exc
            except (ServiceError, UnknownRuleError) as exc:
                raise CliError(str(exc)) from exc
        with db.session() as session:
            rule = load_rulebook(session, SYSTEM).pack.get(rule_id, start)
    finally:
        db.close()
    data = {
        "rule": rule_id,
        "from": start.isoformat(),
        "days": rule.days,
        "unit": str(rule.unit),
        "reason": ns.reason,
    }
    emit(
        ns.json,
        data,
        f"Đã thay đổi {rule_id}: {rule.days} ngày ({rule.unit.label_vi}) "
        f"từ {format_vn_date(start)}. Lý do: {ns.reason}",
    )
    return 0


def cmd_calendar_day(ns: argparse.Namespace) -> int:
    """Change the office calendar; every open case's due dates are recomputed and listed."""
    day: dt.date = parse_date(ns.day, "ngày")
    check_text(ns.name or "", "--name", max_len=200)
    check_text(ns.reason or "", "--reason", max_len=1000)
    if ns.kind in ("off", "work") and not (ns.name or "").strip():
        raise CliError("Hãy ghi tên ngày (--name).")
    change = run_calendar_change(ns, day)
    emit(ns.json, change_data(change), change_text(change))
    return 0
