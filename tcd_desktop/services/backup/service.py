"""Making backups and knowing how old the last one is.

``backup_now`` is the administrator's "Sao lưu ngay" and ``tcd-desktop backup``;
``auto_backup_if_due`` runs at start-up (at most once a day); ``backup_status`` tells the
main window and the backup page when the last backup was made. Every backup has its audit
anchor beside it (``*.anchor.json``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.backup import postgres
from tcd_desktop.services.backup.policy import DEFAULT_POLICY, BackupPolicy
from tcd_desktop.services.context import SYSTEM, Actor, require
from tcd_desktop.services.errors import PermissionDenied, ServiceError
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store.audit import append_audit, current_anchor
from tcd_desktop.store.audit_anchor import Anchor, parse_anchor
from tcd_desktop.store.database import Database
from tcd_desktop.store.sqlite_backup import (
    ANCHOR_SUFFIX,
    BackupFile,
    backup_name,
    list_backups,
    rotate,
    snapshot,
)

log = logging.getLogger(__name__)


class BackupError(ServiceError):
    """A backup could not be made; ``str()`` is Vietnamese."""


@dataclass(frozen=True)
class BackupResult:
    """A backup just made."""

    path: Path
    anchor_path: Path
    anchor: Anchor
    taken: dt.datetime
    size: int


@dataclass(frozen=True)
class BackupStatus:
    """The newest backup of this database in the policy's folder, and whether it is too old."""

    folder: Path
    last: dt.datetime | None
    last_path: Path | None
    overdue: bool
    max_age_days: int


def _sqlite_path(db: Database) -> Path | None:
    """The file of an SQLite database (None for a server or an in-memory database)."""
    sa = make_url(db.url)
    if sa.get_backend_name() != "sqlite" or not sa.database or sa.database == ":memory:":
        return None
    return Path(sa.database).expanduser()


def _stem(db: Database) -> str:
    path = _sqlite_path(db)
    return path.stem if path is not None else postgres.database_name(db.url)


def backup_now(
    db: Database,
    actor: Actor,
    policy: BackupPolicy = DEFAULT_POLICY,
    *,
    out: Path | None = None,
    label: str = "manual",
) -> BackupResult:
    """Back up the database now (an administrator only): into the policy's folder, rotated,
    or exactly to ``out``. The backup is audited first, so the copy holds its own entry."""
    require(actor, Role.ADMINISTRATOR, action="sao lưu dữ liệu")
    with db.session() as session:
        append_audit(
            session,
            "backup.made",
            entity="database",
            detail={"label": label, "to": str(out or policy.backup_folder())},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return _make(db, policy, out=out, label=label)


def _make(db: Database, policy: BackupPolicy, *, out: Path | None, label: str) -> BackupResult:
    folder = policy.backup_folder()
    path = _sqlite_path(db)
    try:
        if path is not None:
            made = snapshot(path, folder, label, policy.retention(), out=out)
            target, taken = made.path, made.taken
            anchor_path = made.anchor_path if out is None else _anchor_beside(out)
            anchor = parse_anchor(str(anchor_path))
        elif db.dialect == "postgresql":
            taken = dt.datetime.now(dt.UTC).replace(microsecond=0)
            with db.session() as session:
                anchor = current_anchor(session)
            target = out or folder / backup_name(_stem(db), taken, label, ".dump")
            postgres.dump(db.url, target)
            anchor_path = (
                _anchor_beside(out)
                if out is not None
                else BackupFile(target, taken, label).anchor_path
            )
            anchor_path.write_text(
                anchor.to_json(database=db.display_name(), backup=target.name), encoding="utf-8"
            )
            if out is None:
                rotate(folder, _stem(db), policy.retention())
        else:
            raise BackupError(OFFICE("backup.not_supported"))
    except (OSError, postgres.PgToolError) as exc:
        detail = exc.args[0] if isinstance(exc, postgres.PgToolError) and exc.args else str(exc)
        raise BackupError(OFFICE("backup.failed", target=out or folder, detail=detail)) from exc
    log.info("backup of %s written to %s (anchor %s)", db.display_name(), target, anchor.line())
    return BackupResult(target, anchor_path, anchor, taken, target.stat().st_size)


def _anchor_beside(out: Path) -> Path:
    return out.with_name(out.name + ANCHOR_SUFFIX)


def _last_backup(db: Database, policy: BackupPolicy = DEFAULT_POLICY) -> BackupFile | None:
    """The newest backup of this database in the policy's folder (any kind), or None."""
    try:
        found = list_backups(policy.backup_folder(), _stem(db))
    except OSError:  # the USB disk is not plugged in, the share is unreachable
        return None
    return found[0] if found else None


def backup_status(
    db: Database,
    actor: Actor,
    policy: BackupPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> BackupStatus:
    """When the last backup was made and whether it is older than ``policy.max_age_days``
    (any signed-in user may ask: the main window warns everyone)."""
    _require_signed_in(actor)
    now = now or dt.datetime.now(dt.UTC)
    last = _last_backup(db, policy)
    overdue = last is None or (now - last.taken) > dt.timedelta(days=policy.max_age_days)
    return BackupStatus(
        folder=policy.backup_folder(),
        last=last.taken if last else None,
        last_path=last.path if last else None,
        overdue=overdue,
        max_age_days=policy.max_age_days,
    )


def auto_backup_if_due(
    db: Database,
    actor: Actor,
    policy: BackupPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> BackupResult | None:
    """The start-up backup: made when this database has none from today (local date).

    Only for an SQLite file (a server is backed up on the server); failures are logged and
    returned as None, never raised: a missing USB disk must not stop the office working.
    """
    require(actor, Role.ADMINISTRATOR, action="sao lưu tự động")
    if not policy.auto_at_start or _sqlite_path(db) is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    last = _last_backup(db, policy)
    if last is not None and last.taken.astimezone().date() == now.astimezone().date():
        return None
    try:
        return backup_now(db, actor, policy, label="auto")
    except BackupError:
        log.exception("automatic backup failed")
        return None


def backup_page_state(
    db: Database, actor: Actor, policy: BackupPolicy = DEFAULT_POLICY
) -> tuple[BackupStatus, str]:
    """The backup page's state: the last backup and the audit anchor's line (any signed-in
    user may read it; only an administrator backs up)."""
    _require_signed_in(actor)
    status = backup_status(db, actor, policy)
    with db.session() as session:
        return status, current_anchor(session).line()


def startup_backup_check(
    db: Database, actor: Actor = SYSTEM, policy: BackupPolicy = DEFAULT_POLICY
) -> BackupStatus:
    """The start-up work: the daily automatic backup when due, then the backup status."""
    require(actor, Role.ADMINISTRATOR, action="sao lưu tự động")
    auto_backup_if_due(db, actor, policy)
    return backup_status(db, actor, policy)


def _require_signed_in(actor: Actor) -> None:
    if not actor.roles:
        raise PermissionDenied(SERVICE_MESSAGES("permission.not_assigned", username=actor.username))
