"""The key of a signed-in session, for what the desk keeps on the local disk (drafts).

Choice: the key is **derived from the user's password at sign-in** (scrypt, salted with
the account's id) and lives only in memory, in the :class:`Actor` of the session.  A draft
written during the session can be read back only by the same user after signing in again —
a copied drafts folder, another Windows account or a stolen laptop holds ciphertext only.
A key file beside the drafts (owner-only) would not protect against someone who copies the
whole folder; a key in the database would travel with the database.  The cost: after a
password change an old draft cannot be decrypted; it is then kept aside, never deleted.

When a session has no password (the tests' actors, the command line's system actor) the
fallback is a random key in a key file with owner-only permissions (:func:`local_key`).
Encryption is AES-256-GCM (``cryptography``), with the draft's name as associated data so a
draft cannot be passed off as another user's.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
_SALT = b"tcd-desktop session key v1:"
#: scrypt cost: ~16 MiB and a few tens of milliseconds once per sign-in
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class UndecryptableError(ValueError):
    """The data was written with another key (another user, an old password) or altered."""


def derive_session_key(password: str, user_id: uuid.UUID) -> bytes:
    """The session key of ``user_id`` signing in with ``password``."""
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=_SALT + user_id.bytes,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=KEY_BYTES,
    )


def seal(key: bytes, plaintext: bytes, context: str) -> bytes:
    """``nonce || AES-256-GCM(plaintext)``, bound to ``context`` (e.g. the draft's name)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context.encode("utf-8"))


def unseal(key: bytes, blob: bytes, context: str) -> bytes:
    """The plaintext of :func:`seal`'s output; ``UndecryptableError`` when it is not ours."""
    if len(blob) <= NONCE_BYTES:
        raise UndecryptableError("too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode())
    except (InvalidTag, ValueError) as exc:
        raise UndecryptableError("wrong key or altered data") from exc


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically to ``path`` with owner-only permissions (0600), the
    folder made owner-only (0700) when this call creates it."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.chmod(tmp, 0o600)  # an older .tmp left by a crash may have other bits
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.replace(tmp, path)


def local_key(path: Path) -> bytes:
    """The random key kept in ``path`` (created, owner-only, on first use)."""
    with contextlib.suppress(FileNotFoundError):
        key = path.read_bytes()
        if len(key) == KEY_BYTES:
            return key
    key = secrets.token_bytes(KEY_BYTES)
    write_private(path, key)
    return key
