"""Live across desks: what one desk committed reaches the others (PostgreSQL LISTEN/NOTIFY).

After an operation commits, :func:`announce` sends the :class:`Changes` it returned as a
``NOTIFY`` on the office's channel. Every desk runs one :class:`ChangeListener`: a thread
holding a connection that ``LISTEN``s, handing each other desk's changes to a callback (the
GUI bridges it onto the change bus) and saying when the server goes away and comes back.
It reconnects by itself with back-off. SQLite has no other desks: both are no-ops there.

The channel is ``tcd_changes``; a database opened with its own ``search_path`` (a schema per
office or per test on one server) gets ``tcd_changes_<schema>`` so offices never cross.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import text
from sqlalchemy.engine import make_url

from tcd_desktop.services.changes import Changes

if TYPE_CHECKING:
    from tcd_desktop.store.database import Database

log = logging.getLogger(__name__)

CHANNEL = "tcd_changes"
MAX_PAYLOAD = 7800  # PostgreSQL refuses a NOTIFY payload of 8000 bytes or more
SENDER = uuid.uuid4().hex[:12]
"""This process: a desk ignores its own notifications (its bus already had them)."""

BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
"""Seconds between reconnection attempts; the last one repeats."""


def channel_for(url: str) -> str:
    """The NOTIFY channel of the database at ``url``."""
    sa_url = make_url(url)
    options = unquote(str(sa_url.query.get("options", "")))
    found = re.search(r"search_path\s*=\s*([A-Za-z_][A-Za-z0-9_]*)", options)
    if not found or found.group(1) == "public":
        return CHANNEL
    return f"{CHANNEL}_{found.group(1).lower()}"[:63]


def encode(changes: Changes, sender: str = SENDER) -> str:
    """The payload: ``sender`` and the changes; ids are dropped when it would be too long
    (an empty id set means "some rows of this kind": the screens reload that kind)."""
    payload = f"{sender}:{changes.to_json()}"
    if len(payload.encode()) <= MAX_PAYLOAD:
        return payload
    kinds = Changes({entity: frozenset() for entity in changes.kinds})
    return f"{sender}:{kinds.to_json()}"


def decode(payload: str) -> tuple[str, Changes]:
    """Inverse of :func:`encode`: (sender, changes); a malformed payload gives no changes."""
    sender, _, body = payload.partition(":")
    try:
        return sender, Changes.from_json(body)
    except (ValueError, AttributeError, TypeError):
        log.warning("ignored a malformed change notification")
        return sender, Changes()


def announce(db: Database, changes: Changes, sender: str = SENDER) -> bool:
    """NOTIFY the other desks of committed ``changes``; True when sent.

    Never raises: the change is already committed, and a desk that missed it reloads
    everything when its listener reconnects.
    """
    if db.dialect != "postgresql" or not changes:
        return False
    try:
        with db.engine.connect() as conn:
            conn.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": channel_for(db.url), "payload": encode(changes, sender)},
            )
            conn.commit()
    except Exception as exc:  # the server went away after the commit
        log.warning("could not tell the other desks about a change: %s", type(exc).__name__)
        return False
    return True


def everything() -> Changes:
    """Changes naming every kind: what a desk reloads after it was cut off."""
    from tcd_desktop.services.changes import Entity

    return Changes({entity: frozenset() for entity in Entity})


class ChangeListener:
    """A thread that LISTENs for other desks' changes and watches the connection.

    ``on_changes(changes)`` and ``on_state(connected)`` are called on the listener thread
    (the GUI marshals them to its own thread). ``on_state(False)`` comes as soon as the
    connection breaks; after it comes back, ``on_state(True)`` and then
    ``on_changes(everything())``, since notifications sent meanwhile were lost.
    """

    def __init__(
        self,
        db: Database,
        on_changes: Callable[[Changes], None],
        on_state: Callable[[bool], None] = lambda _up: None,
        *,
        sender: str = SENDER,
        backoff: Iterable[float] = BACKOFF,
        poll: float = 0.5,
        ping: float = 5.0,
    ) -> None:
        self.db = db
        self.channel = channel_for(db.url)
        self.on_changes = on_changes
        self.on_state = on_state
        self.sender = sender
        self.backoff = tuple(backoff)
        self.poll = poll
        self.ping = ping
        """Seconds between round trips that find a server gone without closing the socket."""
        self.connected: bool | None = None
        self.attempts = 0
        """Failed connection attempts since the last success (for the banner)."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._raw: Any = None

    @property
    def enabled(self) -> bool:
        """Only PostgreSQL has other desks to listen to."""
        return self.db.dialect == "postgresql"

    def start(self) -> None:
        """Start listening (no-op on SQLite or when already started)."""
        if not self.enabled or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="tcd-change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop and close the listening connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests kill it)."""
        raw = self._raw
        try:
            return int(raw.driver_connection.info.backend_pid) if raw is not None else None
        except Exception:
            return None

    def _set_state(self, up: bool) -> None:
        if self.connected is up:
            return
        self.connected = up
        try:
            self.on_state(up)
        except Exception:
            log.exception("connection state callback failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception as exc:
                log.info("change listener lost the server: %s", type(exc).__name__)
                self._set_state(False)
            finally:
                self._close()
            if self._stop.is_set():
                return
            delay = self.backoff[min(self.attempts, len(self.backoff) - 1)]
            self.attempts += 1
            self._stop.wait(delay)

    def _listen(self) -> None:
        from psycopg import sql

        self._raw = self.db.engine.raw_connection()
        conn = self._raw.driver_connection
        conn.autocommit = True
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
        self.attempts = 0
        was_cut_off = self.connected is False
        self._set_state(True)
        if was_cut_off:
            self.on_changes(everything())  # what was sent while we were away is lost
        pinged = time.monotonic()
        while not self._stop.is_set():
            if time.monotonic() - pinged >= self.ping:
                conn.execute("SELECT 1")  # a cable pulled: fails within tcp_user_timeout
                pinged = time.monotonic()
            for note in conn.notifies(timeout=self.poll):
                sender, changes = decode(note.payload)
                if sender != self.sender and changes:
                    try:
                        self.on_changes(changes)
                    except Exception:
                        log.exception("change callback failed")
            if conn.closed or conn.broken:
                raise ConnectionError("listening connection closed")

    def _close(self) -> None:
        raw, self._raw = self._raw, None
        if raw is None:
            return
        with contextlib.suppress(Exception):
            raw.invalidate()  # never hand a LISTENing autocommit connection back to the pool


__all__ = ["CHANNEL", "ChangeListener", "announce", "channel_for", "decode", "encode"]
