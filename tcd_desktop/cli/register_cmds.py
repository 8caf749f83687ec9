"""``export-register`` and ``import-register``: the reception register on the command line.

Same rules as the screen: an import is checked row by row and nothing is written while a
row that is not excluded has an error; ``--dry-run`` only checks. Both run as the system
account of the office (the office profile gives the desk code and the unit).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tcd_desktop.cli.common import CliError, emit, open_db, parse_date
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.register_io import apply_import, export_register, preview_import
from tcd_desktop.store.queries.register import RegisterFilter

COMMANDS = ("export-register", "import-register")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL hoặc tệp SQLite mặc định)",
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


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
    _common(p)
    p.set_defaults(handler=cmd_import_register)


def cmd_export_register(ns: argparse.Namespace) -> int:
    """Write the (date-filtered) register to a file."""
    start = parse_date(ns.date_from, "--from") if ns.date_from else None
    end = parse_date(ns.date_to, "--to") if ns.date_to else None
    if start and end and end < start:
        raise CliError("--to phải sau hoặc bằng --from.")
    out = Path(ns.out)
    if out.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
        raise CliError("--out phải là tệp .xlsx, .csv hoặc .pdf.")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        with db.session() as session:
            result = export_register(
                session, SYSTEM, out, RegisterFilter(date_from=start, date_to=end)
            )
    except ServiceError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    finally:
        db.close()
    emit(
        ns.json,
        {"file": str(result.path), "format": result.format, "rows": result.rows},
        f"Đã xuất {result.rows} lượt tiếp vào {result.path}.",
    )
    return 0


def _lines(text: str) -> set[int]:
    try:
        return {int(x) for x in text.replace(" ", "").split(",") if x}
    except ValueError:
        raise CliError(
            f"--exclude phải là các số dòng cách nhau bởi dấu phẩy (nhận {text!r})."
        ) from None


def cmd_import_register(ns: argparse.Namespace) -> int:
    """Check a register file and, unless ``--dry-run``, import it in one transaction."""
    path = Path(ns.file)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp {path}.", exit_code=1)
    excluded = _lines(ns.exclude)
    db = open_db(ns.database, must_exist=True)
    try:
        with db.session() as session:
            preview = preview_import(session, path)
            bad = [r for r in preview.rows if not r.valid and r.line not in excluded]
            data: dict[str, Any] = {
                "file": str(path),
                "rows": len(preview.rows),
                "valid": preview.valid_count,
                "file_errors": list(preview.file_errors),
                "excluded": sorted(excluded),
                "invalid": [{"line": r.line, "errors": list(r.errors)} for r in bad],
                "dry_run": ns.dry_run,
                "imported": 0,
            }
            ok = not preview.file_errors and not bad
            if ok and not ns.dry_run:
                data["imported"] = apply_import(
                    session, SYSTEM, preview, exclude_rows=excluded
                ).rows
    except ServiceError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    finally:
        db.close()
    emit(ns.json, data, _report(data, ok))
    return 0 if ok else 1


def _report(data: dict[str, Any], ok: bool) -> str:
    lines = [f"Tệp {data['file']}: {data['rows']} dòng, {data['valid']} dòng hợp lệ."]
    lines += [f"  Lỗi tệp: {e}" for e in data["file_errors"]]
    for row in data["invalid"]:
        lines.append(f"  Dòng {row['line']}: " + " ".join(row["errors"]))
    if not ok:
        lines.append("Chưa nhập gì: hãy sửa hoặc loại trừ (--exclude) các dòng lỗi.")
    elif data["dry_run"]:
        lines.append("Kiểm tra xong (--dry-run): không ghi gì vào cơ sở dữ liệu.")
    else:
        lines.append(f"Đã nhập {data['imported']} lượt tiếp trong một giao dịch.")
    return "\n".join(lines)
