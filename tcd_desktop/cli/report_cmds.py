"""``tcd-desktop report``: a statutory report form (TT 01/2024) for a period.

Aggregate figures need no sign-in. ``--drill`` (lists people's petitions and visits),
``--out`` (a file to send), ``--lock`` and ``--unlock`` sign in (supervisor, leader or
administrator; locking needs a supervisor).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tcd_desktop.cli.auth import add_auth_args, signed_in
from tcd_desktop.cli.common import CliError, emit, open_db, parse_date
from tcd_desktop.domain.report_periods import (
    CutoffRule,
    PeriodError,
    PeriodKind,
    custom_period,
    parse_period,
)
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.reports import (
    Report,
    build_report,
    drill,
    find_form,
    lock_report,
    report_cutoff,
    unlock_report,
)
from tcd_desktop.services.reports.service import READ_ROLES

COMMANDS = ("report", "report-opening", "report-cutoff")
_KINDS = {"chuyen-de": PeriodKind.THEMATIC, "dot-xuat": PeriodKind.AD_HOC}
NARRATIVE = ("loi-van", "narrative")


def add_report_commands(sub: Any) -> None:
    """Add ``report`` to the ``tcd-desktop`` sub-parsers."""
    p = sub.add_parser("report", help="biểu số liệu báo cáo định kỳ (Thông tư 01/2024/TT-TTCP)")
    p.add_argument(
        "form",
        metavar="BIỂU",
        help="số biểu: 01/TCD, 02/TCD, 01/XLD … 04/KQGQ; loi-van: báo cáo bằng lời văn (.pdf)",
    )
    p.add_argument(
        "--period", metavar="KỲ", help="YYYY-Q1..Q4, YYYY-H1, YYYY-9M hoặc YYYY (ví dụ 2026-Q3)"
    )
    p.add_argument("--from", dest="date_from", metavar="NGÀY", help="từ ngày (kỳ tùy chọn)")
    p.add_argument("--to", dest="date_to", metavar="NGÀY", help="đến ngày (kỳ tùy chọn)")
    p.add_argument(
        "--kind", choices=sorted(_KINDS), help="báo cáo chuyên đề hoặc đột xuất (với --from/--to)"
    )
    p.add_argument("--unit", metavar="MÃ", help="chỉ cơ quan, đơn vị này và các đơn vị trực thuộc")
    p.add_argument("--out", metavar="TỆP", help="ghi ra tệp .xlsx hoặc .pdf (cần đăng nhập)")
    p.add_argument("--drill", type=int, metavar="CỘT", help="liệt kê hồ sơ của một cột")
    p.add_argument("--lock", action="store_true", help="khóa số liệu kỳ này như đã gửi")
    p.add_argument("--unlock", action="store_true", help="mở khóa kỳ này (cần --reason)")
    p.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do mở khóa")
    p.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL hoặc tệp)"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "report-opening", help="nhập số liệu kỳ trước chuyển sang (trước khi dùng phần mềm)"
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar="TỆP.xlsx",
        help="bảng: Mã đơn vị | Biểu | Cột | Số liệu | Ngày | Ghi chú",
    )
    p.add_argument("--unit", metavar="MÃ", help="mã đơn vị (nhập một số liệu)")
    p.add_argument("--form", metavar="BIỂU", help="số biểu, ví dụ 01/XLD")
    p.add_argument("--column", type=int, metavar="CỘT", help="số cột, ví dụ 2")
    p.add_argument("--value", type=int, metavar="SỐ", help="số liệu")
    p.add_argument("--as-of", dest="as_of", metavar="NGÀY", help="ngày bắt đầu dùng phần mềm")
    p.add_argument("--note", default="", metavar="GHI_CHÚ")
    p.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL hoặc tệp)"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_report_opening)

    p = sub.add_parser("report-cutoff", help="xem hoặc đổi ngày chốt số liệu báo cáo (mặc định 14)")
    p.add_argument("day", nargs="?", type=int, metavar="NGÀY", help="ngày chốt mới (1–28)")
    p.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do đổi (bắt buộc khi đổi)")
    p.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL hoặc tệp)"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_report_cutoff)


def _period(ns: argparse.Namespace, db: Any) -> Any:
    if ns.period and (ns.date_from or ns.date_to):
        raise CliError("Dùng --period hoặc --from/--to, không dùng cả hai.")
    try:
        if ns.period:
            if ns.kind:
                raise CliError("--kind chỉ dùng với --from/--to.")
            rule = report_cutoff(db, SYSTEM)
            return parse_period(ns.period, rule)
        if not (ns.date_from and ns.date_to):
            raise CliError("Cần --period (ví dụ 2026-Q3) hoặc cả --from và --to.")
        start = parse_date(ns.date_from, "--from")
        end = parse_date(ns.date_to, "--to")
        return custom_period(start, end, _KINDS.get(ns.kind or "", PeriodKind.CUSTOM))
    except PeriodError as exc:
        raise CliError(str(exc)) from exc


def _text(report: Report) -> str:
    form = report.form
    lines = [
        f"Biểu số {form.code} — {form.title}",
        f"Số liệu tính từ ngày {report.period.start:%d/%m/%Y} "
        f"đến ngày {report.period.end:%d/%m/%Y} ({report.period.label})",
    ]
    if report.locked:
        lines.append(
            f"ĐÃ KHÓA lúc {report.locked['at']}; chênh lệch so với hiện tại: "
            f"{len(report.differences)} ô"
        )
    lines.append("Cột: " + "; ".join(f"{c.no}. {c.heading}" for c in form.columns))
    width = max(8, *(len(r.name[:40]) for r in report.rows)) if report.rows else 8
    for row in [*report.rows]:
        cells = " ".join("" if v is None else str(v) for v in row.values)
        lines.append(f"{row.name[:40]:<{width}} {cells}")
    total = " ".join("" if v is None else str(v) for v in report.total)
    lines.append(f"{'Tổng cộng':<{width}} {total}")
    return "\n".join(lines)


def cmd_report(ns: argparse.Namespace) -> int:
    """Print, drill into, export, lock or unlock one report form."""
    if ns.form.strip().lower() in NARRATIVE:
        return _narrative(ns)
    try:
        form = find_form(ns.form)
    except ServiceError as exc:
        raise CliError(str(exc)) from exc
    out_path = Path(ns.out) if ns.out else None
    if out_path and out_path.suffix.lower() not in (".xlsx", ".pdf"):
        raise CliError(f"Tệp kết quả phải là .xlsx hoặc .pdf: {ns.out}")
    if ns.drill is not None and not 1 <= ns.drill <= len(form.columns):
        raise CliError(
            f"Biểu {form.code} có các cột 1–{len(form.columns)}, không có cột {ns.drill}."
        )
    if ns.lock and ns.unlock:
        raise CliError("Dùng --lock hoặc --unlock, không dùng cả hai.")
    if ns.unlock and not ns.reason.strip():
        raise CliError("Mở khóa cần --reason (lý do).")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        period = _period(ns, db)
        needs_sign_in = out_path or ns.drill is not None or ns.lock or ns.unlock
        actor = (
            signed_in(ns, db, *READ_ROLES, action="xuất, khóa hoặc xem chi tiết báo cáo")
            if needs_sign_in
            else None
        )
        try:
            if ns.unlock and actor:
                unlock_report(db, actor, form.code, period, ns.reason, ns.unit)
            if ns.lock and actor:
                report = lock_report(db, actor, form.code, period, ns.unit).value
            else:
                report = build_report(db, actor or SYSTEM, form.code, period, ns.unit)
            if ns.drill is not None and actor:
                rows = drill(db, actor, form.code, ns.drill, period, ns.unit)
                col = form.column(ns.drill)
                text = "\n".join(
                    [f"Cột {col.no}. {col.heading}: {len(rows)} hồ sơ"]
                    + [f"{r.date:%d/%m/%Y}  {r.number}  {r.unit}  {r.text}" for r in rows]
                )
                emit(
                    ns.json,
                    {
                        "form": form.code,
                        "column": col.no,
                        "heading": col.heading,
                        "count": len(rows),
                        "items": [r.to_dict() for r in rows],
                    },
                    text,
                )
                return 0
            if out_path:
                _write(report, out_path, db, actor or SYSTEM)
                emit(ns.json, {"written": str(out_path), **report.to_dict()}, f"Đã ghi {out_path}")
                return 0
        except ServiceError as exc:
            raise CliError(str(exc)) from exc
        emit(ns.json, report.to_dict(), _text(report))
        return 0
    finally:
        db.close()


def _write(report: Report, path: Path, db: Any, actor: Any) -> None:
    from tcd_desktop.services.reports.writers import save_report

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"Không ghi được tệp {path}: {exc.strerror or exc}") from exc
    save_report(db, actor, report, path)


def cmd_report_opening(ns: argparse.Namespace) -> int:
    """Enter one opening balance, or import a sheet of them (all or nothing); audited."""
    from tcd_desktop.domain.enums import Role
    from tcd_desktop.services.reports.opening import import_opening_balances
    from tcd_desktop.services.reports.service import set_opening_balance

    single = (ns.unit, ns.form, ns.column, ns.value, ns.as_of)
    if ns.file and any(v is not None for v in single):
        raise CliError("Dùng TỆP hoặc --unit/--form/--column/--value/--as-of, không dùng cả hai.")
    if not ns.file and any(v is None for v in single):
        raise CliError("Cần TỆP.xlsx, hoặc đủ --unit, --form, --column, --value và --as-of.")
    if ns.file and not Path(ns.file).is_file():
        raise CliError(f"Không tìm thấy tệp: {ns.file}")
    as_of = parse_date(ns.as_of, "--as-of") if ns.as_of else None
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        actor = signed_in(ns, db, Role.SUPERVISOR, action="nhập số liệu kỳ trước chuyển sang")
        try:
            if ns.file:
                count = import_opening_balances(db, actor, Path(ns.file)).value
            else:
                assert as_of is not None
                set_opening_balance(
                    db, actor, ns.unit, ns.form, ns.column, as_of, ns.value, ns.note
                )
                count = 1
        except ServiceError as exc:
            raise CliError(str(exc)) from exc
        emit(ns.json, {"entered": count}, f"Đã nhập {count} số liệu kỳ trước chuyển sang.")
        return 0
    finally:
        db.close()


def _narrative(ns: argparse.Namespace) -> int:
    """The narrative report skeleton with its figures, as PDF (signs in)."""
    from tcd_desktop.services.reports.narrative import narrative_pdf
    from tcd_desktop.services.reports.writers import office_header

    if not ns.out or Path(ns.out).suffix.lower() != ".pdf":
        raise CliError("Báo cáo bằng lời văn cần --out TỆP.pdf.")
    if ns.drill is not None or ns.lock or ns.unlock:
        raise CliError("Báo cáo bằng lời văn không dùng --drill, --lock hay --unlock.")
    out = Path(ns.out)
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        period = _period(ns, db)
        actor = signed_in(ns, db, *READ_ROLES, action="lập báo cáo bằng lời văn")
        try:
            data = narrative_pdf(db, actor, period, office_header(db, actor), ns.unit)
        except ServiceError as exc:
            raise CliError(str(exc)) from exc
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        except OSError as exc:
            raise CliError(f"Không ghi được tệp {out}: {exc.strerror or exc}") from exc
        emit(ns.json, {"written": str(out), "period": period.code}, f"Đã ghi {out}")
        return 0
    finally:
        db.close()


def cmd_report_cutoff(ns: argparse.Namespace) -> int:
    """Show the data cut-off day, or change it (administrator, reason, audited)."""
    from tcd_desktop.domain.enums import Role
    from tcd_desktop.services.reports.service import set_cutoff_day

    if ns.day is not None and not 1 <= ns.day <= 28:
        raise CliError(f"Ngày chốt số liệu phải từ 1 đến 28, không phải {ns.day}.")
    if ns.day is not None and not ns.reason.strip():
        raise CliError("Đổi ngày chốt số liệu cần --reason (lý do).")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        if ns.day is None:
            day = report_cutoff(db, SYSTEM).day
        else:
            actor = signed_in(ns, db, Role.ADMINISTRATOR, action="đổi ngày chốt số liệu")
            try:
                day = set_cutoff_day(db, actor, ns.day, ns.reason).value.day
            except ServiceError as exc:
                raise CliError(str(exc)) from exc
        q1 = parse_period("2026-Q1", CutoffRule(day))
        emit(
            ns.json,
            {"cutoff_day": day},
            f"Ngày chốt số liệu: {day} (ví dụ Quý I năm 2026: {q1.start:%d/%m/%Y} – "
            f"{q1.end:%d/%m/%Y}).",
        )
        return 0
    finally:
        db.close()
