"""The office's audit key: a secret kept outside the database that keys the audit chain.

The key is 32 random bytes in ``audit.key`` beside the local data (``TCD_DATA_DIR`` or the
user data folder; ``TCD_AUDIT_KEY_FILE`` names another file, e.g. one copied to every desk
of a networked office). It is created on first use, readable by its owner only. Whoever
edits the database without this file cannot recompute a keyed hash, so an edited, inserted
or forged entry no longer matches. The key is identified (never shown) by ``key_id``: the
first 16 hex digits of its SHA-256.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.config.paths import user_data_dir

KEY_FILENAME = "audit.key"
KEY_FILE_ENV = "TCD_AUDIT_KEY_FILE"


class AuditKeyError(Exception):
    """The key file exists but cannot be read or is damaged; ``str()`` is Vietnamese."""


@dataclass(frozen=True)
class AuditKey:
    """The secret and when it was made (entries without a key after that are suspicious)."""

    secret: bytes
    created: dt.datetime
    path: Path

    @property
    def key_id(self) -> str:
        """A short fingerprint that names the key without revealing it."""
        return hashlib.sha256(self.secret).hexdigest()[:16]


def key_path() -> Path:
    """Where this computer keeps the office's audit key."""
    override = os.environ.get(KEY_FILE_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return user_data_dir() / KEY_FILENAME


_cache: dict[tuple[str, int, int], AuditKey] = {}


def _read(path: Path) -> AuditKey:
    st = path.stat()
    token = (str(path), st.st_ino, st.st_mtime_ns)
    cached = _cache.get(token)
    if cached is not None:
        return cached
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        secret = bytes.fromhex(data["key"])
        created = dt.datetime.fromisoformat(data["created"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AuditKeyError(f"Tệp khoá nhật ký {path} bị hỏng hoặc không đọc được: {exc}") from exc
    if len(secret) < 32:
        raise AuditKeyError(f"Tệp khoá nhật ký {path} bị hỏng (khoá quá ngắn).")
    key = AuditKey(secret=secret, created=created, path=path)
    _cache.clear()
    _cache[token] = key
    return key


def load_key() -> AuditKey | None:
    """The key if this computer has one, else None (nothing is created)."""
    path = key_path()
    if not path.exists():
        return None
    return _read(path)


def ensure_key() -> AuditKey:
    """The key, created with owner-only permissions the first time it is needed."""
    path = key_path()
    if path.exists():
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(
        {
            "key": secrets.token_hex(32),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "note": "Khoá nhật ký kiểm tra của cơ quan. Giữ bí mật; cất một bản sao nơi an toàn.",
        },
        ensure_ascii=False,
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")  # per thread too
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, body.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # never replaces a key another process made meanwhile
    except FileExistsError:
        pass
    except OSError:  # file systems without hard links
        if not path.exists():
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return _read(path)
