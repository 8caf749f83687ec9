"""``db upgrade``, ``db check [--repair]``, ``audit verify [--anchor]`` and ``audit anchor``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from tcd_desktop.cli.auth import signed_in
from tcd_desktop.cli.common import CliError, emit, open_db
from tcd_desktop.cli.gate import ADMIN_ONLY, AUDITORS, gate, gate_or_damaged
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.rulebook import ensure_rule_pack
from tcd_desktop.store import migrate
from tcd_desktop.store.audit import current_anchor, verify_audit
from tcd_desktop.store.audit_anchor import AnchorError, parse_anchor
from tcd_desktop.store.audit_key import AuditKeyError
from tcd_desktop.store.database import Database
from tcd_desktop.store.schema_check import check_schema, repair_schema


def cmd_db_upgrade(ns: argparse.Namespace) -> int:
    """Bring the schema to this version's head (SQLite files are copied first).

    An administrator signs in first; accounts kept in a schema too old for this version to
    read are signed in right after the upgrade (which copied the file first)."""
    db = open_db(ns.database, upgrade=False)
    try:
        try:
            actor = gate(ns, db, ADMIN_ONLY, "nâng cấp cơ sở dữ liệu")
        except SQLAlchemyError:
            actor = None  # the old schema's accounts: read after the upgrade below
            late = True
        else:
            late = False
    finally:
        db.close()
    db = open_db(ns.database, upgrade=True)
    try:
        if late and actor is None:
            signed_in(ns, db, *ADMIN_ONLY, action="nâng cấp cơ sở dữ liệu")
        rev = migrate.current_revision(db.engine)
        ensure_rule_pack(db, SYSTEM)
    finally:
        db.close()
    emit(
        ns.json,
        {"revision": rev, "database": db.display_name()},
        f"Cơ sở dữ liệu {db.display_name()} đã ở phiên bản lược đồ mới nhất ({rev}).",
    )
    return 0


def _checks(db: Database) -> list[str]:
    problems: list[str] = []
    rev = migrate.current_revision(db.engine)
    if rev != migrate.head_revision():
        problems.append(f"Lược đồ ở phiên bản {rev}, cần nâng cấp lên {migrate.head_revision()}.")
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            result = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                problems += [f"SQLite integrity_check: {r}" for r in result[:20]]
            for row in conn.execute(text("PRAGMA foreign_key_check")).fetchmany(20):
                problems.append(f"Khoá ngoại hỏng: bảng {row[0]} dòng {row[1]} → {row[2]}")
        else:
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM cases c LEFT JOIN petitions p ON p.id = c.petition_id "
                    "WHERE c.petition_id IS NOT NULL AND p.id IS NULL"
                )
            ).scalar_one()
            if orphans:
                problems.append(f"{orphans} vụ việc trỏ tới đơn không tồn tại.")
    problems += check_schema(db.engine).problems
    return problems


def cmd_db_check(ns: argparse.Namespace) -> int:
    """Integrity of the file/server, foreign keys, search indexes and schema version."""
    db = open_db(ns.database, upgrade=False, must_exist=True)
    repaired: list[str] = []
    try:
        gate_or_damaged(ns, db, ADMIN_ONLY, "kiểm tra cơ sở dữ liệu")
        problems = _checks(db)
        if problems and getattr(ns, "repair", False):
            repaired = repair_schema(db.engine)
            problems = _checks(db)
    except SQLAlchemyError as exc:  # a damaged file: say so, and how to recover
        problems = [
            f"Tệp cơ sở dữ liệu bị hỏng ({getattr(exc, 'orig', exc)}). Hãy phục hồi từ bản "
            "sao lưu gần nhất: tcd-desktop restore TỆP (xem README, Sao lưu và phục hồi)."
        ]
    finally:
        db.close()
    ok = not problems
    text_out = "\n".join([*repaired, ""]) if repaired else ""
    text_out += (
        "Cơ sở dữ liệu toàn vẹn."
        if ok
        else "Phát hiện vấn đề:\n" + "\n".join(f"  - {p}" for p in problems)
    )
    if not ok and not repaired and any(p.startswith("Thiếu") or "tìm kiếm" in p for p in problems):
        text_out += "\nChạy lại với --repair để tạo lại những gì bị thiếu."
    emit(ns.json, {"ok": ok, "problems": problems, "repaired": repaired}, text_out)
    return 0 if ok else 1


def _anchor_of_report(value: str) -> str:
    """``--anchor`` given a report file (PDF, XLSX): the anchor line printed on it."""
    from tcd_desktop.documents.anchor_stamp import anchor_in_file

    path = Path(value.strip())
    if path.suffix.lower() not in (".pdf", ".xlsx") or not path.is_file():
        return value
    found = anchor_in_file(path)
    if found is None:
        raise CliError(f"Tệp {path} không mang dấu neo nhật ký kiểm tra.")
    return found


def cmd_audit_verify(ns: argparse.Namespace) -> int:
    """Walk the audit hash chain; exit 1 when an entry was edited or removed."""
    anchor = None
    if getattr(ns, "anchor", None):
        try:
            anchor = parse_anchor(_anchor_of_report(ns.anchor))
        except AnchorError as exc:
            raise CliError(str(exc)) from exc
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        gate(ns, db, AUDITORS, "kiểm tra nhật ký")
        with db.session() as session:
            report = verify_audit(session, anchor=anchor)
    except AuditKeyError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    finally:
        db.close()
    if report.ok:
        text_out = f"Nhật ký nguyên vẹn: đã kiểm tra {report.checked} mục."
        if anchor is not None:
            text_out += f" Khớp dấu neo (mục số {anchor.seq or '?'})."
    else:
        text_out = f"NHẬT KÝ BỊ THAY ĐỔI ({report.checked} mục đã kiểm tra):\n" + "\n".join(
            f"  - {p}" for p in report.problems
        )
    emit(
        ns.json,
        {
            "ok": report.ok,
            "checked": report.checked,
            "problems": report.problems,
            "anchor_checked": report.anchor_checked,
        },
        text_out,
    )
    return 0 if report.ok else 1


def cmd_audit_anchor(ns: argparse.Namespace) -> int:
    """Print (and optionally write) the chain head to keep outside the database."""
    out = Path(ns.out).expanduser() if getattr(ns, "out", None) else None
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise CliError(f"--out phải là một tệp trong thư mục có sẵn: {ns.out}")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        gate(ns, db, AUDITORS, "lấy dấu neo nhật ký")
        with db.session() as session:
            anchor = current_anchor(session)
    finally:
        db.close()
    if out is not None:
        out.write_text(anchor.to_json(database=db.display_name()), encoding="utf-8")
    emit(
        ns.json,
        {"anchor": anchor.line(), "seq": anchor.seq, "hash": anchor.hash, "file": str(out or "")},
        f"{anchor.line()}\n(Dấu neo nhật ký: {anchor.seq} mục. Chép lại hoặc in ra và cất "
        "ngoài máy; dùng với 'audit verify --anchor'.)",
    )
    return 0
