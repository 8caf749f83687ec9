"""Backups of an SQLite database file with SQLite's online backup API, and their rotation.

A backup is a consistent copy taken while the application may be writing (page-level copy
through ``sqlite3.Connection.backup``), written under a temporary name, synced and then
renamed, so a half-written backup never carries a backup's name. Beside each one goes its
audit anchor (``*.anchor.json``): the chain head at the moment of the copy.

Names: ``<database stem>-<UTC stamp>-<label>.sqlite3``; several databases may share one
folder and each is rotated on its own: the newest backup of each of the last 7 days with a
backup, of the last 4 ISO weeks and of the last 12 months are kept (``Retention``); the
copies made before a schema upgrade (label ``before-…``) are kept 3 deep, apart.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.config.paths import user_data_dir
from tcd_desktop.store import encrypted, migrate
from tcd_desktop.store.audit_anchor import Anchor

SUFFIX = ".sqlite3"
ANCHOR_SUFFIX = ".anchor.json"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<label>[a-z0-9_-]+)(?P<suffix>\.sqlite3|\.dump)$"
)
KEEP_BEFORE_UPGRADE = 3


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: newest of each day, ISO week and month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    """One backup found in a folder."""

    path: Path
    taken: dt.datetime
    label: str

    @property
    def anchor_path(self) -> Path:
        """The anchor file written beside it."""
        return self.path.with_name(self.path.name[: -len(self.path.suffix)] + ANCHOR_SUFFIX)


@dataclass(frozen=True)
class BackupFacts:
    """What a candidate file for restoring holds."""

    revision: str | None
    integrity: list[str]
    known: bool

    @property
    def ok(self) -> bool:
        """Intact and written by this version or an older one."""
        return self.integrity == ["ok"] and self.revision is not None and self.known


def default_backup_dir() -> Path:
    """``<data folder>/backups``: used until the administrator chooses another folder."""
    return user_data_dir() / "backups"


def backup_name(stem: str, when: dt.datetime, label: str, suffix: str = SUFFIX) -> str:
    """File name of a backup of database ``stem`` taken at ``when`` (UTC)."""
    return f"{stem}-{when.astimezone(dt.UTC).strftime(_STAMP)}-{label}{suffix}"


def online_copy(src: Path, dst: Path) -> None:
    """Copy the database ``src`` to ``dst`` with the backup API; ``dst`` appears complete."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    source = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.commit()
        finally:
            target.close()
    except BaseException:  # a damaged source: no half copy left behind
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(tmp) + suffix).unlink()
        raise
    finally:
        source.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)  # personal data: the owner only
    os.replace(tmp, dst)
    with contextlib.suppress(OSError):
        fd = os.open(dst.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_anchor(path: Path) -> Anchor:
    """The audit chain head stored in the database file ``path`` (read-only)."""
    from tcd_desktop.store.audit import HEAD_KEY, KEYED_KEY

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM app_meta WHERE key IN (?, ?)", (HEAD_KEY, KEYED_KEY)
            ).fetchall()
        )
    except sqlite3.Error:
        rows = {}
    finally:
        conn.close()
    return anchor_of_meta(rows)


def anchor_of_meta(rows: dict[str, str]) -> Anchor:
    """The anchor of a file's audit head and key switch points (``app_meta`` rows)."""
    from tcd_desktop.store.audit import GENESIS, HEAD_KEY, KEYED_KEY, parse_segments

    seq_s, _, hash_ = rows.get(HEAD_KEY, f"0:{GENESIS}").partition(":")
    segments = parse_segments(rows.get(KEYED_KEY, ""))
    return Anchor(
        seq=int(seq_s),
        hash=hash_,
        keyed_from=segments[0][0] if segments else None,
        key_id=segments[0][1] if segments else None,
        taken_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def last_key_id(path: Path) -> str | None:
    """The key that signs the newest audit entries of the database file ``path`` (or None)."""
    from tcd_desktop.store.audit import KEYED_KEY, parse_segments

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (KEYED_KEY,)).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    segments = parse_segments(row[0]) if row else []
    return segments[-1][1] if segments else None


def write_anchor(backup: Path, anchor_file: Path, database: str) -> Anchor:
    """Write the anchor of ``backup`` into ``anchor_file`` (JSON) and return it."""
    anchor = read_anchor(backup)
    anchor_file.write_text(anchor.to_json(database=database, backup=backup.name), encoding="utf-8")
    return anchor


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """Backups of the database called ``stem`` (file stem or server database) in ``folder``,
    newest first."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if m is None or m["stem"] != stem:
            continue
        taken = dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(BackupFile(path=path, taken=taken, label=m["label"]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _keep_newest(backups: list[BackupFile], key: str, count: int) -> set[Path]:
    kept: set[Path] = set()
    seen: set[str] = set()
    for b in backups:  # newest first
        bucket = b.taken.strftime(key)
        if bucket in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(bucket)
        kept.add(b.path)
    return kept


def rotate(folder: Path, stem: str, retention: Retention) -> list[Path]:
    """Delete the backups of database ``stem`` that ``retention`` does not keep; return them."""
    backups = list_backups(folder, stem)
    upgrades = [b for b in backups if b.label.startswith("before-")]
    regular = [b for b in backups if not b.label.startswith("before-")]
    keep = {b.path for b in upgrades[:KEEP_BEFORE_UPGRADE]}
    keep |= _keep_newest(regular, "%Y-%m-%d", retention.daily)
    keep |= _keep_newest(regular, "%G-W%V", retention.weekly)
    keep |= _keep_newest(regular, "%Y-%m", retention.monthly)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            b.anchor_path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def snapshot(
    db_path: Path,
    folder: Path,
    label: str,
    retention: Retention | None = None,
    *,
    out: Path | None = None,
) -> BackupFile:
    """Back up ``db_path`` into ``folder`` (or exactly to ``out``), anchor it, rotate."""
    if encrypted.passphrase_for(db_path) is not None:  # an encrypted file stays encrypted
        return encrypted.snapshot(db_path, folder, label, retention, out=out)  # type: ignore[no-any-return]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    target = out if out is not None else folder / backup_name(db_path.stem, now, label)
    online_copy(db_path, target)
    result = BackupFile(path=target, taken=now, label=label)
    anchor_file = (
        result.anchor_path if out is None else target.with_name(target.name + ANCHOR_SUFFIX)
    )
    write_anchor(target, anchor_file, str(db_path))
    if out is None and retention is not None:
        rotate(folder, db_path.stem, retention)
    return result


def inspect_backup(path: Path) -> BackupFacts:
    """Integrity check and schema revision of a candidate file, read-only."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupFacts(revision=None, integrity=[str(exc)], known=False)
    try:
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            return BackupFacts(revision=None, integrity=[str(exc)], known=False)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
    finally:
        conn.close()
    revision = row[0] if row else None
    known = revision is not None and migrate.is_known_revision(revision)
    return BackupFacts(revision=revision, integrity=integrity, known=known)
