"""Restoring a backup: checks first, the replaced data kept beside, then the copy.

SQLite: the candidate must pass ``integrity_check`` and carry a schema this version knows
(an older one is upgraded after the restore, a newer one is refused). The file being
replaced is first copied to ``<file>.replaced-<stamp>`` (online backup API, or a plain copy
of a damaged file), then the backup is written into it through the backup API — one
transaction, so a crash leaves either the old or the new content — and the schema upgraded.
An encrypted (SQLCipher) backup is checked and copied with its passphrase, as the
command-line restore does (``cipher_integrity_check`` then ``integrity_check``; the replaced
file kept encrypted; the backup staged beside the target and renamed over it).
PostgreSQL: ``pg_restore --clean --single-transaction`` after the same version check.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.services.backup import postgres
from tcd_desktop.store import encrypted, migrate
from tcd_desktop.store.sqlite_backup import inspect_backup, online_copy

log = logging.getLogger(__name__)


class RestoreError(Exception):
    """The file cannot be restored; nothing was changed. ``str()`` is Vietnamese."""


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would do, shown to the administrator before confirming."""

    source: Path
    revision: str
    target: str
    replaced_copy: Path | None
    #: the SQLCipher passphrase of an encrypted backup (None: a plain SQLite file)
    passphrase: str | None = dataclasses.field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None


def backup_passphrase(source: Path, target: Path, passphrase: str | None = None) -> str | None:
    """The passphrase to read ``source`` with, or None when it is a plain SQLite file.

    An encrypted backup is read with ``passphrase`` if given, else the one of the open
    encrypted ``target`` (a backup of an encrypted file keeps its passphrase), else
    ``TCD_DB_PASSPHRASE`` — as the command-line restore does."""
    if not encrypted.is_encrypted_file(source):
        return None
    if passphrase is not None:
        return passphrase
    try:
        return encrypted.passphrase_of(target)
    except encrypted.EncryptedDatabaseError as exc:
        raise RestoreError(
            f"Tệp sao lưu {source} được mã hoá: cần cụm mật khẩu của nó để phục hồi."
        ) from exc


def _inspect(source: Path, passphrase: str | None) -> tuple[list[str], str | None, bool]:
    """(integrity, revision, known) of a plain or encrypted candidate."""
    if passphrase is None:
        facts = inspect_backup(source)
        return facts.integrity, facts.revision, facts.known
    try:
        integrity, revision = encrypted.inspect(source, passphrase)
    except encrypted.EncryptedDatabaseError as exc:
        raise RestoreError(str(exc)) from exc
    known = revision is not None and migrate.is_known_revision(revision)
    return integrity, revision, known


def check_sqlite_backup(source: Path, passphrase: str | None = None) -> str:
    """The schema revision of a restorable SQLite backup (encrypted when ``passphrase`` is
    given); raise ``RestoreError`` otherwise."""
    if not source.is_file():
        raise RestoreError(f"Không tìm thấy tệp sao lưu: {source}")
    integrity, revision, known = _inspect(source, passphrase)
    if integrity != ["ok"]:
        shown = "; ".join(integrity[:3])
        raise RestoreError(f"Tệp sao lưu {source} bị hỏng (integrity_check: {shown}).")
    if revision is None:
        raise RestoreError(f"Tệp {source} không phải bản sao lưu TCD Desktop.")
    if not known:
        raise RestoreError(
            f"Bản sao lưu có lược đồ {revision}, mới hơn phiên bản này; "
            "hãy cập nhật ứng dụng trước khi phục hồi."
        )
    return revision


def plan_sqlite(source: Path, target: Path, passphrase: str | None = None) -> RestorePlan:
    """Check ``source`` (plain or encrypted) and say where the replaced file will be kept."""
    key = backup_passphrase(source, target, passphrase) if source.is_file() else None
    if target.exists() and target.stat().st_size > 0:
        if key is not None and not encrypted.is_encrypted_file(target):
            raise RestoreError(
                f"Tệp sao lưu {source} được mã hoá nhưng cơ sở dữ liệu đang dùng là tệp "
                "không mã hoá; hãy mở cơ sở dữ liệu mã hoá rồi phục hồi."
            )
        if key is None and encrypted.is_encrypted_file(target):
            raise RestoreError(
                f"Tệp sao lưu {source} không mã hoá nhưng cơ sở dữ liệu đang dùng được mã hoá; "
                "dữ liệu chưa thay đổi."
            )
    revision = check_sqlite_backup(source, key)
    if source.resolve() == target.resolve():
        raise RestoreError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng.")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    keep = target.with_name(f"{target.name}.replaced-{stamp}") if target.exists() else None
    return RestorePlan(source, revision, str(target), keep, key)


def _keep_replaced(target: Path, keep: Path) -> None:
    try:
        online_copy(target, keep)
    except sqlite3.DatabaseError:  # damaged: keep its bytes as they are
        log.warning("replaced file %s is damaged; keeping a raw copy", target)
        for suffix in ("", "-wal"):  # -shm is only an index of the -wal, rebuilt on open
            part = Path(str(target) + suffix)
            if part.exists():
                copy = Path(str(keep) + suffix)
                shutil.copy2(part, copy)
                with contextlib.suppress(OSError):
                    copy.chmod(0o600)  # personal data: the owner only


def restore_sqlite(plan: RestorePlan) -> None:
    """Carry out ``plan``: keep the replaced file, then copy the backup into place."""
    source, target = plan.source, Path(plan.target)
    if plan.passphrase is not None:
        _restore_encrypted(plan, plan.passphrase)
        return
    if plan.replaced_copy is not None:
        _keep_replaced(target, plan.replaced_copy)
    try:
        _copy_into(source, target)
    except sqlite3.DatabaseError:  # the old file is damaged: replace it whole
        staged = target.with_name(f".{target.name}.restoring")
        online_copy(source, staged)
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(target) + suffix).unlink()
        staged.replace(target)
    log.info("restored %s from %s (kept %s)", target, source, plan.replaced_copy)


def _restore_encrypted(plan: RestorePlan, passphrase: str) -> None:
    """The encrypted file: keep the replaced one (encrypted, or its bytes when it cannot be
    read with this passphrase), then stage the backup beside the target and rename it over."""
    source, target = plan.source, Path(plan.target)
    try:
        if plan.replaced_copy is not None:
            try:
                encrypted.copy(target, plan.replaced_copy, passphrase)
            except encrypted.EncryptedDatabaseError:  # damaged, plain or another key
                log.warning("replaced file %s unreadable with the key; keeping its bytes", target)
                shutil.copy2(target, plan.replaced_copy)
        encrypted.restore_into(source, target, passphrase)
    except encrypted.EncryptedDatabaseError as exc:
        raise RestoreError(str(exc)) from exc
    log.info("restored encrypted %s from %s (kept %s)", target, source, plan.replaced_copy)


def _copy_into(source: Path, target: Path) -> None:
    """The backup API into the (possibly open) database file: atomic for its readers."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            dst.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a broken header fails
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_postgres(url: str, source: Path) -> str:
    """Check and restore a ``pg_dump -Fc`` file into the server database; the revision."""
    if not source.is_file():
        raise RestoreError(f"Không tìm thấy tệp sao lưu: {source}")
    try:
        revision = postgres.check_dump(source)
        postgres.restore(url, source)
    except postgres.PgToolError as exc:
        raise RestoreError(str(exc)) from exc
    return revision
