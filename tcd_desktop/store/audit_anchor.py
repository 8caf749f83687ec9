"""The audit anchor: a copy of the chain head kept outside the database.

Written as JSON beside every backup (``*.anchor.json``) and printed by ``audit anchor`` as one
line ``tcd-audit-anchor:1:SEQ:HASH[:KEYED_FROM:KEY_ID]``. ``audit verify --anchor`` reads
either form, ``SEQ:HASH`` or a bare 64-digit hash.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

PREFIX = "tcd-audit-anchor:1"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class AnchorError(ValueError):
    """The anchor text or file cannot be read; ``str()`` is Vietnamese."""


@dataclass(frozen=True)
class Anchor:
    """Chain head at a moment: entries up to ``seq`` end in ``hash``."""

    seq: int
    hash: str
    keyed_from: int | None = None
    key_id: str | None = None
    taken_at: dt.datetime | None = None

    def line(self) -> str:
        """The one-line form to print, copy or write down."""
        tail = f":{self.keyed_from}:{self.key_id}" if self.keyed_from is not None else ""
        return f"{PREFIX}:{self.seq}:{self.hash}{tail}"

    def to_json(self, **extra: str) -> str:
        """The anchor file's content (``extra``: e.g. the database and backup it belongs to)."""
        body = {
            "anchor": self.line(),
            "seq": self.seq,
            "hash": self.hash,
            "keyed_from": self.keyed_from,
            "key_id": self.key_id,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            **extra,
        }
        return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def parse_anchor(value: str) -> Anchor:
    """An anchor from its line, ``SEQ:HASH``, a bare hash, or the path of an anchor file."""
    text = value.strip()
    path = Path(text)
    if len(text) < 4096 and not _HEX64.match(text.lower()) and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            text = str(data["anchor"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AnchorError(f"Tệp dấu neo {path} không đọc được: {exc}") from exc
    low = text.lower()
    if _HEX64.match(low):
        return Anchor(seq=0, hash=low)
    if low.startswith(PREFIX + ":"):
        low = low[len(PREFIX) + 1 :]
    parts = low.split(":")
    try:
        if len(parts) in (2, 4) and _HEX64.match(parts[1]):
            seq = int(parts[0])
            if seq < 0:
                raise ValueError(seq)
            if len(parts) == 4:
                return Anchor(seq=seq, hash=parts[1], keyed_from=int(parts[2]), key_id=parts[3])
            return Anchor(seq=seq, hash=parts[1])
    except ValueError:
        pass
    raise AnchorError(
        "Dấu neo không hợp lệ: cần dòng 'tcd-audit-anchor:1:SỐ:MÃ_BĂM', 'SỐ:MÃ_BĂM', "
        "mã băm 64 chữ số hex, hoặc đường dẫn tệp *.anchor.json."
    )
