"""``export-register`` and ``import-register``: the reception register on the command line.

Same rules as the screen: an import is checked row by row and nothing is written while a
row that is not excluded has an error; ``--dry-run`` only checks. Both sign in (``--user`` /
``TCD_USER``) and run as that user: the audit names them. Rows repeated in the file, rows
already in the register and a file imported before are refused unless an administrator
passes ``--allow-duplicate``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tcd_desktop.cli.auth import add_auth_args, signed_in
from tcd_desktop.cli.common import (
    CliError,
    check_output_path,
    check_text,
    emit,
    open_db,
    parse_date,
)
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.errors import ServiceError, ValidationFailed
from tcd_desktop.services.register.export import apply_import, export_register, preview_import
from tcd_desktop.store.queries.register import RegisterFilter

COMMANDS = ("export-register", "import-register")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL hoặc tệp SQLite mặc định)",
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)


def add_register_commands(sub: Any) -> None:
    """Add both commands to the ``tcd-desktop`` sub-parsers."""
    p = sub.add_parser("export-register", help="xuất sổ tiếp công dân (Mẫu 03/TCD)")
    p.add_argument(
        "--out", required=True, metavar="FILE", help="tệp kết quả: .xlsx, .csv hoặc .pdf"
    )
    p.add_argument("--from", dest="date_from", metavar="DATE", help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="đến ngày (YYYY-MM-DD)")
    _common(p)
    p.set_defaults(handler=cmd_export_register)

    p = sub.add_parser("import-register", help="nhập sổ tiếp công dân từ tệp .xlsx hoặc .csv")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    p.add_argument(
        "--exclude",
        default="",
        metavar="DÒNG,...",
        help="bỏ qua các dòng này của tệp (số dòng như trong bảng tính)",
    )
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="quản trị viên: vẫn nhập dòng trùng, dòng đã có trong sổ hoặc tệp đã nhập",
    )
    _common(p)
    p.set_defaults(handler=cmd_import_register)


def cmd_export_register(ns: argparse.Namespace) -> int:
    """Write the (date-filtered) register to a file."""
    start = parse_date(ns.date_from, "--from") if ns.date_from else None
    end = parse_date(ns.date_to, "--to") if ns.date_to else None
    if start and end and end < start:
        raise CliError("--to phải sau hoặc bằng --from.")
    out = check_output_path(ns.out, (".xlsx", ".csv", ".pdf"))
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        actor = signed_in(ns, db, *EXPORT_ROLES, action="xuất sổ tiếp công dân")
        with db.session() as session:
            result = export_register(
                session, actor, out, RegisterFilter(date_from=start, date_to=end)
            )
    except ServiceError as exc:
        raise CliError(_message(exc), exit_code=1) from exc
    finally:
        db.close()
    emit(
        ns.json,
        {"file": str(result.path), "format": result.format, "rows": result.rows},
        f"Đã xuất {result.rows} lượt tiếp vào {result.path}.",
    )
    return 0


EXPORT_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
MAX_LINE = 10_000_000


def _message(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return " ".join(exc.field_errors.values()) or str(exc)
    return str(exc)


def _lines(text: str) -> set[int]:
    check_text(text, "--exclude", max_len=100_000)
    parts = [x for x in text.replace(" ", "").split(",") if x]
    if not all(x.isascii() and x.isdigit() and len(x) <= 8 for x in parts):
        raise CliError(
            f"--exclude phải là các số dòng cách nhau bởi dấu phẩy (nhận {text[:40]!r})."
        )
    lines = {int(x) for x in parts}
    if any(not 1 <= n <= MAX_LINE for n in lines):
        raise CliError("--exclude: số dòng phải từ 1 trở lên.")
    return lines


def cmd_import_register(ns: argparse.Namespace) -> int:
    """Check a register file and, unless ``--dry-run``, import it in one transaction."""
    check_text(ns.file, "Tên tệp", max_len=4000, required=True)
    path = Path(ns.file).expanduser()
    try:
        if not path.is_file():
            raise CliError(f"Không tìm thấy tệp {path}.", exit_code=1)
    except OSError:
        raise CliError("Tên tệp không hợp lệ hoặc quá dài.", exit_code=1) from None
    excluded = _lines(ns.exclude)
    db = open_db(ns.database, must_exist=True)
    try:
        roles = (Role.ADMINISTRATOR,) if ns.allow_duplicate else (Role.RECEPTION_OFFICER,)
        action = "nhập lại dữ liệu trùng" if ns.allow_duplicate else "nhập sổ tiếp công dân"
        actor = signed_in(ns, db, *roles, action=action)
        with db.session() as session:
            preview = preview_import(session, actor, path, allow_duplicates=ns.allow_duplicate)
            bad = [r for r in preview.rows if not r.valid and r.line not in excluded]
            data: dict[str, Any] = {
                "file": str(path),
                "rows": len(preview.rows),
                "valid": preview.valid_count,
                "file_errors": list(preview.file_errors),
                "excluded": sorted(excluded),
                "invalid": [{"line": r.line, "errors": list(r.errors)} for r in bad],
                "warnings": [
                    {"line": r.line, "warnings": list(r.warnings)}
                    for r in preview.rows
                    if r.warnings
                ],
                "dry_run": ns.dry_run,
                "imported": 0,
            }
            ok = not preview.file_errors and not bad
            if ok and not ns.dry_run:
                data["imported"] = apply_import(session, actor, preview, exclude_rows=excluded).rows
    except ServiceError as exc:
        raise CliError(_message(exc), exit_code=1) from exc
    finally:
        db.close()
    emit(ns.json, data, _report(data, ok))
    return 0 if ok else 1


MAX_SHOWN = 200


def _report(data: dict[str, Any], ok: bool) -> str:
    lines = [f"Tệp {data['file']}: {data['rows']} dòng, {data['valid']} dòng hợp lệ."]
    lines += [f"  Lỗi tệp: {e}" for e in data["file_errors"]]
    for row in data["invalid"][:MAX_SHOWN]:
        lines.append(f"  Dòng {row['line']}: " + " ".join(row["errors"]))
    if len(data["invalid"]) > MAX_SHOWN:
        lines.append(f"  … và {len(data['invalid']) - MAX_SHOWN} dòng lỗi khác (xem --json).")
    for row in data["warnings"][:MAX_SHOWN]:
        lines.append(f"  Dòng {row['line']} (vẫn nhập): " + " ".join(row["warnings"]))
    if not ok:
        lines.append("Chưa nhập gì: hãy sửa hoặc loại trừ (--exclude) các dòng lỗi.")
    elif data["dry_run"]:
        lines.append("Kiểm tra xong (--dry-run): không ghi gì vào cơ sở dữ liệu.")
    else:
        lines.append(f"Đã nhập {data['imported']} lượt tiếp trong một giao dịch.")
    return "\n".join(lines)
