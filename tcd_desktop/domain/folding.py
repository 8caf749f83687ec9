"""Vietnamese text normalisation and diacritic folding.

Every string is NFC-normalised on the way in (:func:`nfc`).  Search keys use a *folded* copy
(:func:`fold`): lower case, no combining marks, ``đ``/``Đ`` mapped to ``d`` and whitespace
collapsed, so that "Đặng Đức Đạt" and "dang duc dat" match.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "nfc"]

_WHITESPACE = re.compile(r"\s+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC form with leading and trailing whitespace removed."""
    return unicodedata.normalize("NFC", text).strip()


def fold(text: str) -> str:
    """Return the search key of ``text``.

    NFC, lower case, combining marks removed (via NFD), ``đ``/``Đ`` → ``d`` and runs of
    whitespace collapsed to one space.  ``fold("Đặng Đức Đạt") == "dang duc dat"``.
    """
    lowered = unicodedata.normalize("NFC", text).lower().translate(_D_MAP)
    decomposed = unicodedata.normalize("NFD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", stripped)).strip()
