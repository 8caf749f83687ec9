"""How generated values are written: raw SQLite text, or Python objects for SQLAlchemy Core.

The generator works with plain integers (day ordinals, Unix milliseconds, 128-bit UUID
values) and asks a codec to turn them into what the backend stores. On SQLite the codec
produces exactly what SQLAlchemy itself writes (checked by the tests): UUIDs as 32
lower-case hex digits, dates as ``YYYY-MM-DD``, timestamps as naive UTC
``YYYY-MM-DD HH:MM:SS.ffffff`` and JSON as ``json.dumps`` text. For PostgreSQL it produces
``uuid.UUID``, ``date``, timezone-aware ``datetime`` and plain lists/dicts.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

DAY_MS = 86_400_000
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_MASK48 = (1 << 48) - 1
_MASK62 = (1 << 62) - 1
_VERSION_BITS = (0x7 << 76) | (0b10 << 62)
_UTC_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def uuid7_int(ms: int, rand: int) -> int:
    """The integer value of ``store.ids.uuid7_at(ms, rand)`` without building a UUID."""
    return (
        ((ms & _MASK48) << 80) | _VERSION_BITS | (((rand >> 62) & 0xFFF) << 64) | (rand & _MASK62)
    )


def ordinal_ms(ordinal: int) -> int:
    """Unix milliseconds at 00:00 UTC of the day with this proleptic ordinal."""
    return (ordinal - EPOCH_ORDINAL) * DAY_MS


class Codec:
    """Converts generator values to database values for one backend."""

    sqlite: bool

    def __init__(self, *, sqlite: bool) -> None:
        """Create a codec for SQLite text storage (``sqlite=True``) or SQLAlchemy Core."""
        self.sqlite = sqlite
        self._days: dict[int, Any] = {}
        self._json: dict[str, Any] = {}
        self._seconds: list[str] = []

    def uid(self, value: int) -> Any:
        """A UUID column value from its 128-bit integer."""
        if self.sqlite:
            return "%032x" % value  # noqa: UP031 - fastest exact form
        return uuid.UUID(int=value)

    def uuid_text(self, value: Any) -> str:
        """The canonical text form (with dashes) of an id made by :meth:`uid`, for JSON."""
        if self.sqlite:
            h = value
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return str(value)

    def day(self, ordinal: int | None) -> Any:
        """A date column value from a proleptic ordinal (None stays None)."""
        if ordinal is None:
            return None
        value = self._days.get(ordinal)
        if value is None:
            d = dt.date.fromordinal(ordinal)
            value = d.isoformat() if self.sqlite else d
            self._days[ordinal] = value
        return value

    def ts(self, ms: int | None) -> Any:
        """A UTC timestamp column value from Unix milliseconds (None stays None)."""
        if ms is None:
            return None
        if self.sqlite:
            if not self._seconds:
                self._seconds = [
                    f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86_400)
                ]
            day, rem = divmod(ms, DAY_MS)
            day_text = self._days.get(day + EPOCH_ORDINAL) or self.day(day + EPOCH_ORDINAL)
            return f"{day_text} {self._seconds[rem // 1000]}.{rem % 1000:03d}000"
        return _UTC_EPOCH + dt.timedelta(milliseconds=ms)

    def js(self, value: Any) -> Any:
        """A JSON column value (SQLAlchemy's JSON type uses plain ``json.dumps``)."""
        if not self.sqlite:
            return value
        text = json.dumps(value)
        cached = self._json.get(text)
        if cached is None:
            self._json[text] = cached = text
        return cached
