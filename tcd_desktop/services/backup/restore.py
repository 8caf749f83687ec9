"""Restoring a backup: checks first, the replaced data kept beside, then the copy.

SQLite: the candidate must pass ``integrity_check`` and carry a schema this version knows
(an older one is upgraded after the restore, a newer one is refused). The file being
replaced is first copied to ``<file>.replaced-<stamp>`` (online backup API, or a plain copy
of a damaged file), then the backup is written into it through the backup API — one
transaction, so a crash leaves either the old or the new content — and the schema upgraded.
PostgreSQL: ``pg_restore --clean --single-transaction`` after the same version check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.services.backup import postgres
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


def check_sqlite_backup(source: Path) -> str:
    """The schema revision of a restorable SQLite backup; raise ``RestoreError`` otherwise."""
    if not source.is_file():
        raise RestoreError(f"Không tìm thấy tệp sao lưu: {source}")
    facts = inspect_backup(source)
    if facts.integrity != ["ok"]:
        shown = "; ".join(facts.integrity[:3])
        raise RestoreError(f"Tệp sao lưu {source} bị hỏng (integrity_check: {shown}).")
    if facts.revision is None:
        raise RestoreError(f"Tệp {source} không phải bản sao lưu TCD Desktop.")
    if not facts.known:
        raise RestoreError(
            f"Bản sao lưu có lược đồ {facts.revision}, mới hơn phiên bản này; "
            "hãy cập nhật ứng dụng trước khi phục hồi."
        )
    return facts.revision


def plan_sqlite(source: Path, target: Path) -> RestorePlan:
    """Check ``source`` and say where the replaced file will be kept."""
    revision = check_sqlite_backup(source)
    if source.resolve() == target.resolve():
        raise RestoreError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng.")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    keep = target.with_name(f"{target.name}.replaced-{stamp}") if target.exists() else None
    return RestorePlan(source, revision, str(target), keep)


def _keep_replaced(target: Path, keep: Path) -> None:
    try:
        online_copy(target, keep)
    except sqlite3.DatabaseError:  # damaged: keep its bytes as they are
        log.warning("replaced file %s is damaged; keeping a raw copy", target)
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(target) + suffix)
            if part.exists():
                shutil.copy2(part, Path(str(keep) + suffix))


def restore_sqlite(plan: RestorePlan) -> None:
    """Carry out ``plan``: keep the replaced file, then copy the backup into place."""
    source, target = plan.source, Path(plan.target)
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
