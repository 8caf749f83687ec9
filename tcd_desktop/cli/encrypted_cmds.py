"""The encrypted laptop database on the command line: ``db encrypt`` and restoring a backup
of an encrypted file (``restore`` hands over here for ``sqlite+sqlcipher:///`` URLs).

The passphrase comes from ``TCD_DB_PASSPHRASE`` (never from the command line, which other
users of the computer can see in the process list)."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from tcd_desktop.cli.auth import add_auth_args, signed_in
from tcd_desktop.cli.common import CliError, emit, open_db
from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor
from tcd_desktop.store import encrypted, migrate
from tcd_desktop.store.audit_key import AuditKeyError, key_path, load_key
from tcd_desktop.store.database import DatabaseError, open_database

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def add_encrypted_commands(db_sub: Sub) -> None:
    """``db encrypt --out FILE`` on the ``db`` command's sub-parsers."""
    p = db_sub.add_parser(
        "encrypt",
        help=f"chép tệp SQLite sang một tệp mã hoá (cụm mật khẩu: biến {encrypted.PASSPHRASE_ENV})",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="tệp mã hoá mới")
    p.add_argument("--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_auth_args(p)
    p.set_defaults(handler=cmd_db_encrypt)


def cmd_db_encrypt(ns: argparse.Namespace) -> int:
    """Write an encrypted copy of the current plain SQLite file (administrator)."""
    url = resolve_database_url(ns.database)
    out = Path(ns.out).expanduser()
    if out.exists() or not out.parent.is_dir():
        raise CliError(f"--out phải là một tệp mới trong thư mục có sẵn: {ns.out}")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        if db.dialect != "sqlite" or encrypted.is_encrypted_url(url):
            raise CliError("Chỉ mã hoá được một tệp SQLite chưa mã hoá.")
        signed_in(ns, db, Role.ADMINISTRATOR, action="mã hoá cơ sở dữ liệu")
        source = Path(db.display_name())
    finally:
        db.close()
    try:
        encrypted.encrypt_plain(source, out, encrypted.passphrase_of(out))
    except encrypted.EncryptedDatabaseError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    new_url = encrypted.encrypted_url(out)
    emit(
        ns.json,
        {"file": str(out), "url": new_url},
        f"Đã ghi bản mã hoá vào {out}.\nDùng: TCD_DATABASE_URL={new_url} "
        f"(cụm mật khẩu trong {encrypted.PASSPHRASE_ENV}). Tệp cũ vẫn còn: hãy xoá an toàn "
        "sau khi kiểm tra bản mã hoá.",
    )
    return 0


def _check(source: Path, target: Path, passphrase: str) -> str:
    if not source.is_file():
        raise CliError(f"Không tìm thấy tệp sao lưu: {source}", exit_code=1)
    if target.exists() and source.resolve() == target.resolve():
        raise CliError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng.", exit_code=1)
    integrity, revision = encrypted.inspect(source, passphrase)
    if integrity != ["ok"]:
        raise CliError(f"Tệp sao lưu {source} bị hỏng ({'; '.join(integrity[:3])}).", exit_code=1)
    if revision is None:
        raise CliError(f"Tệp {source} không phải bản sao lưu TCD Desktop.", exit_code=1)
    if not migrate.is_known_revision(revision):
        raise CliError(
            f"Bản sao lưu có lược đồ {revision}, mới hơn phiên bản này; "
            "hãy cập nhật ứng dụng trước khi phục hồi.",
            exit_code=1,
        )
    signer = encrypted.last_key_id(source, passphrase)
    if signer is not None:
        try:
            local = load_key()
        except AuditKeyError as exc:
            raise CliError(str(exc), exit_code=1) from exc
        if local is None or local.key_id != signer:
            raise CliError(
                f"Nhật ký trong bản sao lưu được ký bằng khoá {signer}, nhưng máy này không có "
                f"khoá đó. Chép tệp audit.key của cơ quan vào {key_path()} rồi chạy lại; "
                "dữ liệu chưa thay đổi.",
                exit_code=1,
            )
    return revision


def _sign_in(ns: argparse.Namespace, url: str, source: Path, passphrase: str) -> Actor:
    """An administrator of the current file, or of the backup when there is none yet."""
    target = encrypted.file_of(url)
    if target.exists():
        try:
            db = open_database(url, upgrade=False)
        except DatabaseError:
            db = None
        if db is not None:
            try:
                return signed_in(ns, db, Role.ADMINISTRATOR, action="phục hồi dữ liệu")
            except SQLAlchemyError:
                pass
            finally:
                db.close()
    with tempfile.TemporaryDirectory(prefix="tcd-restore-") as tmp:
        staged = Path(tmp) / "staged.sqlite3"
        encrypted.copy(source, staged, passphrase)
        encrypted.remember_passphrase(staged, passphrase)
        try:
            db = open_database(encrypted.encrypted_url(staged), backup=False)
            try:
                return signed_in(ns, db, Role.ADMINISTRATOR, action="phục hồi dữ liệu")
            finally:
                db.close()
        finally:
            encrypted.forget_passphrase(staged)


def restore_encrypted(ns: argparse.Namespace, url: str, source: Path) -> int:
    """``restore FILE`` into an encrypted file: same checks, same kept copy, same audit."""
    from tcd_desktop.cli.backup_cmds import _after_restore, _check_against_anchor, _confirm

    target = encrypted.file_of(url)
    try:
        passphrase = encrypted.passphrase_of(target)
        revision = _check(source, target, passphrase)
        actor = _sign_in(ns, url, source, passphrase)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        keep = target.with_name(f"{target.name}.replaced-{stamp}") if target.exists() else None
        kept = f"; bản hiện tại được giữ ở {keep}" if keep else ""
        _confirm(ns, f"Phục hồi {target} từ {source} (lược đồ {revision}){kept}.")
        if keep is not None:
            try:
                encrypted.copy(target, keep, passphrase)
            except encrypted.EncryptedDatabaseError:  # damaged or another key: its bytes
                shutil.copy2(target, keep)
        encrypted.restore_into(source, target, passphrase)
    except encrypted.EncryptedDatabaseError as exc:
        raise CliError(str(exc), exit_code=1) from exc
    _after_restore(url, actor, source)
    audit_note = _check_against_anchor(url, source)
    emit(
        ns.json,
        {
            "restored": str(target),
            "from": str(source),
            "kept": str(keep or ""),
            "audit": audit_note,
        },
        f"Đã phục hồi {target} từ {source}."
        + (f"\nDữ liệu trước khi phục hồi được giữ ở {keep}." if keep else "")
        + (f"\n{audit_note}" if audit_note else ""),
    )
    return 0
