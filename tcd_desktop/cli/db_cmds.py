"""``db upgrade``, ``db check`` and ``audit verify``."""

from __future__ import annotations

import argparse

from sqlalchemy import text

from tcd_desktop.cli.common import emit, open_db
from tcd_desktop.services.rulebook import ensure_rule_pack
from tcd_desktop.store import migrate
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.database import Database


def cmd_db_upgrade(ns: argparse.Namespace) -> int:
    """Bring the schema to this version's head (SQLite files are copied first)."""
    db = open_db(ns.database, upgrade=True)
    try:
        rev = migrate.current_revision(db.engine)
        ensure_rule_pack(db)
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
            for fts in ("citizens_fts", "petitions_fts"):
                try:
                    conn.execute(
                        text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
                    )
                except Exception as exc:
                    problems.append(f"Chỉ mục tìm kiếm {fts} không khớp dữ liệu: {exc}")
        else:
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM cases c LEFT JOIN petitions p ON p.id = c.petition_id "
                    "WHERE c.petition_id IS NOT NULL AND p.id IS NULL"
                )
            ).scalar_one()
            if orphans:
                problems.append(f"{orphans} vụ việc trỏ tới đơn không tồn tại.")
    return problems


def cmd_db_check(ns: argparse.Namespace) -> int:
    """Integrity of the file/server, foreign keys, search indexes and schema version."""
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        problems = _checks(db)
    finally:
        db.close()
    ok = not problems
    text_out = (
        "Cơ sở dữ liệu toàn vẹn."
        if ok
        else "Phát hiện vấn đề:\n" + "\n".join(f"  - {p}" for p in problems)
    )
    emit(ns.json, {"ok": ok, "problems": problems}, text_out)
    return 0 if ok else 1


def cmd_audit_verify(ns: argparse.Namespace) -> int:
    """Walk the audit hash chain; exit 1 when an entry was edited or removed."""
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        with db.session() as session:
            report = verify_audit(session)
    finally:
        db.close()
    if report.ok:
        text_out = f"Nhật ký nguyên vẹn: đã kiểm tra {report.checked} mục."
    else:
        text_out = f"NHẬT KÝ BỊ THAY ĐỔI ({report.checked} mục đã kiểm tra):\n" + "\n".join(
            f"  - {p}" for p in report.problems
        )
    emit(
        ns.json, {"ok": report.ok, "checked": report.checked, "problems": report.problems}, text_out
    )
    return 0 if report.ok else 1
