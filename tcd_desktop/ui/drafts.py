"""Local drafts of unsaved forms, so a crash or a power cut never loses what was typed.

A draft is a file in ``<user data dir>/drafts/`` (``TCD_DATA_DIR`` honoured), written
atomically (temporary file, ``fsync``, rename) so a power cut leaves either the old or the
new draft, never half of one.  It holds names, ID numbers and "tố cáo", so it is encrypted
(AES-256-GCM) with the session's key — derived from the user's password at sign-in, see
:mod:`tcd_desktop.services.session_key` — and written owner-only (0600).  A plain draft of
an older version is restored once and rewritten encrypted. :class:`DraftAutosaver` writes it every few seconds while the
form has changed, and right away after every field the officer leaves; the form removes it
once the record is saved. On the next start the form finds the file and offers to restore it.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tcd_desktop.config.paths import user_data_dir
from tcd_desktop.services.session_key import (
    UndecryptableError,
    local_key,
    seal,
    unseal,
    write_private,
)

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
"""The plain payload (what older versions wrote to disk as it is)."""
SEALED_FORMAT = 2
CIPHER = "AES-256-GCM"
LOCAL_KEY_NAME = ".drafts.key"
DEFAULT_INTERVAL_MS = 4000
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def drafts_dir() -> Path:
    """``<user data dir>/drafts`` (not created)."""
    return user_data_dir() / "drafts"


class DraftStore:
    """One draft file, e.g. ``intake-<username>.json``, encrypted with ``key`` (the session
    key; without one, a random key kept owner-only beside the drafts)."""

    def __init__(self, name: str, directory: Path | None = None, key: bytes | None = None) -> None:
        self.name = _SAFE.sub("_", name) or "draft"
        self.directory = directory or drafts_dir()
        self._key = key

    @property
    def path(self) -> Path:
        """Where the draft lives."""
        return self.directory / f"{self.name}.json"

    @property
    def _context(self) -> str:
        """What the ciphertext is bound to: the draft's owner, kept by its siblings."""
        return self.name.split(".", 1)[0]

    def key(self) -> bytes:
        """The key the draft is encrypted with."""
        if self._key is None:
            self._key = local_key(self.directory / LOCAL_KEY_NAME)
        return self._key

    def save(self, form: dict[str, Any]) -> None:
        """Write ``form`` encrypted and atomically, with the time it was saved."""
        payload = {
            "format": DRAFT_FORMAT,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "form": form,
        }
        plain = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        sealed = seal(self.key(), plain, self._context)
        envelope = {
            "format": SEALED_FORMAT,
            "cipher": CIPHER,
            "data": base64.b64encode(sealed).decode("ascii"),
        }
        write_private(self.path, json.dumps(envelope).encode("ascii"))

    def load(self) -> tuple[dict[str, Any], dt.datetime] | None:
        """The saved form and when it was saved, or ``None``.

        An unreadable file is moved aside as ``.corrupt`` and one written with another key
        (another user, a password since changed) as ``.undecryptable`` (kept, never
        deleted), and ``None`` is returned, so a damaged draft can never stop the form from
        opening.  A plain draft of an older version is returned once and rewritten encrypted.
        """
        try:
            with open(self.path, "rb") as fh:
                payload = json.loads(fh.read().decode("utf-8"))
            plain = payload.get("format") == DRAFT_FORMAT and "form" in payload
            if not plain:
                if payload.get("format") != SEALED_FORMAT or payload.get("cipher") != CIPHER:
                    raise ValueError("unknown draft format")
                sealed = base64.b64decode(payload["data"], validate=True)
                payload = json.loads(unseal(self.key(), sealed, self._context).decode("utf-8"))
            form = payload["form"]
            saved_at = dt.datetime.fromisoformat(payload["saved_at"])
            if not isinstance(form, dict):
                raise ValueError("form is not an object")
        except FileNotFoundError:
            return None
        except UndecryptableError:
            log.warning("draft %s was written with another key; moved aside", self.path)
            self._set_aside(".undecryptable")
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("draft %s is unreadable (%s); moved aside", self.path, type(exc).__name__)
            self._set_aside(".corrupt")
            return None
        if plain:  # an old plain draft: restored this once, never kept in the clear again
            try:
                self.save(form)
            except OSError as exc:
                log.error("could not encrypt the old draft %s: %s", self.path, exc)
        return form, saved_at

    def _set_aside(self, suffix: str) -> None:
        with contextlib.suppress(OSError):
            os.replace(self.path, self.path.with_suffix(suffix))

    def exists(self) -> bool:
        """True when a draft file is present."""
        return self.path.exists()

    def clear(self) -> None:
        """Remove the draft (after the record was saved or the officer discarded it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def sibling(self, suffix: str) -> DraftStore:
        """Another draft file beside this one, e.g. ``intake-an.recovered`` (same key)."""
        return DraftStore(f"{self.name}.{suffix}", self.directory, self._key)

    def move_to(self, other: DraftStore) -> bool:
        """Rename this draft to ``other`` (replacing it); False when there was none."""
        try:
            os.replace(self.path, other.path)
        except FileNotFoundError:
            return False
        return True


class DraftAutosaver(QObject):
    """Saves a form's draft every ``interval_ms`` while it changed, and on :meth:`field_done`.

    ``collect()`` returns the form as a JSON-ready dict, or ``None`` when the form is empty
    (then no draft is kept). Write errors are logged and reported through ``failed`` once,
    never raised into the GUI.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: DraftStore,
        collect: Callable[[], dict[str, Any] | None],
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._collect = collect
        self._dirty = False
        self._paused = False
        self._failed_once = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    @property
    def dirty(self) -> bool:
        """True when the form changed since the last draft was written."""
        return self._dirty

    def pause(self, paused: bool) -> None:
        """Stop marking changes (while the form is being filled programmatically)."""
        self._paused = paused

    @Slot()
    def changed(self) -> None:
        """The form changed; the next tick writes the draft."""
        if not self._paused:
            self._dirty = True

    @Slot()
    def field_done(self) -> None:
        """A field was left: write the draft now if anything changed."""
        if self._dirty:
            self.flush()

    @Slot()
    def flush(self) -> None:
        """Write the draft now if the form changed."""
        if not self._dirty or self._paused:
            return
        self._dirty = False
        try:
            form = self._collect()
            if form is None:
                self.store.clear()
            else:
                self.store.save(form)
        except OSError as exc:
            log.error("could not write draft %s: %s", self.store.path, exc)
            if not self._failed_once:
                self._failed_once = True
                self.failed.emit(self.tr("Could not write the draft (%1).").replace("%1", str(exc)))
            return
        self.saved.emit()

    def discard(self) -> None:
        """Forget the draft: the record was saved or the officer threw it away."""
        self._dirty = False
        self.store.clear()
