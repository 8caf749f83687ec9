"""The argument parser: one sub-parser per command, each bound to its handler."""

from __future__ import annotations

import argparse

from tcd_desktop import __version__

SUBCOMMANDS = (
    "deadline",
    "calendar",
    "demo-data",
    "search",
    "board",
    "db",
    "audit",
    "export-register",
    "import-register",
    "rules",
    "calendar-day",
    "dashboard",
    "report",
    "report-opening",
    "report-cutoff",
    "unit-successor",
    "backup",
    "restore",
    "setup",
    "users",
    "blank-form",
)


def _common(p: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    p.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL, nếu không có thì tệp SQLite mặc định)",
    )
    if json_flag:
        p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def build_parser() -> argparse.ArgumentParser:
    """Build the full ``tcd-desktop`` parser."""
    from tcd_desktop.cli import (
        admin_cmds,
        dashboard_cmds,
        data_cmds,
        db_cmds,
        encrypted_cmds,
        forms_cmds,
        register_cmds,
        report_cmds,
        rule_cmds,
        unit_cmds,
    )
    from tcd_desktop.cli.argparse_vi import VietArgumentParser
    from tcd_desktop.cli.auth import add_auth_args
    from tcd_desktop.cli.backup_cmds import add_backup_commands
    from tcd_desktop.cli.users_cmds import add_users_commands

    parser = VietArgumentParser(
        prog="tcd-desktop",
        description="TCD Desktop — tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo. "
        "Không có lệnh con: mở giao diện.",
    )
    parser.add_argument("--version", action="version", version=f"tcd-desktop {__version__}")
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH")

    p = sub.add_parser("deadline", help="tính hạn giải quyết theo quy tắc pháp luật")
    p.add_argument("rule", metavar="RULE", help="mã quy tắc trong LAW.md, ví dụ K3, D4, T1")
    p.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="YYYY-MM-DD",
        help="ngày xảy ra sự kiện bắt đầu tính (nhận đơn, thụ lý, ...)",
    )
    p.add_argument("--complex", action="store_true", help="vụ việc phức tạp")
    p.add_argument("--very-complex", action="store_true", help="vụ việc đặc biệt phức tạp")
    p.add_argument("--remote", action="store_true", help="vùng sâu, vùng xa đi lại khó khăn")
    p.add_argument("--extensions", type=int, default=0, metavar="N", help="số lần gia hạn")
    p.add_argument("--days", type=int, metavar="N", help="số ngày theo luật chuyên ngành (D12)")
    p.add_argument(
        "--paused",
        action="append",
        default=[],
        metavar="FROM:TO",
        help="khoảng tạm đình chỉ (không tính vào thời hạn); lặp lại được",
    )
    _common(p)
    p.set_defaults(handler=rule_cmds.cmd_deadline)

    p = sub.add_parser("calendar", help="ngày nghỉ và ngày làm bù trong năm")
    p.add_argument("year", type=int, metavar="YEAR")
    _common(p)
    p.set_defaults(handler=rule_cmds.cmd_calendar)

    p = sub.add_parser("demo-data", help="tạo dữ liệu mẫu (không phải dữ liệu thật)")
    p.add_argument("--cases", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    _common(p)
    add_auth_args(p)
    p.set_defaults(handler=data_cmds.cmd_demo_data)

    p = sub.add_parser("search", help="tìm công dân và đơn, gõ không dấu được")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=int, default=100)
    _common(p)
    add_auth_args(p)
    p.set_defaults(handler=data_cmds.cmd_search)

    p = sub.add_parser("board", help="số vụ việc theo tình trạng thời hạn")
    p.add_argument("--unit", metavar="CODE", help="mã cơ quan, đơn vị")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="tính như vào ngày này")
    p.add_argument("--only-unit", action="store_true", help="chỉ đơn vị này (không gồm đơn vị con)")
    p.add_argument("--period", metavar="KỲ", help="kỳ đếm vụ việc đã xong: 2026-Q3, 2026, all")
    _common(p)
    add_auth_args(p)
    p.set_defaults(handler=data_cmds.cmd_board)

    p = sub.add_parser("db", help="quản lý cơ sở dữ liệu")
    dbsub = p.add_subparsers(title="thao tác", metavar="THAO_TÁC", required=True)
    q = dbsub.add_parser("upgrade", help="nâng cấp lược đồ (sao lưu tệp SQLite trước)")
    _common(q)
    add_auth_args(q)
    q.set_defaults(handler=db_cmds.cmd_db_upgrade)
    q = dbsub.add_parser("check", help="kiểm tra tính toàn vẹn")
    _common(q)
    add_auth_args(q)
    q.set_defaults(handler=db_cmds.cmd_db_check)
    encrypted_cmds.add_encrypted_commands(dbsub)

    p = sub.add_parser("audit", help="nhật ký kiểm tra")
    asub = p.add_subparsers(title="thao tác", metavar="THAO_TÁC", required=True)
    q = asub.add_parser("verify", help="kiểm tra chuỗi băm của nhật ký")
    _common(q)
    add_auth_args(q)
    q.set_defaults(handler=db_cmds.cmd_audit_verify)

    register_cmds.add_register_commands(sub)
    admin_cmds.add_admin_commands(sub)
    dashboard_cmds.add_dashboard_commands(sub)
    report_cmds.add_report_commands(sub)
    unit_cmds.add_unit_commands(sub)

    add_backup_commands(sub)
    add_users_commands(sub)
    forms_cmds.add_forms_commands(sub)
    return parser
