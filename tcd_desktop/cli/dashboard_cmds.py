"""``dashboard``: the supervisor's per-unit table for a reporting period, and its drill-down.

Aggregates need no sign-in (they name nobody); ``--drill METRIC`` lists cases, so it signs
in like the screens (``--user``/``TCD_USER`` and a password) as a supervisor, leader or
administrator.
"""

from __future__ import annotations

import argparse
import datetime as dt

from tcd_desktop.cli.common import CliError, parse_date
from tcd_desktop.domain.dashboard_period import Period, current_period, parse_period

PERIOD_HELP = "kỳ báo cáo: 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-08 (mặc định: kỳ hiện tại)"


def period_arg(text: str | None, today: dt.date) -> Period | None:
    """``--period``: a statutory period, ``all`` (``None``: no bound) or the current one."""
    if text is None or not text.strip():
        return current_period(today)
    if text.strip().lower() in ("all", "tat-ca", "tất-cả"):
        return None
    try:
        return parse_period(text)
    except ValueError:
        raise CliError(
            f"Kỳ không hợp lệ: {text!r} (dùng 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-08 hoặc all)."
        ) from None


def _today(ns: argparse.Namespace) -> dt.date:
    from tcd_desktop.services.board import today_vn

    return parse_date(ns.today, "--today") if getattr(ns, "today", None) else today_vn()


def add_dashboard_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dashboard``."""
    from tcd_desktop.cli.auth import add_auth_args
    from tcd_desktop.cli.dashboard_run import cmd_dashboard

    p = sub.add_parser("dashboard", help="bảng tổng hợp theo đơn vị cho một kỳ báo cáo")
    p.add_argument("--period", metavar="KỲ", help=PERIOD_HELP)
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="từ ngày (kỳ tự chọn)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="đến ngày (kỳ tự chọn)")
    p.add_argument("--unit", metavar="CODE", help="mã cơ quan, đơn vị (gồm cả đơn vị trực thuộc)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="tính như vào ngày này")
    p.add_argument(
        "--drill",
        metavar="SỐ_LIỆU",
        help="liệt kê các vụ việc của một số liệu (overdue, closed_late, radar_over_30, ...); "
        "cần đăng nhập",
    )
    p.add_argument("--limit", type=int, default=100, metavar="N", help="số dòng tối đa khi --drill")
    p.add_argument("--database", metavar="URL", help="SQLAlchemy URL")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_dashboard)
