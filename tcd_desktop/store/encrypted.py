"""The optional encrypted database file for laptops: SQLite encrypted with SQLCipher.

An encrypted file is named by the URL ``sqlite+sqlcipher:///path/to/file.sqlite3``; the
passphrase never goes into the URL (URLs are shown, logged and stored in settings). It comes
from ``remember_passphrase`` (the application asks for it) or from the environment variable
``TCD_DB_PASSPHRASE`` (command line, scripts).

The key is derived from the passphrase by SQLCipher 4 itself: PBKDF2-HMAC-SHA512 with
256,000 iterations and a random 16-byte salt stored in the file's first page, so the same
passphrase gives a different key for every file. Pages are AES-256 encrypted and each carries
an HMAC-SHA512, so a file is unreadable without the passphrase and a tampered page is refused.

The binding is the ``sqlcipher3`` package (extra ``encrypted``); without it an encrypted URL
is refused with a message and nothing else changes. Backups of an encrypted file stay
encrypted under the same passphrase (the backup API between two keyed connections), with the
audit anchor beside them as for a plain file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

SCHEME = "sqlite+sqlcipher"
PASSPHRASE_ENV = "TCD_DB_PASSPHRASE"
MIN_PASSPHRASE = 8
_HEADER = b"SQLite format 3\x00"

_lock = threading.Lock()
_passphrases: dict[Path, str] = {}  # resolved file -> passphrase, for this process only


class EncryptedDatabaseError(Exception):
    """An encrypted file cannot be used as asked; ``str()`` is a Vietnamese message."""


def is_encrypted_url(url: str | URL) -> bool:
    """True for ``sqlite+sqlcipher:///…`` (the encrypted file)."""
    try:
        sa_url = make_url(url)
    except Exception:  # an unparsable URL is the caller's error to report
        return False
    return sa_url.drivername == SCHEME


def encrypted_url(path: Path | str) -> str:
    """The URL of the encrypted file at ``path``."""
    return f"{SCHEME}:///{Path(path).expanduser()}"


def file_of(url: str | URL) -> Path:
    """The file an encrypted URL names."""
    sa_url = make_url(url)
    if not sa_url.database or sa_url.database == ":memory:":
        raise EncryptedDatabaseError("Cơ sở dữ liệu mã hoá phải là một tệp trên đĩa.")
    return Path(sa_url.database).expanduser()


def _dbapi() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptedDatabaseError(
            "Máy này chưa cài thành phần mã hoá cơ sở dữ liệu (gói sqlcipher3). "
            "Cài lại TCD Desktop bản đầy đủ hoặc: pip install 'tcd-desktop[encrypted]'."
        ) from exc
    return dbapi2


def available() -> bool:
    """True when the SQLCipher binding is installed."""
    try:
        _dbapi()
    except EncryptedDatabaseError:
        return False
    return True


def check_passphrase(passphrase: str) -> None:
    """Refuse an empty, short or control-character passphrase (Vietnamese message)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptedDatabaseError(
            f"Cụm mật khẩu của cơ sở dữ liệu mã hoá phải có ít nhất {MIN_PASSPHRASE} ký tự."
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        raise EncryptedDatabaseError("Cụm mật khẩu không được chứa ký tự điều khiển.")


def remember_passphrase(path: Path, passphrase: str) -> None:
    """Keep the passphrase of ``path`` for this process (the application asked for it)."""
    check_passphrase(passphrase)
    with _lock:
        _passphrases[Path(path).expanduser().resolve()] = passphrase


def forget_passphrase(path: Path) -> None:
    """Drop the passphrase of ``path`` (sign-out, lock, tests)."""
    with _lock:
        _passphrases.pop(Path(path).expanduser().resolve(), None)


def passphrase_for(path: Path) -> str | None:
    """The passphrase of an encrypted file opened in this process, else None."""
    with _lock:
        return _passphrases.get(Path(path).expanduser().resolve())


def _passphrase(path: Path) -> str:
    known = passphrase_for(path)
    if known is not None:
        return known
    env = os.environ.get(PASSPHRASE_ENV, "")
    if not env:
        raise EncryptedDatabaseError(
            f"Tệp {path} được mã hoá: cần cụm mật khẩu (biến môi trường {PASSPHRASE_ENV})."
        )
    check_passphrase(env)
    return env


def _keyed(conn: Any, passphrase: str) -> None:
    """Give ``conn`` its key (PRAGMA key: SQLCipher derives the page key with PBKDF2)."""
    conn.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))


def connect(path: Path, passphrase: str, *, readonly: bool = False) -> Any:
    """A raw SQLCipher connection to ``path`` with its key given and checked.

    Raises ``EncryptedDatabaseError`` when the passphrase is wrong (or the file is not an
    encrypted database)."""
    dbapi = _dbapi()
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if readonly else str(path)
    conn = dbapi.connect(target, uri=readonly, check_same_thread=False)
    try:
        _keyed(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        conn.close()
        raise EncryptedDatabaseError(
            f"Không mở được tệp mã hoá {path}: sai cụm mật khẩu hoặc tệp không phải "
            "cơ sở dữ liệu mã hoá."
        ) from exc
    return conn


def make_encrypted_engine(url: str | URL, on_connect: Any = None) -> Engine:
    """The engine for an encrypted file (``make_engine``'s hook for ``sqlite+sqlcipher``).

    The passphrase is checked once here (a wrong one is refused before any use); the engine
    then gives every new connection its key before anything else, through SQLAlchemy's
    ``sqlite+pysqlcipher`` dialect, which runs ``PRAGMA key`` first."""
    path = file_of(url)
    passphrase = _passphrase(path)
    _dbapi()
    path.parent.mkdir(parents=True, exist_ok=True)
    new_file = not path.exists() or path.stat().st_size == 0
    connect(path, passphrase).close()  # wrong passphrase: refused here, file untouched
    if new_file:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    remember_passphrase(path, passphrase)
    sa_url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    engine = create_engine(sa_url, connect_args={"check_same_thread": False}, hide_parameters=True)
    if on_connect is not None:
        event.listen(engine, "connect", on_connect)
    return engine


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` exists and is not a plain SQLite file (no plain header)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != _HEADER


def copy(src: Path, dst: Path, passphrase: str) -> None:
    """Online copy of an encrypted file into ``dst`` (same passphrase), appearing complete."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    source = connect(src, passphrase, readonly=True)
    try:
        target = _dbapi().connect(str(tmp))
        try:
            _keyed(target, passphrase)
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.commit()
        finally:
            target.close()
    finally:
        source.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, dst)


def encrypt_plain(src: Path, dst: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain SQLite file ``src`` to the new file ``dst``."""
    import sqlite3

    check_passphrase(passphrase)
    if dst.exists():
        raise EncryptedDatabaseError(f"Tệp {dst} đã có; chọn một tên mới.")
    staged = dst.with_name(f".{dst.name}.{os.getpid()}.plain")
    plain = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(staged)
        try:
            plain.backup(out)  # consistent snapshot first, then encrypt from the snapshot
        finally:
            out.close()
    finally:
        plain.close()
    conn = _dbapi().connect(str(staged))
    try:
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(dst), passphrase))
        conn.execute("SELECT sqlcipher_export('enc')").fetchone()
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
        staged.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(dst, 0o600)


def read_anchor(path: Path, passphrase: str) -> Any:
    """The audit chain head stored in the encrypted file ``path`` (as ``read_anchor``)."""
    from tcd_desktop.store.audit import HEAD_KEY, KEYED_KEY

    conn = connect(path, passphrase, readonly=True)
    try:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM app_meta WHERE key IN (?, ?)", (HEAD_KEY, KEYED_KEY)
            ).fetchall()
        )
    except _dbapi().Error:
        rows = {}
    finally:
        conn.close()
    from tcd_desktop.store.sqlite_backup import anchor_of_meta  # it imports this module

    return anchor_of_meta(rows)


def inspect(path: Path, passphrase: str) -> tuple[list[str], str | None]:
    """``integrity_check`` (SQLCipher's ``cipher_integrity_check`` first) and the schema
    revision of an encrypted candidate file."""
    conn = connect(path, passphrase, readonly=True)
    try:
        cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if cipher:
            return cipher, None
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except _dbapi().Error:
            row = None
    finally:
        conn.close()
    return integrity, (row[0] if row else None)


def restore_into(source: Path, target: Path, passphrase: str) -> None:
    """Put the encrypted backup ``source`` in place of ``target``: copied beside it under a
    temporary name, then renamed over it, so a crash leaves the old or the new file whole."""
    staged = target.with_name(f".{target.name}.restoring")
    copy(source, staged, passphrase)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(target) + suffix).unlink()
    staged.replace(target)


def snapshot(
    db_path: Path, folder: Path, label: str, retention: Any = None, *, out: Path | None = None
) -> Any:
    """``sqlite_backup.snapshot`` for an encrypted file: the copy stays encrypted under the
    same passphrase; its anchor (plain JSON: hashes only) is written beside it."""
    from tcd_desktop.store import sqlite_backup as sb

    passphrase = passphrase_for(db_path)
    if passphrase is None:
        raise EncryptedDatabaseError(f"Chưa có cụm mật khẩu của tệp mã hoá {db_path}.")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    target = out if out is not None else folder / sb.backup_name(db_path.stem, now, label)
    copy(db_path, target, passphrase)
    result = sb.BackupFile(path=target, taken=now, label=label)
    anchor_file = (
        result.anchor_path if out is None else target.with_name(target.name + sb.ANCHOR_SUFFIX)
    )
    anchor = read_anchor(target, passphrase)
    anchor_file.write_text(
        anchor.to_json(database=str(db_path), backup=target.name), encoding="utf-8"
    )
    if out is None and retention is not None:
        sb.rotate(folder, db_path.stem, retention)
    return result


def last_key_id(path: Path, passphrase: str) -> str | None:
    """The audit key that signs the newest entries of the encrypted file ``path``."""
    from tcd_desktop.store.audit import KEYED_KEY, parse_segments

    conn = connect(path, passphrase, readonly=True)
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (KEYED_KEY,)).fetchone()
    except _dbapi().Error:
        row = None
    finally:
        conn.close()
    segments = parse_segments(row[0]) if row else []
    return segments[-1][1] if segments else None


def passphrase_of(path: Path) -> str:
    """The passphrase for ``path``: remembered in this process, else ``TCD_DB_PASSPHRASE``."""
    return _passphrase(path)
