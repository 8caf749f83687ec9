"""Local drafts of unsaved forms, so a crash or a power cut never loses what was typed.

A draft is a JSON file in ``<user data dir>/drafts/`` (``TCD_DATA_DIR`` honoured), written
atomically (temporary file, ``fsync``, rename) so a power cut leaves either the old or the
new draft, never half of one. :class:`DraftAutosaver` writes it every few seconds while the
form has changed, and right away after every field the officer leaves; the form removes it
once the record is saved. On the next start the form finds the file and offers to restore it.
"""

from __future__ import annotations

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

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
DEFAULT_INTERVAL_MS = 4000
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def drafts_dir() -> Path:
    """``<user data dir>/drafts`` (not created)."""
    return user_data_dir() / "drafts"


class DraftStore:
    """One draft file, e.g. ``intake-<username>.json``."""

    def __init__(self, name: str, directory: Path | None = None) -> None:
        self.name = _SAFE.sub("_", name) or "draft"
        self.directory = directory or drafts_dir()

    @property
    def path(self) -> Path:
        """Where the draft lives."""
        return self.directory / f"{self.name}.json"

    def save(self, form: dict[str, Any]) -> None:
        """Write ``form`` atomically, with the time it was saved."""
        self.directory.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": DRAFT_FORMAT,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "form": form,
        }
        tmp = self.path.with_suffix(".json.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, default=str)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def load(self) -> tuple[dict[str, Any], dt.datetime] | None:
        """The saved form and when it was saved, or ``None``.

        An unreadable file is moved aside as ``.corrupt`` (kept, never deleted) and ``None``
        is returned, so a damaged draft can never stop the form from opening.
        """
        try:
            with open(self.path, encoding="utf-8") as fh:
                payload = json.load(fh)
            form = payload["form"]
            saved_at = dt.datetime.fromisoformat(payload["saved_at"])
            if not isinstance(form, dict):
                raise ValueError("form is not an object")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("draft %s is unreadable (%s); moved aside", self.path, exc)
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_suffix(".corrupt"))
            return None
        return form, saved_at

    def exists(self) -> bool:
        """True when a draft file is present."""
        return self.path.exists()

    def clear(self) -> None:
        """Remove the draft (after the record was saved or the officer discarded it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def sibling(self, suffix: str) -> DraftStore:
        """Another draft file beside this one, e.g. ``intake-an.recovered``."""
        return DraftStore(f"{self.name}.{suffix}", self.directory)

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
                self.failed.emit(f"Không ghi được bản nháp ({exc}).")
            return
        self.saved.emit()

    def discard(self) -> None:
        """Forget the draft: the record was saved or the officer threw it away."""
        self._dirty = False
        self.store.clear()
