"""Removing a denouncer's identity from the text of documents that are published or shown
to people who may not know it (Luật Tố cáo Điều 8 k3, Điều 40 k3, Điều 56).

Matching ignores case and diacritics ("Dang Duc Dat" matches "Đặng Đức Đạt"), so an
officer who typed the name without marks in a free-text field is still caught.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeVar

REDACTED = "[người tố cáo]"
MIN_TERM_LENGTH = 3
"""Shorter terms are ignored: they would blank out ordinary words."""

T = TypeVar("T")


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.casefold()[:1] or base


def fold_keep_length(text: str) -> str:
    """Lower case, marks removed, đ → d, one output character per input character."""
    return "".join(_fold_char(ch) for ch in text)


def _terms(terms: Iterable[str]) -> list[str]:
    cleaned = {fold_keep_length(unicodedata.normalize("NFC", t).strip()) for t in terms}
    return sorted((t for t in cleaned if len(t) >= MIN_TERM_LENGTH), key=len, reverse=True)


def redact_text(text: str, terms: Iterable[str], replacement: str = REDACTED) -> str:
    """``text`` (NFC) with every occurrence of any of ``terms`` replaced."""
    text = unicodedata.normalize("NFC", text)
    folded_terms = _terms(terms)
    if not folded_terms or not text:
        return text
    folded = fold_keep_length(text)
    out: list[str] = []
    i = 0
    while i < len(text):
        hit = next((t for t in folded_terms if folded.startswith(t, i)), None)
        if hit is None:
            out.append(text[i])
            i += 1
        else:
            out.append(replacement)
            i += len(hit)
    return "".join(out)


def contains_any(text: str, terms: Iterable[str]) -> bool:
    """True when ``text`` still contains one of ``terms`` (case and diacritics ignored)."""
    folded = fold_keep_length(unicodedata.normalize("NFC", text))
    return any(t in folded for t in _terms(terms))


def _redact_value(value: Any, terms: list[str]) -> Any:
    if type(value) is str:
        return redact_text(value, terms)
    if isinstance(value, tuple):
        return tuple(_redact_value(v, terms) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return redact_dataclass(value, terms)
    return value


def redact_dataclass(obj: T, terms: Iterable[str], *, skip: Iterable[str] = ()) -> T:
    """A copy of a frozen dataclass with every text field (nested too) redacted."""
    term_list = list(terms)
    skipped = set(skip)
    changes = {
        f.name: _redact_value(getattr(obj, f.name), term_list)
        for f in dataclasses.fields(obj)  # type: ignore[arg-type]
        if f.name not in skipped
    }
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
