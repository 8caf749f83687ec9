"""The encrypted database file (SQLCipher) as the screens see it: no store types, no URLs
parsed in ui/. The passphrase is kept in this process only (never on disk, never in a URL).

Messages are Vietnamese (shown as-is, like every service message).
"""

from __future__ import annotations

import os
from pathlib import Path

from tcd_desktop.store import encrypted


def available() -> bool:
    """True when the SQLCipher binding (``sqlcipher3``) is installed."""
    return encrypted.available()


def passphrase_problem(passphrase: str) -> str | None:
    """What is wrong with a new passphrase (Vietnamese), or None when it may be used."""
    try:
        encrypted.check_passphrase(passphrase)
    except encrypted.EncryptedDatabaseError as exc:
        return str(exc)
    return None


def encrypted_file_url(path: Path) -> str:
    """The database URL of the encrypted file at ``path`` (no passphrase in it)."""
    return encrypted.encrypted_url(path)


def file_of(url: str) -> Path:
    """The file an encrypted URL names."""
    return encrypted.file_of(url)


def needs_passphrase(url: str) -> bool:
    """True when ``url`` is an encrypted file whose passphrase nobody gave yet (neither this
    process nor ``TCD_DB_PASSPHRASE``): the application must ask for it before opening."""
    if not encrypted.is_encrypted_url(url):
        return False
    if os.environ.get(encrypted.PASSPHRASE_ENV, ""):
        return False
    return encrypted.passphrase_for(encrypted.file_of(url)) is None


def remember(url: str, passphrase: str) -> None:
    """Keep ``passphrase`` for the file of ``url`` in this process (the engine reads it)."""
    encrypted.remember_passphrase(encrypted.file_of(url), passphrase)


def forget(url: str) -> None:
    """Drop the remembered passphrase of the file of ``url``."""
    encrypted.forget_passphrase(encrypted.file_of(url))


def wrong_passphrase(url: str, passphrase: str) -> str | None:
    """Try ``passphrase`` on the file of ``url`` (slow on purpose: key derivation; run it off
    the GUI thread). A Vietnamese message when it does not open the file, else None. A file
    that does not exist yet will be created with it."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        return problem
    path = encrypted.file_of(url)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        encrypted.connect(path, passphrase, readonly=True).close()
    except encrypted.EncryptedDatabaseError:
        return "Sai cụm mật khẩu: tệp dữ liệu mã hoá không mở được với cụm mật khẩu này."
    return None


def plain_file_in_the_way(path: Path) -> bool:
    """True when ``path`` already holds a plain (unencrypted) SQLite database."""
    return path.exists() and path.stat().st_size > 0 and not encrypted.is_encrypted_file(path)
