"""``backup``, ``restore``, ``audit anchor`` (and the extra options of ``audit verify`` and
``db check``): an administrator's commands for keeping the data safe."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from tcd_desktop.cli.auth import add_auth_args, signed_in
from tcd_desktop.cli.common import CliError, emit, open_db
from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.backup import BackupError, backup_now, configured_policy
from tcd_desktop.services.backup.postgres import PgToolError, check_dump
from tcd_desktop.services.backup.restore import (
    RestoreError,
    plan_sqlite,
    restore_postgres,
    restore_sqlite,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.store import migrate
from tcd_desktop.store.audit import append_audit, verify_audit
from tcd_desktop.store.audit_anchor import AnchorError, parse_anchor
from tcd_desktop.store.audit_key import AuditKeyError, key_path, load_key
from tcd_desktop.store.database import DatabaseError, open_database
from tcd_desktop.store.sqlite_backup import ANCHOR_SUFFIX, last_key_id, online_copy

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def _child(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The sub-command ``name`` of ``parser`` (``audit verify``, ``db check``) to extend."""
    for action in parser._actions:  # argparse keeps no public accessor for this
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]  # type: ignore[no-any-return]
    raise KeyError(name)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def add_backup_commands(sub: Sub) -> None:
    """Register ``backup``, ``restore``, ``audit anchor``, ``audit verify --anchor`` and
    ``db check --repair`` (the last three on the parsers ``parser.py`` made)."""
    from tcd_desktop.cli import db_cmds

    p = sub.add_parser("backup", help="sao lưu dữ liệu ngay (quản trị viên)")
    p.add_argument("--out", metavar="FILE", help="ghi vào tệp này thay vì thư mục sao lưu")
    _common(p)
    add_auth_args(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="phục hồi dữ liệu từ một bản sao lưu (quản trị viên)")
    p.add_argument("file", metavar="FILE", help="tệp sao lưu (.sqlite3 hoặc .dump)")
    p.add_argument("--yes", action="store_true", help="không hỏi xác nhận")
    _common(p)
    add_auth_args(p)
    p.set_defaults(handler=cmd_restore)

    audit = sub.choices["audit"]
    q = _child(audit, "verify")
    q.add_argument(
        "--anchor", metavar="FILE|HASH", help="dấu neo đã cất (tệp *.anchor.json, dòng, mã băm)"
    )
    asub = next(a for a in audit._actions if isinstance(a, argparse._SubParsersAction))
    q = asub.add_parser("anchor", help="in dấu neo (đầu chuỗi) của nhật ký để cất giữ")
    q.add_argument("--out", metavar="FILE", help="ghi dấu neo ra tệp JSON")
    _common(q)
    add_auth_args(q)
    q.set_defaults(handler=db_cmds.cmd_audit_anchor)

    q = _child(sub.choices["db"], "check")
    q.add_argument(
        "--repair",
        action="store_true",
        help="tạo lại trigger, chỉ mục và chỉ mục tìm kiếm bị thiếu",
    )


def cmd_backup(ns: argparse.Namespace) -> int:
    """Back up now: into the backup folder (rotated) or to ``--out``."""
    out = Path(ns.out).expanduser() if ns.out else None
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise CliError(f"--out phải là một tệp trong thư mục có sẵn: {ns.out}")
    db = open_db(ns.database, must_exist=True)
    try:
        actor = signed_in(ns, db, Role.ADMINISTRATOR, action="sao lưu dữ liệu")
        try:
            result = backup_now(db, actor, configured_policy(), out=out)
        except BackupError as exc:
            raise CliError(str(exc), exit_code=1) from exc
    finally:
        db.close()
    emit(
        ns.json,
        {
            "file": str(result.path),
            "size": result.size,
            "anchor": result.anchor.line(),
            "anchor_file": str(result.anchor_path),
        },
        f"Đã sao lưu vào {result.path} ({result.size:,} byte).\n"
        f"Dấu neo nhật ký (cất riêng): {result.anchor.line()}\n"
        f"Tệp dấu neo: {result.anchor_path}",
    )
    return 0


def _confirm(ns: argparse.Namespace, question: str) -> None:
    if ns.yes:
        return
    sys.stdout.write(question + " Gõ 'có' để tiếp tục: ")
    sys.stdout.flush()
    answer = sys.stdin.readline().strip().lower()
    sys.stdout.write("\n")
    if answer not in ("có", "co", "c", "yes", "y"):
        raise CliError("Đã huỷ: dữ liệu không thay đổi.", exit_code=1)


def _sign_in_for_restore(ns: argparse.Namespace, url: str, source: Path) -> Actor:
    """An administrator of the current database, or of the backup when there is none yet
    (a new computer) or the current one cannot be opened."""
    sa = make_url(url)
    current = Path(sa.database).expanduser() if sa.get_backend_name() == "sqlite" else None
    if current is not None and current.exists():
        try:
            db = open_database(url, upgrade=False)
        except DatabaseError:
            db = None
        if db is not None:
            try:
                return signed_in(ns, db, Role.ADMINISTRATOR, action="phục hồi dữ liệu")
            except SQLAlchemyError:
                pass  # damaged file: the backup's administrators decide
            finally:
                db.close()
    with tempfile.TemporaryDirectory(prefix="tcd-restore-") as tmp:
        staged = Path(tmp) / "staged.sqlite3"
        online_copy(source, staged)
        db = open_database(f"sqlite:///{staged}", backup=False)
        try:
            return signed_in(ns, db, Role.ADMINISTRATOR, action="phục hồi dữ liệu")
        finally:
            db.close()


def cmd_restore(ns: argparse.Namespace) -> int:
    """Restore a backup after checks and a confirmation; the replaced data is kept."""
    url = resolve_database_url(ns.database)
    source = Path(ns.file).expanduser()
    sa = make_url(url)
    try:
        if sa.get_backend_name() == "postgresql":
            return _restore_pg(ns, url, source)
        if sa.drivername == "sqlite+sqlcipher":  # the encrypted laptop file
            from tcd_desktop.cli.encrypted_cmds import restore_encrypted

            return restore_encrypted(ns, url, source)
        if sa.get_backend_name() != "sqlite" or not sa.database or sa.database == ":memory:":
            raise CliError("Chỉ phục hồi được vào tệp SQLite hoặc máy chủ PostgreSQL.")
        target = Path(sa.database).expanduser()
        plan = plan_sqlite(source, target)
        _require_office_key(source)
        actor = _sign_in_for_restore(ns, url, source)
        kept = f"; bản hiện tại được giữ ở {plan.replaced_copy}" if plan.replaced_copy else ""
        _confirm(ns, f"Phục hồi {target} từ {source} (lược đồ {plan.revision}){kept}.")
        restore_sqlite(plan)
    except RestoreError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    _after_restore(url, actor, source)
    audit_note = _check_against_anchor(url, source)
    emit(
        ns.json,
        {
            "restored": str(target),
            "from": str(source),
            "kept": str(plan.replaced_copy or ""),
            "audit": audit_note,
        },
        f"Đã phục hồi {target} từ {source}."
        + (f"\nDữ liệu trước khi phục hồi được giữ ở {plan.replaced_copy}." if kept else "")
        + (f"\n{audit_note}" if audit_note else ""),
    )
    return 0


def _require_office_key(source: Path) -> None:
    """Refuse to restore a keyed audit trail on a computer without the office's key: the
    restore's own audit entry would otherwise start a chain under a new, unrelated key."""
    signer = last_key_id(source)
    if signer is None:
        return
    try:
        local = load_key()
    except AuditKeyError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    if local is None or local.key_id != signer:
        what = "không có khoá nhật ký" if local is None else f"có khoá khác ({local.key_id})"
        raise CliError(
            f"Nhật ký trong bản sao lưu được ký bằng khoá {signer}, nhưng máy này {what}. "
            f"Chép tệp audit.key của cơ quan vào {key_path()} rồi chạy lại; "
            "dữ liệu chưa thay đổi.",
            exit_code=1,
        )


def _anchor_file(source: Path) -> Path | None:
    """The anchor written with a backup: ``x.anchor.json`` (folder) or ``x.sqlite3.anchor.json``."""
    for candidate in (
        source.with_name(source.name + ANCHOR_SUFFIX),
        source.with_name(source.name[: -len(source.suffix)] + ANCHOR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def _check_against_anchor(url: str, source: Path) -> str:
    """Verify the restored audit trail against the backup's anchor, if it is there."""
    found = _anchor_file(source)
    if found is None:
        return ""
    try:
        anchor = parse_anchor(str(found))
        db = open_database(url, upgrade=False)
        try:
            with db.session() as session:
                report = verify_audit(session, anchor=anchor)
        finally:
            db.close()
    except (AnchorError, AuditKeyError, DatabaseError, SQLAlchemyError) as exc:
        return f"Chưa kiểm tra được nhật ký theo dấu neo {found.name}: {exc}"
    if report.ok:
        return f"Nhật ký kiểm tra nguyên vẹn, khớp dấu neo {found.name}."
    return "CẢNH BÁO — nhật ký không khớp dấu neo của bản sao lưu:\n" + "\n".join(
        f"  - {p}" for p in report.problems
    )


def _after_restore(url: str, actor: Actor | None, source: Path) -> None:
    """Upgrade an older schema and record the restore in the restored audit trail."""
    try:
        db = open_database(url)
    except DatabaseError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    try:
        with db.session() as session:
            append_audit(
                session,
                "backup.restored",
                entity="database",
                detail={"from": source.name, "by": actor.username if actor else ""},
                user_id=actor.user_id if actor else None,
            )
    finally:
        db.close()


def _restore_pg(ns: argparse.Namespace, url: str, source: Path) -> int:
    try:
        revision = check_dump(source) if source.is_file() else None
    except PgToolError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    db = open_db(ns.database, upgrade=False)
    actor: Actor | None = None
    kept = ""
    try:
        if migrate.current_revision(db.engine) is not None:
            actor = signed_in(ns, db, Role.ADMINISTRATOR, action="phục hồi dữ liệu")
        where = make_url(url).render_as_string(hide_password=True)
        _confirm(ns, f"Phục hồi {where} từ {source} (lược đồ {revision}): dữ liệu hiện có bị thay.")
        if actor is not None:  # keep what is replaced, as for a file
            try:
                kept = str(backup_now(db, actor, label="before-restore").path)
            except BackupError as exc:
                raise CliError(str(exc), exit_code=1) from exc
    finally:
        db.close()
    try:
        restore_postgres(url, source)
    except RestoreError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    _after_restore(url, actor, source)
    emit(
        ns.json,
        {"restored": where, "from": str(source), "kept": kept},
        f"Đã phục hồi {where} từ {source}."
        + (f"\nDữ liệu trước khi phục hồi được giữ ở {kept}." if kept else ""),
    )
    return 0
